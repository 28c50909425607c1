// results.junit.xml, parsed back with a strict XML reader and checked against the Jenkins/Ant JUnit
// schema (junit-10.xsd) that Azure DevOps and the GitHub test reporters read: elements, attributes,
// order, required attributes, and counts that agree with the test cases.

import { expect } from 'chai';
import type { Status } from '../../src/engine/types.js';
import { CHECKS } from '../../checks/index.js';
import { junitXml } from '../../src/report/junit.js';
import { parseXml, type XmlElement } from './helpers/parse-xml.js';
import { demoArtifacts, HOSTILE, hostileArtifacts, withChecks } from './helpers/report-fixtures.js';

/** The junit-10.xsd rules for the elements we write: attributes (required first) and child order. */
const SCHEMA: Record<
  string,
  { required: string[]; optional: string[]; children: string[]; repeatable: string[] }
> = {
  testsuites: {
    required: [],
    optional: ['name', 'time', 'tests', 'failures', 'disabled', 'errors'],
    children: ['testsuite'],
    repeatable: ['testsuite'],
  },
  testsuite: {
    required: ['name', 'tests'],
    optional: [
      'failures',
      'errors',
      'time',
      'disabled',
      'skipped',
      'timestamp',
      'hostname',
      'id',
      'package',
      'file',
      'log',
      'url',
      'version',
    ],
    children: ['testsuite', 'properties', 'testcase', 'system-out', 'system-err'],
    repeatable: ['testsuite', 'testcase'],
  },
  properties: { required: [], optional: [], children: ['property'], repeatable: ['property'] },
  property: { required: ['name', 'value'], optional: [], children: [], repeatable: [] },
  testcase: {
    required: ['name'],
    optional: ['assertions', 'time', 'classname', 'status', 'class', 'file', 'line'],
    // testcase holds any mix of these (an xs:choice, unbounded).
    children: ['skipped', 'error', 'failure', 'system-out', 'system-err'],
    repeatable: ['skipped', 'error', 'failure', 'system-out', 'system-err'],
  },
  failure: { required: [], optional: ['type', 'message'], children: [], repeatable: [] },
  error: { required: [], optional: ['type', 'message'], children: [], repeatable: [] },
  skipped: { required: [], optional: ['message'], children: [], repeatable: [] },
  'system-out': { required: [], optional: [], children: [], repeatable: [] },
  'system-err': { required: [], optional: [], children: [], repeatable: [] },
};
const NUMERIC = new Set(['tests', 'failures', 'errors', 'skipped', 'disabled', 'assertions']);

function validate(el: XmlElement, path = el.name): void {
  const rule = SCHEMA[el.name];
  expect(rule, `${path}: element allowed`).to.not.equal(undefined);
  for (const a of rule.required) expect(el.attributes, `${path}@${a}`).to.have.property(a);
  for (const [a, v] of Object.entries(el.attributes)) {
    expect([...rule.required, ...rule.optional], `${path}@${a}`).to.include(a);
    if (NUMERIC.has(a)) expect(v, `${path}@${a}`).to.match(/^\d+$/);
    if (a === 'time') expect(v, `${path}@time`).to.match(/^\d+(\.\d+)?$/);
  }
  if (el.name !== 'testcase') {
    const order = el.children.map((c) => rule.children.indexOf(c.name));
    expect(order, `${path}: children in schema order`).to.deep.equal([...order].sort((a, b) => a - b));
    for (const name of rule.children.filter((n) => !rule.repeatable.includes(n))) {
      expect(
        el.children.filter((c) => c.name === name).length,
        `${path}: at most one <${name}>`,
      ).to.be.at.most(1);
    }
  }
  if (el.name === 'testcase')
    expect(
      el.children.filter((c) => c.name === 'skipped').length,
      `${path}: at most one <skipped>`,
    ).to.be.at.most(1);
  for (const c of el.children) validate(c, `${path}/${c.name}`);
}

const FAILURE_TYPE: Partial<Record<Status, string>> = { fail: 'fail', warn: 'warning' };

describe('JUnit output', () => {
  it('is checked by a reader that rejects malformed XML (so a pass means something)', () => {
    for (const bad of [
      '<a>&</a>',
      '<a><b></a>',
      '<a x="1" x="2"/>',
      '<a/><b/>',
      '<a>\u0001</a>',
      '<a x="<"/>',
      '<a>1 < 2</a>',
    ]) {
      expect(() => parseXml(bad), bad).to.throw();
    }
    expect(parseXml('<a x="&lt;&#10;">t &amp; &#x41;</a>')).to.deep.include({
      attributes: { x: '<\n' },
      text: 't & A',
    });
  });

  const { results } = demoArtifacts();
  const root = parseXml(junitXml(results, CHECKS));
  const suite = root.children[0];
  const cases = suite.children.filter((c) => c.name === 'testcase');

  it('is well-formed XML that follows the JUnit schema, with one testsuite', () => {
    expect(root.name).to.equal('testsuites');
    expect(root.children.map((c) => c.name)).to.deep.equal(['testsuite']);
    validate(root);
    expect(suite.attributes.timestamp).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    expect(suite.attributes.time).to.equal('3.200');
    expect(suite.children.map((c) => c.name).filter((n) => n !== 'testcase')).to.deep.equal([
      'properties',
      'system-out',
      'system-err',
    ]);
  });

  it('counts agree with the test cases', () => {
    const failures = cases.filter((c) => c.children.some((x) => x.name === 'failure')).length;
    const skipped = cases.filter((c) => c.children.some((x) => x.name === 'skipped')).length;
    expect(suite.attributes).to.include({
      tests: String(results.checks.length),
      failures: String(failures),
      skipped: String(skipped),
      errors: '0',
    });
    expect(root.attributes).to.include({ tests: String(results.checks.length), failures: String(failures) });
    expect(failures).to.equal(results.counts.fail + results.counts.warn);
    expect(skipped).to.equal(results.counts.not_assessed + results.counts.not_applicable);
  });

  it('has one testcase per check, named by ID and title, classname by checklist item', () => {
    expect(cases.map((c) => c.attributes.name)).to.deep.equal(
      results.checks.map((c) => `${c.id} ${c.title}`),
    );
    expect(cases.map((c) => c.attributes.classname)).to.deep.equal(
      results.checks.map((c) => `sspr-audit.ID-03.${c.checklistItem}`),
    );
  });

  it('maps each status: fail and warn to <failure> (type fail / warning), gaps to <skipped>, accepted risk to a passed case with a note', () => {
    for (const [i, check] of results.checks.entries()) {
      const kids = cases[i].children;
      const failure = kids.find((k) => k.name === 'failure');
      const skipped = kids.find((k) => k.name === 'skipped');
      const out = kids.find((k) => k.name === 'system-out');
      switch (check.status) {
        case 'fail':
        case 'warn':
          expect(failure?.attributes.type, check.id).to.equal(FAILURE_TYPE[check.status]);
          expect(failure!.attributes.message).to.include(check.message);
          expect(failure!.text).to.include(check.remediation.summary);
          break;
        case 'not_assessed':
        case 'not_applicable':
          expect(skipped?.attributes.message, check.id).to.include(check.message);
          expect(skipped!.text.trim(), check.id).to.not.equal('');
          if (check.status === 'not_assessed') expect(skipped!.text).to.include('How to close it');
          break;
        case 'accepted_risk':
          expect(failure, check.id).to.equal(undefined);
          expect(out!.text)
            .to.include('Accepted risk')
            .and.include(check.exception!.owner)
            .and.include(check.realStatus.toUpperCase());
          break;
        case 'pass':
          expect(kids, check.id).to.deep.equal([]);
      }
    }
    expect(results.checks.map((c) => c.status)).to.include.members([
      'pass',
      'warn',
      'fail',
      'not_assessed',
      'accepted_risk',
    ]);
  });

  it('escapes hostile text and drops characters XML cannot carry', () => {
    const hostile = hostileArtifacts().results;
    const nasty = withChecks(hostile, (c) =>
      c.id === 'SSPR-06'
        ? { ...c, message: `bell\u0007 and a lone \uD800 surrogate ]]> & "quotes" 'apos' ${HOSTILE.img}` }
        : c,
    );
    const parsed = parseXml(junitXml(nasty, CHECKS));
    const s = parsed.children[0];
    expect(s.attributes.name).to.include(HOSTILE.script);
    const tc = s.children.find((c) => c.attributes.name?.startsWith('SSPR-06'))!;
    const out = tc.children.find((c) => c.name === 'system-out')!;
    expect(out.text).to.include(`bell and a lone  surrogate ]]> & "quotes" 'apos' ${HOSTILE.img}`);
    expect(out.text).to.include(`Mallory ${HOSTILE.script}`);
  });
});

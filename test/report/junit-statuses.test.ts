// Each status's JUnit shape, for a check turned into that status: a CI pipeline reads <skipped> and
// <failure>, so a not_applicable check must never show as a passed test case. Written for a survivor
// of mutation testing (not_applicable reported as passed).

import { expect } from 'chai';
import { junitXml } from '../../src/report/junit.js';
import { CHECKS } from '../../checks/index.js';
import { parseXml, type XmlElement } from './helpers/parse-xml.js';
import { demoArtifacts, withChecks } from './helpers/report-fixtures.js';

function caseOf(xml: string, id: string): XmlElement {
  const suite = parseXml(xml).children[0]!;
  const found = suite.children.find((c) => c.name === 'testcase' && c.attributes.name?.startsWith(`${id} `));
  if (!found) throw new Error(`no testcase for ${id}`);
  return found;
}

describe('JUnit: a test case per status', () => {
  const { results } = demoArtifacts();
  const target = results.checks.find((c) => c.status === 'pass')!;

  it('not_applicable is <skipped> with the reason, and counted as skipped, never a passed case', () => {
    const changed = withChecks(results, (c) =>
      c.id === target.id
        ? { ...c, status: 'not_applicable', realStatus: 'not_applicable', message: 'Cloud-only tenant.' }
        : c,
    );
    changed.counts = {
      ...results.counts,
      pass: results.counts.pass - 1,
      not_applicable: results.counts.not_applicable + 1,
    };
    const xml = junitXml(changed, CHECKS);
    const testcase = caseOf(xml, target.id);
    expect(testcase.children.map((c) => c.name)).to.deep.equal(['skipped']);
    expect(testcase.children[0]!.attributes.message)
      .to.match(/not applicable/i)
      .and.include('Cloud-only tenant.');
    const suite = parseXml(xml).children[0]!;
    expect(suite.attributes.skipped).to.equal(
      String(changed.counts.not_assessed + changed.counts.not_applicable),
    );
  });

  it('a pass stays an empty (passed) test case', () => {
    expect(caseOf(junitXml(results, CHECKS), target.id).children).to.deep.equal([]);
  });
});

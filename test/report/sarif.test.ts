// results.sarif: valid against the SARIF 2.1.0 schema for the objects it uses, and consistent in the
// ways the schema cannot say (ruleIndex points at its rule, a non-fail kind has level "none", …).

import { expect } from 'chai';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { CHECKS } from '../../checks/index.js';
import type { Severity } from '../../src/engine/types.js';
import { ruleName, sarifLog, type SarifLog } from '../../src/report/sarif.js';
import { SARIF_2_1_0_SUBSET } from './helpers/sarif-schema.js';
import { demoArtifacts, goldenArtifacts, HOSTILE, hostileArtifacts } from './helpers/report-fixtures.js';

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(SARIF_2_1_0_SUBSET);

/** Round-trips through JSON, as the file does, so undefined properties cannot hide. */
const asWritten = (log: SarifLog): SarifLog => JSON.parse(JSON.stringify(log));

const RULE_LEVEL: Record<Severity, string> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

describe('SARIF output', () => {
  const { results } = demoArtifacts();
  const log = asWritten(sarifLog(results, CHECKS));
  const run = log.runs[0];
  const rules = run.tool.driver.rules;

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(validate(log), ajv.errorsText(validate.errors)).to.equal(true);
    expect(log.version).to.equal('2.1.0');
    expect(log.runs).to.have.length(1);
  });

  it('is checked by a validator that rejects what the schema forbids (so a pass means something)', () => {
    const broken = asWritten(sarifLog(results, CHECKS));
    (broken.runs[0].results[0] as unknown as Record<string, unknown>).level = 'critical';
    (broken.runs[0].tool.driver as unknown as Record<string, unknown>).colour = 'blue';
    expect(validate(broken)).to.equal(false);
  });

  it('names the tool with its version and information URI, and has one rule per catalogue check', () => {
    expect(run.tool.driver).to.include({ name: results.tool.name, version: results.tool.version });
    expect(run.tool.driver.informationUri).to.match(/^https:\/\//);
    expect(rules.map((r) => r.id)).to.deep.equal(CHECKS.map((c) => c.meta.id));
    expect(new Set(rules.map((r) => r.id)).size).to.equal(rules.length);
  });

  it('builds each rule from the catalogue: name, descriptions, remediation help, level by severity, tags', () => {
    for (const { meta } of CHECKS) {
      const rule = rules.find((r) => r.id === meta.id)!;
      expect(rule.name)
        .to.equal(ruleName(meta.title))
        .and.match(/^[A-Z][A-Za-z0-9]*$/);
      expect(rule.shortDescription.text).to.equal(meta.title);
      expect(rule.fullDescription.text).to.equal(meta.description);
      expect(rule.help.text).to.include(meta.remediation.summary);
      for (const step of meta.remediation.steps) expect(rule.help.text).to.include(step);
      expect(rule.defaultConfiguration.level).to.equal(RULE_LEVEL[meta.severity]);
      expect(rule.properties.tags).to.include.members(['security', 'sspr', meta.checklistItem]);
      if (meta.remediation.reference) expect(rule.helpUri).to.equal(meta.remediation.reference);
    }
  });

  it('has one result per check that needs action, each pointing at its rule by ID and index', () => {
    const needsAction = results.checks.filter((c) =>
      ['fail', 'warn', 'accepted_risk', 'not_assessed'].includes(c.status),
    );
    expect(run.results.map((r) => r.ruleId)).to.deep.equal(needsAction.map((c) => c.id));
    for (const r of run.results) {
      expect(rules[r.ruleIndex].id, r.ruleId).to.equal(r.ruleId);
      expect(r.message.text.trim()).to.not.equal('');
      expect(r.locations[0].logicalLocations[0]).to.include({ name: results.tenant.id, kind: 'resource' });
    }
  });

  it('uses error for fail and warning for warn; any other kind has level none (SARIF §3.27.10)', () => {
    for (const r of run.results) {
      const check = results.checks.find((c) => c.id === r.ruleId)!;
      if (r.kind !== 'fail') expect(r.level, r.ruleId).to.equal('none');
      const verdict = check.status === 'accepted_risk' ? check.realStatus : check.status;
      if (verdict === 'fail') expect([r.kind, r.level], r.ruleId).to.deep.equal(['fail', 'error']);
      if (verdict === 'warn') expect([r.kind, r.level], r.ruleId).to.deep.equal(['fail', 'warning']);
      if (check.status === 'not_assessed') {
        expect(r.kind, r.ruleId).to.equal(check.reason === 'manual' ? 'review' : 'open');
        expect(r.message.text).to.include('How to close it');
      }
    }
  });

  it('suppresses an accepted risk (external, accepted, with the justification) and only that', () => {
    for (const r of run.results) {
      const check = results.checks.find((c) => c.id === r.ruleId)!;
      if (check.status === 'accepted_risk') {
        expect(r.suppressions).to.deep.equal([
          {
            kind: 'external',
            status: 'accepted',
            justification: `${check.exception!.reason} (owner ${check.exception!.owner}, until ${check.exception!.expires})`,
          },
        ]);
      } else {
        expect(r.suppressions, r.ruleId).to.equal(undefined);
      }
    }
    expect(run.results.some((r) => r.suppressions)).to.equal(true);
  });

  it('fingerprints each finding stably per tenant and check', () => {
    const again = sarifLog(results, CHECKS).runs[0].results.map((r) => r.partialFingerprints);
    expect(again).to.deep.equal(run.results.map((r) => r.partialFingerprints));
    expect(new Set(run.results.map((r) => r.partialFingerprints['ssprAuditCheck/v1'])).size).to.equal(
      run.results.length,
    );
  });

  it('has no result for a tenant that passes everything, and stays valid', () => {
    const clean = asWritten(sarifLog(goldenArtifacts().results, CHECKS));
    expect(validate(clean), ajv.errorsText(validate.errors)).to.equal(true);
    expect(clean.runs[0].results.filter((r) => r.kind === 'fail' && !r.suppressions)).to.deep.equal([]);
  });

  it('carries hostile text as plain JSON strings', () => {
    const hostile = asWritten(sarifLog(hostileArtifacts().results, CHECKS));
    expect(validate(hostile), ajv.errorsText(validate.errors)).to.equal(true);
    expect((hostile.runs[0].properties.tenant as { displayName: string }).displayName).to.equal(
      `Contoso ${HOSTILE.script}`,
    );
  });
});

describe('SARIF for GitHub code scanning', () => {
  // GitHub's upload rules (docs.github.com "SARIF support for code scanning"): every result needs at
  // least one location with a physicalLocation.artifactLocation.uri; fingerprints and locations must
  // be stable between runs so an alert tracks and closes.
  const first = asWritten(sarifLog(demoArtifacts().results, CHECKS));
  const later = (() => {
    const { results } = demoArtifacts();
    return asWritten(sarifLog({ ...results, scanTime: '2026-12-20T09:00:00.000Z' }, CHECKS));
  })();

  it('gives every result a physical artifact location and a logical location', () => {
    const results = first.runs[0].results;
    expect(results.length).to.be.greaterThan(0);
    for (const r of results) {
      expect(r.locations, r.ruleId).to.have.length.at.least(1);
      const uri = r.locations[0].physicalLocation.artifactLocation.uri;
      expect(uri, r.ruleId).to.match(/^sspr-audit\/[^\s]+\/SSPR-\d\d$/);
      expect(r.locations[0].logicalLocations[0].fullyQualifiedName).to.include(r.ruleId);
      expect(r.locations[0].physicalLocation.region.startLine).to.equal(1);
    }
  });

  it('keeps locations and fingerprints stable across scans of the same tenant', () => {
    const key = (log: SarifLog) =>
      log.runs[0].results.map((r) => [
        r.ruleId,
        r.locations[0].physicalLocation.artifactLocation.uri,
        r.partialFingerprints,
      ]);
    expect(key(later)).to.deep.equal(key(first));
  });

  it('tags rules with their framework controls', () => {
    const rule = first.runs[0].tool.driver.rules.find((r) => r.id === 'SSPR-01')!;
    expect(rule.properties.tags.some((t) => t.includes('5.2.4.1'))).to.equal(true);
  });

  it('still validates against the SARIF 2.1.0 schema with the new locations', () => {
    expect(validate(first), ajv.errorsText(validate.errors)).to.equal(true);
  });
});

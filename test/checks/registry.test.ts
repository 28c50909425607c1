// The registry is explicit; this keeps it equal to the checks/ folder and its metadata well-formed.

import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { CHECKS } from '../../checks/index.js';
import { CHECKLIST_ITEMS, SEVERITIES } from '../../src/engine/types.js';

describe('check registry', () => {
  const files = readdirSync(new URL('../../checks/', import.meta.url)).filter((f) =>
    /^SSPR-\d\d\.ts$/.test(f),
  );

  it('lists exactly the check files in checks/, in ID order', () => {
    expect(CHECKS.map((c) => `${c.meta.id}.ts`)).to.deep.equal([...files].sort());
  });

  it('gives every check a unique ID, a known severity and checklist item, sources and remediation', () => {
    expect(new Set(CHECKS.map((c) => c.meta.id)).size).to.equal(CHECKS.length);
    for (const { meta } of CHECKS) {
      expect(SEVERITIES, meta.id).to.include(meta.severity);
      expect(CHECKLIST_ITEMS, meta.id).to.include(meta.checklistItem);
      expect(meta.title.length, meta.id).to.be.within(10, 80);
      expect(meta.title, meta.id).not.to.match(/^Ensure/);
      expect(meta.dataSources.length, meta.id).to.be.greaterThan(0);
      expect(meta.remediation.summary.trim(), meta.id).not.to.equal('');
      expect(meta.remediation.steps.length, meta.id).to.be.greaterThan(0);
      for (const step of meta.remediation.steps) expect(step.trim(), meta.id).not.to.equal('');
      for (const dep of meta.dependsOn ?? [])
        expect(
          CHECKS.map((c) => c.meta.id),
          meta.id,
        ).to.include(dep);
    }
  });
});

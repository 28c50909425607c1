// DESIGN.md documents an example attestation (enablement "all" with a selectedGroup). It must load
// as written: the test extracts it from the spec itself, so the example and the loader cannot drift.

import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAttestation } from '../../src/inputs/attestation.js';
import { CHECKS } from '../../checks/index.js';
import { runChecks } from '../../src/engine/run-checks.js';
import { golden, withoutPortal } from '../fixtures/golden.js';
import { sharedPath } from '../fixtures/shared-dir.js';
import { tempDir } from '../helpers/run-cli.js';

const DESIGN = sharedPath('spec', 'DESIGN.md');

/** The fenced YAML block that follows "**Attestation file**" in DESIGN.md, verbatim. */
function designExample(): string {
  const text = readFileSync(DESIGN, 'utf8');
  const at = text.indexOf('**Attestation file**');
  expect(at, 'DESIGN.md has an "Attestation file" section').to.be.greaterThan(-1);
  const match = /```yaml\n([\s\S]*?)```/.exec(text.slice(at));
  expect(match, 'a ```yaml block after it').to.not.equal(null);
  return match![1];
}

describe('attestation: the DESIGN.md example', () => {
  it('loads verbatim (enablement "all" with a selectedGroup is accepted)', () => {
    const dir = tempDir('sspr-attest-');
    const file = join(dir, 'attestation.yaml');
    const yaml = designExample();
    expect(yaml).to.match(/enablement: all/);
    expect(yaml).to.match(/selectedGroup: SSPR Pilot Users/);
    writeFileSync(file, yaml);
    const { attestation } = loadAttestation(file, new Date('2026-12-01T00:00:00Z'));
    expect(attestation.settings).to.include({ enablement: 'all', selectedGroup: 'SSPR Pilot Users' });
  });

  it('selectedGroup with enablement "none" is accepted too (the keys are independent answers)', () => {
    const dir = tempDir('sspr-attest-');
    const file = join(dir, 'attestation.json');
    writeFileSync(
      file,
      JSON.stringify({
        attestedBy: 'Jane Doe',
        attestedAt: '2026-11-20',
        settings: { enablement: 'none', selectedGroup: 'Former pilot' },
      }),
    );
    expect(
      loadAttestation(file, new Date('2026-12-01T00:00:00Z')).attestation.settings.selectedGroup,
    ).to.equal('Former pilot');
  });

  it('evaluated: SSPR-01 passes (attested All) and keeps the group in its evidence; SSPR-02 is not applicable', () => {
    const dir = tempDir('sspr-attest-');
    const file = join(dir, 'attestation.yaml');
    writeFileSync(file, designExample());
    const { attestation } = loadAttestation(file, new Date('2026-12-01T00:00:00Z'));
    const results = runChecks(
      CHECKS,
      golden((s) => {
        withoutPortal(s);
        s.attestation = attestation;
      }),
    );
    const r01 = results.find((r) => r.id === 'SSPR-01')!;
    expect(r01).to.include({ status: 'pass', source: 'attested' });
    expect(r01.evidence.facts).to.deep.include({
      label: 'attestation.settings.selectedGroup',
      value: 'SSPR Pilot Users',
    });
    expect(results.find((r) => r.id === 'SSPR-02')).to.include({
      status: 'not_applicable',
      reason: 'scope_not_selected',
    });
  });
});

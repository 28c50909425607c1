// Per-setting attestation evidence: an optional, backward-compatible extension. The register shows,
// per attested verdict, who attested it, when and on which evidence; a verdict without evidence says so.

import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAttestation } from '../../src/inputs/attestation.js';
import { attestationRegister } from '../../src/report/view/registers.js';
import { buildResults } from '../../src/results/build-results.js';
import { tempDir } from '../helpers/run-cli.js';
import { FINISHED, goldenArtifacts, STARTED } from './helpers/report-fixtures.js';

describe('attestation evidence per setting', () => {
  const dir = tempDir('sspr-attest-');
  const shot = join(dir, 'notifications.png');
  writeFileSync(shot, 'not really a png');

  const evaluate = (yaml: string) => {
    const file = join(dir, `a-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, yaml);
    const loaded = loadAttestation(file, STARTED);
    const { snapshot } = goldenArtifacts((s) => {
      s.sources.passwordResetPolicies = {
        outcome: { ...s.sources.passwordResetPolicies.outcome, status: 'skipped' },
      };
    });
    const withAttestation = { ...snapshot, attestation: loaded.attestation };
    const results = buildResults({ snapshot: withAttestation, startedAt: STARTED, finishedAt: FINISHED });
    return { loaded, register: attestationRegister(results, withAttestation)! };
  };

  const head = 'attestedBy: Jane Doe\nattestedAt: 2026-11-19\nsettings:\n  notifyUsersOnReset: true\n';

  it('files without settingEvidence stay valid, and say the verdict rests on the signer alone', () => {
    const { register } = evaluate(head);
    const row = register.decided.find((d) => d.setting === 'notifyUsersOnReset');
    expect(row, JSON.stringify(register.decided)).to.not.equal(undefined);
    expect(row!.evidence).to.match(/signer's word alone/);
  });

  it("names the setting's own evidence, who and when, and hashes its files into the manifest list", () => {
    const { loaded, register } = evaluate(
      `${head}settingEvidence:\n  notifyUsersOnReset:\n    - notifications.png\n`,
    );
    const row = register.decided.find((d) => d.setting === 'notifyUsersOnReset')!;
    expect(row.evidence).to.include('notifications.png').and.include('Jane Doe').and.include('19 Nov 2026');
    expect(loaded.evidenceFiles).to.include(shot);
  });

  it('rejects evidence for a setting that does not exist', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, `${head}settingEvidence:\n  colourOfTheSky:\n    - x\n`);
    expect(() => loadAttestation(file, STARTED)).to.throw(/bad\.yaml/);
  });
});

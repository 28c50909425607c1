import { expect } from 'chai';
import { withoutPortal } from '../fixtures/golden.js';
import type { CheckResultCore } from '../../src/engine/types.js';
import { runCheckCases } from './harness.js';

const fact = (r: CheckResultCore, label: string) => r.evidence.facts.find((f) => f.label === label)?.value;

runCheckCases('SSPR-24', [
  {
    name: 'attested true → pass (attested)',
    expect: {
      status: 'pass',
      source: 'attested',
      observed: 'Yes (attested)',
      also: (r) => expect(fact(r, 'attestation.settings.helpdeskPrepared')).to.equal(true),
    },
  },
  {
    name: 'attested false → fail (attested), linked to TS-05',
    patch: (s) => void (s.attestation!.settings.helpdeskPrepared = false),
    expect: { status: 'fail', source: 'attested', troubleshooting: ['TS-05'], message: ['not prepared'] },
  },
  {
    name: 'attestation without the key → not_assessed manual',
    patch: (s) => void delete s.attestation!.settings.helpdeskPrepared,
    expect: { status: 'not_assessed', source: 'none', reason: 'manual', message: ['auditor'] },
  },
  {
    name: 'no attestation file → not_assessed manual',
    patch: (s) => void (s.attestation = null),
    expect: { status: 'not_assessed', source: 'none', reason: 'manual' },
  },
  {
    name: 'a portal scan changes nothing: still manual when unattested',
    patch: (s) => {
      withoutPortal(s);
      delete s.attestation!.settings.helpdeskPrepared;
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'manual' },
  },
]);

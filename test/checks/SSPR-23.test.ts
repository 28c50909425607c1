import { expect } from 'chai';
import { failSource, withoutPortal } from '../fixtures/golden.js';
import type { CheckResultCore } from '../../src/engine/types.js';
import { runCheckCases } from './harness.js';

const fact = (r: CheckResultCore, label: string) => r.evidence.facts.find((f) => f.label === label)?.value;

runCheckCases('SSPR-23', [
  {
    name: 'attested true → pass (attested) with date and evidence references',
    expect: {
      status: 'pass',
      source: 'attested',
      observed: '(attested)',
      also: (r) => {
        expect(fact(r, 'Attested on')).to.equal('2026-11-19');
        expect(fact(r, 'Evidence references')).to.equal('screenshots/password-reset-properties.png');
        expect(fact(r, 'Attested by')).to.include('Jane Doe');
      },
    },
  },
  {
    name: 'attested false → fail (attested)',
    patch: (s) => void (s.attestation!.settings.usersNotified = false),
    expect: { status: 'fail', source: 'attested', message: ['not been told'] },
  },
  {
    name: 'attested true without evidence references → pass, says none given',
    patch: (s) => void delete s.attestation!.evidence,
    expect: {
      status: 'pass',
      source: 'attested',
      also: (r) => expect(fact(r, 'Evidence references')).to.equal('none given'),
    },
  },
  {
    name: 'attestation without the key → not_assessed manual',
    patch: (s) => void delete s.attestation!.settings.usersNotified,
    expect: { status: 'not_assessed', source: 'none', reason: 'manual', message: ['auditor'] },
  },
  {
    name: 'no attestation file → not_assessed manual',
    patch: (s) => void (s.attestation = null),
    expect: { status: 'not_assessed', source: 'none', reason: 'manual' },
  },
  {
    name: 'portal or Graph failures do not matter: still manual when unattested',
    patch: (s) => {
      withoutPortal(s);
      failSource(s, 'organization', 'forbidden', 'Organization.Read.All');
      delete s.attestation!.settings.usersNotified;
    },
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'manual',
      also: (r) => expect(r.missingPermission).to.equal(undefined),
    },
  },
]);

import { expect } from 'chai';
import { failSource, withoutPortal } from '../fixtures/golden.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

const onPrem = (s: Snapshot) => s.sources.onPremisesPasswordResetPolicies.data!;
const fact = (label: string) => (r: { evidence: { facts: Array<{ label: string; value: unknown }> } }) =>
  r.evidence.facts.find((f) => f.label === label)?.value;

runCheckCases('SSPR-13', [
  {
    name: 'hybrid, portal accountUnlockEnabled=true → pass (portal)',
    expect: {
      status: 'pass',
      source: 'portal',
      observed: 'Yes',
      also: (r) => expect(fact('onPremisesPasswordResetPolicies.accountUnlockEnabled')(r)).to.equal(true),
    },
  },
  {
    name: 'hybrid, portal accountUnlockEnabled=false → fail (portal)',
    patch: (s) => void (onPrem(s).accountUnlockEnabled = false),
    expect: {
      status: 'fail',
      source: 'portal',
      observed: 'No',
      message: ['must reset'],
      troubleshooting: ['TS-06'],
    },
  },
  {
    name: 'portal decides over a contrary attestation, which is recorded',
    patch: (s) => void (s.attestation!.settings.unlockWithoutReset = false),
    expect: { status: 'pass', source: 'portal', disagreements: ['attested'] },
  },
  {
    name: 'no portal, attested true → pass (attested)',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.unlockWithoutReset = true;
    },
    expect: { status: 'pass', source: 'attested', observed: '(attested)' },
  },
  {
    name: 'no portal, attested false → fail (attested)',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.unlockWithoutReset = false;
    },
    expect: { status: 'fail', source: 'attested' },
  },
  {
    name: 'no portal, no attestation → not_assessed no_public_api',
    patch: withoutPortal,
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api', message: ['--portal'] },
  },
  {
    name: 'portal on-premises call forbidden → not_assessed missing_permission naming the role',
    patch: (s) =>
      failSource(
        s,
        'onPremisesPasswordResetPolicies',
        'forbidden',
        'Hybrid Identity Administrator (directory role)',
      ),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'Hybrid Identity Administrator (directory role)',
      message: ['onPremisesPasswordResetPolicies'],
    },
  },
  {
    name: 'cloud-only (onPremisesSyncEnabled=false) → not_applicable cloud_only, even with unlock off',
    patch: (s) => {
      s.sources.organization.data!.onPremisesSyncEnabled = false;
      onPrem(s).accountUnlockEnabled = false;
    },
    expect: {
      status: 'not_applicable',
      source: 'graph',
      reason: 'cloud_only',
      observed: 'false',
      message: ['cloud-only'],
    },
  },
  {
    name: 'never synced (onPremisesSyncEnabled=null) → not_applicable cloud_only',
    patch: (s) => void (s.sources.organization.data!.onPremisesSyncEnabled = null),
    expect: { status: 'not_applicable', source: 'graph', reason: 'cloud_only', observed: 'null' },
  },
  {
    name: 'organization unreadable → not_assessed with its permission (applicability unknown), not a portal pass',
    patch: (s) => failSource(s, 'organization', 'forbidden', 'Organization.Read.All'),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'Organization.Read.All',
      message: ['hybrid'],
    },
  },
]);

import { expect } from 'chai';
import { failSource } from '../fixtures/golden.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { booleanSettingCases } from './boolean-setting-cases.js';
import { runCheckCases } from './harness.js';

const onPrem = (s: Snapshot) => s.sources.onPremisesPasswordResetPolicies.data!;
const fact = (label: string) => (r: { evidence: { facts: Array<{ label: string; value: unknown }> } }) =>
  r.evidence.facts.find((f) => f.label === label)?.value;

runCheckCases('SSPR-13', [
  ...booleanSettingCases({
    section: 'onPremisesPasswordResetPolicies',
    field: 'accountUnlockEnabled',
    attested: 'unlockWithoutReset',
    failTroubleshooting: ['TS-06'],
  }),
  {
    name: 'hybrid, portal accountUnlockEnabled=true → pass, naming the field read',
    expect: {
      status: 'pass',
      source: 'portal',
      also: (r) => expect(fact('onPremisesPasswordResetPolicies.accountUnlockEnabled')(r)).to.equal(true),
    },
  },
  {
    name: 'hybrid, portal accountUnlockEnabled=false → fail saying users must reset',
    patch: (s) => void (onPrem(s).accountUnlockEnabled = false),
    expect: { status: 'fail', source: 'portal', message: ['must reset'] },
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

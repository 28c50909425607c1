import { expect } from 'chai';
import { AAD_PREMIUM, AAD_PREMIUM_P2, failSource, urdRow } from '../fixtures/golden.js';
import { memberRows } from '../fixtures/builders.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

const sku = (s: Snapshot) => s.sources.subscribedSkus.data![0];
const rows = (s: Snapshot) => s.sources.userRegistrationDetails.data!;
const units = (n: number) => (s: Snapshot) => void (sku(s).prepaidUnits!.enabled = n);
/** Adds `n` more SSPR-enabled members to the golden 6. */
const moreMembers = (n: number) => (s: Snapshot) => void rows(s).push(...memberRows(n));
const fact = (label: string) => (r: { evidence: { facts: Array<{ label: string; value: unknown }> } }) =>
  r.evidence.facts.find((f) => f.label === label)?.value;
const twoNotEnabled = (s: Snapshot) => {
  rows(s)[0].isSsprEnabled = false;
  rows(s)[1].isSsprEnabled = false;
};

runCheckCases('SSPR-18', [
  {
    name: 'golden: 25 units for 6 members (SSPR-01 All) → pass',
    expect: { status: 'pass', source: 'graph', observed: '25 licences for 6 SSPR users' },
  },
  {
    name: 'units exactly equal to users (6 for 6) → pass',
    patch: units(6),
    expect: { status: 'pass', source: 'graph', observed: '(100.0%)' },
  },
  {
    name: 'exactly 90% (9 units for 10 users) → warn',
    patch: (s) => {
      moreMembers(4)(s);
      units(9)(s);
    },
    expect: {
      status: 'warn',
      source: 'graph',
      observed: '9 licences for 10 SSPR users (90.0%)',
      message: ['1 short'],
      troubleshooting: ['TS-01'],
    },
  },
  {
    name: 'just below 90% (8 units for 10 users) → fail',
    patch: (s) => {
      moreMembers(4)(s);
      units(8)(s);
    },
    expect: { status: 'fail', source: 'graph', message: ['2 short'] },
  },
  {
    name: 'SSPR-01 All: every member counts, enabled or not (4 units, 6 members) → fail',
    patch: (s) => {
      twoNotEnabled(s);
      units(4)(s);
    },
    expect: {
      status: 'fail',
      source: 'graph',
      observed: 'for 6 SSPR users',
      also: (r) => expect(fact('SSPR users counted as')(r)).to.include('All'),
    },
  },
  {
    name: 'SSPR-01 Selected: only members with isSsprEnabled count (4 units, 4 enabled) → pass',
    patch: (s) => {
      Object.assign(s.sources.passwordResetPolicies.data!, {
        enablementType: 1,
        passwordResetEnabledGroupName: 'SSPR Pilot',
      });
      twoNotEnabled(s);
      units(4)(s);
    },
    expect: {
      status: 'pass',
      source: 'graph',
      observed: 'for 4 SSPR users',
      also: (r) => expect(fact('SSPR users counted as')(r)).to.equal('members with isSsprEnabled=true'),
    },
  },
  {
    name: 'guests are never SSPR users here (30 enabled guests, 25 units) → pass',
    patch: (s) => {
      for (let i = 0; i < 30; i++)
        rows(s).push(
          urdRow({ id: `g-${i}`, userPrincipalName: `g${i}#EXT#@contoso.com`, userType: 'guest' }),
        );
    },
    expect: { status: 'pass', source: 'graph', observed: 'for 6 SSPR users' },
  },
  {
    name: 'units of a suspended P1 SKU do not count (5 + 100 suspended for 6) → fail',
    patch: (s) => {
      units(5)(s);
      s.sources.subscribedSkus.data!.push({
        skuId: 'x',
        skuPartNumber: 'OLD_P1',
        capabilityStatus: 'Suspended',
        prepaidUnits: { enabled: 100 },
        servicePlans: [{ servicePlanId: AAD_PREMIUM, provisioningStatus: 'Success' }],
      });
    },
    expect: { status: 'fail', source: 'graph', observed: '5 licences' },
  },
  {
    name: 'units of every qualifying SKU add up (3 + 3 for 6) → pass',
    patch: (s) => {
      units(3)(s);
      s.sources.subscribedSkus.data!.push({
        skuId: 'y',
        skuPartNumber: 'AAD_PREMIUM_P2',
        capabilityStatus: 'Enabled',
        prepaidUnits: { enabled: 3 },
        servicePlans: [{ servicePlanId: AAD_PREMIUM_P2, provisioningStatus: 'Success' }],
      });
    },
    expect: { status: 'pass', source: 'graph', observed: '6 licences for 6' },
  },
  {
    name: 'units of a SKU whose P2 plan is PendingInput (not provisioned) do not count (3 + 3 for 6) → fail',
    patch: (s) => {
      units(3)(s);
      s.sources.subscribedSkus.data!.push({
        skuId: 'y',
        skuPartNumber: 'AAD_PREMIUM_P2',
        capabilityStatus: 'Enabled',
        prepaidUnits: { enabled: 3 },
        servicePlans: [{ servicePlanId: AAD_PREMIUM_P2, provisioningStatus: 'PendingInput' }],
      });
    },
    expect: { status: 'fail', source: 'graph', observed: '3 licences for 6' },
  },
  {
    name: 'units = enabled + warning (4 enabled + 2 in the grace period for 6) → pass',
    patch: (s) => void (sku(s).prepaidUnits = { enabled: 4, warning: 2, suspended: 9 }),
    expect: { status: 'pass', source: 'graph', observed: '6 licences for 6' },
  },
  {
    name: 'a SKU in Warning still counts (6 warning units for 6) → pass',
    patch: (s) => {
      sku(s).capabilityStatus = 'Warning';
      sku(s).prepaidUnits = { enabled: 0, warning: 6 };
    },
    expect: { status: 'pass', source: 'graph', observed: '6 licences for 6' },
  },
  {
    name: 'Business Standard units count in a cloud-only tenant (3 P1 + 3 Business Standard for 6) → pass',
    patch: (s) => {
      units(3)(s);
      s.sources.organization.data!.onPremisesSyncEnabled = false;
      s.sources.subscribedSkus.data!.push({
        skuId: 'f245ecc8-75af-4f8e-b61f-27d8114de5f3',
        skuPartNumber: 'O365_BUSINESS_PREMIUM',
        capabilityStatus: 'Enabled',
        prepaidUnits: { enabled: 3 },
        servicePlans: [],
      });
    },
    expect: { status: 'pass', source: 'graph', observed: '6 licences for 6' },
  },
  {
    name: 'Business Standard units do not count in a hybrid tenant (3 P1 + 3 Business Standard for 6) → fail',
    patch: (s) => {
      units(3)(s);
      s.sources.subscribedSkus.data!.push({
        skuId: 'f245ecc8-75af-4f8e-b61f-27d8114de5f3',
        skuPartNumber: 'O365_BUSINESS_PREMIUM',
        capabilityStatus: 'Enabled',
        prepaidUnits: { enabled: 3 },
        servicePlans: [],
      });
    },
    expect: { status: 'fail', source: 'graph', observed: '3 licences for 6' },
  },
  {
    name: 'SSPR-17 warn (grace period) still counts licences → pass',
    patch: (s) => void (sku(s).capabilityStatus = 'Warning'),
    expect: { status: 'pass', source: 'graph', observed: '25 licences for 6' },
  },
  {
    name: 'rows with userType null are not members: counted in evidence, not as SSPR users',
    patch: (s) => {
      units(6)(s);
      rows(s).push(...memberRows(3, () => ({ userType: null })));
    },
    expect: {
      status: 'pass',
      source: 'graph',
      observed: '6 licences for 6 SSPR users',
      also: (r) =>
        expect(fact('userRegistrationDetails rows with userType null (not counted as members)')(r)).to.equal(
          3,
        ),
    },
  },
  {
    name: 'warnRatio option in force: 0.8 turns 5 for 6 (83%) into warn',
    patch: units(5),
    options: { 'SSPR-18': { warnRatio: 0.8 } },
    expect: { status: 'warn', source: 'graph' },
  },
  {
    name: 'SSPR-17 failed (no usable licence) → not_applicable prerequisite_off',
    patch: (s) => void (sku(s).capabilityStatus = 'Suspended'),
    expect: { status: 'not_applicable', source: 'graph', reason: 'prerequisite_off', message: ['SSPR-17'] },
  },
  {
    name: 'SSPR-17 not assessed (subscribedSkus forbidden) → not_assessed with its permission',
    patch: (s) => failSource(s, 'subscribedSkus', 'forbidden', 'Organization.Read.All'),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'Organization.Read.All',
      observed: 'SSPR-17 was not assessed',
    },
  },
  {
    name: 'no SSPR user (SSPR-01 None, nobody enabled) → not_applicable no_population',
    patch: (s) => {
      s.sources.passwordResetPolicies.data!.enablementType = 0;
      rows(s).forEach((u) => (u.isSsprEnabled = false));
    },
    expect: { status: 'not_applicable', source: 'graph', reason: 'no_population', observed: '0 SSPR users' },
  },
  {
    name: 'members unreadable (userRegistrationDetails forbidden) → not_assessed AuditLog.Read.All',
    patch: (s) => failSource(s, 'userRegistrationDetails', 'forbidden', 'AuditLog.Read.All'),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'AuditLog.Read.All',
      message: ['userRegistrationDetails'],
    },
  },
]);

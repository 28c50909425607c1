import { expect } from 'chai';
import { AAD_PREMIUM, AAD_PREMIUM_P2, failSource } from '../fixtures/golden.js';
import type { Snapshot, SubscribedSku } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

const sku = (s: Snapshot) => s.sources.subscribedSkus.data![0];
const plan = (s: Snapshot) => sku(s).servicePlans[0];
const cloudOnly = (s: Snapshot) => void (s.sources.organization.data!.onPremisesSyncEnabled = false);
/** Microsoft 365 Business Standard, as subscribedSkus returns it (no P1/P2 plan). */
const businessStandard = (over: Partial<SubscribedSku> = {}): SubscribedSku => ({
  skuId: 'f245ecc8-75af-4f8e-b61f-27d8114de5f3',
  skuPartNumber: 'O365_BUSINESS_PREMIUM',
  capabilityStatus: 'Enabled',
  prepaidUnits: { enabled: 25, warning: 0, suspended: 0, lockedOut: 0 },
  servicePlans: [
    {
      servicePlanId: '9aaf7827-d63c-4b61-89c3-182f06f82e5c',
      servicePlanName: 'EXCHANGE_S_STANDARD',
      provisioningStatus: 'Success',
    },
  ],
  ...over,
});
const otherSku = (over: Partial<SubscribedSku> = {}): SubscribedSku => ({
  skuId: 'c7df2760-2c81-4ef7-b578-5b5392b571df',
  skuPartNumber: 'ENTERPRISEPREMIUM',
  capabilityStatus: 'Enabled',
  prepaidUnits: { enabled: 10 },
  servicePlans: [
    {
      servicePlanId: '8c098270-9dd4-4350-9b30-ba4703f3b36b',
      servicePlanName: 'ADALLOM_S_O365',
      provisioningStatus: 'Success',
    },
  ],
  ...over,
});

runCheckCases('SSPR-17', [
  {
    name: 'golden: enabled AAD_PREMIUM SKU with units, plan provisioned → pass',
    expect: { status: 'pass', source: 'graph', observed: 'AAD_PREMIUM', message: ['AAD_PREMIUM (Success)'] },
  },
  {
    name: 'the only P1 SKU is suspended → fail, listed with why',
    patch: (s) => void (sku(s).capabilityStatus = 'Suspended'),
    expect: {
      status: 'fail',
      source: 'graph',
      affectedRows: 1,
      troubleshooting: ['TS-01'],
      also: (r) => expect(r.evidence.affected!.rows[0].why).to.equal('capabilityStatus is Suspended'),
    },
  },
  {
    name: 'no enabled units → fail',
    patch: (s) => void (sku(s).prepaidUnits!.enabled = 0),
    expect: {
      status: 'fail',
      source: 'graph',
      affectedRows: 1,
      also: (r) => expect(r.evidence.affected!.rows[0].why).to.equal('no enabled or warning units'),
    },
  },
  {
    name: 'plan not provisioned (Disabled) → fail',
    patch: (s) => void (sku(s).servicePlans[0].provisioningStatus = 'Disabled'),
    expect: {
      status: 'fail',
      source: 'graph',
      message: ['none is usable'],
      also: (r) => expect(r.evidence.affected!.rows[0].plans).to.equal('AAD_PREMIUM (Disabled)'),
    },
  },
  {
    name: 'no SKU with a P1/P2 plan at all → fail without a table',
    patch: (s) => void (s.sources.subscribedSkus.data = [otherSku()]),
    expect: { status: 'fail', source: 'graph', observed: 'no P1/P2 service plan', affectedRows: 0 },
  },
  {
    name: 'no subscription at all → fail',
    patch: (s) => void (s.sources.subscribedSkus.data = []),
    expect: { status: 'fail', source: 'graph', message: ['No subscription'] },
  },
  {
    name: 'P2 plan only → pass',
    patch: (s) =>
      void (sku(s).servicePlans = [
        { servicePlanId: AAD_PREMIUM_P2, servicePlanName: 'AAD_PREMIUM_P2', provisioningStatus: 'Success' },
      ]),
    expect: { status: 'pass', source: 'graph', message: ['AAD_PREMIUM_P2 (Success)'] },
  },
  {
    name: 'P1 inside a bundle (among other plans) → pass',
    patch: (s) =>
      void (s.sources.subscribedSkus.data = [
        otherSku({
          servicePlans: [
            ...otherSku().servicePlans,
            { servicePlanId: AAD_PREMIUM, servicePlanName: 'AAD_PREMIUM', provisioningStatus: 'Success' },
          ],
        }),
      ]),
    expect: { status: 'pass', source: 'graph', observed: 'ENTERPRISEPREMIUM' },
  },
  {
    name: 'a suspended P1 SKU next to an enabled one → pass on the enabled one',
    patch: (s) =>
      void s.sources.subscribedSkus.data!.push(
        otherSku({
          skuPartNumber: 'OLD_P1',
          capabilityStatus: 'Suspended',
          servicePlans: [{ servicePlanId: AAD_PREMIUM, provisioningStatus: 'Success' }],
        }),
      ),
    expect: {
      status: 'pass',
      source: 'graph',
      observed: 'AAD_PREMIUM',
      also: (r) => expect(r.observed).not.to.include('OLD_P1'),
    },
  },
  // Provisioning: only Success is provisioned (mutation survivor from issue 11).
  ...(['PendingActivation', 'ErrorStatus', 'Error', 'PendingInput', 'PendingProvisioning'] as const).map(
    (status) => ({
      name: `plan in ${status} is not provisioned → fail`,
      patch: (s: Snapshot) => void (plan(s).provisioningStatus = status),
      expect: {
        status: 'fail' as const,
        source: 'graph' as const,
        affectedRows: 1,
        also: (r: { evidence: { affected?: { rows: Array<Record<string, unknown>> } } }) =>
          expect(r.evidence.affected!.rows[0].why).to.include('not provisioned'),
      },
    }),
  ),
  // capabilityStatus: Enabled or Warning qualify; Suspended, Deleted and LockedOut do not.
  {
    name: 'the only P1 SKU in Warning (grace period) → warn, units = enabled + warning',
    patch: (s) => {
      sku(s).capabilityStatus = 'Warning';
      sku(s).prepaidUnits = { enabled: 0, warning: 25, suspended: 0 };
    },
    expect: { status: 'warn', source: 'graph', observed: 'AAD_PREMIUM (Warning)', message: ['grace period'] },
  },
  {
    name: 'Warning SKU next to an Enabled one → pass on the Enabled one',
    patch: (s) =>
      void s.sources.subscribedSkus.data!.push({
        ...structuredClone(sku(s)),
        skuPartNumber: 'AAD_PREMIUM_P2',
        capabilityStatus: 'Warning',
      }),
    expect: { status: 'pass', source: 'graph', observed: 'AAD_PREMIUM' },
  },
  ...(['Deleted', 'LockedOut'] as const).map((status) => ({
    name: `the only P1 SKU ${status} → fail`,
    patch: (s: Snapshot) => void (sku(s).capabilityStatus = status),
    expect: { status: 'fail' as const, source: 'graph' as const, affectedRows: 1 },
  })),
  // Business Standard: cloud-only reset only.
  {
    name: 'cloud-only tenant with Business Standard only → pass',
    patch: (s) => {
      cloudOnly(s);
      s.sources.subscribedSkus.data = [businessStandard()];
    },
    expect: {
      status: 'pass',
      source: 'graph',
      observed: 'O365_BUSINESS_PREMIUM',
      message: ['Business Standard'],
    },
  },
  {
    name: 'cloud-only tenant (onPremisesSyncEnabled null) with the legacy SMB_BUSINESS_PREMIUM, known by skuId → pass',
    patch: (s) => {
      s.sources.organization.data!.onPremisesSyncEnabled = null;
      s.sources.subscribedSkus.data = [
        businessStandard({ skuId: 'ac5cef5d-921b-4f97-9ef3-c99076e5470f', skuPartNumber: null }),
      ];
    },
    expect: { status: 'pass', source: 'graph' },
  },
  {
    name: 'hybrid tenant with Business Standard only → fail, evidence says writeback needs P1/P2 or Business Premium',
    patch: (s) => void (s.sources.subscribedSkus.data = [businessStandard()]),
    expect: {
      status: 'fail',
      source: 'graph',
      message: ['writeback needs Entra ID P1/P2 or Microsoft 365 Business Premium'],
      affectedRows: 1,
      also: (r) => expect(r.evidence.affected!.rows[0].why).to.include('P1/P2 or Business Premium'),
    },
  },
  {
    name: 'Business Standard in a cloud-only tenant but Suspended → fail',
    patch: (s) => {
      cloudOnly(s);
      s.sources.subscribedSkus.data = [businessStandard({ capabilityStatus: 'Suspended' })];
    },
    expect: { status: 'fail', source: 'graph', affectedRows: 1 },
  },
  {
    name: 'Business Standard only and organization unreadable → not_assessed with its reason',
    patch: (s) => {
      s.sources.subscribedSkus.data = [businessStandard()];
      failSource(s, 'organization', 'forbidden', 'Organization.Read.All');
    },
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      message: ['organization'],
    },
  },
  {
    name: 'P1 licensed and organization unreadable → pass (hybrid state does not matter for P1/P2)',
    patch: (s) => failSource(s, 'organization', 'error'),
    expect: { status: 'pass', source: 'graph' },
  },
  // Nulls: a SKU whose deciding field is null is left out and counted.
  {
    name: 'P1 SKU with capabilityStatus null is left out and counted → fail',
    patch: (s) => void (sku(s).capabilityStatus = null),
    expect: {
      status: 'fail',
      source: 'graph',
      also: (r) =>
        expect(r.evidence.facts).to.deep.include({
          label: 'Subscriptions left out (capabilityStatus or prepaidUnits null)',
          value: 1,
        }),
    },
  },
  {
    name: 'null servicePlanId and provisioningStatus on other plans do not break the check → pass',
    patch: (s) =>
      void sku(s).servicePlans.push({ servicePlanId: null, servicePlanName: null, provisioningStatus: null }),
    expect: { status: 'pass', source: 'graph' },
  },
  {
    name: 'subscribedSkus forbidden → not_assessed missing_permission Organization.Read.All',
    patch: (s) => failSource(s, 'subscribedSkus', 'forbidden', 'Organization.Read.All'),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'Organization.Read.All',
      message: ['subscribedSkus'],
    },
  },
  {
    name: 'subscribedSkus failed (5xx) → not_assessed collection_error',
    patch: (s) => failSource(s, 'subscribedSkus', 'error'),
    expect: { status: 'not_assessed', source: 'none', reason: 'collection_error' },
  },
]);

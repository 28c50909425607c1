import { expect } from 'chai';
import { AAD_PREMIUM, AAD_PREMIUM_P2, failSource } from '../fixtures/golden.js';
import type { Snapshot, SubscribedSku } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

const sku = (s: Snapshot) => s.sources.subscribedSkus.data![0];
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
    patch: (s) => void (sku(s).prepaidUnits.enabled = 0),
    expect: {
      status: 'fail',
      source: 'graph',
      affectedRows: 1,
      also: (r) => expect(r.evidence.affected!.rows[0].why).to.equal('no enabled units'),
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

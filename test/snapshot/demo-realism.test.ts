// The demo tenant (and every synthetic tenant the generator makes) must be one Microsoft could
// produce: real SKU part numbers, SKU ids and service plans, Business Premium within its 300-seat
// cap, and no data an application sign-in cannot read.

import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { DEMO_FILES, demoSnapshot } from '../../src/demo/demo-tenant.js';
import { generateTenant } from '../../src/demo/generate-tenant.js';
import type { Snapshot } from '../../src/snapshot/types.js';

// From entra-docs docs/identity/users/licensing-service-plan-reference.md @067a0c7b (updated
// 2025-10-29): skuPartNumber → skuId, and service plan ids → names, for the SKUs a synthetic tenant uses.
const SKUS: Record<string, string> = {
  AAD_PREMIUM: '078d2b04-f1bd-4111-bbd4-b4b1b354cef4',
  AAD_PREMIUM_P2: '84a661c4-e949-4bd2-a560-ed7766fcaf2b',
  STANDARDPACK: '18181a46-0d4e-45cd-891e-60aabd171b4e',
  SPE_E3: '05e9a617-0261-4cee-bb44-138d3ef5d965',
  SPB: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
  O365_BUSINESS_PREMIUM: 'f245ecc8-75af-4f8e-b61f-27d8114de5f3',
};
const PLANS: Record<string, string> = {
  '41781fb2-bc02-4b7c-bd55-b576c07bb09d': 'AAD_PREMIUM',
  'eec0eb4f-6444-4f95-aba0-50c24d67f998': 'AAD_PREMIUM_P2',
  '932ad362-64a8-4783-9106-97849a1a30b9': 'ADALLOM_S_DISCOVERY',
  '113feb6c-3fe4-4440-bddc-54d774bf0318': 'EXCHANGE_S_FOUNDATION',
  '8a256a2b-b617-496d-b51b-e76466e88db0': 'MFA_PREMIUM',
  '9aaf7827-d63c-4b61-89c3-182f06f82e5c': 'EXCHANGE_S_STANDARD',
  '57ff2da0-773e-42df-b2af-ffb7a2317929': 'TEAMS1',
  '0feaeb32-d00e-4d66-bd5a-43b5b83db82c': 'MCOSTANDARD',
};
/** Microsoft 365 Business Premium (and Business Basic/Standard) are sold to at most 300 users (GRAPH.md §17.5). */
const BUSINESS_SEAT_CAP = 300;
const BUSINESS_SKUS = new Set(['SPB', 'O365_BUSINESS_PREMIUM', 'O365_BUSINESS_ESSENTIALS']);
const DELEGATED_ONLY = [
  'usersRegisteredByMethod',
  'usersRegisteredByFeature',
  'userRegistrationActivity',
] as const;
const APP_SIGN_INS = new Set(['secret', 'certificate', 'managed-identity', 'workload-identity', 'env']);

const tenants: Array<[string, () => Snapshot]> = [
  [
    'the bundled demo (demo/snapshot.json)',
    () => JSON.parse(readFileSync(DEMO_FILES.snapshot, 'utf8')) as Snapshot,
  ],
  ['the demo spec', demoSnapshot],
  ['a default synthetic tenant (1000 members)', () => generateTenant()],
  ['an unlicensed synthetic tenant', () => generateTenant({ licensed: false, members: 50 })],
  [
    'a synthetic tenant scanned as an application',
    () => generateTenant({ signIn: 'application', members: 50 }),
  ],
];

describe('demo realism', () => {
  for (const [name, make] of tenants) {
    describe(name, () => {
      const s = make();
      const skus = s.sources.subscribedSkus.data ?? [];

      it('uses real SKU part numbers, SKU ids and service plans', () => {
        expect(skus.length).to.be.greaterThan(0);
        for (const sku of skus) {
          expect(SKUS, `skuPartNumber ${sku.skuPartNumber}`).to.have.property(sku.skuPartNumber!);
          expect(sku.skuId, sku.skuPartNumber!).to.equal(SKUS[sku.skuPartNumber!]);
          for (const p of sku.servicePlans)
            expect(PLANS[p.servicePlanId!], `${p.servicePlanId}`).to.equal(p.servicePlanName);
        }
      });

      it('keeps Business SKUs within their 300-seat cap', () => {
        for (const sku of skus.filter((k) => BUSINESS_SKUS.has(k.skuPartNumber ?? '')))
          expect(
            (sku.prepaidUnits?.enabled ?? 0) + (sku.prepaidUnits?.warning ?? 0),
            sku.skuPartNumber!,
          ).to.be.at.most(BUSINESS_SEAT_CAP);
      });

      it('an application sign-in never holds data from the delegated-only reports', () => {
        if (!APP_SIGN_INS.has(s.collectedBy?.auth ?? '')) return;
        for (const source of DELEGATED_ONLY) {
          expect(s.sources[source].outcome.status, source).to.equal('skipped');
          expect(s.sources[source].outcome.error, source).to.match(/delegated sign-ins only/);
        }
      });

      it('expanded role principals carry no userPrincipalName (Graph does not send it)', () => {
        for (const a of s.sources.roleAssignments.data ?? [])
          expect(a.principal ?? {}, a.id).not.to.have.property('userPrincipalName');
      });
    });
  }

  it('a delegated synthetic scan reads the delegated-only reports', () => {
    const s = generateTenant({ signIn: 'delegated', members: 30 });
    expect(s.collectedBy?.auth).to.equal('device-code');
    for (const source of DELEGATED_ONLY) expect(s.sources[source].outcome.status, source).to.equal('ok');
  });
});

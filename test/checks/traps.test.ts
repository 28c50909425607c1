// Named regression tests for the traps other tools fall into, run across the whole registry.

import { expect } from 'chai';
import { CHECKS } from '../../checks/index.js';
import { runChecks } from '../../src/engine/run-checks.js';
import { GRAPH_SOURCES } from '../../src/snapshot/source-names.js';
import { failSource, golden, urdRow, withoutPortal } from '../fixtures/golden.js';

describe('traps (whole registry)', () => {
  for (const status of ['forbidden', 'not_licensed', 'error'] as const) {
    it(`a scan where every Graph source is ${status} and no portal or attestation exists never passes or fails a check`, () => {
      const s = golden((x) => {
        withoutPortal(x);
        x.attestation = null;
        for (const name of GRAPH_SOURCES)
          failSource(x, name, status, status === 'forbidden' ? 'AuditLog.Read.All' : undefined);
      });
      for (const r of runChecks(CHECKS, s)) {
        if (r.source === 'platform') continue; // SSPR-08: a fact of the service, needs no data
        expect(r.status, `${r.id}: ${r.message}`).to.be.oneOf(['not_assessed', 'not_applicable']);
        if (r.status === 'not_assessed')
          expect(r.reason, r.id).to.be.oneOf([
            'missing_permission',
            'not_licensed',
            'collection_error',
            'no_public_api',
            'manual',
          ]);
      }
    });
  }

  it('a missing permission is named on every check it leaves not assessed', () => {
    const s = golden((x) => {
      withoutPortal(x);
      x.attestation = null;
      for (const name of GRAPH_SOURCES) failSource(x, name, 'forbidden', `Perm.${name}`);
    });
    for (const r of runChecks(CHECKS, s).filter((x) => x.reason === 'missing_permission')) {
      expect(r.missingPermission, r.id).to.match(/^Perm\./);
      expect(r.message, r.id).to.include(r.missingPermission!);
    }
  });

  it('guests are excluded: adding unregistered, not-enabled guests with bad phones changes no verdict', () => {
    const base = runChecks(CHECKS, golden());
    const withGuests = runChecks(
      CHECKS,
      golden((x) => {
        for (let i = 0; i < 50; i++) {
          const id = `guest-${i}`;
          x.sources.userRegistrationDetails.data!.push(
            urdRow({
              id,
              userPrincipalName: `g${i}_ext#EXT#@contoso.com`,
              userType: 'guest',
              isSsprEnabled: false,
              isSsprRegistered: false,
              isSsprCapable: false,
              methodsRegistered: ['mobilePhone'],
            }),
          );
          x.sources.userPhones.data!.push({
            id,
            userPrincipalName: `g${i}_ext#EXT#@contoso.com`,
            mobilePhone: '0612345678',
            businessPhones: [],
          });
        }
      }),
    );
    expect(withGuests.map((r) => [r.id, r.status, r.source])).to.deep.equal(
      base.map((r) => [r.id, r.status, r.source]),
    );
  });

  it('allowedToUseSSPR (admins only) is never read as user SSPR: flipping it changes no verdict', () => {
    const on = runChecks(
      CHECKS,
      golden((x) => void (x.sources.authorizationPolicy.data!.allowedToUseSSPR = true)),
    );
    const off = runChecks(
      CHECKS,
      golden((x) => void (x.sources.authorizationPolicy.data!.allowedToUseSSPR = false)),
    );
    expect(on.map((r) => [r.id, r.status, r.message])).to.deep.equal(
      off.map((r) => [r.id, r.status, r.message]),
    );
  });

  it('every check passes on the golden (fully compliant) tenant, SSPR-02 being n/a there (SSPR is enabled for All)', () => {
    for (const r of runChecks(CHECKS, golden())) {
      expect(r.status, `${r.id}: ${r.message}`).to.equal(r.id === 'SSPR-02' ? 'not_applicable' : 'pass');
    }
  });
});

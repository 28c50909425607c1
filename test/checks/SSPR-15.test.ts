import { expect } from 'chai';
import { failSource, urdRow } from '../fixtures/golden.js';
import { memberRows, setRegistrationDetails } from '../fixtures/builders.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

/** `total` SSPR-enabled members of whom the first `enough` hold two SSPR methods and the rest one. */
const share = (total: number, enough: number) => (s: Snapshot) =>
  setRegistrationDetails(
    s,
    memberRows(total, (i) => ({
      methodsRegistered: i < enough ? ['email', 'mobilePhone'] : ['mobilePhone'],
    })),
  );
const rows = (s: Snapshot) => s.sources.userRegistrationDetails.data!;
const withMethods = (methods: string[]) => (s: Snapshot) => void (rows(s)[0].methodsRegistered = methods);

runCheckCases('SSPR-15', [
  {
    name: 'golden: every enabled member holds ≥ 2 SSPR methods → pass',
    expect: { status: 'pass', source: 'graph', observed: '100.0%', affectedRows: 0 },
  },
  {
    name: 'exactly 95% (19 of 20) → pass',
    patch: share(20, 19),
    expect: { status: 'pass', source: 'graph', observed: '95.0%', affectedRows: 1 },
  },
  {
    name: 'just below 95% (18 of 20) → warn listing the users and their methods',
    patch: share(20, 18),
    expect: {
      status: 'warn',
      source: 'graph',
      affectedRows: 2,
      message: ['18 of 20', '2 hold fewer'],
      troubleshooting: ['TS-02', 'TS-04'],
      also: (r) =>
        expect(r.evidence.affected!.rows[0]).to.include({
          userPrincipalName: 'user18@contoso.com',
          ssprMethods: 'mobilePhone',
        }),
    },
  },
  {
    name: 'exactly 80% (4 of 5) → warn',
    patch: share(5, 4),
    expect: { status: 'warn', source: 'graph', observed: '80.0%' },
  },
  {
    name: 'just below 80% (79 of 100) → fail',
    patch: share(100, 79),
    expect: { status: 'fail', source: 'graph', affectedRows: 21 },
  },
  {
    name: 'methods SSPR cannot use are ignored (fido2, Windows Hello + email = 1) → 5 of 6 → warn',
    patch: withMethods(['fido2', 'windowsHelloForBusiness', 'email']),
    expect: {
      status: 'warn',
      source: 'graph',
      affectedRows: 1,
      also: (r) => expect(r.evidence.affected!.rows[0].ssprMethods).to.equal('email'),
    },
  },
  {
    name: 'hardware OATH counts as an SSPR method (email + hardwareOneTimePasscode = 2) → pass',
    patch: withMethods(['email', 'hardwareOneTimePasscode']),
    expect: { status: 'pass', source: 'graph' },
  },
  {
    name: 'alternate mobile phone is MFA only (mobilePhone + alternateMobilePhone = 1) → warn',
    patch: withMethods(['mobilePhone', 'alternateMobilePhone']),
    expect: { status: 'warn', source: 'graph', affectedRows: 1 },
  },
  {
    name: 'methodsRegistered null is no method: counted in "With none" and in the evidence → warn',
    patch: (s) => void (rows(s)[0].methodsRegistered = null),
    expect: {
      status: 'warn',
      source: 'graph',
      also: (r) => {
        expect(r.evidence.facts).to.deep.include({ label: 'With none', value: 1 });
        expect(r.evidence.facts).to.deep.include({
          label: 'Members with methodsRegistered null (counted as no method)',
          value: 1,
        });
      },
    },
  },
  {
    name: 'a method listed twice counts once → warn',
    patch: withMethods(['email', 'email']),
    expect: { status: 'warn', source: 'graph', affectedRows: 1 },
  },
  {
    name: 'a member with no method counts in the population and in "With none"',
    patch: withMethods([]),
    expect: {
      status: 'warn',
      source: 'graph',
      also: (r) => expect(r.evidence.facts.find((f) => f.label === 'With none')!.value).to.equal(1),
    },
  },
  {
    name: 'an admin with one method counts (admins are members)',
    patch: (s) => void (rows(s).find((u) => u.isAdmin)!.methodsRegistered = ['mobilePhone']),
    expect: { status: 'warn', source: 'graph', affectedRows: 1 },
  },
  {
    name: 'guests with one method are excluded → pass',
    patch: (s) =>
      void rows(s).push(
        urdRow({
          id: 'guest-9',
          userPrincipalName: 'g9#EXT#@contoso.com',
          userType: 'guest',
          methodsRegistered: ['email'],
        }),
      ),
    expect: { status: 'pass', source: 'graph', observed: '(6 of 6)' },
  },
  {
    name: 'members not enabled for SSPR are outside the population → pass',
    patch: (s) => Object.assign(rows(s)[0], { isSsprEnabled: false, methodsRegistered: [] }),
    expect: { status: 'pass', source: 'graph', observed: '(5 of 5)' },
  },
  {
    name: 'no member enabled for SSPR → not_applicable no_population',
    patch: (s) =>
      setRegistrationDetails(
        s,
        memberRows(2, () => ({ isSsprEnabled: false })),
      ),
    expect: { status: 'not_applicable', source: 'graph', reason: 'no_population' },
  },
  {
    name: 'threshold options in force: warnRate 0.5 turns 3 of 5 (60%) into warn',
    patch: share(5, 3),
    options: { 'SSPR-15': { warnRate: 0.5 } },
    expect: { status: 'warn', source: 'graph', observed: '60.0%' },
  },
  {
    name: 'report forbidden → not_assessed missing_permission AuditLog.Read.All',
    patch: (s) => failSource(s, 'userRegistrationDetails', 'forbidden', 'AuditLog.Read.All'),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'AuditLog.Read.All',
    },
  },
  {
    name: 'report not licensed → not_assessed not_licensed',
    patch: (s) => failSource(s, 'userRegistrationDetails', 'not_licensed'),
    expect: { status: 'not_assessed', source: 'none', reason: 'not_licensed' },
  },
]);

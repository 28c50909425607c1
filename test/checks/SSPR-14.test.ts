import { expect } from 'chai';
import { failSource, urdRow } from '../fixtures/golden.js';
import { memberRows, setRegistrationDetails } from '../fixtures/builders.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

/** `total` SSPR-enabled members of whom the first `registered` are registered. */
const coverage = (total: number, registered: number) => (s: Snapshot) =>
  setRegistrationDetails(
    s,
    memberRows(total, (i) => ({ isSsprRegistered: i < registered })),
  );
const rows = (s: Snapshot) => s.sources.userRegistrationDetails.data!;

runCheckCases('SSPR-14', [
  {
    name: 'golden: 6 of 6 enabled members registered → pass',
    expect: { status: 'pass', source: 'graph', observed: '100.0%', affectedRows: 0 },
  },
  {
    name: 'exactly 95% (19 of 20) → pass',
    patch: coverage(20, 19),
    expect: { status: 'pass', source: 'graph', observed: '95.0% registered (19 of 20)', affectedRows: 1 },
  },
  {
    name: 'just below 95% (18 of 20, 90%) → warn listing the 2 unregistered users',
    patch: coverage(20, 18),
    expect: {
      status: 'warn',
      source: 'graph',
      affectedRows: 2,
      message: ['18 of 20', 'the other 2'],
      troubleshooting: ['TS-02'],
      also: (r) =>
        expect(r.evidence.affected!.rows.map((u) => u.userPrincipalName)).to.deep.equal([
          'user18@contoso.com',
          'user19@contoso.com',
        ]),
    },
  },
  {
    name: 'exactly 80% (4 of 5) → warn',
    patch: coverage(5, 4),
    expect: { status: 'warn', source: 'graph', observed: '80.0%' },
  },
  {
    name: 'just below 80% (79 of 100) → fail',
    patch: coverage(100, 79),
    expect: { status: 'fail', source: 'graph', affectedRows: 21 },
  },
  {
    name: 'low coverage (1 of 4) → fail',
    patch: coverage(4, 1),
    expect: { status: 'fail', source: 'graph', observed: '25.0%', affectedRows: 3 },
  },
  {
    name: 'an unregistered admin counts (admins are members) → 5 of 6 → warn',
    patch: (s) => void (rows(s).find((u) => u.isAdmin)!.isSsprRegistered = false),
    expect: {
      status: 'warn',
      source: 'graph',
      affectedRows: 1,
      also: (r) => {
        expect(r.evidence.affected!.rows[0]).to.include({
          userPrincipalName: 'admin@contoso.com',
          isAdmin: true,
        });
        expect(r.evidence.facts.find((f) => f.label === 'Admins among the unregistered')!.value).to.equal(1);
      },
    },
  },
  {
    name: 'unregistered guests enabled for SSPR are excluded → pass',
    patch: (s) => {
      for (let i = 0; i < 10; i++) {
        rows(s).push(
          urdRow({
            id: `guest-${i}`,
            userPrincipalName: `g${i}#EXT#@contoso.com`,
            userType: 'guest',
            isSsprEnabled: true,
            isSsprRegistered: false,
          }),
        );
      }
    },
    expect: { status: 'pass', source: 'graph', observed: '(6 of 6)' },
  },
  {
    name: 'unregistered members not enabled for SSPR are outside the population → pass',
    patch: (s) => Object.assign(rows(s)[0], { isSsprEnabled: false, isSsprRegistered: false }),
    expect: { status: 'pass', source: 'graph', observed: '(5 of 5)' },
  },
  {
    name: 'no member enabled for SSPR → not_applicable no_population',
    patch: (s) =>
      setRegistrationDetails(
        s,
        memberRows(3, () => ({ isSsprEnabled: false })),
      ),
    expect: { status: 'not_applicable', source: 'graph', reason: 'no_population', observed: '0 of 3' },
  },
  {
    name: 'threshold option in force: passRate 1 turns 19 of 20 into warn',
    patch: coverage(20, 19),
    options: { 'SSPR-14': { passRate: 1 } },
    expect: { status: 'warn', source: 'graph', also: (r) => expect(r.expected).to.include('100.0%') },
  },
  {
    name: 'report forbidden → not_assessed missing_permission AuditLog.Read.All',
    patch: (s) => failSource(s, 'userRegistrationDetails', 'forbidden', 'AuditLog.Read.All'),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'AuditLog.Read.All',
      message: ['userRegistrationDetails'],
    },
  },
  {
    name: 'report needs P1/P2 → not_assessed not_licensed',
    patch: (s) => failSource(s, 'userRegistrationDetails', 'not_licensed'),
    expect: { status: 'not_assessed', source: 'none', reason: 'not_licensed', message: ['licence'] },
  },
  {
    name: 'report failed (5xx) → not_assessed collection_error',
    patch: (s) => failSource(s, 'userRegistrationDetails', 'error'),
    expect: { status: 'not_assessed', source: 'none', reason: 'collection_error' },
  },
]);

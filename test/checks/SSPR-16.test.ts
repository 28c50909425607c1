import { expect } from 'chai';
import { failSource } from '../fixtures/golden.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

const phones = (s: Snapshot) => s.sources.userPhones.data!;
const user = (s: Snapshot, upn: string) => phones(s).find((u) => u.userPrincipalName === upn)!;
const setMobile = (upn: string, mobilePhone: string | null) => (s: Snapshot) =>
  void (user(s, upn).mobilePhone = mobilePhone);

runCheckCases('SSPR-16', [
  {
    name: 'golden: every member number is "+CC number" → pass',
    expect: { status: 'pass', source: 'graph', message: ['All 7'], affectedRows: 0 },
  },
  {
    name: 'a mobile number without country code → warn, listed with user and field',
    patch: setMobile('alex@contoso.com', '4255550111'),
    expect: {
      status: 'warn',
      source: 'graph',
      affectedRows: 1,
      troubleshooting: ['TS-04'],
      message: ['1 of 7'],
      also: (r) =>
        expect(r.evidence.affected!.rows[0]).to.deep.equal({
          userPrincipalName: 'alex@contoso.com',
          field: 'mobilePhone',
          number: '4255550111',
          id: '00000000-0000-0000-0000-000000000002',
        }),
    },
  },
  {
    name: 'a business phone in local format → warn naming the businessPhones field',
    patch: (s) => void (user(s, 'adele@contoso.com').businessPhones = ['+44 2071234567', '(020) 7123 4567']),
    expect: {
      status: 'warn',
      source: 'graph',
      affectedRows: 1,
      also: (r) =>
        expect(r.evidence.affected!.rows[0]).to.include({
          field: 'businessPhones',
          number: '(020) 7123 4567',
        }),
    },
  },
  {
    name: 'no space after the country code (+14255550111) → warn',
    patch: setMobile('alex@contoso.com', '+14255550111'),
    expect: { status: 'warn', source: 'graph', affectedRows: 1 },
  },
  {
    name: 'a four-digit country code (+1234 5550111) → warn',
    patch: setMobile('alex@contoso.com', '+1234 5550111'),
    expect: { status: 'warn', source: 'graph', affectedRows: 1 },
  },
  {
    name: 'a leading 00 instead of + (0044 2071234567) → warn',
    patch: setMobile('alex@contoso.com', '0044 2071234567'),
    expect: { status: 'warn', source: 'graph', affectedRows: 1 },
  },
  {
    name: 'an extension after the number still matches (+1 4255550111 x123) → pass',
    patch: setMobile('alex@contoso.com', '+1 4255550111 x123'),
    expect: { status: 'pass', source: 'graph' },
  },
  {
    name: 'two bad numbers of one user → 2 rows, 1 user',
    patch: (s) =>
      Object.assign(user(s, 'diego@contoso.com'), { mobilePhone: '555-0100', businessPhones: ['555-0101'] }),
    expect: { status: 'warn', source: 'graph', affectedRows: 2, message: ['(1 users)'] },
  },
  {
    name: 'empty and blank numbers are not checked',
    patch: (s) => Object.assign(user(s, 'alex@contoso.com'), { mobilePhone: '  ', businessPhones: [''] }),
    expect: { status: 'pass', source: 'graph', message: ['All 6'] },
  },
  {
    name: 'a guest with a bad number is ignored (guests are not members)',
    patch: (s) =>
      void phones(s).push({
        id: '00000000-0000-0000-0000-000000000007',
        userPrincipalName: 'partner_fabrikam.com#EXT#@contoso.com',
        mobilePhone: '12345',
        businessPhones: [],
      }),
    expect: { status: 'pass', source: 'graph', message: ['All 7'] },
  },
  {
    name: 'a user absent from userRegistrationDetails is ignored',
    patch: (s) =>
      void phones(s).push({
        id: 'not-in-report',
        userPrincipalName: 'disabled@contoso.com',
        mobilePhone: '12345',
        businessPhones: [],
      }),
    expect: { status: 'pass', source: 'graph' },
  },
  {
    name: 'no member has any number → not_applicable no_population',
    patch: (s) => phones(s).forEach((u) => Object.assign(u, { mobilePhone: null, businessPhones: [] })),
    expect: {
      status: 'not_applicable',
      source: 'graph',
      reason: 'no_population',
      observed: 'no phone numbers',
    },
  },
  {
    name: 'users call forbidden → not_assessed missing_permission User.Read.All',
    patch: (s) => failSource(s, 'userPhones', 'forbidden', 'User.Read.All'),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'User.Read.All',
      message: ['userPhones'],
    },
  },
  {
    name: 'member list unavailable (userRegistrationDetails forbidden) → not_assessed with its reason',
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
    name: 'member list not licensed → not_assessed not_licensed',
    patch: (s) => failSource(s, 'userRegistrationDetails', 'not_licensed'),
    expect: { status: 'not_assessed', source: 'none', reason: 'not_licensed' },
  },
]);

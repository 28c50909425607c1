import { expect } from 'chai';
import { failSource, urdRow, withoutPortal } from '../fixtures/golden.js';
import type { Snapshot, UserRegistrationDetail } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

const required = (s: Snapshot, n: number) =>
  void (s.sources.passwordResetPolicies.data!.numberOfAuthenticationMethodsRequired = n);
const user = (s: Snapshot, upn: string) =>
  s.sources.userRegistrationDetails.data!.find((u) => u.userPrincipalName === upn)!;
const setUser = (s: Snapshot, upn: string, patch: Partial<UserRegistrationDetail>) =>
  Object.assign(user(s, upn), patch);
/** No portal, no attestation: only the inference is left. */
const inferenceOnly = (s: Snapshot) => {
  withoutPortal(s);
  s.attestation!.settings.methodsRequired = undefined;
};

runCheckCases('SSPR-03', [
  { name: 'portal 2 → pass', expect: { status: 'pass', source: 'portal', observed: '2', disagreements: [] } },
  { name: 'portal 3 → pass', patch: (s) => required(s, 3), expect: { status: 'pass', source: 'portal' } },
  {
    name: 'portal 1 → fail, linked to TS-04',
    patch: (s) => required(s, 1),
    expect: {
      status: 'fail',
      source: 'portal',
      observed: ': 1',
      message: ['only one'],
      troubleshooting: ['TS-04'],
    },
  },
  {
    name: 'portal 2 while a member is registered with email only → pass, inference recorded as disagreement',
    patch: (s) => setUser(s, 'alex@contoso.com', { methodsRegistered: ['email'] }),
    expect: {
      status: 'pass',
      source: 'portal',
      disagreements: ['inferred'],
      affectedRows: 1,
      also: (r) => expect(r.evidence.disagreements![0].detail).to.include('alex@contoso.com'),
    },
  },
  {
    name: 'portal 2 with an attestation of 1 → pass, attestation recorded as disagreement',
    patch: (s) => void (s.attestation!.settings.methodsRequired = 1),
    expect: { status: 'pass', source: 'portal', disagreements: ['attested'] },
  },
  {
    name: 'no portal, attested 2 → pass (attested)',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.methodsRequired = 2;
    },
    expect: { status: 'pass', source: 'attested', observed: '(attested)' },
  },
  {
    name: 'no portal, attested 1 → fail (attested)',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.methodsRequired = 1;
    },
    expect: { status: 'fail', source: 'attested' },
  },
  {
    name: 'no portal, attested 2 while a member proves 1 → pass (attested), disagreement recorded',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.methodsRequired = 2;
      setUser(s, 'diego@contoso.com', { methodsRegistered: ['mobilePhone'] });
    },
    expect: { status: 'pass', source: 'attested', disagreements: ['inferred'], affectedRows: 1 },
  },
  {
    name: 'inferred: a member registered with mobilePhone only → fail (inferred), the member listed',
    patch: (s) => {
      inferenceOnly(s);
      setUser(s, 'diego@contoso.com', { methodsRegistered: ['mobilePhone'] });
    },
    expect: {
      status: 'fail',
      source: 'inferred',
      affectedRows: 1,
      message: ['Inferred'],
      also: (r) =>
        expect(r.evidence.affected!.rows[0]).to.include({
          userPrincipalName: 'diego@contoso.com',
          method: 'mobilePhone',
        }),
    },
  },
  {
    name: 'inferred: officePhone only → fail (inferred)',
    patch: (s) => {
      inferenceOnly(s);
      setUser(s, 'diego@contoso.com', { methodsRegistered: ['officePhone'] });
    },
    expect: { status: 'fail', source: 'inferred', affectedRows: 1 },
  },
  {
    name: 'inferred: one email plus non-SSPR entries (fido2, windowsHelloForBusiness, duplicate email) → fail (other entries ignored)',
    patch: (s) => {
      inferenceOnly(s);
      setUser(s, 'alex@contoso.com', {
        methodsRegistered: ['email', 'fido2', 'windowsHelloForBusiness', 'email'],
      });
    },
    expect: { status: 'fail', source: 'inferred', affectedRows: 1 },
  },
  {
    name: 'inferred: every member of several with one method is listed',
    patch: (s) => {
      inferenceOnly(s);
      setUser(s, 'alex@contoso.com', { methodsRegistered: ['email'] });
      setUser(s, 'diego@contoso.com', { methodsRegistered: ['mobilePhone'] });
      setUser(s, 'admin@contoso.com', { methodsRegistered: ['officePhone'] });
    },
    expect: { status: 'fail', source: 'inferred', affectedRows: 3, observed: '3 member(s)' },
  },
  {
    name: 'a lone Authenticator or alternate phone proves nothing → not_assessed no_public_api',
    patch: (s) => {
      inferenceOnly(s);
      setUser(s, 'alex@contoso.com', { methodsRegistered: ['microsoftAuthenticatorPush'] });
      setUser(s, 'diego@contoso.com', { methodsRegistered: ['alternateMobilePhone'] });
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api' },
  },
  {
    name: 'inferred: email plus alternateMobilePhone (MFA only) is one SSPR method → fail (inferred)',
    patch: (s) => {
      inferenceOnly(s);
      setUser(s, 'adele@contoso.com', { methodsRegistered: ['email', 'alternateMobilePhone'] });
    },
    expect: { status: 'fail', source: 'inferred', affectedRows: 1 },
  },
  {
    name: 'email plus hardware OATH is two SSPR methods → proves nothing → not_assessed no_public_api',
    patch: (s) => {
      inferenceOnly(s);
      setUser(s, 'adele@contoso.com', { methodsRegistered: ['email', 'hardwareOneTimePasscode'] });
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api' },
  },
  {
    name: 'methodsRegistered null proves nothing and is counted → not_assessed no_public_api',
    patch: (s) => {
      inferenceOnly(s);
      setUser(s, 'adele@contoso.com', { methodsRegistered: null });
    },
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'no_public_api',
      also: (r) =>
        expect(r.evidence.facts).to.deep.include({
          label: 'Members with methodsRegistered null (counted as no method)',
          value: 1,
        }),
    },
  },
  {
    name: 'a single-method member not registered proves nothing',
    patch: (s) => {
      inferenceOnly(s);
      setUser(s, 'alex@contoso.com', { methodsRegistered: ['email'], isSsprRegistered: false });
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api' },
  },
  {
    name: 'a single-method member not enabled for SSPR proves nothing',
    patch: (s) => {
      inferenceOnly(s);
      setUser(s, 'alex@contoso.com', { methodsRegistered: ['email'], isSsprEnabled: false });
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api' },
  },
  {
    name: 'regression: a guest registered with one email is not a member and proves nothing',
    patch: (s) => {
      inferenceOnly(s);
      s.sources.userRegistrationDetails.data!.push(
        urdRow({
          id: 'guest-9',
          userPrincipalName: 'g9#EXT#@contoso.com',
          userType: 'guest',
          methodsRegistered: ['email'],
        }),
      );
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api' },
  },
  {
    name: 'every member has two methods, no portal or attestation → not_assessed no_public_api',
    patch: inferenceOnly,
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'no_public_api',
      message: ['--portal'],
      also: (r) => expect(r.evidence.facts[0].value).to.equal(0),
    },
  },
  {
    name: 'regression: report forbidden and no portal → not_assessed missing_permission, never fail',
    patch: (s) => {
      inferenceOnly(s);
      failSource(s, 'userRegistrationDetails', 'forbidden', 'AuditLog.Read.All');
    },
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'AuditLog.Read.All',
    },
  },
  {
    name: 'report not licensed and no portal → not_assessed not_licensed',
    patch: (s) => {
      inferenceOnly(s);
      failSource(s, 'userRegistrationDetails', 'not_licensed');
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'not_licensed' },
  },
  {
    name: "portal sign-in forbidden, report without proof → not_assessed with the portal's missing_permission",
    patch: (s) =>
      failSource(
        s,
        'passwordResetPolicies',
        'forbidden',
        'Authentication Policy Administrator (directory role)',
      ),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'Authentication Policy Administrator (directory role)',
    },
  },
  {
    name: 'portal sign-in forbidden but a member proves 1 → fail (inferred)',
    patch: (s) => {
      failSource(
        s,
        'passwordResetPolicies',
        'forbidden',
        'Authentication Policy Administrator (directory role)',
      );
      setUser(s, 'alex@contoso.com', { methodsRegistered: ['email'] });
    },
    expect: { status: 'fail', source: 'inferred' },
  },
]);

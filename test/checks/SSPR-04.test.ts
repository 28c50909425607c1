import { expect } from 'chai';
import { failSource, withoutPortal } from '../fixtures/golden.js';
import type { PasswordResetPolicies, Snapshot } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

const config = (s: Snapshot, id: string) =>
  s.sources.authenticationMethodsPolicy.data!.authenticationMethodConfigurations!.find((c) => c.id === id)!;
const disable = (s: Snapshot, ...ids: string[]) => ids.forEach((id) => (config(s, id).state = 'disabled'));
const migration = (s: Snapshot, state: string | null) =>
  void (s.sources.authenticationMethodsPolicy.data!.policyMigrationState = state);
const legacy = (s: Snapshot, flags: Partial<PasswordResetPolicies>) =>
  Object.assign(s.sources.passwordResetPolicies.data!, flags);
/** The methods policy call ended without data, as the collector records it. */
const chinaPolicyMissing = (s: Snapshot, status: 'error' | 'unavailable', error: string) =>
  void (s.sources.authenticationMethodsPolicy = {
    outcome: { ...s.sources.authenticationMethodsPolicy.outcome, status, error },
  });
/** The legacy SSPR policy with every recommended method off. */
const legacyOff = (s: Snapshot) =>
  legacy(s, {
    mobileAppNotificationEnabled: false,
    mobileAppCodeEnabled: false,
    emailOptionEnabled: false,
    mobilePhoneOptionEnabled: false,
  });

runCheckCases('SSPR-04', [
  {
    name: 'migrated, all three enabled for all users → pass (graph)',
    expect: {
      status: 'pass',
      source: 'graph',
      affectedRows: 0,
      also: (r) =>
        expect(r.evidence.facts).to.deep.include({
          label: 'authenticationMethodsPolicy.policyMigrationState',
          value: 'migrationComplete',
        }),
    },
  },
  {
    name: 'SMS disabled → warn, SMS listed',
    patch: (s) => disable(s, 'Sms'),
    expect: {
      status: 'warn',
      source: 'graph',
      affectedRows: 1,
      message: ['SMS'],
      troubleshooting: ['TS-04'],
      also: (r) =>
        expect(r.evidence.affected!.rows[0]).to.include({
          policyId: 'Sms',
          policyState: 'disabled',
          legacySspr: 'ignored (migration complete)',
        }),
    },
  },
  {
    name: 'Email enabled with no include target counts as off → warn',
    patch: (s) => void (config(s, 'Email').includeTargets = []),
    expect: { status: 'warn', source: 'graph', affectedRows: 1, message: ['Email'] },
  },
  {
    name: 'SMS configuration absent from the policy → warn',
    patch: (s) => {
      const policy = s.sources.authenticationMethodsPolicy.data!;
      policy.authenticationMethodConfigurations = policy.authenticationMethodConfigurations!.filter(
        (c) => c.id !== 'Sms',
      );
    },
    expect: {
      status: 'warn',
      source: 'graph',
      also: (r) => expect(r.evidence.affected!.rows[0]).to.include({ policyState: 'absent' }),
    },
  },
  {
    name: 'Authenticator off alone → fail',
    patch: (s) => disable(s, 'MicrosoftAuthenticator'),
    expect: { status: 'fail', source: 'graph', affectedRows: 1, message: ['Microsoft Authenticator'] },
  },
  {
    name: 'Authenticator on, Email and SMS off → fail',
    patch: (s) => disable(s, 'Email', 'Sms'),
    expect: { status: 'fail', source: 'graph', affectedRows: 2, observed: 'Email off, SMS off' },
  },
  {
    name: 'all three off → fail, all listed',
    patch: (s) => disable(s, 'MicrosoftAuthenticator', 'Email', 'Sms'),
    expect: { status: 'fail', source: 'graph', affectedRows: 3 },
  },
  {
    name: 'migration complete: legacy flags are ignored (SMS off in the policy stays warn)',
    patch: (s) => disable(s, 'Sms'),
    expect: { status: 'warn', source: 'graph', disagreements: [] },
  },
  // preMigration: "the authentication methods policy is used for authentication only, legacy policies
  // are respected" → the legacy SSPR policy alone decides.
  {
    name: 'pre-migration: policy all on but legacy all off → fail (portal): the policy does not govern SSPR yet',
    patch: (s) => {
      migration(s, 'preMigration');
      legacyOff(s);
    },
    expect: {
      status: 'fail',
      source: 'portal',
      affectedRows: 3,
      disagreements: ['graph'],
      observed: 'legacy SSPR policy',
      also: (r) => expect(r.evidence.affected!.rows[0]).to.include({ legacySspr: 'off' }),
    },
  },
  {
    name: 'pre-migration: SMS off in the policy but on in the legacy policy → pass (portal), the policy alone is not counted',
    patch: (s) => {
      migration(s, 'preMigration');
      disable(s, 'Sms');
    },
    expect: { status: 'pass', source: 'portal', disagreements: ['graph'], observed: 'legacy' },
  },
  {
    name: 'pre-migration: legacy mobile phone enabled but not allowed does not count → warn (portal)',
    patch: (s) => {
      migration(s, 'preMigration');
      legacy(s, { mobilePhoneOptionEnabled: true, mobilePhoneOptionAllowed: false });
    },
    expect: {
      status: 'warn',
      source: 'portal',
      message: ['SMS'],
      also: (r) => expect(r.evidence.affected!.rows[0]).to.include({ policyId: 'Sms', legacySspr: 'off' }),
    },
  },
  {
    name: 'pre-migration, no portal, policy alone passes → not_assessed no_public_api: only the legacy side decides',
    patch: (s) => {
      migration(s, 'preMigration');
      withoutPortal(s);
    },
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'no_public_api',
      message: ['preMigration', '--portal'],
    },
  },
  {
    name: 'pre-migration, portal sign-in forbidden → not_assessed missing_permission (portal)',
    patch: (s) => {
      migration(s, 'preMigration');
      failSource(
        s,
        'passwordResetPolicies',
        'forbidden',
        'Authentication Policy Administrator (directory role)',
      );
    },
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'Authentication Policy Administrator (directory role)',
    },
  },
  // migrationInProgress: both policies are respected → a method is on when either side has it on.
  {
    name: 'migration in progress: Authenticator off in the policy, legacy app code on → pass (portal)',
    patch: (s) => {
      migration(s, 'migrationInProgress');
      disable(s, 'MicrosoftAuthenticator');
      legacy(s, {
        mobileAppNotificationEnabled: false,
        mobileAppCodeEnabled: true,
        mobileAppCodeOptionAllowed: true,
      });
    },
    expect: { status: 'pass', source: 'portal', disagreements: ['graph'] },
  },
  {
    name: 'migration in progress: legacy notification enabled but not allowed, code disabled → fail (graph)',
    patch: (s) => {
      migration(s, 'migrationInProgress');
      disable(s, 'MicrosoftAuthenticator');
      legacy(s, {
        mobileAppNotificationEnabled: true,
        mobileAppNotificationOptionAllowed: false,
        mobileAppCodeEnabled: false,
      });
    },
    expect: { status: 'fail', source: 'graph' },
  },
  {
    name: 'migration in progress: Email and SMS off in the policy, legacy email on → warn (portal), raised from fail',
    patch: (s) => {
      migration(s, 'migrationInProgress');
      disable(s, 'Email', 'Sms');
      legacy(s, { mobilePhoneOptionEnabled: false });
    },
    expect: { status: 'warn', source: 'portal', disagreements: ['graph'], affectedRows: 1, message: ['SMS'] },
  },
  {
    name: 'migration in progress: legacy all off, policy all on → pass (graph): the union keeps the policy methods',
    patch: (s) => {
      migration(s, 'migrationInProgress');
      legacyOff(s);
    },
    expect: { status: 'pass', source: 'graph', disagreements: [] },
  },
  {
    name: 'migration in progress, no portal, policy alone passes → pass (graph): the legacy policy can only add',
    patch: (s) => {
      migration(s, 'migrationInProgress');
      withoutPortal(s);
    },
    expect: { status: 'pass', source: 'graph' },
  },
  {
    name: 'migration in progress, no portal, policy alone warns → not_assessed no_public_api',
    patch: (s) => {
      migration(s, 'migrationInProgress');
      withoutPortal(s);
      disable(s, 'Sms');
    },
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'no_public_api',
      message: ['SMS', '--portal'],
      observed: 'SMS off',
    },
  },
  {
    name: 'migration in progress, portal forbidden, policy alone fails → not_assessed missing_permission (portal)',
    patch: (s) => {
      migration(s, 'migrationInProgress');
      failSource(
        s,
        'passwordResetPolicies',
        'forbidden',
        'Authentication Policy Administrator (directory role)',
      );
      disable(s, 'MicrosoftAuthenticator');
    },
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'Authentication Policy Administrator (directory role)',
    },
  },
  // Absent or null: read as complete (Maester, ScubaGear) → the methods policy alone.
  {
    name: 'no migration state (null), no portal, Email off → warn (graph): the methods policy alone decides',
    patch: (s) => {
      migration(s, null);
      withoutPortal(s);
      disable(s, 'Email');
    },
    expect: {
      status: 'warn',
      source: 'graph',
      message: ['Email'],
      also: (r) => expect(r.evidence.affected!.rows[0].legacySspr).to.match(/^ignored \(no migration state/),
    },
  },
  {
    name: 'migration state absent, legacy SMS on, policy SMS off → warn (graph): legacy flags ignored',
    patch: (s) => {
      delete s.sources.authenticationMethodsPolicy.data!.policyMigrationState;
      disable(s, 'Sms');
    },
    expect: {
      status: 'warn',
      source: 'graph',
      disagreements: [],
      also: (r) =>
        expect(r.evidence.facts).to.deep.include({
          label: 'authenticationMethodsPolicy.policyMigrationState',
          value: 'absent',
        }),
    },
  },
  {
    name: 'undocumented migration state (unknownFutureValue) → not_assessed no_public_api',
    patch: (s) => migration(s, 'unknownFutureValue'),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'no_public_api',
      message: ['unknownFutureValue'],
    },
  },
  // China: the methods policy is not offered (400 "Resource not found for the segment", or 404).
  {
    name: 'China, policy not offered (400 segment), legacy all on → pass (portal) from the legacy side',
    patch: (s) => {
      s.tenant.cloud = 'china';
      chinaPolicyMissing(
        s,
        'error',
        "HTTP 400 BadRequest: Resource not found for the segment 'authenticationMethodsPolicy'.",
      );
    },
    expect: {
      status: 'pass',
      source: 'portal',
      also: (r) =>
        expect(r.evidence.facts).to.deep.include({
          label: 'authenticationMethodsPolicy',
          value: 'not offered in this cloud',
        }),
    },
  },
  {
    name: 'China, policy unavailable (404), legacy SMS off → warn (portal)',
    patch: (s) => {
      s.tenant.cloud = 'china';
      chinaPolicyMissing(s, 'unavailable', 'HTTP 404 (not offered in the china cloud)');
      legacy(s, { mobilePhoneOptionEnabled: false });
    },
    expect: {
      status: 'warn',
      source: 'portal',
      also: (r) => expect(r.evidence.affected!.rows[0]).to.include({ policyState: 'not offered' }),
    },
  },
  {
    name: 'China, policy not offered, no portal → not_assessed no_public_api',
    patch: (s) => {
      s.tenant.cloud = 'china';
      chinaPolicyMissing(s, 'unavailable', 'HTTP 404');
      withoutPortal(s);
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api', message: ['China'] },
  },
  {
    name: 'global cloud, policy answered 404 → not_assessed with the policy reason (not "not offered")',
    patch: (s) => chinaPolicyMissing(s, 'error', 'HTTP 404 NotFound'),
    expect: { status: 'not_assessed', source: 'none', reason: 'collection_error' },
  },
  {
    name: 'China, policy forbidden (403) → not_assessed missing_permission, not "not offered"',
    patch: (s) => {
      s.tenant.cloud = 'china';
      failSource(s, 'authenticationMethodsPolicy', 'forbidden', 'Policy.Read.AuthenticationMethod');
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'missing_permission' },
  },
  {
    name: 'null state and null includeTargets on a configuration count as off → fail (graph)',
    patch: (s) => {
      config(s, 'Sms').state = null;
      config(s, 'Email').includeTargets = null;
    },
    expect: { status: 'fail', source: 'graph', affectedRows: 2 },
  },
  {
    name: 'regression: policy forbidden → not_assessed missing_permission Policy.Read.AuthenticationMethod, even with legacy all on',
    patch: (s) =>
      failSource(s, 'authenticationMethodsPolicy', 'forbidden', 'Policy.Read.AuthenticationMethod'),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'Policy.Read.AuthenticationMethod',
    },
  },
  {
    name: 'policy call failed → not_assessed collection_error',
    patch: (s) => failSource(s, 'authenticationMethodsPolicy', 'error'),
    expect: { status: 'not_assessed', source: 'none', reason: 'collection_error' },
  },
]);

import { expect } from 'chai';
import { failSource, withoutPortal } from '../fixtures/golden.js';
import type { PasswordResetPolicies, Snapshot } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

const config = (s: Snapshot, id: string) =>
  s.sources.authenticationMethodsPolicy.data!.authenticationMethodConfigurations.find((c) => c.id === id)!;
const disable = (s: Snapshot, ...ids: string[]) => ids.forEach((id) => (config(s, id).state = 'disabled'));
const migration = (s: Snapshot, state: string | null) =>
  void (s.sources.authenticationMethodsPolicy.data!.policyMigrationState = state);
const legacy = (s: Snapshot, flags: Partial<PasswordResetPolicies>) =>
  Object.assign(s.sources.passwordResetPolicies.data!, flags);
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
      policy.authenticationMethodConfigurations = policy.authenticationMethodConfigurations.filter(
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
  {
    name: 'pre-migration: SMS off in the policy but on in the legacy policy → pass (portal), Graph recorded as disagreement',
    patch: (s) => {
      migration(s, 'preMigration');
      disable(s, 'Sms');
    },
    expect: {
      status: 'pass',
      source: 'portal',
      disagreements: ['graph'],
      observed: 'legacy',
      also: (r) => expect(r.evidence.disagreements![0]).to.include({ says: 'warn' }),
    },
  },
  {
    name: 'pre-migration: legacy mobile phone enabled but not allowed does not count → warn (graph)',
    patch: (s) => {
      migration(s, 'preMigration');
      disable(s, 'Sms');
      legacy(s, { mobilePhoneOptionEnabled: true, mobilePhoneOptionAllowed: false });
    },
    expect: {
      status: 'warn',
      source: 'graph',
      disagreements: [],
      also: (r) => expect(r.evidence.affected!.rows[0]).to.include({ legacySspr: 'off' }),
    },
  },
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
    name: 'pre-migration: Email and SMS off in the policy, legacy email on → warn (portal), verdict raised from fail',
    patch: (s) => {
      migration(s, 'preMigration');
      disable(s, 'Email', 'Sms');
      legacy(s, { mobilePhoneOptionEnabled: false });
    },
    expect: { status: 'warn', source: 'portal', disagreements: ['graph'], affectedRows: 1, message: ['SMS'] },
  },
  {
    name: 'pre-migration: legacy policy all off and policy all on → pass (graph)',
    patch: (s) => {
      migration(s, 'preMigration');
      legacyOff(s);
    },
    expect: { status: 'pass', source: 'graph', disagreements: [] },
  },
  {
    name: 'pre-migration, no portal, policy alone passes → pass (graph): the legacy policy can only add methods',
    patch: (s) => {
      migration(s, 'preMigration');
      withoutPortal(s);
    },
    expect: { status: 'pass', source: 'graph' },
  },
  {
    name: 'pre-migration, no portal, policy alone warns → not_assessed no_public_api',
    patch: (s) => {
      migration(s, 'preMigration');
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
    name: 'no migration state (null) is treated as not migrated → not_assessed no_public_api without portal',
    patch: (s) => {
      migration(s, null);
      withoutPortal(s);
      disable(s, 'Email');
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api' },
  },
  {
    name: 'pre-migration, portal sign-in forbidden, policy alone fails → not_assessed missing_permission (portal)',
    patch: (s) => {
      migration(s, 'preMigration');
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

/**
 * SSPR-20 Authentication methods policy migration is complete.
 * PASS policyMigrationState migrationComplete, or absent/null (a tenant that never had legacy
 * policies to migrate; Maester and ScubaGear read it the same way; the evidence says it was absent);
 * WARN migrationInProgress; FAIL preMigration;
 * NOT APPLICABLE (not_offered_in_cloud) in the China cloud, where the policy is not offered (Graph
 * answers 404, or 400 "Resource not found for the segment"; GRAPH.md §17.6);
 * NOT ASSESSED no_public_api for a value Graph does not document (e.g. unknownFutureValue), or with
 * authenticationMethodsPolicy's reason when it could not be read.
 */
import {
  decide,
  defineCheck,
  methodsPolicyNotOffered,
  MIGRATION_STATE,
  notApplicable,
  undecided,
  type Verdict,
} from '../src/plugin/index.js';

const EXPECTED = 'policyMigrationState: migrationComplete';

const STATES: Record<string, { status: Verdict; message: string }> = {
  [MIGRATION_STATE.migrationComplete]: {
    status: 'pass',
    message:
      'Authentication methods for SSPR are managed only in the authentication methods policy; the legacy SSPR method settings are ignored.',
  },
  [MIGRATION_STATE.migrationInProgress]: {
    status: 'warn',
    message:
      'The migration is in progress: SSPR honours both the legacy SSPR method settings and the authentication methods policy, so a method left on in either is usable.',
  },
  [MIGRATION_STATE.preMigration]: {
    status: 'fail',
    message:
      'The migration has not started: SSPR methods still come from the legacy SSPR policy, which Microsoft no longer lets you manage.',
  },
};

export default defineCheck({
  meta: {
    id: 'SSPR-20',
    title: 'Authentication methods policy migration is complete',
    severity: 'medium',
    checklistItem: 'methods-enabled',
    description:
      'Until the migration is complete, the methods SSPR offers are the union of the legacy SSPR policy and the authentication methods policy, which makes the effective set hard to see and to control.',
    dataSources: [
      {
        source: 'authenticationMethodsPolicy',
        permission: 'Policy.Read.AuthenticationMethod',
        reads: 'policyMigrationState',
      },
    ],
    sources: ['authenticationMethodsPolicy'],
    expected: EXPECTED,
    remediation: {
      summary:
        'Move every method setting into the authentication methods policy, then mark the migration complete.',
      steps: [
        'Sign in to the Microsoft Entra admin center as at least an Authentication Policy Administrator.',
        'Go to Protection > Authentication methods > Policies and make sure every method users rely on for SSPR is enabled and targeted there.',
        'Select Manage migration, choose Migration Complete and select Save.',
      ],
      graph:
        'PATCH https://graph.microsoft.com/v1.0/policies/authenticationMethodsPolicy {"policyMigrationState": "migrationComplete"}',
      powershell: 'Update-MgPolicyAuthenticationMethodPolicy -PolicyMigrationState migrationComplete',
      reference:
        'https://learn.microsoft.com/entra/identity/authentication/how-to-authentication-methods-manage',
    },
    troubleshooting: ['TS-04'],
    defaultOptions: {},
  },
  evaluate(s) {
    const src = s.sources.authenticationMethodsPolicy;
    if (methodsPolicyNotOffered(s)) {
      return notApplicable('not_offered_in_cloud', 'platform', {
        message:
          'The China (21Vianet) cloud does not offer the authentication methods policy, so there is no migration to complete: SSPR methods come from the SSPR settings alone.',
        observed: `Cloud: ${s.tenant.cloud} (authentication methods policy not offered${src.outcome.error ? `: ${src.outcome.error}` : ''})`,
        expected: 'Not offered in this cloud',
        facts: [
          { label: 'tenant.cloud', value: s.tenant.cloud },
          { label: 'authenticationMethodsPolicy outcome', value: src.outcome.status },
        ],
      });
    }
    if (src.outcome.status !== 'ok' || !src.data) {
      return undecided('collection_error', 'The authentication methods policy could not be read.');
    }
    const state = src.data.policyMigrationState;
    const absent = state === undefined ? 'absent' : 'absent (null)';
    const facts = [
      {
        label: 'authenticationMethodsPolicy.policyMigrationState',
        value: state === undefined || state === null ? absent : state,
      },
    ];
    if (state === undefined || state === null) {
      return decide('pass', 'graph', {
        message:
          'The policyMigrationState property was absent: the tenant never had legacy SSPR method settings to migrate, so only the authentication methods policy applies (Maester and ScubaGear read an absent state as complete).',
        observed: `policyMigrationState: ${absent}`,
        expected: EXPECTED,
        facts,
      });
    }
    const known = STATES[state];
    if (!known) {
      return undecided('no_public_api', `Graph returned the undocumented migration state "${state}".`, {
        observed: `policyMigrationState: ${state}`,
        facts,
      });
    }
    return decide(known.status, 'graph', {
      message: known.message,
      observed: `policyMigrationState: ${state}`,
      expected: EXPECTED,
      facts,
    });
  },
});

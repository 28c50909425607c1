/**
 * SSPR-04 Recommended methods are enabled.
 * Graph authenticationMethodsPolicy: MicrosoftAuthenticator, Email and Sms are each on when state is
 * 'enabled' with at least one include target. While policyMigrationState is not 'migrationComplete' the
 * legacy SSPR policy still counts, so a method is also on when its portal pair is on (*Enabled and *Allowed):
 * Authenticator ← notification or code; Email ← email; Sms ← mobile phone.
 * PASS all three on; WARN Authenticator on and one other off; FAIL Authenticator off, or two off.
 * Source is portal when a legacy flag changed the verdict (Graph's own verdict is then recorded as a
 * disagreement), else graph.
 * NOT ASSESSED with the policy read's reason (Policy.Read.AuthenticationMethod); or, when the policy is not
 * migrated, the portal was not read and Graph alone gives less than PASS: the portal's reason, else no_public_api.
 */
import {
  decide,
  defineCheck,
  undecided,
  type AuthenticationMethodsPolicy,
  type Cell,
  type PasswordResetPolicies,
  type Verdict,
} from '../src/plugin/index.js';

interface RecommendedMethod {
  id: 'MicrosoftAuthenticator' | 'Email' | 'Sms';
  label: string;
  /** The legacy SSPR pairs that also turn the method on before migration. */
  legacy: Array<[keyof PasswordResetPolicies, keyof PasswordResetPolicies]>;
}

const METHODS: RecommendedMethod[] = [
  {
    id: 'MicrosoftAuthenticator',
    label: 'Microsoft Authenticator',
    legacy: [
      ['mobileAppNotificationEnabled', 'mobileAppNotificationOptionAllowed'],
      ['mobileAppCodeEnabled', 'mobileAppCodeOptionAllowed'],
    ],
  },
  { id: 'Email', label: 'Email', legacy: [['emailOptionEnabled', 'emailOptionAllowed']] },
  { id: 'Sms', label: 'SMS', legacy: [['mobilePhoneOptionEnabled', 'mobilePhoneOptionAllowed']] },
];

type OnMap = Record<RecommendedMethod['id'], boolean>;

function graphOn(policy: AuthenticationMethodsPolicy, id: string): boolean {
  const config = policy.authenticationMethodConfigurations.find((c) => c.id === id);
  return config?.state === 'enabled' && (config.includeTargets?.length ?? 0) > 0;
}

const legacyOn = (p: PasswordResetPolicies, m: RecommendedMethod): boolean =>
  m.legacy.some(([enabled, allowed]) => p[enabled] === true && p[allowed] === true);

function verdictOf(on: OnMap): Verdict {
  const off = METHODS.filter((m) => !on[m.id]).length;
  return !on.MicrosoftAuthenticator || off >= 2 ? 'fail' : off === 1 ? 'warn' : 'pass';
}

const listOff = (on: OnMap) => METHODS.filter((m) => !on[m.id]).map((m) => m.label);
const describe = (on: OnMap) => METHODS.map((m) => `${m.label} ${on[m.id] ? 'on' : 'off'}`).join(', ');

export default defineCheck({
  meta: {
    id: 'SSPR-04',
    title: 'Recommended methods are enabled',
    severity: 'medium',
    checklistItem: 'methods-enabled',
    description:
      'Microsoft Authenticator, email and SMS give every user a strong method and a fallback for resetting a password. (Microsoft-delivered SMS is being retired; see the tenant profile for the dates.)',
    dataSources: [
      {
        source: 'authenticationMethodsPolicy',
        permission: 'Policy.Read.AuthenticationMethod',
        reads: 'policyMigrationState; state and includeTargets of MicrosoftAuthenticator, Email and Sms',
      },
      {
        source: 'passwordResetPolicies',
        permission: 'delegated portal sign-in (--portal)',
        reads:
          'legacy SSPR method flags (*Enabled and *Allowed), only while the policy migration is not complete',
      },
    ],
    sources: ['authenticationMethodsPolicy', 'passwordResetPolicies'],
    expected: 'Microsoft Authenticator, Email and SMS enabled for users',
    remediation: {
      summary:
        'Enable Microsoft Authenticator, email one-time passcode and SMS in the authentication methods policy.',
      steps: [
        'Sign in to the Microsoft Entra admin center as at least an Authentication Policy Administrator.',
        'Go to Protection > Authentication methods > Policies.',
        'For Microsoft Authenticator, Email OTP and SMS in turn: open the method, set Enable to on, target All users (or the SSPR groups), and select Save.',
        'If the migration from the legacy policies is not complete, finish it under Protection > Authentication methods > Policies > Manage migration.',
      ],
      graph:
        'PATCH /v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/Email {"@odata.type":"#microsoft.graph.emailAuthenticationMethodConfiguration","state":"enabled"} (likewise MicrosoftAuthenticator and Sms)',
      powershell:
        "Update-MgPolicyAuthenticationMethodPolicyAuthenticationMethodConfiguration -AuthenticationMethodConfigurationId Email -BodyParameter @{ '@odata.type' = '#microsoft.graph.emailAuthenticationMethodConfiguration'; state = 'enabled' }",
      reference:
        'https://learn.microsoft.com/entra/identity/authentication/concept-authentication-methods-manage',
    },
    troubleshooting: ['TS-04'],
    defaultOptions: {},
  },
  evaluate(s) {
    const src = s.sources.authenticationMethodsPolicy;
    if (src.outcome.status !== 'ok' || !src.data) {
      return undecided(
        'collection_error',
        'The authentication methods policy could not be read, so the enabled methods are unknown.',
        {
          consulted: ['authenticationMethodsPolicy'],
        },
      );
    }
    const policy = src.data;
    const migration = policy.policyMigrationState ?? null;
    const migrated = migration === 'migrationComplete';
    const byGraph = Object.fromEntries(METHODS.map((m) => [m.id, graphOn(policy, m.id)])) as OnMap;
    const graphVerdict = verdictOf(byGraph);
    const facts: Array<{ label: string; value: Cell }> = [
      { label: 'authenticationMethodsPolicy.policyMigrationState', value: migration },
    ];
    for (const m of METHODS) {
      const config = policy.authenticationMethodConfigurations.find((c) => c.id === m.id);
      facts.push({
        label: `authenticationMethodConfigurations[${m.id}].state`,
        value: config?.state ?? 'absent',
      });
      facts.push({
        label: `authenticationMethodConfigurations[${m.id}].includeTargets`,
        value: config?.includeTargets?.length ?? 0,
      });
    }
    const portalSrc = s.sources.passwordResetPolicies;
    const portal = !migrated && portalSrc.outcome.status === 'ok' ? portalSrc.data : undefined;

    if (!migrated && !portal && graphVerdict !== 'pass') {
      return undecided(
        'no_public_api',
        `The authentication methods policy is not fully migrated (${migration ?? 'no migration state'}), so the legacy SSPR policy may still enable ${listOff(byGraph).join(' and ')}; it has no public API: sign in with --portal or pass --portal-export.`,
        {
          consulted: ['passwordResetPolicies'],
          facts,
          observed: `Authentication methods policy alone: ${describe(byGraph)}`,
        },
      );
    }

    const byLegacy = portal
      ? (Object.fromEntries(METHODS.map((m) => [m.id, legacyOn(portal, m)])) as OnMap)
      : undefined;
    const effective = Object.fromEntries(
      METHODS.map((m) => [m.id, byGraph[m.id] || (byLegacy?.[m.id] ?? false)]),
    ) as OnMap;
    const status = verdictOf(effective);
    const legacyDecided = status !== graphVerdict;
    const legacyFields = portal ? METHODS.flatMap((m) => m.legacy.flat()) : [];
    for (const f of legacyFields) {
      facts.push({ label: `passwordResetPolicies.${f}`, value: (portal![f] as boolean | undefined) ?? null });
    }
    const turnedOn = METHODS.filter((m) => !byGraph[m.id] && effective[m.id]).map((m) => m.label);
    const off = METHODS.filter((m) => !effective[m.id]);
    const scope = portal
      ? 'in the authentication methods policy or the legacy SSPR policy'
      : 'in the authentication methods policy';
    const message =
      status === 'pass'
        ? `Microsoft Authenticator, email and SMS are all enabled ${scope}.`
        : status === 'warn'
          ? `Microsoft Authenticator is enabled, but ${off[0].label} is not, which leaves users one fewer way to verify a reset.`
          : `${listOff(effective).join(' and ')} ${off.length === 1 ? 'is' : 'are'} not enabled ${scope}, so many users lack a recommended way to verify a reset.`;
    return decide(status, legacyDecided ? 'portal' : 'graph', {
      message,
      observed: describe(effective) + (legacyDecided ? ' (counting the legacy SSPR policy)' : ''),
      expected: 'Microsoft Authenticator on, Email on, SMS on',
      facts,
      affected: off.length
        ? {
            kind: 'authentication method',
            title: 'Recommended methods that are not enabled',
            columns: ['method', 'policyId', 'policyState', 'includeTargets', 'legacySspr'],
            rows: off.map((m) => {
              const config = policy.authenticationMethodConfigurations.find((c) => c.id === m.id);
              return {
                method: m.label,
                policyId: m.id,
                policyState: config?.state ?? 'absent',
                includeTargets: config?.includeTargets?.length ?? 0,
                legacySspr: migrated ? 'ignored (migration complete)' : byLegacy ? 'off' : 'not read',
              };
            }),
          }
        : undefined,
      disagreements: legacyDecided
        ? [
            {
              source: 'graph',
              says: graphVerdict,
              detail: `The authentication methods policy alone reads ${describe(byGraph)}; the legacy SSPR policy, still in force before migration, turns on ${turnedOn.join(' and ')}.`,
            },
          ]
        : [],
    });
  },
});

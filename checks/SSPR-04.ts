/**
 * SSPR-04 Recommended methods are enabled.
 * Which policy governs SSPR follows authenticationMethodsPolicy.policyMigrationState (Microsoft:
 * preMigration – the methods policy is for authentication only, legacy policies are respected;
 * migrationInProgress – both; migrationComplete – legacy policies are ignored):
 * migrationComplete or absent/null → the methods policy alone; migrationInProgress → a method is on
 * when either side has it on; preMigration → the legacy SSPR policy alone; the China cloud, where the
 * methods policy is not offered → the legacy side alone.
 * Policy side: MicrosoftAuthenticator, Email and Sms are each on when state is 'enabled' with at least
 * one include target (a null state or target list is off). Legacy side (portal; *Enabled and *Allowed
 * both true): Authenticator ← notification or code; Email ← email; Sms ← mobile phone.
 * PASS all three on; WARN Authenticator on and one other off; FAIL Authenticator off, or two off.
 * Source is portal when a legacy flag changed (or, on the legacy side alone, made) the verdict, else graph.
 * NOT ASSESSED with the policy read's reason (Policy.Read.AuthenticationMethod); no_public_api (or the
 * portal's reason) when the legacy side is needed (preMigration, China) and there is no portal data,
 * or migrationInProgress without portal data and the policy alone gives less than PASS; no_public_api
 * for a migration state Graph does not document.
 */
import {
  decide,
  defineCheck,
  METHOD_STATE_ENABLED,
  methodsPolicyNotOffered,
  MIGRATION_STATE,
  undecided,
  type AuthenticationMethodConfiguration,
  type AuthenticationMethodsPolicy,
  type Cell,
  type Disagreement,
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

const configOf = (
  policy: AuthenticationMethodsPolicy | undefined,
  id: string,
): AuthenticationMethodConfiguration | undefined =>
  (policy?.authenticationMethodConfigurations ?? []).find((c) => c.id === id);

function graphOn(policy: AuthenticationMethodsPolicy | undefined, id: string): boolean {
  const config = configOf(policy, id);
  return config?.state === METHOD_STATE_ENABLED && (config.includeTargets?.length ?? 0) > 0;
}

/** Which side decides SSPR's methods: the methods policy, both, or the legacy SSPR policy. */
type Governing = 'policy' | 'union' | 'legacy';

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
          'legacy SSPR method flags (*Enabled and *Allowed): alone before migration and in the China cloud, with the policy during migration',
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
    const notOffered = methodsPolicyNotOffered(s);
    if (!notOffered && (src.outcome.status !== 'ok' || !src.data)) {
      return undecided(
        'collection_error',
        'The authentication methods policy could not be read, so the enabled methods are unknown.',
        { consulted: ['authenticationMethodsPolicy'] },
      );
    }
    const policy = notOffered ? undefined : src.data;
    const migration = policy?.policyMigrationState ?? null;
    const facts: Array<{ label: string; value: Cell }> = [];
    if (notOffered) {
      facts.push({ label: 'tenant.cloud', value: s.tenant.cloud });
      facts.push({ label: 'authenticationMethodsPolicy', value: 'not offered in this cloud' });
    } else {
      facts.push({
        label: 'authenticationMethodsPolicy.policyMigrationState',
        value: migration ?? (policy?.policyMigrationState === undefined ? 'absent' : null),
      });
      for (const m of METHODS) {
        const config = configOf(policy, m.id);
        facts.push({
          label: `authenticationMethodConfigurations[${m.id}].state`,
          value: config ? (config.state ?? null) : 'absent',
        });
        facts.push({
          label: `authenticationMethodConfigurations[${m.id}].includeTargets`,
          value: config?.includeTargets?.length ?? 0,
        });
      }
    }
    let governing: Governing;
    if (notOffered) governing = 'legacy';
    else if (migration === null || migration === MIGRATION_STATE.migrationComplete) governing = 'policy';
    else if (migration === MIGRATION_STATE.migrationInProgress) governing = 'union';
    else if (migration === MIGRATION_STATE.preMigration) governing = 'legacy';
    else {
      return undecided(
        'no_public_api',
        `Graph returned the undocumented migration state "${migration}", so it is unknown which policy governs SSPR's methods.`,
        { consulted: [], facts, observed: `policyMigrationState: ${migration}` },
      );
    }

    const byGraph = Object.fromEntries(METHODS.map((m) => [m.id, graphOn(policy, m.id)])) as OnMap;
    const graphVerdict = verdictOf(byGraph);
    const portalSrc = s.sources.passwordResetPolicies;
    const portal = governing !== 'policy' && portalSrc.outcome.status === 'ok' ? portalSrc.data : undefined;
    const why = notOffered
      ? 'the China cloud does not offer the authentication methods policy, so the legacy SSPR policy alone decides'
      : governing === 'legacy'
        ? 'the migration has not started (preMigration), so the legacy SSPR policy alone decides SSPR methods'
        : 'the migration is in progress, so the legacy SSPR policy still adds methods';

    if (governing === 'legacy' && !portal) {
      return undecided(
        'no_public_api',
        `The methods SSPR offers cannot be read: ${why}, and it has no public API: sign in with --portal or pass --portal-export.`,
        {
          consulted: ['passwordResetPolicies'],
          facts,
          ...(policy
            ? { observed: `Authentication methods policy (not used for SSPR): ${describe(byGraph)}` }
            : {}),
        },
      );
    }
    if (governing === 'union' && !portal && graphVerdict !== 'pass') {
      return undecided(
        'no_public_api',
        `The authentication methods policy alone leaves ${listOff(byGraph).join(' and ')} off, but ${why}; it has no public API: sign in with --portal or pass --portal-export.`,
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
      METHODS.map((m) => [
        m.id,
        governing === 'policy'
          ? byGraph[m.id]
          : governing === 'legacy'
            ? byLegacy![m.id]
            : byGraph[m.id] || (byLegacy?.[m.id] ?? false),
      ]),
    ) as OnMap;
    const status = verdictOf(effective);
    const legacyDecided = governing === 'legacy' || (governing === 'union' && status !== graphVerdict);
    if (portal) {
      for (const f of METHODS.flatMap((m) => m.legacy.flat())) {
        facts.push({
          label: `passwordResetPolicies.${f}`,
          value: (portal[f] as boolean | undefined) ?? null,
        });
      }
    }
    const off = METHODS.filter((m) => !effective[m.id]);
    const scope =
      governing === 'policy'
        ? 'in the authentication methods policy'
        : governing === 'union'
          ? 'in the authentication methods policy or the legacy SSPR policy'
          : 'in the legacy SSPR policy';
    const message =
      status === 'pass'
        ? `Microsoft Authenticator, email and SMS are all enabled ${scope}.`
        : status === 'warn'
          ? `Microsoft Authenticator is enabled, but ${off[0].label} is not (${scope}), which leaves users one fewer way to verify a reset.`
          : `${listOff(effective).join(' and ')} ${off.length === 1 ? 'is' : 'are'} not enabled ${scope}, so many users lack a recommended way to verify a reset.`;
    const disagreements: Disagreement[] = [];
    if (policy && governing === 'union' && legacyDecided) {
      const turnedOn = METHODS.filter((m) => !byGraph[m.id] && effective[m.id]).map((m) => m.label);
      disagreements.push({
        source: 'graph',
        says: graphVerdict,
        detail: `The authentication methods policy alone reads ${describe(byGraph)}; the legacy SSPR policy, still respected during the migration, turns on ${turnedOn.join(' and ')}.`,
      });
    }
    if (policy && governing === 'legacy' && graphVerdict !== status) {
      disagreements.push({
        source: 'graph',
        says: graphVerdict,
        detail: `The authentication methods policy reads ${describe(byGraph)}, but before migration it is used for authentication only; SSPR follows the legacy SSPR policy.`,
      });
    }
    const legacyColumn =
      governing === 'policy'
        ? migration === null
          ? 'ignored (no migration state: the methods policy governs)'
          : 'ignored (migration complete)'
        : byLegacy
          ? 'off'
          : 'not read';
    return decide(status, legacyDecided ? 'portal' : 'graph', {
      message,
      observed:
        describe(effective) +
        (governing === 'legacy'
          ? ' (legacy SSPR policy)'
          : legacyDecided
            ? ' (counting the legacy SSPR policy)'
            : ''),
      expected: 'Microsoft Authenticator on, Email on, SMS on',
      facts,
      affected: off.length
        ? {
            kind: 'authentication method',
            title: 'Recommended methods that are not enabled',
            columns: ['method', 'policyId', 'policyState', 'includeTargets', 'legacySspr'],
            rows: off.map((m) => {
              const config = configOf(policy, m.id);
              return {
                method: m.label,
                policyId: m.id,
                policyState: notOffered ? 'not offered' : config ? (config.state ?? null) : 'absent',
                includeTargets: config?.includeTargets?.length ?? 0,
                legacySspr: legacyColumn,
              };
            }),
          }
        : undefined,
      disagreements,
    });
  },
});

/**
 * SSPR-01 SSPR is enabled for all users.
 * Decided by the portal's enablementType (0 None, 1 Selected, 2 All), else the attested enablement,
 * else inferred from non-admin members' isSsprEnabled (all → All, none → None, some → Selected).
 * PASS All; WARN Selected (a pilot; the group is named); FAIL None;
 * NOT ASSESSED with the failing source's reason, else no_population (no non-admin member to infer from).
 * allowedToUseSSPR (authorizationPolicy) is deliberately never read: it governs administrators only.
 */
import {
  attestedBy,
  attestedSetting,
  decide,
  defineCheck,
  members,
  nullRowFacts,
  pct,
  portalSetting,
  undecided,
  userRow,
  type Disagreement,
  type Snapshot,
  type Verdict,
} from '../src/plugin/index.js';

export type Enablement = 'all' | 'selected' | 'none';

const VERDICT: Record<Enablement, Verdict> = { all: 'pass', selected: 'warn', none: 'fail' };
const LABEL: Record<Enablement, string> = { all: 'All', selected: 'Selected', none: 'None' };
const FROM_ENABLEMENT_TYPE: Record<number, Enablement> = { 0: 'none', 1: 'selected', 2: 'all' };

/** The enablement inferred from non-admin members (isAdmin false; null is left out), with the counts behind it. */
export function inferEnablement(s: Snapshot) {
  const users = members(s)?.filter((u) => u.isAdmin === false);
  if (!users || users.length === 0) return undefined;
  const enabled = users.filter((u) => u.isSsprEnabled).length;
  const value: Enablement = enabled === users.length ? 'all' : enabled === 0 ? 'none' : 'selected';
  return { value, enabled, total: users.length, notEnabled: users.filter((u) => !u.isSsprEnabled) };
}

function pilotName(s: Snapshot): string | undefined {
  return (
    portalSetting(s, 'passwordResetEnabledGroupName') ??
    portalSetting(s, 'passwordResetEnabledGroupIds')?.[0] ??
    attestedSetting(s, 'selectedGroup')
  );
}

export default defineCheck({
  meta: {
    id: 'SSPR-01',
    title: 'SSPR is enabled for all users',
    severity: 'critical',
    checklistItem: 'enabled',
    description:
      'Self-service password reset only helps the users it is enabled for. "Selected" is meant for a pilot; a finished roll-out is "All".',
    dataSources: [
      {
        source: 'passwordResetPolicies',
        permission: 'delegated portal sign-in (--portal)',
        reads: 'enablementType (0 None, 1 Selected, 2 All)',
      },
      { source: 'attestation', reads: 'settings.enablement' },
      {
        source: 'userRegistrationDetails',
        permission: 'AuditLog.Read.All',
        reads: 'isSsprEnabled of non-admin members (inferred)',
      },
    ],
    sources: ['passwordResetPolicies', 'userRegistrationDetails'],
    expected: 'Self service password reset enabled: All',
    remediation: {
      summary: 'Enable self-service password reset for all users once the pilot is complete.',
      steps: [
        'Sign in to the Microsoft Entra admin center as at least an Authentication Policy Administrator.',
        'Go to Protection > Password reset > Properties.',
        'Set "Self service password reset enabled" to All (or Selected with the pilot group while piloting) and select Save.',
      ],
      reference: 'https://learn.microsoft.com/entra/identity/authentication/tutorial-enable-sspr',
    },
    troubleshooting: ['TS-01'],
    defaultOptions: {},
  },
  evaluate(s) {
    const inferred = inferEnablement(s);
    const portalType = portalSetting(s, 'enablementType');
    const portal = portalType === undefined ? undefined : FROM_ENABLEMENT_TYPE[portalType];
    const attested = attestedSetting(s, 'enablement');
    const group = pilotName(s);
    const describe = (e: Enablement) =>
      e === 'selected' && group ? `Selected (group "${group}")` : LABEL[e];
    const message = (e: Enablement) =>
      e === 'all'
        ? 'Self-service password reset is enabled for all users.'
        : e === 'selected'
          ? `Self-service password reset is enabled only for a selected group${group ? ` ("${group}")` : ''}: a pilot, not a full roll-out.`
          : 'Self-service password reset is disabled: every user must call the help desk to reset a password.';
    const inferredFacts = [
      ...(inferred
        ? [
            { label: 'Non-admin members', value: inferred.total },
            { label: 'Non-admin members with isSsprEnabled', value: inferred.enabled },
          ]
        : []),
      ...nullRowFacts(s, ['isAdmin']),
    ];
    // The attested pilot group is an independent answer: kept in the evidence whatever the scope.
    const attestedGroup = attestedSetting(s, 'selectedGroup');
    const groupFacts = attestedGroup
      ? [{ label: 'attestation.settings.selectedGroup', value: attestedGroup }]
      : [];
    const notEnabledTable =
      inferred && inferred.notEnabled.length > 0
        ? {
            kind: 'user',
            title: 'Non-admin members not enabled for SSPR',
            columns: ['userPrincipalName', 'displayName', 'id'],
            rows: inferred.notEnabled.map(userRow),
          }
        : undefined;

    const disagree = (decided: Enablement, by: 'portal' | 'attested'): Disagreement[] => {
      const out: Disagreement[] = [];
      if (by === 'portal' && attested && attested !== decided) {
        out.push({
          source: 'attested',
          says: LABEL[attested],
          detail: `${attestedBy(s)} attested "${LABEL[attested]}".`,
        });
      }
      if (inferred && inferred.value !== decided) {
        out.push({
          source: 'inferred',
          says: LABEL[inferred.value],
          detail: `${inferred.enabled} of ${inferred.total} non-admin members (${pct(inferred.enabled / inferred.total)}) have isSsprEnabled=true.`,
        });
      }
      return out;
    };

    if (portal) {
      return decide(VERDICT[portal], 'portal', {
        message: message(portal),
        observed: describe(portal),
        expected: 'All',
        facts: [
          { label: 'passwordResetPolicies.enablementType', value: portalType! },
          ...groupFacts,
          ...inferredFacts,
        ],
        disagreements: disagree(portal, 'portal'),
        affected: notEnabledTable,
      });
    }
    if (attested) {
      return decide(VERDICT[attested], 'attested', {
        message: message(attested),
        observed: `${describe(attested)} (attested)`,
        expected: 'All',
        facts: [
          { label: 'attestation.settings.enablement', value: attested },
          { label: 'Attested by', value: attestedBy(s) },
          ...groupFacts,
          ...inferredFacts,
        ],
        disagreements: disagree(attested, 'attested'),
        affected: notEnabledTable,
      });
    }
    if (inferred) {
      return decide(VERDICT[inferred.value], 'inferred', {
        message: `${message(inferred.value)} (Inferred from ${inferred.enabled} of ${inferred.total} non-admin members having isSsprEnabled=true.)`,
        observed: `${LABEL[inferred.value]} (inferred: ${inferred.enabled} of ${inferred.total} non-admin members enabled)`,
        expected: 'All',
        facts: inferredFacts,
        affected: notEnabledTable,
      });
    }
    return undecided(
      'no_population',
      'The SSPR enablement could not be determined: no portal data, no attestation, and no non-admin member to infer it from.',
      inferredFacts.length ? { facts: inferredFacts } : {},
    );
  },
});

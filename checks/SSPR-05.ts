/**
 * SSPR-05 Security questions are disabled.
 * Value: portal securityQuestionsOptionEnabled, else attested securityQuestionsEnabled, else inferred from
 * proof of use: securityQuestion in any member's methodsRegistered (userRegistrationDetails); a
 * userEventsSummary event with authMethod securityQuestion inside the window; and, under a delegated
 * sign-in only (an application sign-in records them skipped, which neither decides nor blocks),
 * userCount > 0 for securityQuestion in usersRegisteredByMethod or a non-zero userRegistrationActivity count.
 * Zero counts prove nothing: the inference can prove "enabled", never "disabled".
 * PASS disabled; FAIL enabled or in use (a higher source decides; contrary use is recorded as a disagreement);
 * NOT ASSESSED with the reason of the first failed source, else no_public_api (all answered, no proof).
 */
import {
  attestedBy,
  attestedSetting,
  decide,
  defineCheck,
  inWindow,
  members,
  nullRowFacts,
  portalSetting,
  registeredMethods,
  SECURITY_QUESTION,
  undecided,
  windowStart,
  type AffectedObjects,
  type Cell,
  type Disagreement,
  type Snapshot,
} from '../src/plugin/index.js';

export interface ActivityWindowOptions {
  /** Events older than this many days before the scan are ignored. */
  windowDays: number;
}

const METHOD = SECURITY_QUESTION;

interface UseProof {
  facts: Array<{ label: string; value: Cell }>;
  /** One line per source that proved use, for messages. */
  found: string[];
  users: Array<Record<string, Cell>>;
}

/** Everything in the public reports that proves security questions are (or were lately) usable. */
export function securityQuestionUse(s: Snapshot, now: Date, windowDays: number): UseProof {
  const proof: UseProof = { facts: [], found: [], users: [] };
  const src = s.sources;

  if (src.usersRegisteredByMethod.outcome.status === 'ok' && src.usersRegisteredByMethod.data) {
    const count =
      src.usersRegisteredByMethod.data.userRegistrationMethodCounts.find(
        (m) => m.authenticationMethod === METHOD,
      )?.userCount ?? 0;
    proof.facts.push({
      label: 'usersRegisteredByMethod.userRegistrationMethodCounts[securityQuestion].userCount',
      value: count,
    });
    if (count > 0) proof.found.push(`${count} user(s) registered per usersRegisteredByMethod`);
  }
  const memberRows = members(s);
  if (memberRows) {
    const rows = memberRows.filter((u) => registeredMethods(u).includes(METHOD));
    proof.facts.push({
      label: 'userRegistrationDetails members whose methodsRegistered holds securityQuestion',
      value: rows.length,
    });
    proof.facts.push(...nullRowFacts(s, ['methodsRegistered']));
    if (rows.length) proof.found.push(`${rows.length} user(s) with securityQuestion in methodsRegistered`);
    for (const u of rows) {
      proof.users.push({
        userPrincipalName: u.userPrincipalName,
        displayName: u.userDisplayName ?? null,
        evidence: 'registered (userRegistrationDetails)',
      });
    }
  }
  if (src.userRegistrationActivity.outcome.status === 'ok' && src.userRegistrationActivity.data) {
    const rows = src.userRegistrationActivity.data.filter((r) => r.authMethod === METHOD);
    const total = rows.reduce((n, r) => n + r.successfulActivityCount + r.failureActivityCount, 0);
    proof.facts.push({
      label:
        'userRegistrationActivity[securityQuestion] successfulActivityCount + failureActivityCount (d30)',
      value: total,
    });
    for (const r of rows.filter((x) => x.successfulActivityCount + x.failureActivityCount > 0)) {
      proof.found.push(
        `${r.successfulActivityCount} successful and ${r.failureActivityCount} failed ${r.feature} activities in userRegistrationActivity`,
      );
    }
  }
  if (src.userEventsSummary.outcome.status === 'ok' && src.userEventsSummary.data) {
    const events = src.userEventsSummary.data.filter(
      (e) => e.authMethod === METHOD && inWindow(e.eventDateTime, now, windowDays),
    );
    proof.facts.push({
      label: `userEventsSummary events with authMethod securityQuestion (eventDateTime since ${windowStart(now, windowDays)})`,
      value: events.length,
    });
    if (events.length)
      proof.found.push(`${events.length} ${events.length === 1 ? 'event' : 'events'} in userEventsSummary`);
    for (const e of events) {
      proof.users.push({
        userPrincipalName: e.userPrincipalName ?? null,
        displayName: e.userDisplayName ?? null,
        evidence: `${e.feature} ${e.isSuccess ? 'succeeded' : 'failed'} on ${e.eventDateTime} (userEventsSummary)`,
      });
    }
  }
  return proof;
}

export default defineCheck({
  meta: {
    id: 'SSPR-05',
    title: 'Security questions are disabled',
    severity: 'high',
    checklistItem: 'security-questions',
    description:
      'Answers to security questions can often be guessed or found online, so they are the weakest way to prove who is resetting a password.',
    dataSources: [
      {
        source: 'passwordResetPolicies',
        permission: 'delegated portal sign-in (--portal)',
        reads: 'securityQuestionsOptionEnabled',
      },
      { source: 'attestation', reads: 'settings.securityQuestionsEnabled' },
      {
        source: 'usersRegisteredByMethod',
        permission: 'AuditLog.Read.All',
        reads: 'securityQuestion userCount (inferred; > 0 proves enabled; delegated sign-in only)',
      },
      {
        source: 'userRegistrationDetails',
        permission: 'AuditLog.Read.All',
        reads: "securityQuestion in a member's methodsRegistered (inferred)",
      },
      {
        source: 'userRegistrationActivity',
        permission: 'AuditLog.Read.All',
        reads: 'securityQuestion registration/reset counts over 30 days (inferred; delegated sign-in only)',
      },
      {
        source: 'userEventsSummary',
        permission: 'AuditLog.Read.All',
        reads: 'events with authMethod securityQuestion in the window (inferred)',
      },
    ],
    sources: [
      'passwordResetPolicies',
      'usersRegisteredByMethod',
      'userRegistrationDetails',
      'userRegistrationActivity',
      'userEventsSummary',
    ],
    expected: 'Security questions: not offered as a reset method',
    remediation: {
      summary: 'Stop offering security questions as a way to verify a password reset.',
      steps: [
        'Sign in to the Microsoft Entra admin center as at least an Authentication Policy Administrator.',
        'Go to Protection > Password reset > Authentication methods.',
        'Clear "Security questions" under "Methods available to users" and select Save.',
        'Make sure every user has another method registered (Authenticator, email or phone) before the change.',
      ],
      reference:
        'https://learn.microsoft.com/entra/identity/authentication/concept-authentication-security-questions',
    },
    troubleshooting: [],
    defaultOptions: { windowDays: 30 } as ActivityWindowOptions,
  },
  evaluate(s, o, ctx) {
    const use = securityQuestionUse(s, ctx.now, o.windowDays);
    const inUse = use.found.length > 0;
    const affected: AffectedObjects | undefined = use.users.length
      ? {
          kind: 'user',
          title: 'Users who registered or used security questions',
          columns: ['userPrincipalName', 'displayName', 'evidence'],
          rows: use.users,
        }
      : undefined;
    const expected = 'Security questions: disabled';
    const show = (on: boolean) => (on ? 'enabled' : 'disabled');
    const message = (on: boolean) =>
      on
        ? 'Security questions are offered as a reset method; their answers can often be guessed or researched.'
        : 'Security questions are not offered as a reset method.';
    const useDisagrees = (on: boolean): Disagreement[] =>
      !on && inUse
        ? [
            {
              source: 'inferred',
              says: 'enabled (in use)',
              detail: `The reports show security questions in use: ${use.found.join('; ')}.`,
            },
          ]
        : [];

    const portal = portalSetting(s, 'securityQuestionsOptionEnabled');
    const attested = attestedSetting(s, 'securityQuestionsEnabled');
    if (typeof portal === 'boolean') {
      const disagreements: Disagreement[] =
        typeof attested === 'boolean' && attested !== portal
          ? [
              {
                source: 'attested',
                says: show(attested),
                detail: `${attestedBy(s)} attested "${show(attested)}"; the portal reads "${show(portal)}".`,
              },
            ]
          : [];
      return decide(portal ? 'fail' : 'pass', 'portal', {
        message: message(portal),
        observed: `Security questions: ${show(portal)}`,
        expected,
        facts: [
          { label: 'passwordResetPolicies.securityQuestionsOptionEnabled', value: portal },
          ...use.facts,
        ],
        disagreements: [...disagreements, ...useDisagrees(portal)],
        affected,
      });
    }
    if (typeof attested === 'boolean') {
      return decide(attested ? 'fail' : 'pass', 'attested', {
        message: message(attested),
        observed: `Security questions: ${show(attested)} (attested)`,
        expected,
        facts: [
          { label: 'attestation.settings.securityQuestionsEnabled', value: attested },
          { label: 'Attested by', value: attestedBy(s) },
          ...use.facts,
        ],
        disagreements: useDisagrees(attested),
        affected,
      });
    }
    if (inUse) {
      return decide('fail', 'inferred', {
        message: `Security questions are enabled: the reports show them in use (${use.found.join('; ')}).`,
        observed: `Security questions: in use (${use.found.join('; ')})`,
        expected,
        facts: use.facts,
        affected,
      });
    }
    return undecided(
      'no_public_api',
      'Whether security questions are offered has no public API, and the reports show no use of them (which does not prove they are off): sign in with --portal, pass --portal-export, or attest it.',
      { facts: use.facts },
    );
  },
});

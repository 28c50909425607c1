/**
 * SSPR-03 At least two methods are required to reset.
 * Value: portal numberOfAuthenticationMethodsRequired, else attested methodsRequired, else inferred:
 * a member with isSsprEnabled and isSsprRegistered whose methodsRegistered holds exactly one SSPR-usable
 * method (other entries ignored), that method being email, mobilePhone or officePhone, can only be
 * registered under a policy requiring one method. The inference can prove 1, never 2.
 * PASS ≥ 2; FAIL 1 (a lower source's contrary value is recorded as a disagreement);
 * NOT ASSESSED with the reason of the first failed source (portal, then userRegistrationDetails), else
 * no_public_api (every source answered and nothing proved the number).
 */
import {
  attestedBy,
  attestedSetting,
  decide,
  defineCheck,
  members,
  nullRowFacts,
  portalSetting,
  ssprMethods,
  undecided,
  userRow,
  type AffectedObjects,
  type Disagreement,
  type Snapshot,
  type UserRegistrationDetail,
  type Verdict,
} from '../src/plugin/index.js';

/** A lone registered method of these kinds cannot satisfy a two-method policy on its own. */
export const ONE_METHOD_PROOF: ReadonlySet<string> = new Set(['email', 'mobilePhone', 'officePhone']);

/** Members whose registration proves that one method is enough, or undefined when the report is missing. */
export function oneMethodRegistrations(s: Snapshot): UserRegistrationDetail[] | undefined {
  return members(s)?.filter((u) => {
    if (!u.isSsprEnabled || !u.isSsprRegistered) return false;
    const methods = ssprMethods(u);
    return methods.length === 1 && ONE_METHOD_PROOF.has(methods[0]);
  });
}

const asCount = (v: unknown): number | undefined =>
  Number.isInteger(v) && (v as number) >= 1 ? (v as number) : undefined;

export default defineCheck({
  meta: {
    id: 'SSPR-03',
    title: 'At least two methods are required to reset',
    severity: 'high',
    checklistItem: 'methods-required',
    description:
      "With two methods required, someone who controls one of a user's methods (a SIM-swapped phone, a compromised mailbox) still cannot reset that user's password.",
    dataSources: [
      {
        source: 'passwordResetPolicies',
        permission: 'delegated portal sign-in (--portal)',
        reads: 'numberOfAuthenticationMethodsRequired',
      },
      { source: 'attestation', reads: 'settings.methodsRequired' },
      {
        source: 'userRegistrationDetails',
        permission: 'AuditLog.Read.All',
        reads: 'members registered for SSPR with a single email or phone method (inferred; proves 1 only)',
      },
    ],
    sources: ['passwordResetPolicies', 'userRegistrationDetails'],
    expected: 'Number of methods required to reset: 2',
    remediation: {
      summary: 'Require two verification methods for a self-service password reset.',
      steps: [
        'Sign in to the Microsoft Entra admin center as at least an Authentication Policy Administrator.',
        'Go to Protection > Password reset > Authentication methods.',
        'Set "Number of methods required to reset" to 2 and select Save.',
        'Ask users with only one method registered to add a second one at https://aka.ms/mysecurityinfo.',
      ],
      reference:
        'https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks#authentication-methods',
    },
    troubleshooting: ['TS-04'],
    defaultOptions: {},
  },
  evaluate(s) {
    const proof = oneMethodRegistrations(s) ?? [];
    const portal = asCount(portalSetting(s, 'numberOfAuthenticationMethodsRequired'));
    const attested = asCount(attestedSetting(s, 'methodsRequired'));
    const verdict = (n: number): Verdict => (n >= 2 ? 'pass' : 'fail');
    const message = (n: number) =>
      n >= 2
        ? `A password reset requires ${n} verification methods.`
        : 'A password reset requires only one verification method, so anyone who controls that one method can reset the password.';
    const expected = 'At least 2 methods required';
    const affected: AffectedObjects | undefined = proof.length
      ? {
          kind: 'user',
          title: 'Members registered for SSPR with a single email or phone method',
          columns: ['userPrincipalName', 'displayName', 'id', 'method'],
          rows: proof.map((u) => ({ ...userRow(u), method: ssprMethods(u)[0] })),
        }
      : undefined;
    const proofFacts = members(s)
      ? [
          {
            label:
              'userRegistrationDetails members with isSsprEnabled, isSsprRegistered and one SSPR-usable method in methodsRegistered, that one email or phone',
            value: proof.length,
          },
          ...nullRowFacts(s, ['methodsRegistered']),
        ]
      : [];
    const inferredDisagrees = (n: number): Disagreement[] =>
      n >= 2 && proof.length
        ? [
            {
              source: 'inferred',
              says: '1',
              detail: `${proof.length} member(s) are registered for SSPR with a single email or phone method (e.g. ${proof[0].userPrincipalName}), which a two-method policy would not count as registered.`,
            },
          ]
        : [];

    if (portal !== undefined) {
      const disagreements: Disagreement[] = [];
      if (attested !== undefined && attested !== portal) {
        disagreements.push({
          source: 'attested',
          says: String(attested),
          detail: `${attestedBy(s)} attested ${attested}; the portal reads ${portal}.`,
        });
      }
      disagreements.push(...inferredDisagrees(portal));
      return decide(verdict(portal), 'portal', {
        message: message(portal),
        observed: `Methods required to reset: ${portal}`,
        expected,
        facts: [
          { label: 'passwordResetPolicies.numberOfAuthenticationMethodsRequired', value: portal },
          ...proofFacts,
        ],
        disagreements,
        affected,
      });
    }
    if (attested !== undefined) {
      return decide(verdict(attested), 'attested', {
        message: message(attested),
        observed: `Methods required to reset: ${attested} (attested)`,
        expected,
        facts: [
          { label: 'attestation.settings.methodsRequired', value: attested },
          { label: 'Attested by', value: attestedBy(s) },
          ...proofFacts,
        ],
        disagreements: inferredDisagrees(attested),
        affected,
      });
    }
    if (proof.length) {
      return decide('fail', 'inferred', {
        message: `${message(1)} (Inferred: ${proof.length} member(s) are registered for SSPR with a single email or phone method, which only a one-method policy allows.)`,
        observed: `Methods required to reset: 1 (inferred from ${proof.length} member(s))`,
        expected,
        facts: proofFacts,
        affected,
      });
    }
    return undecided(
      'no_public_api',
      "The number of methods required to reset has no public API and no member's registration proves it: sign in with --portal, pass --portal-export, or attest it.",
      { facts: proofFacts },
    );
  },
});

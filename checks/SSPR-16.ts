/**
 * SSPR-16 Phone numbers carry a country code.
 * Reads mobilePhone and businessPhones of the members (the ids of userRegistrationDetails rows with
 * userType=member; guests and users absent from that report are ignored). Each non-blank number
 * must match ^\+\d{1,3} \d+ ("+", country code, a space, the number: the form SSPR expects).
 * PASS every number matches; WARN any does not (each listed with its user and field);
 * N/A (no_population) when the members have no phone number at all;
 * NOT ASSESSED with the reason of userPhones or userRegistrationDetails when either could not be read.
 */
import {
  decide,
  defineCheck,
  members,
  notApplicable,
  undecided,
  type Cell,
  type UserPhones,
} from '../src/plugin/index.js';

/** The format SSPR expects for phone numbers (a prefix match: extensions after the number are fine). */
export const PHONE_FORMAT = /^\+\d{1,3} \d+/;

type PhoneField = 'mobilePhone' | 'businessPhones';

function numbersOf(u: UserPhones): Array<{ field: PhoneField; number: string }> {
  const out: Array<{ field: PhoneField; number: string }> = [];
  if (u.mobilePhone?.trim()) out.push({ field: 'mobilePhone', number: u.mobilePhone });
  for (const n of u.businessPhones ?? []) if (n?.trim()) out.push({ field: 'businessPhones', number: n });
  return out;
}

export default defineCheck({
  meta: {
    id: 'SSPR-16',
    title: 'Phone numbers carry a country code',
    severity: 'low',
    checklistItem: 'registration',
    description:
      'SSPR only texts or calls numbers written as "+<country code> <number>"; a number stored without its country code leaves the user unable to verify by phone.',
    dataSources: [
      {
        source: 'userPhones',
        permission: 'User.Read.All',
        reads: 'mobilePhone and businessPhones of each user',
      },
      {
        source: 'userRegistrationDetails',
        permission: 'AuditLog.Read.All',
        reads: 'the ids of member users (guests excluded)',
      },
    ],
    sources: ['userPhones', 'userRegistrationDetails'],
    expected: 'Every phone number in the form "+<country code> <number>", e.g. +1 4255550100',
    remediation: {
      summary: 'Rewrite the listed phone numbers as "+<country code> <number>".',
      steps: [
        'For a cloud user: in the Microsoft Entra admin center go to Identity > Users > All users, open the user, select Edit properties > Contact information, correct "Mobile phone" or "Business phone" and select Save.',
        'For a synchronised user: correct the mobile or telephoneNumber attribute in on-premises Active Directory and let the next sync carry it over.',
        'Ask users to check the phone methods they registered at https://aka.ms/mysecurityinfo.',
      ],
      graph:
        'PATCH https://graph.microsoft.com/v1.0/users/{id} {"mobilePhone": "+1 4255550100", "businessPhones": ["+1 4255550101"]}',
      powershell:
        "Update-MgUser -UserId <id> -MobilePhone '+1 4255550100' -BusinessPhones @('+1 4255550101')",
      reference: 'https://learn.microsoft.com/entra/identity/authentication/howto-sspr-authenticationdata',
    },
    troubleshooting: ['TS-04'],
    defaultOptions: {},
  },
  evaluate(s) {
    const memberRows = members(s);
    const phones = s.sources.userPhones;
    if (phones.outcome.status !== 'ok' || !phones.data || !memberRows) {
      return undecided('collection_error', 'The users\u2019 phone numbers could not be checked.');
    }
    const memberIds = new Set(memberRows.map((u) => u.id));
    const numbers = phones.data
      .filter((u) => memberIds.has(u.id))
      .flatMap((u) => numbersOf(u).map((n) => ({ user: u, ...n })));
    const expected = 'Every phone number in the form "+<country code> <number>"';
    if (numbers.length === 0) {
      return notApplicable('no_population', 'graph', {
        message:
          'No member has a mobile or business phone number in the directory, so there is no format to check.',
        observed: 'no phone numbers',
        expected,
        facts: [{ label: 'Members', value: memberIds.size }],
      });
    }
    const bad = numbers.filter((n) => !PHONE_FORMAT.test(n.number));
    const users = new Set(bad.map((n) => n.user.id)).size;
    return decide(bad.length === 0 ? 'pass' : 'warn', 'graph', {
      message:
        bad.length === 0
          ? `All ${numbers.length} member phone numbers carry a country code in the form SSPR expects.`
          : `${bad.length} of ${numbers.length} member phone numbers (${users} users) are not in the form "+<country code> <number>", so SSPR may not reach them.`,
      observed: `${bad.length} of ${numbers.length} numbers without the expected format`,
      expected,
      facts: [
        { label: 'Phone numbers checked', value: numbers.length },
        { label: 'Not in the expected format', value: bad.length },
        { label: 'Users affected', value: users },
      ],
      affected:
        bad.length > 0
          ? {
              kind: 'phone number',
              title: 'Phone numbers without a country code in the expected format',
              columns: ['userPrincipalName', 'field', 'number', 'id'],
              rows: bad.map((n): Record<string, Cell> => ({
                userPrincipalName: n.user.userPrincipalName,
                field: n.field,
                number: n.number,
                id: n.user.id,
              })),
            }
          : undefined,
    });
  },
});

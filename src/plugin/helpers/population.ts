// Who the checks count: members of userRegistrationDetails, and the methods SSPR can use.
// Graph may send null for userType, isAdmin and methodsRegistered (GRAPH.md §17.2): a row whose
// userType is null is not a member, a null isAdmin leaves the row out of admin/non-admin figures,
// and a null methodsRegistered holds no method. nullRowFacts() counts those rows for the evidence.

import type { Cell } from '../../engine/types.js';
import type { Snapshot, UserRegistrationDetail } from '../../snapshot/types.js';
import { MEMBER_USER_TYPE, SSPR_REGISTERED_METHODS } from './graph-vocabulary.js';

/** Methods that can verify an SSPR reset, as they appear in methodsRegistered (see graph-vocabulary.ts). */
export const SSPR_USABLE_METHODS: ReadonlySet<string> = new Set(SSPR_REGISTERED_METHODS);

function registrationRows(snapshot: Snapshot): UserRegistrationDetail[] | undefined {
  const src = snapshot.sources.userRegistrationDetails;
  if (src.outcome.status !== 'ok' || !src.data) return undefined;
  return src.data;
}

/** userRegistrationDetails rows of member users (guests and null userType excluded). Undefined when not collected. */
export function members(snapshot: Snapshot): UserRegistrationDetail[] | undefined {
  return registrationRows(snapshot)?.filter((u) => u.userType === MEMBER_USER_TYPE);
}

/** The methods a user registered; null (Graph's "none recorded") is no method. */
export const registeredMethods = (user: UserRegistrationDetail): string[] => user.methodsRegistered ?? [];

/** The distinct SSPR-usable methods a user registered. */
export function ssprMethods(user: UserRegistrationDetail): string[] {
  return [...new Set(registeredMethods(user).filter((m) => SSPR_USABLE_METHODS.has(m)))];
}

export function userRow(u: UserRegistrationDetail): Record<string, Cell> {
  return { userPrincipalName: u.userPrincipalName, displayName: u.userDisplayName ?? null, id: u.id };
}

const isNull = (v: unknown) => v === null || v === undefined;

/**
 * Evidence facts counting the userRegistrationDetails rows a null kept out of a figure: rows with
 * userType null (not members), and, among members, the fields named in `fields`. Empty when none.
 */
export function nullRowFacts(
  snapshot: Snapshot,
  fields: Array<'isAdmin' | 'methodsRegistered'> = [],
): Array<{ label: string; value: Cell }> {
  const rows = registrationRows(snapshot);
  if (!rows) return [];
  const facts: Array<{ label: string; value: Cell }> = [];
  const noType = rows.filter((u) => isNull(u.userType)).length;
  if (noType > 0)
    facts.push({
      label: 'userRegistrationDetails rows with userType null (not counted as members)',
      value: noType,
    });
  const memberRows = rows.filter((u) => u.userType === MEMBER_USER_TYPE);
  if (fields.includes('isAdmin')) {
    const n = memberRows.filter((u) => isNull(u.isAdmin)).length;
    if (n > 0)
      facts.push({ label: 'Members with isAdmin null (left out of the admin/non-admin figures)', value: n });
  }
  if (fields.includes('methodsRegistered')) {
    const n = memberRows.filter((u) => isNull(u.methodsRegistered)).length;
    if (n > 0) facts.push({ label: 'Members with methodsRegistered null (counted as no method)', value: n });
  }
  return facts;
}

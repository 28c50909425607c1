// Who the checks count: members of userRegistrationDetails, and the methods SSPR can use.

import type { Snapshot, UserRegistrationDetail } from '../../snapshot/types.js';

/** Methods that can verify an SSPR reset, as they appear in methodsRegistered. */
export const SSPR_USABLE_METHODS: ReadonlySet<string> = new Set([
  'email',
  'mobilePhone',
  'alternateMobilePhone',
  'officePhone',
  'microsoftAuthenticatorPush',
  'softwareOneTimePasscode',
  'securityQuestion',
]);

/** userRegistrationDetails rows of member users (guests are excluded everywhere). Undefined when not collected. */
export function members(snapshot: Snapshot): UserRegistrationDetail[] | undefined {
  const src = snapshot.sources.userRegistrationDetails;
  if (src.outcome.status !== 'ok' || !src.data) return undefined;
  return src.data.filter((u) => u.userType === 'member');
}

/** The distinct SSPR-usable methods a user registered. */
export function ssprMethods(user: UserRegistrationDetail): string[] {
  return [...new Set(user.methodsRegistered.filter((m) => SSPR_USABLE_METHODS.has(m)))];
}

export function userRow(u: UserRegistrationDetail): Record<string, string | number | boolean | null> {
  return { userPrincipalName: u.userPrincipalName, displayName: u.userDisplayName ?? null, id: u.id };
}

// Deterministic users for a tenant model: userRegistrationDetails rows (only the fields the scan
// selects) and the matching /users rows with phone numbers. Fast enough for 300,000 users.

import type { UserPhones, UserRegistrationDetail } from '../../../src/snapshot/types.js';

export type Enablement = 'all' | 'selected' | 'none';

const METHOD_SETS = [
  ['microsoftAuthenticatorPush', 'mobilePhone', 'email'],
  ['email', 'softwareOneTimePasscode'],
  ['mobilePhone', 'officePhone'],
  ['microsoftAuthenticatorPush', 'email'],
];

export const userId = (i: number) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;

export interface UserSpec {
  count: number;
  domain: string;
  enablement: Enablement;
  lastUpdated: string;
  /** Every 50th user is a guest. */
  guests?: boolean;
}

export const isGuest = (i: number) => i % 50 === 49;

export function registrationRows(spec: UserSpec): UserRegistrationDetail[] {
  const rows: UserRegistrationDetail[] = new Array(spec.count);
  for (let i = 0; i < spec.count; i++) {
    const guest = spec.guests !== false && isGuest(i);
    const enabled = !guest && (spec.enablement === 'all' || (spec.enablement === 'selected' && i % 2 === 0));
    const registered = enabled && i % 33 !== 7;
    const methods = guest ? [] : METHOD_SETS[i % METHOD_SETS.length]!;
    rows[i] = {
      id: userId(i),
      userPrincipalName: guest ? `guest${i}_fabrikam.com#EXT#@${spec.domain}` : `user${i}@${spec.domain}`,
      userDisplayName: `User ${i}`,
      userType: guest ? 'guest' : 'member',
      isAdmin: i < 3,
      isSsprRegistered: registered,
      isSsprEnabled: enabled,
      isSsprCapable: enabled && registered,
      isMfaRegistered: methods.length > 0,
      isMfaCapable: methods.length > 0,
      isPasswordlessCapable: false,
      methodsRegistered: registered || !enabled ? [...methods] : [],
      lastUpdatedDateTime: spec.lastUpdated,
    };
  }
  return rows;
}

export function phoneRows(spec: UserSpec): UserPhones[] {
  const rows: UserPhones[] = new Array(spec.count);
  for (let i = 0; i < spec.count; i++) {
    rows[i] = {
      id: userId(i),
      userPrincipalName:
        spec.guests !== false && isGuest(i)
          ? `guest${i}_fabrikam.com#EXT#@${spec.domain}`
          : `user${i}@${spec.domain}`,
      displayName: `User ${i}`,
      mobilePhone: `+1 425555${String(i % 10000).padStart(4, '0')}`,
      businessPhones: i % 4 === 0 ? ['+44 2071234567'] : [],
    };
  }
  return rows;
}

// What a delegated sign-in (--auth device-code or azure-cli) needs: the same permission names as
// delegated scopes, and a directory role for the signed-in user, as Microsoft's permission tables
// say (../shared/graph-metadata/README.md, GRAPH.md §1.1 and §17.1, checked 2026-12). Three reports
// are offered to delegated sign-ins only; this is what such a sign-in adds to a scan.

import { DELEGATED_ONLY_SOURCES } from '../collect/delegated-only.js';
import type { SourceName } from '../snapshot/types.js';

/** The reader roles Microsoft names for usersRegisteredByMethod/-Feature and userRegistrationDetails. */
export const DELEGATED_READER_ROLES: readonly string[] = [
  'Reports Reader',
  'Security Reader',
  'Security Administrator',
  'Global Reader',
];

/** Each delegated-only source, what it adds, and the role its caller must hold. */
export const DELEGATED_ADDS: Readonly<Record<(typeof DELEGATED_ONLY_SOURCES)[number], string>> = {
  usersRegisteredByMethod:
    'tenant-wide counts of users per registered method (security questions in use: SSPR-05)',
  usersRegisteredByFeature: 'tenant-wide counts of SSPR-enabled, -registered and -capable users (profile)',
  userRegistrationActivity:
    '30-day registration counts per method (security questions in use: SSPR-05; SSPR use: SSPR-22)',
};

export const DELEGATED_ROLE_NOTE =
  'The signed-in user needs one of the reader roles for the registration reports (userRegistrationDetails, usersRegisteredByMethod, usersRegisteredByFeature); userRegistrationActivity needs AuditLog.Read.All only.';

export function isDelegatedOnlySource(source: SourceName): boolean {
  return (DELEGATED_ONLY_SOURCES as readonly SourceName[]).includes(source);
}

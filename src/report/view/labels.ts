// The words the report uses for the closed sets (statuses, sources, reasons, severities, clouds, …).

import type { EvidenceSource, Reason, Severity, Status } from '../../engine/types.js';
import type { Cloud, CollectionStatus } from '../../snapshot/types.js';

/** A status as the report shows it: a text label and a glyph, so it reads without colour. */
export interface StatusBadge {
  key: Status | 'none';
  label: string;
  glyph: string;
}

const STATUS_BADGES: Record<Status, StatusBadge> = {
  pass: { key: 'pass', label: 'PASS', glyph: '✓' },
  warn: { key: 'warn', label: 'WARN', glyph: '!' },
  fail: { key: 'fail', label: 'FAIL', glyph: '✕' },
  not_applicable: { key: 'not_applicable', label: 'N/A', glyph: '–' },
  not_assessed: { key: 'not_assessed', label: 'NOT ASSESSED', glyph: '?' },
  accepted_risk: { key: 'accepted_risk', label: 'ACCEPTED RISK', glyph: '◇' },
};

export const NO_STATUS_BADGE: StatusBadge = { key: 'none', label: 'NO CHECK', glyph: '·' };

export function statusBadge(status: Status): StatusBadge {
  return STATUS_BADGES[status];
}

export const STATUS_WORDS: Record<Status, string> = {
  pass: 'Pass',
  warn: 'Warning',
  fail: 'Fail',
  not_applicable: 'Not applicable',
  not_assessed: 'Not assessed',
  accepted_risk: 'Accepted risk',
};

/** What each status means for the auditor, in one phrase. */
export const STATUS_MEANINGS: Record<Status, string> = {
  pass: 'Meets the control',
  warn: 'Partly meets the control (a "should" is not met, or a pilot)',
  fail: 'Does not meet the control',
  not_applicable: 'Does not apply to this tenant',
  not_assessed: 'Could not be assessed; each says how to close the gap',
  accepted_risk: 'Warns or fails, but an exception accepts the risk',
};

export const SEVERITY_WORDS: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const SOURCE_WORDS: Record<EvidenceSource, string> = {
  portal: 'Entra portal backend',
  attested: 'Attested',
  graph: 'Microsoft Graph',
  inferred: 'Inferred from Graph',
  platform: 'Platform fact',
  none: 'No deciding source',
};

export const SOURCE_EXPLANATIONS: Record<EvidenceSource, string> = {
  portal:
    "Read from the Entra admin center's backend with a delegated sign-in (an undocumented Microsoft API).",
  attested: "Taken from the auditor's signed attestation file.",
  graph: 'Read from the public Microsoft Graph API.',
  inferred:
    'Derived from public Graph signals (for example per-user isSsprEnabled), not read from the setting itself.',
  platform: 'A documented fact of the Microsoft service in this cloud.',
  none: 'No source decided this check.',
};

export const REASON_WORDS: Record<Reason, string> = {
  missing_permission: 'Missing permission',
  not_licensed: 'Not licensed',
  no_public_api: 'No public API',
  manual: 'Manual (attestation only)',
  collection_error: 'Collection error',
  cloud_only: 'Cloud-only tenant',
  scope_not_selected: 'Scope is not "Selected"',
  prerequisite_off: 'Prerequisite off',
  no_population: 'Nobody in scope',
  no_activity: 'No activity in the window',
  not_offered_in_cloud: 'Not offered in this cloud',
};

export const CLOUD_WORDS: Record<Cloud, string> = {
  global: 'Global (commercial)',
  usgov: 'US Government (GCC High)',
  'usgov-dod': 'US Government (DoD)',
  china: 'China (operated by 21Vianet)',
};

export const AUTH_WORDS: Record<string, string> = {
  env: 'application credentials from the environment',
  secret: 'application, client secret',
  certificate: 'application, certificate',
  'device-code': 'delegated, device-code sign-in',
  'azure-cli': 'delegated, Azure CLI sign-in',
  'managed-identity': 'managed identity',
};

export const COLLECTION_STATUS_WORDS: Record<CollectionStatus, string> = {
  ok: 'Read',
  forbidden: 'Denied (permission missing)',
  not_licensed: 'Not licensed',
  unavailable: 'Not offered in this cloud',
  error: 'Failed',
  skipped: 'Not requested',
};

/** Snapshot sections in words (unknown names are shown as they are). */
const SOURCE_NAME_WORDS: Record<string, string> = {
  organization: 'Organisation profile',
  subscribedSkus: 'Subscribed licences',
  authenticationMethodsPolicy: 'Authentication methods policy',
  authorizationPolicy: 'Authorization policy',
  userRegistrationDetails: 'User registration details',
  usersRegisteredByMethod: 'Users registered by method',
  usersRegisteredByFeature: 'Users registered by feature',
  userPhones: 'User phone numbers',
  roleAssignments: 'Directory role assignments',
  userEventsSummary: 'Authentication method events (beta)',
  userRegistrationActivity: 'Registration activity (beta)',
  directoryAudits: 'SSPR directory audit logs',
  pilotGroups: 'Pilot group look-up',
  recommendations: 'Entra recommendations (beta)',
  passwordResetPolicies: 'Portal: password reset policies',
  onPremisesPasswordResetPolicies: 'Portal: on-premises integration',
  attestation: 'Attestation file',
  platform: 'Platform facts',
};

export function sourceNameWords(name: string): string {
  return SOURCE_NAME_WORDS[name] ?? name;
}

/** Portal sections: filled only by `--portal` or `--portal-export`. */
export const PORTAL_SOURCES: ReadonlySet<string> = new Set([
  'passwordResetPolicies',
  'onPremisesPasswordResetPolicies',
]);

/** "userPrincipalName" → "User principal name", for table headings. */
export function humanise(key: string): string {
  const words = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  const cased = words.replace(/\b(id|upn|sku|sspr|mfa|url)\b/g, (w) => w.toUpperCase());
  return cased.charAt(0).toUpperCase() + cased.slice(1);
}

// The troubleshooting knowledge base: the guide's six symptoms, with their causes and fixes in our words.
// Checks cite entries by ID; the report prints them as an appendix with links back to those checks.

import type { TroubleshootingId } from '../src/engine/types.js';

export interface TroubleshootingEntry {
  id: TroubleshootingId;
  /** What the user or admin sees. */
  symptom: string;
  /** Who meets it and when. */
  context: string;
  causes: string[];
  fixes: string[];
  /** Signals the scanner reads that point at this entry. */
  signals: string[];
}

export const TROUBLESHOOTING: readonly TroubleshootingEntry[] = [
  {
    id: 'TS-01',
    symptom: '"Password reset is not enabled for your organization"',
    context:
      'A user opens the reset page (aka.ms/sspr or "Forgot password") and is turned away before any verification.',
    causes: [
      'Self-service password reset is switched off for the tenant (enablement "None").',
      'Reset is limited to a selected group and the user is not a member of it, directly or through a nested group.',
      'The user holds no licence that includes SSPR (Microsoft Entra ID P1/P2 or Microsoft 365 Business Premium).',
      'The user is a guest, whose reset is governed by their home organisation.',
    ],
    fixes: [
      'Open Protection > Password reset > Properties and check the enablement setting.',
      'When the setting is "Selected", add the user to the enabled group, or move to "All" once the pilot is over.',
      'Assign the user a licence that includes Microsoft Entra ID P1 or P2.',
      "Point guests at their home organisation's reset process.",
    ],
    signals: [
      'SSPR-01 None or Selected',
      'SSPR-02 pilot group missing or empty',
      'SSPR-17 / SSPR-18 licences',
      'members with isSsprEnabled = false',
    ],
  },
  {
    id: 'TS-02',
    symptom: '"You are not registered for self-service password reset"',
    context:
      'A user who is allowed to reset has not registered the verification methods the policy requires.',
    causes: [
      'The user never set up security info, or registered fewer methods than the policy requires.',
      'Registration at sign-in is not required, so users were never prompted.',
      'Users were not told to register before they needed a reset.',
    ],
    fixes: [
      'Send the user to aka.ms/mysecurityinfo to add at least two verification methods.',
      'Turn on "Require users to register when signing in" under Protection > Password reset > Registration.',
      'Announce SSPR to users with registration instructions, and follow up on the unregistered users the report lists.',
    ],
    signals: [
      'SSPR-09 registration at sign-in off',
      'SSPR-14 registration coverage',
      'SSPR-15 users with fewer than two methods',
    ],
  },
  {
    id: 'TS-03',
    symptom: 'Password reset succeeds but the on-premises password is not updated',
    context:
      'The user can sign in to cloud apps with the new password, but not to on-premises resources or the VPN.',
    causes: [
      'Password writeback is not enabled in Microsoft Entra Connect (or Cloud Sync).',
      'Directory synchronisation is unhealthy or has stopped.',
      'The account is cloud-only, so there is no on-premises password to update.',
      'The sync service is stopped on the Connect server, or the server logs writeback errors.',
    ],
    fixes: [
      'Enable password writeback in the Connect wizard (Optional features) or in Cloud Sync, then under Protection > Password reset > On-premises integration.',
      'Check the sync status in the Entra admin center and make sure the last sync is recent.',
      'Confirm the user is a synchronised account.',
      'Check that the sync service runs, and read the Application event log on the Connect server for writeback errors.',
    ],
    signals: [
      'SSPR-11 writeback off',
      'SSPR-12 last sync too old',
      'resets whose OnPremisesAgent is not Connect or Cloud Sync',
    ],
  },
  {
    id: 'TS-04',
    symptom: '"We couldn\'t verify your account"',
    context:
      'The user starts a reset but none of the verification methods offered match what they can receive.',
    causes: [
      'The registered security info is out of date or wrong.',
      'Phone numbers lack a country code, or are not in the "+CountryCode Number" format.',
      'The registered email address is wrong or no longer reachable.',
      'The Authenticator app registration is broken, or the method is disabled in the policy.',
    ],
    fixes: [
      'Have the user review their security info at aka.ms/mysecurityinfo.',
      'Store phone numbers as "+<country code> <number>", for example +1 4255551234.',
      'Check the alternate email address is correct and reachable.',
      'Have the user remove and re-add the account in Authenticator, and check the method is enabled for them in the authentication methods policy.',
    ],
    signals: [
      'SSPR-16 phone numbers without country code',
      'SSPR-04 methods disabled',
      'SSPR-03 / SSPR-15 too few methods',
      'reset failures at verification',
    ],
  },
  {
    id: 'TS-05',
    symptom: "An administrator cannot reset a user's password",
    context: 'A help-desk admin sees "Insufficient privileges" or a similar error when resetting a password.',
    causes: [
      'The admin holds no role that can reset passwords (Helpdesk, Password or User Administrator).',
      'The target holds a more privileged role: a Helpdesk Administrator cannot reset a Global Administrator.',
      "The target is protected by a restricted-management administrative unit, or the admin's role is scoped to an administrative unit that does not contain the user.",
    ],
    fixes: [
      'Assign the help desk the Helpdesk Administrator or User Administrator role, tenant-wide.',
      'Have a more privileged administrator reset privileged accounts.',
      "Check administrative units protecting the user and the scope of the admin's role assignment.",
    ],
    signals: [
      'SSPR-19 no tenant-wide reset role',
      'SSPR-07 admin reset notifications',
      'SSPR-24 help desk readiness',
    ],
  },
  {
    id: 'TS-06',
    symptom: 'SSPR does not work for synchronised users',
    context:
      'Cloud-only users can reset, but resets fail for accounts synchronised from on-premises Active Directory.',
    causes: [
      'Password writeback is not enabled.',
      'The Connect service account in AD DS lacks the reset password permissions, or its password has expired.',
      'Synchronisation is not running.',
    ],
    fixes: [
      'Enable password writeback in Microsoft Entra Connect.',
      'Grant the AD DS connector account the reset and change password permissions, and renew its password if it expired.',
      'Check the sync scheduler on the server (Get-ADSyncScheduler) and the Entra Connect event logs.',
    ],
    signals: ['SSPR-11 writeback off', 'SSPR-12 sync stale', 'SSPR-13 unlock without reset'],
  },
];

export function troubleshootingEntry(id: TroubleshootingId): TroubleshootingEntry {
  const entry = TROUBLESHOOTING.find((e) => e.id === id);
  if (!entry) throw new Error(`unknown troubleshooting entry ${id}`);
  return entry;
}

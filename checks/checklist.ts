// The guide's Verification Checklist (plus its prerequisites and registration step), item by item.
// Each check names its item in meta.checklistItem; the report shows this table with each item's checks.

import type { ChecklistItemId } from '../src/engine/types.js';

export interface ChecklistItem {
  id: ChecklistItemId;
  /** The item as an auditor would read it. */
  text: string;
  /** Where the guide asks for it. */
  from: 'Prerequisites' | 'Verification Checklist' | 'Step 4: Registration settings';
}

export const CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'prereq-licence',
    text: 'The tenant holds enough SSPR licences (Microsoft Entra ID P1/P2 or Business Premium)',
    from: 'Prerequisites',
  },
  {
    id: 'prereq-roles',
    text: 'Administrators hold the roles needed to run SSPR and manual resets',
    from: 'Prerequisites',
  },
  {
    id: 'enabled',
    text: 'SSPR is enabled for all users (or a selected group while piloting)',
    from: 'Verification Checklist',
  },
  {
    id: 'methods-required',
    text: 'At least two authentication methods are required to reset',
    from: 'Verification Checklist',
  },
  {
    id: 'methods-enabled',
    text: 'The recommended methods are enabled (Authenticator, email, SMS)',
    from: 'Verification Checklist',
  },
  { id: 'security-questions', text: 'Security questions are disabled', from: 'Verification Checklist' },
  {
    id: 'notify-users',
    text: 'Users are notified when their password is reset',
    from: 'Verification Checklist',
  },
  {
    id: 'notify-admins',
    text: 'All admins are notified when an admin resets their password',
    from: 'Verification Checklist',
  },
  {
    id: 'combined-registration',
    text: 'Combined security info registration is enabled',
    from: 'Verification Checklist',
  },
  {
    id: 'registration',
    text: 'Users register their security info, are asked to at sign-in, and re-confirm it',
    from: 'Step 4: Registration settings',
  },
  { id: 'writeback', text: 'Password writeback is working (hybrid tenants)', from: 'Verification Checklist' },
  { id: 'users-notified', text: 'Users have been told about SSPR', from: 'Verification Checklist' },
  {
    id: 'helpdesk-prepared',
    text: 'The help desk is prepared for SSPR questions',
    from: 'Verification Checklist',
  },
  {
    id: 'usage-monitoring',
    text: 'SSPR usage is monitored (registrations, resets, failures)',
    from: 'Verification Checklist',
  },
];

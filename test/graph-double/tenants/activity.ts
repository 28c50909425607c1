// SSPR activity for a tenant model: directory audits (resets, unlocks, writeback toggles), user events
// (resets and registrations), and the noise a correct scan must filter out (other services, events
// outside the 30-day window).

import type { DirectoryAudit, UserEventSummary } from '../../../src/snapshot/types.js';
import { sample } from './samples.js';

const HOUR = 3600_000;
export const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface ActivitySpec {
  now: Date;
  domain: string;
  users: number;
  /** Reset events in the window (at least 3). */
  resets: number;
  hybrid: boolean;
}

function audit(
  id: string,
  activity: string,
  result: string,
  at: number,
  upn: string,
  agent?: string,
  reason = '',
): DirectoryAudit {
  const base = sample('directoryAudits.sspr.synthetic.json').value[0];
  return {
    ...base,
    id,
    category: activity.includes('writeback') ? 'DirectoryManagement' : 'UserManagement',
    activityDisplayName: activity,
    result,
    resultReason: reason,
    activityDateTime: iso(at),
    loggedByService: 'Self-service Password Management',
    initiatedBy: {
      app: null,
      user: { ...base.initiatedBy.user, userPrincipalName: upn, displayName: upn.split('@')[0] },
    },
    targetResources: [{ ...base.targetResources[0], userPrincipalName: upn, displayName: upn.split('@')[0] }],
    additionalDetails: agent ? [{ key: 'OnPremisesAgent', value: agent }] : [],
  };
}

export function auditsFor(spec: ActivitySpec): DirectoryAudit[] {
  const now = spec.now.getTime();
  const agent = spec.hybrid ? 'Microsoft Entra Connect' : 'None';
  const audits: DirectoryAudit[] = [];
  for (let k = 0; k < spec.resets; k++) {
    const upn = `user${(k * 7) % Math.max(1, spec.users)}@${spec.domain}`;
    const failed = k % 20 === 19;
    audits.push(
      audit(
        `SSPR_reset_${k}`,
        'Reset password (self-service)',
        failed ? 'failure' : 'success',
        now - (k + 1) * HOUR,
        upn,
        agent,
        failed ? 'User did not pass enough verification' : '',
      ),
    );
  }
  audits.push(
    audit(
      'SSPR_unlock_0',
      'Unlock user account (self-service)',
      'success',
      now - 5 * HOUR,
      `user1@${spec.domain}`,
    ),
  );
  if (spec.hybrid)
    audits.push(
      audit(
        'SSPR_writeback_0',
        'Enable password writeback for directory',
        'success',
        now - 20 * 24 * HOUR,
        `admin@${spec.domain}`,
      ),
    );
  return audits;
}

export function auditNoise(spec: ActivitySpec): DirectoryAudit[] {
  const now = spec.now.getTime();
  const old = audit(
    'SSPR_old_0',
    'Reset password (self-service)',
    'success',
    now - 45 * 24 * HOUR,
    `user2@${spec.domain}`,
  );
  const other = {
    ...sample('directoryAudits.v1.json').value[0],
    id: 'OTHER_0',
    activityDateTime: iso(now - HOUR),
  };
  const oldWriteback = audit(
    'SSPR_writeback_old',
    'Disable password writeback for directory',
    'success',
    now - 60 * 24 * HOUR,
    `admin@${spec.domain}`,
  );
  return [old, other, oldWriteback];
}

export function eventsFor(spec: ActivitySpec): UserEventSummary[] {
  const now = spec.now.getTime();
  const methods = ['appNotification', 'email', 'mobilePhone', 'microsoftAuthenticatorPush'];
  const events: UserEventSummary[] = [];
  for (let k = 0; k < spec.resets; k++) {
    const failed = k % 20 === 19;
    events.push({
      id: `evt-reset-${k}`,
      feature: 'reset',
      userPrincipalName: `user${(k * 7) % Math.max(1, spec.users)}@${spec.domain}`,
      userDisplayName: `User ${(k * 7) % Math.max(1, spec.users)}`,
      isSuccess: !failed,
      authMethod: methods[k % methods.length]!,
      failureReason: failed ? 'User did not pass enough verification' : '',
      eventDateTime: iso(now - (k + 1) * HOUR + 5000),
    });
  }
  events.push({
    id: 'evt-reg-0',
    feature: 'registration',
    userPrincipalName: `user4@${spec.domain}`,
    userDisplayName: 'User 4',
    isSuccess: true,
    authMethod: 'mobilePhone',
    failureReason: '',
    eventDateTime: iso(now - 30 * HOUR),
  });
  return events;
}

export function eventNoise(spec: ActivitySpec): Array<Record<string, unknown>> {
  return [
    {
      id: 'evt-old-0',
      feature: 'reset',
      userPrincipalName: `user3@${spec.domain}`,
      userDisplayName: 'Old',
      isSuccess: false,
      authMethod: 'email',
      failureReason: 'old',
      eventDateTime: iso(spec.now.getTime() - 40 * 24 * HOUR),
    },
  ];
}

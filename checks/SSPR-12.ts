/**
 * SSPR-12 Directory synchronisation is healthy (hybrid).
 * Reads organization.onPremisesSyncEnabled and onPremisesLastSyncDateTime; the age is taken at the scan time.
 * NOT APPLICABLE (cloud_only) when onPremisesSyncEnabled is not true;
 * PASS age ≤ passHours; WARN age ≤ warnHours; FAIL older, or never synchronised (null);
 * NOT ASSESSED with the organization read's reason (Organization.Read.All), or collection_error when the
 * timestamp does not parse.
 */
import {
  ageInHours,
  cloudOnly,
  decide,
  defineCheck,
  organization,
  undecided,
  type Verdict,
} from '../src/plugin/index.js';

export interface SyncAgeOptions {
  /** A sync at most this many hours old passes. */
  passHours: number;
  /** A sync at most this many hours old warns; older fails. */
  warnHours: number;
}

const LAST_SYNC = 'organization.onPremisesLastSyncDateTime';

/** "2.5 hours", "3 days 4 hours": an age an auditor can read. */
function showAge(hours: number): string {
  if (hours < 48) return `${Math.round(hours * 10) / 10} hours`;
  const days = Math.floor(hours / 24);
  return `${days} days ${Math.round(hours - days * 24)} hours`;
}

export default defineCheck({
  meta: {
    id: 'SSPR-12',
    title: 'Directory synchronisation is healthy (hybrid)',
    severity: 'high',
    checklistItem: 'writeback',
    description:
      'Password writeback runs through the same Entra Connect or Cloud Sync agent as directory synchronisation; a sync that has stopped is the first sign that resets of synchronised users will not reach Active Directory.',
    dataSources: [
      {
        source: 'organization',
        permission: 'Organization.Read.All',
        reads: 'onPremisesSyncEnabled (hybrid or not) and onPremisesLastSyncDateTime (age at scan time)',
      },
    ],
    sources: ['organization'],
    expected: 'Last directory synchronisation at most 3 hours before the scan',
    remediation: {
      summary: 'Find out why directory synchronisation stopped and bring the sync service back.',
      steps: [
        'Sign in to the Microsoft Entra admin center as at least a Hybrid Identity Administrator.',
        'Go to Identity > Hybrid management > Microsoft Entra Connect and open Connect Sync or Cloud Sync; check the last sync time and any health alerts.',
        'On the Entra Connect server, make sure the "Microsoft Azure AD Sync" service is running and the scheduler is enabled (Get-ADSyncScheduler).',
        'Start a delta sync and check the Application event log for errors.',
      ],
      powershell: 'Start-ADSyncSyncCycle -PolicyType Delta',
      reference:
        'https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-sync-feature-scheduler',
    },
    troubleshooting: ['TS-03', 'TS-06'],
    defaultOptions: { passHours: 3, warnHours: 24 } as SyncAgeOptions,
  },
  evaluate(s, o, ctx) {
    const org = organization(s);
    if (!org)
      return undecided(
        'collection_error',
        'The organization could not be read, so the sync state is unknown.',
      );
    const notHybrid = cloudOnly(org, 'directory synchronisation health');
    if (notHybrid) return notHybrid;

    const expected = `Last sync at most ${o.passHours} hours before the scan`;
    const last = org.onPremisesLastSyncDateTime ?? null;
    const facts = [
      { label: 'organization.onPremisesSyncEnabled', value: true },
      { label: LAST_SYNC, value: last },
      { label: 'Scan time', value: ctx.now.toISOString() },
    ];
    if (last === null) {
      return decide('fail', 'graph', {
        message: 'The tenant is set up for directory synchronisation but has never completed a sync.',
        observed: `${LAST_SYNC}: never`,
        expected,
        facts,
      });
    }
    const age = ageInHours(last, ctx.now);
    if (age === undefined) {
      return undecided(
        'collection_error',
        `The last sync time "${last}" is not a valid date, so the sync age is unknown.`,
        {
          consulted: [],
          facts,
        },
      );
    }
    // A timestamp slightly after the scan (clock skew) counts as a sync just now.
    const shown = showAge(Math.max(age, 0));
    const status: Verdict = age <= o.passHours ? 'pass' : age <= o.warnHours ? 'warn' : 'fail';
    const message =
      status === 'pass'
        ? `Directory synchronisation is current: the last sync was ${shown} before the scan.`
        : status === 'warn'
          ? `The last directory sync was ${shown} before the scan, longer than the ${o.passHours}-hour limit; the sync cycle may be delayed or stopped.`
          : `Directory synchronisation has stopped: the last sync was ${shown} before the scan (more than the ${o.warnHours}-hour limit).`;
    return decide(status, 'graph', {
      message,
      observed: `Last sync ${shown} before the scan (${last})`,
      expected,
      facts: [...facts, { label: 'Age in hours', value: Math.round(age * 100) / 100 }],
    });
  },
});

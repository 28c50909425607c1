/**
 * SSPR-11 Password writeback is enabled (hybrid).
 * Applicability: organization.onPremisesSyncEnabled (true = hybrid; false or null = cloud-only).
 * Value: portal OnPremisesPasswordResetPolicies enablementForTenant || cloudProvisioningEnablementForTenant,
 * else attested writebackEnabled, else inferred from the directory audits inside the window, the most recent of:
 * a reset (self-service or by admin) whose additionalDetails OnPremisesAgent is "Microsoft Entra Connect" or
 * "CloudSync" (on), "Enable password writeback for directory" (on), "Disable password writeback for directory" (off).
 * NOT APPLICABLE (cloud_only) for a cloud-only tenant; PASS on; FAIL off (lower sources that disagree are recorded);
 * NOT ASSESSED with the reason of the first failed source (organization, portal, audits), else no_public_api
 * (the audits answered without proof).
 */
import {
  attestedBy,
  attestedSetting,
  cloudOnly,
  decide,
  defineCheck,
  inWindow,
  onPremSetting,
  organization,
  undecided,
  windowStart,
  type Cell,
  type DirectoryAudit,
  type Disagreement,
  type Snapshot,
} from '../src/plugin/index.js';

const RESETS = new Set(['reset password (self-service)', 'reset password (by admin)']);
const WRITEBACK_AGENTS = new Set(['microsoft entra connect', 'cloudsync']);
const ENABLE = 'enable password writeback for directory';
const DISABLE = 'disable password writeback for directory';

const norm = (v: string | null | undefined) => (v ?? '').trim().toLowerCase();

/** What one audit event says about writeback, if anything. */
function writebackSignal(a: DirectoryAudit): { on: boolean; why: string } | undefined {
  const activity = norm(a.activityDisplayName);
  if (activity === ENABLE) return { on: true, why: 'writeback was enabled for the directory' };
  if (activity === DISABLE) return { on: false, why: 'writeback was disabled for the directory' };
  if (!RESETS.has(activity)) return undefined;
  const agent = a.additionalDetails?.find((d) => d.key === 'OnPremisesAgent')?.value;
  return WRITEBACK_AGENTS.has(norm(agent))
    ? { on: true, why: `a password reset went through the on-premises agent "${agent}"` }
    : undefined;
}

/** The most recent writeback signal in the window, or undefined when the audits prove nothing. */
export function inferWriteback(s: Snapshot, now: Date, windowDays: number) {
  const src = s.sources.directoryAudits;
  if (src.outcome.status !== 'ok' || !src.data) return undefined;
  const signals = src.data
    .filter((a) => inWindow(a.activityDateTime, now, windowDays))
    .map((a) => ({ audit: a, signal: writebackSignal(a) }))
    .filter(
      (x): x is { audit: DirectoryAudit; signal: { on: boolean; why: string } } => x.signal !== undefined,
    )
    .sort((x, y) => Date.parse(y.audit.activityDateTime) - Date.parse(x.audit.activityDateTime));
  if (!signals.length) return undefined;
  const { audit, signal } = signals[0];
  return { on: signal.on, why: signal.why, audit, signals: signals.length };
}

export interface WritebackOptions {
  /** Audit events older than this many days before the scan are ignored. */
  windowDays: number;
}

export default defineCheck({
  meta: {
    id: 'SSPR-11',
    title: 'Password writeback is enabled (hybrid)',
    severity: 'critical',
    checklistItem: 'writeback',
    description:
      'In a hybrid tenant, a password that a synchronised user resets in the cloud must be written back to Active Directory; without writeback the reset fails or leaves the on-premises password unchanged.',
    dataSources: [
      {
        source: 'organization',
        permission: 'Organization.Read.All',
        reads: 'onPremisesSyncEnabled (hybrid or cloud-only)',
      },
      {
        source: 'onPremisesPasswordResetPolicies',
        permission: 'delegated portal sign-in (--portal)',
        reads: 'enablementForTenant (Entra Connect) or cloudProvisioningEnablementForTenant (Cloud Sync)',
      },
      { source: 'attestation', reads: 'settings.writebackEnabled' },
      {
        source: 'directoryAudits',
        permission: 'AuditLog.Read.All + Directory.Read.All',
        reads:
          'resets with additionalDetails OnPremisesAgent, and "Enable/Disable password writeback for directory" events in the window (inferred)',
      },
    ],
    sources: ['organization', 'onPremisesPasswordResetPolicies', 'directoryAudits'],
    expected: 'Write back passwords to your on-premises directory: Yes',
    remediation: {
      summary:
        'Turn on password writeback in the sync agent and in the SSPR on-premises integration settings.',
      steps: [
        'Entra Connect: on the Connect server, open Microsoft Entra Connect > Configure > Customize synchronization options, tick "Password writeback" on the Optional features page and finish the wizard.',
        'Cloud Sync: sign in to the Microsoft Entra admin center, go to Identity > Hybrid management > Microsoft Entra Connect > Cloud sync and enable password writeback in the configuration.',
        'Then go to Protection > Password reset > On-premises integration, set "Write back passwords to your on-premises directory" to Yes and select Save.',
        "Reset a test synchronised user's password through https://aka.ms/sspr and check that the user can sign in on-premises with it.",
      ],
      powershell:
        'Set-ADSyncAADPasswordResetConfiguration -Connector "<tenant>.onmicrosoft.com - AAD" -Enable $true  # on the Entra Connect server',
      reference: 'https://learn.microsoft.com/entra/identity/authentication/tutorial-enable-sspr-writeback',
    },
    troubleshooting: ['TS-03', 'TS-06'],
    defaultOptions: { windowDays: 30 } as WritebackOptions,
  },
  evaluate(s, o, ctx) {
    const org = organization(s);
    if (!org)
      return undecided(
        'collection_error',
        'The organization could not be read, so it is unknown whether the tenant is hybrid.',
        { consulted: ['organization'] },
      );
    const notHybrid = cloudOnly(org, 'password writeback');
    if (notHybrid) return notHybrid;

    const connect = onPremSetting(s, 'enablementForTenant');
    const cloudSync = onPremSetting(s, 'cloudProvisioningEnablementForTenant');
    const portal =
      typeof connect === 'boolean' || typeof cloudSync === 'boolean'
        ? connect === true || cloudSync === true
        : undefined;
    const attested = attestedSetting(s, 'writebackEnabled');
    const inferred = inferWriteback(s, ctx.now, o.windowDays);
    const show = (on: boolean) => (on ? 'on' : 'off');
    const expected = 'Password writeback: on';
    const message = (on: boolean) =>
      on
        ? 'Password writeback is enabled: passwords reset in the cloud are written back to Active Directory.'
        : 'Password writeback is off: synchronised users cannot reset their password themselves, or the new password never reaches Active Directory.';
    const inferredFacts: Array<{ label: string; value: Cell }> = inferred
      ? [
          {
            label: `directoryAudits writeback signals since ${windowStart(ctx.now, o.windowDays)}`,
            value: inferred.signals,
          },
          {
            label: 'Most recent signal',
            value: `${inferred.audit.activityDisplayName} at ${inferred.audit.activityDateTime} (${inferred.audit.id})`,
          },
        ]
      : [];
    const inferredDisagrees = (on: boolean): Disagreement[] =>
      inferred && inferred.on !== on
        ? [
            {
              source: 'inferred',
              says: show(inferred.on),
              detail: `The most recent audit signal (${inferred.audit.activityDateTime}) shows ${inferred.why}.`,
            },
          ]
        : [];

    if (portal !== undefined) {
      const disagreements: Disagreement[] =
        typeof attested === 'boolean' && attested !== portal
          ? [
              {
                source: 'attested',
                says: show(attested),
                detail: `${attestedBy(s)} attested writeback "${show(attested)}"; the portal reads "${show(portal)}".`,
              },
            ]
          : [];
      return decide(portal ? 'pass' : 'fail', 'portal', {
        message: message(portal),
        observed: `Password writeback: ${show(portal)}`,
        expected,
        facts: [
          { label: 'onPremisesPasswordResetPolicies.enablementForTenant', value: connect ?? null },
          {
            label: 'onPremisesPasswordResetPolicies.cloudProvisioningEnablementForTenant',
            value: cloudSync ?? null,
          },
          ...inferredFacts,
        ],
        disagreements: [...disagreements, ...inferredDisagrees(portal)],
      });
    }
    if (typeof attested === 'boolean') {
      return decide(attested ? 'pass' : 'fail', 'attested', {
        message: message(attested),
        observed: `Password writeback: ${show(attested)} (attested)`,
        expected,
        facts: [
          { label: 'attestation.settings.writebackEnabled', value: attested },
          { label: 'Attested by', value: attestedBy(s) },
          ...inferredFacts,
        ],
        disagreements: inferredDisagrees(attested),
      });
    }
    if (inferred) {
      return decide(inferred.on ? 'pass' : 'fail', 'inferred', {
        message: `${message(inferred.on)} (Inferred: the most recent audit signal, on ${inferred.audit.activityDateTime}, shows ${inferred.why}.)`,
        observed: `Password writeback: ${show(inferred.on)} (inferred from ${inferred.audit.activityDisplayName})`,
        expected,
        facts: inferredFacts,
      });
    }
    return undecided(
      'no_public_api',
      `Password writeback has no public API, and the directory audits of the last ${o.windowDays} days show no writeback reset or toggle: sign in with --portal, pass --portal-export, or attest it.`,
      { consulted: ['onPremisesPasswordResetPolicies', 'directoryAudits'] },
    );
  },
});

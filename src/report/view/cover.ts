// The cover page: which tenant, when, by whom and with which tool; the headline numbers; the data
// sources and permissions at a glance; the attestation signer.

import type { Results } from '../../results/types.js';
import type { Snapshot } from '../../snapshot/types.js';
import type { DataCollectionView } from './data-collection.js';
import { durationBetween, formatDateTime, formatPercent, formatScore } from './format.js';
import { AUTH_WORDS, CLOUD_WORDS } from './labels.js';

export interface CoverView {
  reportTitle: string;
  subtitle: string;
  facts: Array<{ label: string; value: string }>;
  score: string;
  grade: string;
  coverage: string;
  sourcesSummary: string;
  sources: Array<{ source: string; statusKey: string; status: string }>;
  permissionsGranted: string[];
  permissionsGrantedBasis: string;
  permissionsMissing: Array<{ permission: string; checks: string }>;
  attestationSigner: string | null;
}

/** Who ran the scan, in words. */
export function runBy(results: Results): string {
  const by = results.profile?.collectedBy;
  if (!by || (!by.account && !by.appId)) return 'Not recorded (offline evaluation of a saved snapshot)';
  const how = by.auth ? ` (${AUTH_WORDS[by.auth] ?? by.auth})` : '';
  if (by.account && by.appId) return `${by.account}, app ${by.appId}${how}`;
  return by.account ? `${by.account}${how}` : `Application ${by.appId}${how}`;
}

function primaryDomain(snapshot: Snapshot): string | null {
  const org = snapshot.sources.organization;
  if (org.outcome.status !== 'ok' || !org.data?.verifiedDomains) return null;
  return org.data.verifiedDomains.find((d) => d.isDefault)?.name ?? org.data.verifiedDomains[0]?.name ?? null;
}

export function cover(
  results: Results,
  snapshot: Snapshot,
  collection: DataCollectionView,
  companyName: string,
): CoverView {
  const collected = snapshot.collection;
  const attestation = results.attestation;
  const signer = attestation ? `${attestation.attestedBy}, ${attestation.attestedAt}` : null;
  const domain = primaryDomain(snapshot);
  const facts: Array<{ label: string; value: string }> = [
    { label: 'Tenant', value: results.tenant.displayName },
    { label: 'Tenant ID', value: results.tenant.id },
    ...(domain ? [{ label: 'Primary domain', value: domain }] : []),
    { label: 'Cloud', value: CLOUD_WORDS[results.tenant.cloud] ?? results.tenant.cloud },
    { label: 'Scan time', value: formatDateTime(results.scanTime ?? results.finishedAt) },
    ...(collected
      ? [
          {
            label: 'Data collected',
            value: `${formatDateTime(collected.startedAt)} (took ${durationBetween(collected.startedAt, collected.finishedAt)})`,
          },
        ]
      : []),
    {
      label: 'Evaluated',
      value: `${formatDateTime(results.startedAt)} (took ${durationBetween(results.startedAt, results.finishedAt)})`,
    },
    { label: 'Run by', value: runBy(results) },
    { label: 'Tool', value: `${results.tool.name} ${results.tool.version}` },
    { label: 'Attestation signed by', value: signer ?? 'No attestation' },
    { label: 'Prepared by', value: companyName },
  ];
  return {
    reportTitle: 'Self-service password reset audit',
    subtitle: 'Control ID-03 · Microsoft Entra ID',
    facts,
    score: formatScore(results.score.value),
    grade: results.score.grade,
    coverage: formatPercent(results.score.coverage, 0),
    sourcesSummary: collection.summary,
    sources: collection.rows.map((r) => ({ source: r.source, statusKey: r.statusKey, status: r.status })),
    permissionsGranted: collection.permissions.granted,
    permissionsGrantedBasis: collection.permissions.grantedBasis,
    permissionsMissing: collection.permissions.missing.map((m) => ({
      permission: m.permission,
      checks: m.checks.join(', ') || '–',
    })),
    attestationSigner: signer,
  };
}

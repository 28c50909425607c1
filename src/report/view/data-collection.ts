// What the scan read and with which rights: every data source's outcome, and the Graph permissions
// granted and missing (from results.collection, the token's roles when known, and the checks'
// missingPermission).

import type { CheckDefinition } from '../../engine/types.js';
import type { Results } from '../../results/types.js';
import type { Snapshot } from '../../snapshot/types.js';
import { DELEGATED_ADDS } from '../../permissions/delegated-permissions.js';
import { COLLECTION_STATUS_WORDS, PORTAL_SOURCES, sourceNameWords } from './labels.js';

export interface CollectionRowView {
  source: string;
  endpoint: string;
  statusKey: string;
  status: string;
  /** The permission to grant, the error, or why it was skipped. */
  detail: string;
}

export interface MissingPermissionView {
  permission: string;
  /** The checks it would let the scan assess. */
  checks: string[];
  sources: string[];
}

export interface PermissionsView {
  granted: string[];
  /** Where the granted list comes from, in words. */
  grantedBasis: string;
  missing: MissingPermissionView[];
}

/** What one check reads, in precedence order (the catalogue's data sources). */
export interface CheckSourcesView {
  id: string;
  anchor: string;
  backAnchor: string;
  title: string;
  sources: Array<{ source: string; reads: string; permission: string }>;
}

export interface DataCollectionView {
  rows: CollectionRowView[];
  /** Per check of the results, its data sources (one table in the appendix rather than 24 in the findings). */
  checkSources: CheckSourcesView[];
  readCount: number;
  totalCount: number;
  summary: string;
  permissions: PermissionsView;
}

const GRAPH_PERMISSION = /\b[A-Z][A-Za-z]+(?:\.[A-Z][A-Za-z]*)+\b/g;

/** The Graph permission names in a catalogue permission text ("AuditLog.Read.All", …). */
export function permissionNames(text: string | undefined): string[] {
  return text ? [...text.matchAll(GRAPH_PERMISSION)].map((m) => m[0]) : [];
}

function detailOf(row: Results['collection'][number]): string {
  switch (row.status) {
    case 'ok':
      return '';
    case 'forbidden':
      return row.permission ? `Needs ${row.permission}` : (row.error ?? 'Access denied');
    case 'skipped':
      if (PORTAL_SOURCES.has(row.source)) return 'The scan ran without --portal or --portal-export';
      // A delegated-only report under an application sign-in: say what a delegated sign-in would add.
      if (row.source in DELEGATED_ADDS)
        return `Offered to delegated sign-ins only: a scan with --auth device-code or azure-cli would add ${DELEGATED_ADDS[row.source as keyof typeof DELEGATED_ADDS]}.`;
      return row.error ?? 'Not requested';
    default:
      return row.error ?? '';
  }
}

export function dataCollection(
  results: Results,
  snapshot: Snapshot,
  catalogue: readonly CheckDefinition[],
): DataCollectionView {
  const rows = results.collection.map((c) => ({
    source: sourceNameWords(c.source),
    endpoint: c.endpoint,
    statusKey: c.status,
    status: COLLECTION_STATUS_WORDS[c.status] ?? c.status,
    detail: detailOf(c),
  }));
  const readCount = results.collection.filter((c) => c.status === 'ok').length;

  // Permissions that protect each source, from the catalogue.
  const permissionsBySource = new Map<string, Set<string>>();
  for (const { meta } of catalogue) {
    for (const d of meta.dataSources) {
      for (const p of permissionNames(d.permission)) {
        if (!permissionsBySource.has(d.source)) permissionsBySource.set(d.source, new Set());
        permissionsBySource.get(d.source)!.add(p);
      }
    }
  }

  const missing = new Map<string, { checks: Set<string>; sources: Set<string> }>();
  const need = (permission: string) => {
    if (!missing.has(permission)) missing.set(permission, { checks: new Set(), sources: new Set() });
    return missing.get(permission)!;
  };
  for (const c of results.collection.filter((r) => r.status === 'forbidden')) {
    const entry = need(c.permission ?? `permission for ${c.source}`);
    entry.sources.add(sourceNameWords(c.source));
    for (const { meta } of catalogue) {
      const result = results.checks.find((r) => r.id === meta.id);
      if (result?.status === 'not_assessed' && (meta.sources as string[]).includes(c.source))
        entry.checks.add(meta.id);
    }
  }
  for (const check of results.checks) {
    if (check.missingPermission) need(check.missingPermission).checks.add(check.id);
  }

  let granted: string[];
  let grantedBasis: string;
  if (snapshot.grantedPermissions && snapshot.grantedPermissions.length > 0) {
    granted = [...snapshot.grantedPermissions].sort();
    grantedBasis = "The roles in the scan's access token.";
  } else {
    const evident = new Set<string>();
    for (const c of results.collection.filter((r) => r.status === 'ok')) {
      for (const p of permissionsBySource.get(c.source) ?? []) evident.add(p);
    }
    for (const p of missing.keys()) evident.delete(p);
    granted = [...evident].sort();
    grantedBasis = granted.length
      ? "Evidently granted: the sources these permissions protect were read. (The token's roles were not recorded.)"
      : 'Not recorded for this scan.';
  }

  const metaOf = new Map(catalogue.map((c) => [c.meta.id, c.meta]));
  const checkSources = results.checks.map((c) => ({
    id: c.id,
    anchor: `sources-check-${c.id.toLowerCase()}`,
    backAnchor: `check-${c.id.toLowerCase()}`,
    title: c.title,
    sources: (metaOf.get(c.id)?.dataSources ?? []).map((d) => ({
      source: sourceNameWords(d.source),
      reads: d.reads,
      permission: d.permission ?? '–',
    })),
  }));

  return {
    rows,
    checkSources,
    readCount,
    totalCount: rows.length,
    summary: `${readCount} of ${rows.length} data sources read`,
    permissions: {
      granted,
      grantedBasis,
      missing: [...missing.entries()]
        .map(([permission, v]) => ({
          permission,
          checks: [...v.checks].sort(),
          sources: [...v.sources].sort(),
        }))
        .sort((a, b) => a.permission.localeCompare(b.permission)),
    },
  };
}

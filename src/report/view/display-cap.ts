// Caps tenant-supplied strings for display: a 1 MiB organization name would make every page of the
// report (and the PDF's printing) huge. The view shows the start with an ellipsis and a note; the full
// value stays in results.json and snapshot.json. Pure: returns shallow copies, never touches the input.

import type { Cell, Evidence } from '../../engine/types.js';
import type { Results } from '../../results/types.js';
import type { Snapshot } from '../../snapshot/types.js';

/** Names, ids, table cells: what a tenant admin types or Graph echoes. */
export const DISPLAY_NAME_CAP = 256;
/** Sentences that embed such values (check messages, Graph error text). */
export const DISPLAY_TEXT_CAP = 1024;

/** `text` cut to `max` characters with an ellipsis and a note of its real length, or `text` itself. */
export function capForDisplay(text: string, max = DISPLAY_NAME_CAP): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (cut for display: ${text.length} characters; the full value is in results.json)`;
}

const capCell = (cell: Cell): Cell => (typeof cell === 'string' ? capForDisplay(cell) : cell);

function capEvidence(e: Evidence): Evidence {
  return {
    ...e,
    facts: e.facts.map((f) => ({ ...f, value: capCell(f.value) })),
    ...(e.affected
      ? {
          affected: {
            ...e.affected,
            rows: e.affected.rows.map((row) =>
              Object.fromEntries(Object.entries(row).map(([k, v]) => [k, capCell(v)])),
            ),
          },
        }
      : {}),
    ...(e.disagreements
      ? {
          disagreements: e.disagreements.map((d) => ({
            ...d,
            says: capForDisplay(d.says, DISPLAY_TEXT_CAP),
            detail: capForDisplay(d.detail, DISPLAY_TEXT_CAP),
          })),
        }
      : {}),
  };
}

/** The results as the report shows them: tenant-supplied strings capped. */
export function resultsForDisplay(results: Results): Results {
  const text = (s: string) => capForDisplay(s, DISPLAY_TEXT_CAP);
  return {
    ...results,
    tenant: { ...results.tenant, displayName: capForDisplay(results.tenant.displayName) },
    checks: results.checks.map((c) => ({
      ...c,
      message: text(c.message),
      observed: text(c.observed),
      expected: text(c.expected),
      evidence: capEvidence(c.evidence),
    })),
    ...(results.attestation
      ? {
          attestation: {
            ...results.attestation,
            attestedBy: capForDisplay(results.attestation.attestedBy),
            evidence: results.attestation.evidence.map((e) => capForDisplay(e)),
          },
        }
      : {}),
  };
}

/**
 * The snapshot as the report shows it: the organization's names and every source's error text capped.
 * Shallow: the (possibly huge) data of other sources is shared, not copied.
 */
export function snapshotForDisplay(snapshot: Snapshot): Snapshot {
  const sources = Object.fromEntries(
    Object.entries(snapshot.sources).map(([name, source]) => [
      name,
      source.outcome.error !== undefined
        ? {
            ...source,
            outcome: { ...source.outcome, error: capForDisplay(source.outcome.error, DISPLAY_TEXT_CAP) },
          }
        : source,
    ]),
  ) as Snapshot['sources'];
  const org = snapshot.sources.organization?.data;
  if (org) {
    sources.organization = {
      ...sources.organization,
      data: {
        ...org,
        displayName: org.displayName === null ? null : capForDisplay(org.displayName),
        ...(org.verifiedDomains
          ? { verifiedDomains: org.verifiedDomains.map((d) => ({ ...d, name: capForDisplay(d.name) })) }
          : {}),
      },
    };
  }
  const attestation = snapshot.attestation;
  return {
    ...snapshot,
    sources,
    ...(attestation
      ? {
          attestation: {
            ...attestation,
            attestedBy: capForDisplay(attestation.attestedBy),
            ...(attestation.evidence ? { evidence: attestation.evidence.map((e) => capForDisplay(e)) } : {}),
          },
        }
      : {}),
  };
}

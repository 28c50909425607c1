// results.sarif: SARIF 2.1.0 with one rule per catalogue check and one result per check that needs
// action. Mapping:
//   fail → kind "fail", level "error";  warn → kind "fail", level "warning";
//   accepted_risk → the real verdict's result, with an external "accepted" suppression (owner, expiry);
//   not_assessed → kind "open" (or "review" when only a person can attest it), level "none", with the
//   way to close the gap; pass and not_applicable → no result (the complete picture is results.json).
// Locations are logical: the tenant, by ID. Rule levels follow severity (critical/high error, medium
// warning, low note); GitHub's security-severity is set from the same severity.

import { createHash } from 'node:crypto';
import type { CheckDefinition, Severity } from '../engine/types.js';
import type { CheckResult, Results } from '../results/types.js';
import { notAssessedGap } from './view/how-to-close.js';

export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Where the tool is documented (the domain its JSON schemas are published under). */
export const TOOL_INFORMATION_URI = 'https://sspr-audit.dev/';

type Level = 'none' | 'note' | 'warning' | 'error';

const RULE_LEVEL: Record<Severity, Level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};
/** GitHub code scanning reads properties["security-severity"] (0–10) to rank alerts. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
};

interface Message {
  text: string;
  markdown?: string;
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: Message;
  fullDescription: Message;
  help: Message;
  helpUri?: string;
  defaultConfiguration: { level: Level };
  properties: { tags: string[]; precision: string; 'security-severity': string; severity: Severity };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  kind: 'fail' | 'open' | 'review';
  level: Level;
  message: Message;
  locations: Array<{
    physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
    logicalLocations: Array<{ name: string; fullyQualifiedName: string; kind: string }>;
  }>;
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: 'external'; status: 'accepted'; justification: string }>;
  properties: Record<string, unknown>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Array<{
    tool: {
      driver: {
        name: string;
        version: string;
        semanticVersion: string;
        informationUri: string;
        rules: SarifRule[];
      };
    };
    invocations: Array<{ executionSuccessful: boolean; startTimeUtc: string; endTimeUtc: string }>;
    automationDetails: { id: string };
    results: SarifResult[];
    properties: Record<string, unknown>;
  }>;
}

/** "SSPR is enabled for all users" → "SsprIsEnabledForAllUsers" (rule names are identifiers). */
export function ruleName(title: string): string {
  return title
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
    .join('');
}

function rule(meta: CheckDefinition['meta'] | undefined, check: CheckResult | undefined): SarifRule {
  const id = meta?.id ?? check!.id;
  const title = meta?.title ?? check!.title;
  const severity = meta?.severity ?? check!.severity;
  const remediation = meta?.remediation ?? check!.remediation;
  const steps = remediation.steps.map((s, i) => `${i + 1}. ${s}`);
  const text = [
    remediation.summary,
    ...steps,
    ...(remediation.graph ? [`Microsoft Graph: ${remediation.graph}`] : []),
    ...(remediation.powershell ? [`PowerShell: ${remediation.powershell}`] : []),
    ...(remediation.reference ? [`Reference: ${remediation.reference}`] : []),
  ].join('\n');
  const markdown = [
    `**${remediation.summary}**`,
    '',
    ...steps,
    ...(remediation.graph ? ['', 'Microsoft Graph:', '```', remediation.graph, '```'] : []),
    ...(remediation.powershell ? ['', 'PowerShell:', '```powershell', remediation.powershell, '```'] : []),
    ...(remediation.reference ? ['', `[Microsoft Learn](${remediation.reference})`] : []),
  ].join('\n');
  return {
    id,
    name: ruleName(title),
    shortDescription: { text: title },
    fullDescription: { text: meta?.description ?? title },
    help: { text, markdown },
    ...(remediation.reference ? { helpUri: remediation.reference } : {}),
    defaultConfiguration: { level: RULE_LEVEL[severity] },
    properties: {
      tags: [
        'security',
        'entra-id',
        'sspr',
        'ID-03',
        meta?.checklistItem ?? check!.checklistItem,
        ...(check?.frameworks ?? []).map((t) => t.label),
      ],
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[severity],
      severity,
    },
  };
}

function fingerprint(tenantId: string, checkId: string): string {
  return createHash('sha256').update(`${tenantId}/${checkId}`).digest('hex');
}

function resultFor(
  c: CheckResult,
  ruleIndex: number,
  results: Results,
  catalogue: readonly CheckDefinition[],
): SarifResult | undefined {
  const verdict = c.status === 'accepted_risk' ? c.realStatus : c.status;
  const base = {
    ruleId: c.id,
    ruleIndex,
    locations: [
      {
        // GitHub code scanning rejects a result without a physical location: a stable artifact per
        // tenant and check (the path never changes between scans, so alerts track and close).
        physicalLocation: {
          artifactLocation: { uri: `sspr-audit/${encodeURIComponent(results.tenant.id)}/${c.id}` },
          region: { startLine: 1 },
        },
        logicalLocations: [
          {
            name: results.tenant.id,
            fullyQualifiedName: `tenants/${results.tenant.id}/sspr/${c.id}`,
            kind: 'resource',
          },
        ],
      },
    ],
    partialFingerprints: { 'ssprAuditCheck/v1': fingerprint(results.tenant.id, c.id) },
    properties: {
      status: c.status,
      realStatus: c.realStatus,
      severity: c.severity,
      source: c.source,
      ...(c.reason ? { reason: c.reason } : {}),
      ...(c.missingPermission ? { missingPermission: c.missingPermission } : {}),
      observed: c.observed,
      expected: c.expected,
      troubleshooting: c.remediation.troubleshooting,
      frameworks: (c.frameworks ?? []).map((t) => t.label),
      ...(c.evidence.affected ? { affectedObjects: c.evidence.affected.rows.length } : {}),
      ...(c.exception ? { exception: { ...c.exception } } : {}),
    },
  };
  if (verdict === 'fail' || verdict === 'warn') {
    return {
      ...base,
      kind: 'fail',
      level: verdict === 'fail' ? 'error' : 'warning',
      message: { text: `${c.message} Observed: ${c.observed}. Expected: ${c.expected}.` },
      ...(c.status === 'accepted_risk' && c.exception
        ? {
            suppressions: [
              {
                kind: 'external' as const,
                status: 'accepted' as const,
                justification: `${c.exception.reason} (owner ${c.exception.owner}, until ${c.exception.expires})`,
              },
            ],
          }
        : {}),
    };
  }
  if (c.status === 'not_assessed') {
    const gap = notAssessedGap(c, results, catalogue.find((d) => d.meta.id === c.id)?.meta);
    const howTo = gap.steps
      .map((s) => `${s.text}${s.code ? ` ${s.code.replace(/\n/g, '; ')}` : ''}`)
      .join(' ');
    return {
      ...base,
      kind: c.reason === 'manual' ? 'review' : 'open',
      level: 'none',
      message: {
        text: `Not assessed (${c.reason ?? 'unknown reason'}): ${gap.explanation} How to close it: ${howTo}`,
      },
    };
  }
  return undefined;
}

export function sarifLog(results: Results, catalogue: readonly CheckDefinition[]): SarifLog {
  const ids = [
    ...catalogue.map((c) => c.meta.id),
    ...results.checks.map((c) => c.id).filter((id) => !catalogue.some((d) => d.meta.id === id)),
  ];
  const rules = ids.map((id) =>
    rule(
      catalogue.find((d) => d.meta.id === id)?.meta,
      results.checks.find((c) => c.id === id),
    ),
  );
  const sarifResults = results.checks
    .map((c) => resultFor(c, ids.indexOf(c.id), results, catalogue))
    .filter((r): r is SarifResult => r !== undefined);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: results.tool.name,
            version: results.tool.version,
            semanticVersion: results.tool.version,
            informationUri: TOOL_INFORMATION_URI,
            rules,
          },
        },
        invocations: [
          { executionSuccessful: true, startTimeUtc: results.startedAt, endTimeUtc: results.finishedAt },
        ],
        automationDetails: {
          id: `sspr-audit/${results.tenant.id}/${results.scanTime ?? results.finishedAt}`,
        },
        results: sarifResults,
        properties: {
          tenant: { ...results.tenant },
          scanTime: results.scanTime ?? results.finishedAt,
          score: results.score.value,
          grade: results.score.grade,
          coverage: results.score.coverage,
          counts: { ...results.counts },
        },
      },
    ],
  };
}

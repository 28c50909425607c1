// The report's view model: results + snapshot + previous scan + branding → everything the HTML/PDF
// templates show, already worded and formatted. Pure: no I/O, no clock; the templates only loop and branch.

import { CHECKLIST } from '../../checks/checklist.js';
import { TROUBLESHOOTING } from '../../checks/troubleshooting.js';
import type { CheckDefinition } from '../engine/types.js';
import type { Results } from '../results/types.js';
import type { Snapshot } from '../snapshot/types.js';
import type { Branding } from './branding.js';
import { resultsSha256 } from './results-digest.js';
import {
  auditView,
  currentNavigation,
  findingView,
  portalClosureFor,
  type AuditView,
  type FindingView,
} from './view/audit.js';
import { checkSection, type CheckSectionView } from './view/check-section.js';
import { checklistRows, type ChecklistRowView } from './view/checklist.js';
import { cover, runBy, type CoverView } from './view/cover.js';
import { resultsForDisplay, snapshotForDisplay } from './view/display-cap.js';
import { dataCollection, type DataCollectionView } from './view/data-collection.js';
import { formatDate } from './view/format.js';
import { methodology, type MethodologyView } from './view/methodology.js';
import { metricsView, type MetricsView } from './view/metrics.js';
import {
  attestationRegister,
  exceptionsRegister,
  type AttestationView,
  type ExceptionRowView,
} from './view/registers.js';
import { summary, type SummaryView } from './view/summary.js';
import { troubleshootingAppendix, type TroubleshootingView } from './view/troubleshooting-appendix.js';

export interface ViewModelInput {
  results: Results;
  snapshot: Snapshot;
  previous?: Results;
  branding: Branding;
  /** The run's check catalogue (meta: data sources, remediation, dependencies), plugin packs included. */
  catalogue: readonly CheckDefinition[];
}

export interface BrandingView {
  companyName: string;
  logoDataUri: string | null;
  primaryColor: string;
  accentColor: string;
  /** Text colour that reads on the primary colour. */
  onPrimaryColor: string;
  footerText: string | null;
  isDefault: boolean;
}

export interface ReportViewModel {
  document: { title: string; subject: string };
  branding: BrandingView;
  tenant: { name: string; id: string };
  cover: CoverView;
  summary: SummaryView;
  checklist: ChecklistRowView[];
  checks: Array<CheckSectionView & { finding: FindingView | null; closure: string | null }>;
  audit: AuditView;
  /** Footer: confidentiality line and document version. */
  footer: { confidentiality: string; documentVersion: string };
  metrics: MetricsView;
  dataCollection: DataCollectionView;
  troubleshooting: TroubleshootingView[];
  attestation: AttestationView | null;
  exceptions: ExceptionRowView[];
  methodology: MethodologyView;
  signOff: { companyName: string; tenantName: string; scanDate: string };
  manifest: { resultsSha256: string; snapshotSha256: string; tool: string };
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

export function buildViewModel({
  results: fullResults,
  snapshot: fullSnapshot,
  previous,
  branding,
  catalogue,
}: ViewModelInput): ReportViewModel {
  // Tenant-supplied strings enter the view capped (the full values stay in results.json / snapshot.json).
  const results = resultsForDisplay(fullResults);
  const snapshot = snapshotForDisplay(fullSnapshot);
  const metaOf = new Map(catalogue.map((c) => [c.meta.id, c.meta]));
  const titleOf = (id: string) =>
    results.checks.find((c) => c.id === id)?.title ?? metaOf.get(id)?.title ?? id;
  const checklistText = new Map(CHECKLIST.map((i) => [i.id, i.text]));
  const troubleshootingOf = (id: string) => TROUBLESHOOTING.find((t) => t.id === id);
  const collection = dataCollection(results, snapshot, catalogue);
  const scanDate = formatDate(results.scanTime ?? results.finishedAt);

  return {
    document: {
      title: `SSPR audit — ${results.tenant.displayName} — ${scanDate}`,
      subject: `Self-service password reset audit (control ID-03) of ${results.tenant.displayName}`,
    },
    branding: {
      companyName: branding.companyName,
      logoDataUri: branding.logoDataUri,
      primaryColor: branding.primaryColor,
      accentColor: branding.accentColor,
      onPrimaryColor: luminance(branding.primaryColor) > 0.4 ? '#111111' : '#ffffff',
      footerText: branding.footerText,
      isDefault: branding.isDefault,
    },
    tenant: { name: results.tenant.displayName, id: results.tenant.id },
    cover: cover(results, snapshot, collection, branding.companyName),
    summary: summary(results, previous),
    checklist: checklistRows(CHECKLIST, results.checks),
    checks: results.checks.map((c) => {
      const section = checkSection(
        c,
        results,
        metaOf.get(c.id),
        troubleshootingOf,
        checklistText.get(c.checklistItem) ?? null,
        titleOf,
      );
      return {
        ...section,
        // Admin center paths as Microsoft Learn shows them today (data/entra-admin-center.json).
        remediation: section.remediation
          ? {
              ...section.remediation,
              summary: currentNavigation(section.remediation.summary),
              steps: section.remediation.steps.map(currentNavigation),
            }
          : section.remediation,
        finding: findingView(c, results),
        closure:
          c.status === 'not_assessed' || c.source === 'portal' || c.source === 'attested'
            ? portalClosureFor(c.id)
            : null,
      };
    }),
    audit: auditView(results, runBy(results)),
    footer: {
      confidentiality: `Confidential: prepared by ${branding.companyName} for ${results.tenant.displayName}. Not for distribution.`,
      documentVersion: `Document version ${results.tool.version}-${(results.scanTime ?? results.finishedAt).slice(0, 10)}`,
    },
    metrics: metricsView(results),
    dataCollection: collection,
    troubleshooting: troubleshootingAppendix(TROUBLESHOOTING, results),
    attestation: attestationRegister(results, snapshot),
    exceptions: exceptionsRegister(results.checks),
    methodology: methodology(results),
    signOff: { companyName: branding.companyName, tenantName: results.tenant.displayName, scanDate },
    manifest: {
      resultsSha256: resultsSha256(fullResults),
      snapshotSha256: fullResults.snapshotSha256 ?? 'not written with this report',
      tool: `${results.tool.name} ${results.tool.version}`,
    },
  };
}

// Everything a scanning command reads besides the tenant, loaded and validated before any work starts.

import type { CheckSet } from '../engine/check-set.js';
import type { CheckOptions } from '../engine/run-checks.js';
import { SEVERITIES, type Severity } from '../engine/types.js';
import { loadBaseline, optionsInForce, type Baseline } from '../inputs/baseline.js';
import { loadResponses, type ManagementResponses } from '../inputs/responses.js';
import { loadAttestation, type LoadedAttestation } from '../inputs/attestation.js';
import { loadExceptions, type RiskException } from '../inputs/exceptions.js';
import { loadPortalExport, type PortalExport } from '../inputs/portal-export.js';
import { loadProfile } from '../inputs/profile.js';
import { readStructuredFile } from '../inputs/read-structured-file.js';
import { assertValid } from '../inputs/schemas.js';
import type { ReportWriter } from '../output/artifacts.js';
import { parseFormats, type Format } from '../output/formats.js';
import { loadBranding } from '../report/branding.js';
import { findBrowser } from '../report/find-browser.js';
import type { Results } from '../results/types.js';
import { InputError } from '../util/input-error.js';
import { checkOutputFolder } from '../util/staged-folder.js';

export interface RunFlags {
  out?: string;
  format?: string;
  attestation?: string;
  exceptions?: string;
  'portal-export'?: string;
  'fail-on'?: string;
  previous?: string;
  branding?: string;
  'chrome-path'?: string;
  profile?: string;
  baseline?: string;
  responses?: string;
  plugin?: string[];
  quiet?: boolean;
  verbose?: boolean;
  force?: boolean;
}

export interface RunInputs {
  formats: Format[];
  out?: string;
  /** --force: a non-empty --out is replaced when the run's outputs are whole. */
  force: boolean;
  failOn?: Severity;
  attestation?: LoadedAttestation;
  exceptions: RiskException[];
  portalExport?: PortalExport;
  previous?: Results;
  /** Check options in force: the baseline's, then the profile's on top. */
  profile: CheckOptions;
  baseline: Baseline;
  responses: ManagementResponses;
  /** The run's checks: the built-ins plus every loaded pack. */
  checkSet: CheckSet;
  brandingFile?: string;
  chromePath?: string;
  quiet: boolean;
  verbose: boolean;
  /** Report writers replacing the defaults for this run (a fleet's shared PDF printer). */
  writers?: Partial<Record<Format, ReportWriter>>;
}

export { loadRunCheckSet } from './run-check-set.js';

export function loadRunInputs(flags: RunFlags, now: Date, checkSet: CheckSet): RunInputs {
  const failOn = flags['fail-on'];
  if (failOn !== undefined && !(SEVERITIES as readonly string[]).includes(failOn)) {
    throw new InputError(
      '--fail-on',
      `unknown severity "${failOn}" (expected one of ${SEVERITIES.join(', ')})`,
    );
  }
  if (flags.out !== undefined && flags.out.trim() === '')
    throw new InputError('--out', 'expected a folder path');
  // Checked now, so a scan does not collect for minutes and then refuse its folder.
  if (flags.out !== undefined) checkOutputFolder(flags.out, flags.force ?? false);
  const formats = parseFormats(flags.format);
  // Checked now, so a bad branding file or a missing browser stops the run before anything is written.
  if (flags.branding) loadBranding(flags.branding);
  if (formats.includes('pdf')) findBrowser({ chromePath: flags['chrome-path'] });
  const checkIds = checkSet.checks.map((c) => c.meta.id);
  const baseline = loadBaseline(flags.baseline, checkIds);
  return {
    formats,
    out: flags.out,
    force: flags.force ?? false,
    failOn: failOn as Severity | undefined,
    attestation: flags.attestation ? loadAttestation(flags.attestation, now) : undefined,
    exceptions: flags.exceptions
      ? loadExceptions(
          flags.exceptions,
          checkSet.checks.map((c) => c.meta.id),
        )
      : [],
    portalExport: flags['portal-export']
      ? loadPortalExport(flags['portal-export'], now.toISOString())
      : undefined,
    previous: flags.previous
      ? assertValid<Results>(
          'results',
          readStructuredFile(flags.previous, 'previous results'),
          flags.previous,
        )
      : undefined,
    baseline,
    profile: optionsInForce(baseline, flags.profile ? loadProfile(flags.profile, checkSet) : {}),
    responses: flags.responses ? loadResponses(flags.responses, checkIds) : {},
    checkSet,
    brandingFile: flags.branding,
    chromePath: flags['chrome-path'],
    quiet: flags.quiet ?? false,
    verbose: flags.verbose ?? false,
  };
}

// What a report writer receives: the evaluated results and everything else a report may show.

import type { CheckSet } from '../engine/check-set.js';
import type { Results } from '../results/types.js';
import type { Snapshot } from '../snapshot/types.js';

export interface RunArtifacts {
  results: Results;
  snapshot: Snapshot;
  /** The run's checks (built-ins and loaded packs): reports read each check's meta from here. */
  checkSet: CheckSet;
  /** The previous scan of the same tenant, for "changes since the previous scan". */
  previous?: Results;
  /** A branding file (validated by the report's loader). */
  brandingFile?: string;
  /** The file the snapshot was read from, when the run left it unchanged (copied instead of re-serialised). */
  snapshotFile?: string;
  /** Chromium to print with (else PUPPETEER_EXECUTABLE_PATH, else the system browser). */
  chromePath?: string;
}

/** Writes one format into `outDir`; returns the file names it wrote. */
export type ReportWriter = (artifacts: RunArtifacts, outDir: string) => Promise<string[]>;

// What collection reports while it runs: a source starting, pages and rows so far, a source done,
// a retry and its wait. The CLI shows it on a terminal (progress-line.ts); tests and fleets ignore it.

import type { CollectionStatus, SourceName } from '../snapshot/types.js';

export type ProgressEvent =
  | { type: 'start'; source: SourceName }
  | { type: 'page'; source: SourceName; pages: number; rows: number }
  | { type: 'done'; source: SourceName; status: CollectionStatus; pages?: number; rows?: number }
  | { type: 'retry'; endpoint: string; attempt: number; waitMs: number; reason: string };

export type ProgressSink = (event: ProgressEvent) => void;

export const ignoreProgress: ProgressSink = () => undefined;

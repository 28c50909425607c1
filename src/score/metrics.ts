// PLACEHOLDER until the metrics branch lands: reports the window and no data.
import type { Metrics } from '../results/types.js';
import type { Snapshot } from '../snapshot/types.js';

export function computeMetrics(snapshot: Snapshot): Metrics {
  return {
    registration: { enabled: 0, registered: 0, capable: 0, coverage: null, source: 'none' },
    resets: { attempts: 0, succeeded: 0, successRate: null, topFailureReasons: [], byMethod: {}, unlocks: 0, source: 'none' },
    window: { ...snapshot.window },
  };
}

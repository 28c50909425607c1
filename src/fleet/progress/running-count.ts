// Counts the tenant scans in flight from the event stream (for shutdown messages).

import type { FleetEventSink } from './fleet-event.js';

export function countRunning(inner: FleetEventSink): FleetEventSink & { running(): number } {
  const active = new Set<string>();
  return {
    emit(e) {
      if (e.type === 'tenant-phase') active.add(e.tenantId);
      else if (e.type === 'tenant-finished') active.delete(e.tenantId);
      else if (e.type === 'run-started' || e.type === 'run-finished') active.clear();
      inner.emit(e);
    },
    close: () => inner.close(),
    running: () => active.size,
  };
}

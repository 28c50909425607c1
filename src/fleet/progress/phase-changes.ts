// Logs want a line when a tenant's phase changes, not one per page read: this sink drops the
// tenant-phase events that repeat the tenant's current phase (the live view keeps them all).

import type { FleetEventSink } from './fleet-event.js';

export function phaseChangesOnly(inner: FleetEventSink): FleetEventSink {
  const current = new Map<string, string>();
  return {
    emit(e) {
      if (e.type === 'tenant-phase') {
        if (current.get(e.tenantId) === e.phase) return;
        current.set(e.tenantId, e.phase);
      } else if (e.type === 'tenant-finished') current.delete(e.tenantId);
      inner.emit(e);
    },
    close: () => inner.close(),
  };
}

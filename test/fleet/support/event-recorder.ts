// Collects fleet events in memory for assertions.

import type { FleetEvent, FleetEventSink } from '../../../src/fleet/progress/fleet-event.js';

export interface EventRecorder extends FleetEventSink {
  events: FleetEvent[];
  ofType<T extends FleetEvent['type']>(type: T): Array<Extract<FleetEvent, { type: T }>>;
}

export function eventRecorder(): EventRecorder {
  const events: FleetEvent[] = [];
  return {
    events,
    emit: (e) => events.push(e),
    close: () => undefined,
    ofType: <T extends FleetEvent['type']>(type: T) =>
      events.filter((e): e is Extract<FleetEvent, { type: T }> => e.type === type),
  };
}

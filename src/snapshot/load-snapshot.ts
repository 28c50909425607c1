// Reads and validates a snapshot file; every problem is an InputError naming the file and JSON path.

import { InputError } from '../util/input-error.js';
import { readStructuredFile } from '../inputs/read-structured-file.js';
import { assertValid } from '../inputs/schemas.js';
import type { Snapshot } from './types.js';

export function loadSnapshot(path: string): Snapshot {
  return validateSnapshot(readStructuredFile(path, 'snapshot'), path);
}

export function validateSnapshot(value: unknown, where: string): Snapshot {
  const snapshot = assertValid<Snapshot>('snapshot', value, where);
  const from = Date.parse(snapshot.window.from);
  const to = Date.parse(snapshot.window.to);
  if (!(from <= to)) throw new InputError(where, '/window: expected "from" to be before "to"');
  for (const [name, source] of Object.entries(snapshot.sources)) {
    if (source.outcome.status === 'ok' && source.data === undefined) {
      throw new InputError(where, `/sources/${name}: outcome is "ok" but there is no "data"`);
    }
    if (source.outcome.status !== 'ok' && source.data !== undefined) {
      throw new InputError(
        where,
        `/sources/${name}: outcome is "${source.outcome.status}" but "data" is present`,
      );
    }
  }
  return snapshot;
}

// Checks each source's data against the snapshot schema as it is collected (schemas/snapshot.schema.json,
// whose nullability follows Microsoft's metadata): a Graph body with a wrong JSON type or a null row
// makes the source `error` (malformed), naming the endpoint, the JSON path and what was expected —
// never a verdict decided on a coerced value, and never a snapshot that `evaluate` then rejects
// (DESIGN.md "Sign-in types"; issue 11, items 4 and 6).

import { describe, validatorAt } from '../inputs/schemas.js';
import type { SourceName } from '../snapshot/types.js';

const SOURCE_SCHEMA = (name: SourceName) =>
  `https://sspr-audit.dev/schemas/snapshot.schema.json#/properties/sources/properties/${name}`;
/** Any valid outcome: only the data is in question here. */
const OK = { status: 'ok', endpoint: '/', fetchedAt: '2000-01-01T00:00:00Z' };

/** What is wrong with `data` as the snapshot's source `name` ("/3/isSsprEnabled: expected boolean"), or undefined. */
export function sourceDataProblem(name: SourceName, data: unknown): string | undefined {
  const validate = validatorAt(SOURCE_SCHEMA(name));
  if (validate({ outcome: OK, data })) return undefined;
  const first = validate.errors?.[0];
  if (!first) return 'does not match the snapshot schema';
  // The path inside what the endpoint returned (for a collection, the row index first).
  const path = first.instancePath.replace(/^\/data/, '');
  return describe({ ...first, instancePath: path });
}

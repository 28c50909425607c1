// What real Graph does to a body on its way out, built from Microsoft's metadata so a new extract
// updates it: members of an evolvable enum (above unknownFutureValue) are sent as unknownFutureValue
// unless the request says `Prefer: include-unknown-enum-members`; and, as a tenant option, null in
// every field the checks read that the metadata marks nullable (Graph may send null there).

import { FIELDS_CHECKS_READ } from '../graph-metadata/fields-checks-read.js';
import { evolvableProperties, propertiesOf, type GraphMetadata } from '../graph-metadata/graph-metadata.js';

type Row = Record<string, unknown>;

export function prefersUnknownEnumMembers(prefer: string | undefined): boolean {
  return /(^|[,\s])include-unknown-enum-members([,\s;]|$)/i.test(prefer ?? '');
}

const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const strip = (t: string) => t.replace(/^Collection\((.+)\)$/, '$1').replace(/^graph\./, '');

/** Evolvable enum members hidden as unknownFutureValue (top-level properties of `type`). */
export function hideEvolvableMembers(meta: GraphMetadata, type: string, row: Row): Row {
  const hidden = evolvableProperties(meta, type);
  if (hidden.size === 0) return row;
  const out = { ...row };
  for (const [name, members] of hidden)
    if (typeof out[name] === 'string' && members.has(out[name])) out[name] = 'unknownFutureValue';
  return out;
}

/** Sets null at `path` (a, a.b, a[].b) wherever the metadata says that property is nullable. */
function nullAt(meta: GraphMetadata, type: string, value: Row, path: string[]): void {
  const [head, ...rest] = path;
  const many = head!.endsWith('[]');
  const name = many ? head!.slice(0, -2) : head!;
  const prop = propertiesOf(meta, type)?.[name];
  if (!prop || !(name in value)) return;
  if (rest.length === 0) {
    if (prop.nullable) value[name] = null;
    return;
  }
  const child = value[name];
  const childType = strip(prop.type);
  if (many && Array.isArray(child)) {
    value[name] = child.map((c) => {
      if (!isRow(c)) return c;
      const copy = { ...c };
      nullAt(meta, childType, copy, rest);
      return copy;
    });
  } else if (isRow(child)) {
    const copy = { ...child };
    nullAt(meta, childType, copy, rest);
    value[name] = copy;
  }
}

export function nullNullableFields(meta: GraphMetadata, type: string, row: Row): Row {
  const out = { ...row };
  // Deeper paths first, so `prepaidUnits.enabled` is written before `prepaidUnits` itself turns null.
  const paths = [...(FIELDS_CHECKS_READ[type] ?? [])].sort((a, b) => b.length - a.length);
  for (const path of paths) nullAt(meta, type, out, path.split('.'));
  return out;
}

/** Applies both to an entity body or to each row of a collection body (`value`). */
export function shapeBody(
  body: unknown,
  meta: GraphMetadata,
  type: string,
  opts: { preferUnknown: boolean; nulls: boolean },
): unknown {
  const shape = (row: Row) => {
    let out = opts.preferUnknown ? row : hideEvolvableMembers(meta, type, row);
    if (opts.nulls) out = nullNullableFields(meta, type, out);
    return out;
  };
  if (!isRow(body)) return body;
  if (Array.isArray(body.value)) return { ...body, value: body.value.map((r) => (isRow(r) ? shape(r) : r)) };
  return shape(body);
}

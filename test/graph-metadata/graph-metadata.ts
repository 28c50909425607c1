// Microsoft's own Graph schema (CSDL extract in shared/graph-metadata/: v1.0, beta, v1.0 China)
// as a checker: the properties a type really has (its base types walked), their JSON types and
// nullability, and the enum members — evolvable ones being those above unknownFutureValue. The
// double and the tests read these files at run time, so a new extract updates them. The one loader of
// these files: metadata.ts (the schema and enum tests' helpers) wraps it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cloud } from '../../src/snapshot/types.js';
import { sharedPath } from '../fixtures/shared-dir.js';

/** SSPR_GRAPH_METADATA_DIR when set, else shared/graph-metadata (found by test/fixtures/shared-dir.ts). */
export function metadataDir(): string {
  return process.env.SSPR_GRAPH_METADATA_DIR || sharedPath('graph-metadata');
}

export interface MetaProperty {
  type: string;
  nullable: boolean;
  navigation?: boolean;
}

export interface MetaType {
  kind: 'EntityType' | 'ComplexType';
  base?: string;
  properties: Record<string, MetaProperty>;
}

export interface GraphMetadata {
  file: string;
  source: string;
  types: Record<string, MetaType>;
  enums: Record<string, Array<[string, number]>>;
  notInThisSchema: string[];
}

export type MetadataFile = 'v1.0' | 'beta' | 'v1.0-china';

const cache = new Map<MetadataFile, GraphMetadata>();

export function loadMetadata(file: MetadataFile): GraphMetadata {
  let meta = cache.get(file);
  if (!meta) {
    const path = join(metadataDir(), `${file}.json`);
    meta = { file: path, ...(JSON.parse(readFileSync(path, 'utf8')) as Omit<GraphMetadata, 'file'>) };
    cache.set(file, meta);
  }
  return meta;
}

/** The schema a request is answered from: beta, or v1.0 of the tenant's cloud (China has its own). */
export function metadataFor(version: 'v1.0' | 'beta', cloud: Cloud): GraphMetadata {
  if (version === 'beta') return loadMetadata('beta');
  return loadMetadata(cloud === 'china' ? 'v1.0-china' : 'v1.0');
}

const strip = (name: string) => name.replace(/^#?microsoft\.graph\./, '').replace(/^graph\./, '');

/** Every property of `type`, its base types' included; undefined when the extract lacks the type. */
export function propertiesOf(meta: GraphMetadata, type: string): Record<string, MetaProperty> | undefined {
  return chainOf(meta, type)?.properties;
}

/** The properties, and whether the whole base chain is in the extract (else some may be missing). */
function chainOf(
  meta: GraphMetadata,
  type: string,
): { properties: Record<string, MetaProperty>; complete: boolean } | undefined {
  let t: MetaType | undefined = meta.types[strip(type)];
  if (!t) return undefined;
  const properties: Record<string, MetaProperty> = {};
  let complete = true;
  for (let guard = 0; t && guard < 20; guard++) {
    for (const [k, v] of Object.entries(t.properties)) if (!(k in properties)) properties[k] = v;
    const base: string | undefined = t.base;
    t = base ? meta.types[strip(base)] : undefined;
    if (base && !t) complete = false;
  }
  return { properties, complete };
}

/** Members of an evolvable enum that Graph sends only with Prefer: include-unknown-enum-members. */
export function evolvableMembers(meta: GraphMetadata, enumName: string): Set<string> {
  const members = meta.enums[strip(enumName)] ?? [];
  const cut = members.find(([m]) => m === 'unknownFutureValue')?.[1];
  return new Set(cut === undefined ? [] : members.filter(([, v]) => v > cut).map(([m]) => m));
}

const evolvableCache = new Map<string, Map<string, Set<string>>>();

/** The enum-typed properties of a type whose enum is evolvable, with the hidden members. */
export function evolvableProperties(meta: GraphMetadata, type: string): Map<string, Set<string>> {
  const key = `${meta.file}#${type}`;
  const cached = evolvableCache.get(key);
  if (cached) return cached;
  const out = new Map<string, Set<string>>();
  evolvableCache.set(key, out);
  for (const [name, p] of Object.entries(propertiesOf(meta, type) ?? {})) {
    const hidden = evolvableMembers(meta, p.type);
    if (hidden.size > 0) out.set(name, hidden);
  }
  return out;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/**
 * Where `value` (a body the double sends as `type`) departs from the real schema: properties the real
 * type lacks, wrong JSON types, null where the property is not nullable, enum strings that are not
 * members. Annotations (`@odata.*`, `x@odata.type`) are not properties and are skipped. A type the
 * extract does not hold is not checked below its own level.
 */
export function conformanceErrors(meta: GraphMetadata, type: string, value: unknown, path = type): string[] {
  const errors: string[] = [];
  checkValue(meta, type, value, path, errors);
  return errors;
}

function checkValue(meta: GraphMetadata, type: string, value: unknown, path: string, errors: string[]): void {
  const collection = /^Collection\((.+)\)$/.exec(type);
  if (collection) {
    if (!Array.isArray(value))
      return void errors.push(`${path}: ${type} expects an array, got ${describe(value)}`);
    value.forEach((v, i) => {
      if (v === null) errors.push(`${path}[${i}]: null inside ${type}`);
      else checkValue(meta, collection[1]!, v, `${path}[${i}]`, errors);
    });
    return;
  }
  const fail = (want: string) =>
    errors.push(
      `${path}: ${type} expects ${want}, got ${describe(value)} (${JSON.stringify(value)?.slice(0, 60)})`,
    );
  switch (type) {
    case 'Edm.String':
      return void (typeof value === 'string' || fail('a string'));
    case 'Edm.Guid':
      return void ((typeof value === 'string' && GUID.test(value)) || fail('a GUID string'));
    case 'Edm.Boolean':
      return void (typeof value === 'boolean' || fail('a boolean'));
    case 'Edm.Int16':
    case 'Edm.Int32':
    case 'Edm.Int64':
    case 'Edm.Byte':
      return void (Number.isInteger(value) || fail('an integer'));
    case 'Edm.Double':
    case 'Edm.Single':
    case 'Edm.Decimal':
      return void (typeof value === 'number' || fail('a number'));
    case 'Edm.DateTimeOffset':
      return void ((typeof value === 'string' && DATE_TIME.test(value)) || fail('an ISO date-time string'));
    case 'Edm.Date':
      return void ((typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) || fail('a date string'));
  }
  const name = strip(type);
  const members = meta.enums[name];
  if (members) {
    if (typeof value !== 'string') return void fail(`a member of enum ${name}`);
    const known = new Set(members.map(([m]) => m));
    for (const part of value.split(',').map((s) => s.trim()))
      if (!known.has(part)) errors.push(`${path}: "${part}" is not a member of enum ${name} (${meta.file})`);
    return;
  }
  if (!meta.types[name]) return; // not in the extract: cannot be held against it here
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return void fail(`an object (${name})`);
  checkObject(meta, name, value as Record<string, unknown>, path, errors);
}

function checkObject(
  meta: GraphMetadata,
  declared: string,
  obj: Record<string, unknown>,
  path: string,
  errors: string[],
): void {
  const odataType = typeof obj['@odata.type'] === 'string' ? strip(obj['@odata.type']) : undefined;
  // A derived type the extract does not hold (fido2…Configuration) cannot be held against it.
  if (odataType && !meta.types[odataType]) return;
  const type = odataType ?? declared;
  const chain = chainOf(meta, type);
  const props = chain?.properties ?? {};
  for (const [key, value] of Object.entries(obj)) {
    if (key.startsWith('@') || key.includes('@')) continue;
    const p = props[key];
    if (!p) {
      // With a base type outside the extract (userIdentity → identity) the property may be inherited.
      if (chain?.complete) errors.push(`${path}.${key}: ${type} has no property "${key}" in ${meta.file}`);
      continue;
    }
    if (value === null) {
      if (!p.nullable)
        errors.push(`${path}.${key}: null, but ${type}.${key} is not nullable in ${meta.file}`);
      continue;
    }
    checkValue(meta, p.type, value, `${path}.${key}`, errors);
  }
}

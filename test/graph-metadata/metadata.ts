// Reads Microsoft's Graph metadata extract (../shared/graph-metadata/*.json, from
// microsoftgraph/msgraph-metadata) for the schema and enum tests: a type's properties with their
// bases walked, and enum members.

import { readFileSync } from 'node:fs';
import { sharedPath } from '../fixtures/shared-dir.js';

export type MetadataFile = 'v1.0' | 'beta' | 'v1.0-china';

export interface GraphProperty {
  type: string;
  nullable: boolean;
  navigation?: boolean;
}

interface Extract {
  source: string;
  types: Record<string, { kind: string; base: string | null; properties: Record<string, GraphProperty> }>;
  enums: Record<string, Array<[string, number]>>;
  notInThisSchema: string[];
}

const cache = new Map<MetadataFile, Extract>();

export function metadata(file: MetadataFile): Extract {
  let m = cache.get(file);
  if (!m) {
    m = JSON.parse(readFileSync(sharedPath('graph-metadata', `${file}.json`), 'utf8')) as Extract;
    cache.set(file, m);
  }
  return m;
}

/** A type's properties, its bases' included (walked while the base is in the extract). */
export function propertiesOf(file: MetadataFile, typeName: string): Record<string, GraphProperty> {
  const types = metadata(file).types;
  const type = types[typeName];
  if (!type) throw new Error(`${typeName} is not in graph-metadata/${file}.json`);
  const own = { ...type.properties };
  const base = type.base && types[type.base] ? propertiesOf(file, type.base) : {};
  return { ...base, ...own };
}

/** The members of an enum, in order. */
export function enumMembers(file: MetadataFile, enumName: string): string[] {
  const e = metadata(file).enums[enumName];
  if (!e) throw new Error(`enum ${enumName} is not in graph-metadata/${file}.json`);
  return e.map(([name]) => name);
}

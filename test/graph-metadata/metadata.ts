// The schema and enum tests' view of Microsoft's Graph metadata extract: thin wrappers over
// graph-metadata.ts (the one loader, shared with the double) that throw when the extract lacks the
// type or enum asked for, so a renamed or missing name fails the test instead of checking nothing.

import {
  loadMetadata,
  propertiesOf as chainProperties,
  type MetaProperty,
  type MetadataFile,
} from './graph-metadata.js';

export type { MetadataFile };
export type GraphProperty = MetaProperty;

/** A type's properties, its bases' included (walked while the base is in the extract). */
export function propertiesOf(file: MetadataFile, typeName: string): Record<string, GraphProperty> {
  const properties = chainProperties(loadMetadata(file), typeName);
  if (!properties) throw new Error(`${typeName} is not in graph-metadata/${file}.json`);
  return properties;
}

/** The members of an enum, in order. */
export function enumMembers(file: MetadataFile, enumName: string): string[] {
  const members = loadMetadata(file).enums[enumName];
  if (!members) throw new Error(`enum ${enumName} is not in graph-metadata/${file}.json`);
  return members.map(([name]) => name);
}

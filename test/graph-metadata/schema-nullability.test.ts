// The snapshot schema must be no stricter than Graph: for every property it declares on an object
// Graph returns, a property Graph's metadata marks nullable must accept null, and the JSON type must
// be the one Graph sends. One null Graph is allowed to send must never fail a scan (GRAPH.md §17.2).

import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { propertiesOf, type GraphProperty } from './metadata.js';
import { data, MAPPINGS, type Mapping } from './snapshot-graph-types.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schemas/snapshot.schema.json', import.meta.url), 'utf8'),
) as JsonSchema;

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  [key: string]: unknown;
}

/** The fields the checks read (GRAPH.md §17.2 and the CHECKS.md rows): the schema must declare each. */
const READ_BY_CHECKS: Array<[string[], string[]]> = [
  [data('organization'), ['displayName', 'onPremisesSyncEnabled', 'onPremisesLastSyncDateTime']],
  [
    data('subscribedSkus', 'items'),
    ['skuId', 'skuPartNumber', 'capabilityStatus', 'prepaidUnits', 'servicePlans'],
  ],
  [data('subscribedSkus', 'items', 'prepaidUnits'), ['enabled', 'warning']],
  [data('subscribedSkus', 'items', 'servicePlans', 'items'), ['servicePlanId', 'provisioningStatus']],
  [data('authenticationMethodsPolicy'), ['policyMigrationState', 'authenticationMethodConfigurations']],
  [
    data('authenticationMethodsPolicy', 'authenticationMethodConfigurations', 'items'),
    ['state', 'includeTargets'],
  ],
  [
    data('userRegistrationDetails', 'items'),
    ['userType', 'isAdmin', 'methodsRegistered', 'userPrincipalName', 'isSsprEnabled', 'isSsprRegistered'],
  ],
  [data('userPhones', 'items'), ['userPrincipalName', 'mobilePhone', 'businessPhones']],
  [data('roleAssignments', 'items'), ['principalId', 'roleDefinitionId', 'directoryScopeId']],
  [
    data('directoryAudits', 'items'),
    ['result', 'activityDisplayName', 'activityDateTime', 'additionalDetails'],
  ],
  [data('directoryAudits', 'items', 'additionalDetails', 'items'), ['key', 'value']],
];

function node(path: string[]): JsonSchema {
  let n: JsonSchema = schema;
  for (const part of path) {
    const next = part === 'items' ? n.items : n.properties?.[part];
    if (!next) throw new Error(`snapshot.schema.json has no ${path.join('.')} (stopped at ${part})`);
    n = next;
  }
  return n;
}

const typesOf = (n: JsonSchema): string[] | undefined =>
  n.type === undefined ? undefined : Array.isArray(n.type) ? n.type : [n.type];

/** The JSON types Graph sends for a property (null aside). */
function jsonTypes(p: GraphProperty): string[] {
  if (p.type.startsWith('Collection(')) return ['array'];
  switch (p.type) {
    case 'Edm.Boolean':
      return ['boolean'];
    case 'Edm.Int32':
    case 'Edm.Int64':
      return ['integer', 'number'];
    case 'Edm.Double':
      return ['number'];
    case 'Edm.String':
    case 'Edm.Guid':
    case 'Edm.DateTimeOffset':
      return ['string'];
    default:
      return p.type.startsWith('graph.') ? ['string', 'object'] : [];
  }
}

function graphProperties(m: Mapping): Record<string, GraphProperty> {
  const merged: Record<string, GraphProperty> = {};
  for (const t of m.types) {
    for (const [name, p] of Object.entries(propertiesOf(m.file, t))) {
      // A property nullable in any of the merged types is nullable for the node.
      merged[name] = merged[name] ? { ...p, nullable: merged[name].nullable || p.nullable } : p;
    }
  }
  return merged;
}

describe('snapshot schema vs Graph metadata: nullability and JSON types', () => {
  for (const m of MAPPINGS) {
    it(`${m.path.join('.')} is no stricter than ${m.types[0]} (${m.file})`, () => {
      const n = node(m.path);
      const graph = graphProperties(m);
      const problems: string[] = [];
      for (const [name, declared] of Object.entries(n.properties ?? {})) {
        const p = graph[name];
        if (!p) continue; // our own additions (e.g. @odata.type) are not Graph's to judge
        const types = typesOf(declared);
        if (!types) continue; // no type constraint: accepts anything
        if (p.nullable && !types.includes('null'))
          problems.push(`${name}: Graph marks it nullable (${p.type}); the schema rejects null`);
        if (p.nullable && n.required?.includes(name) === true && !types.includes('null'))
          problems.push(`${name}: required and non-null, but Graph may send null`);
        const expected = jsonTypes(p);
        const nonNull = types.filter((t) => t !== 'null');
        if (expected.length && !nonNull.some((t) => expected.includes(t)))
          problems.push(`${name}: schema type ${nonNull.join('|')}, Graph sends ${p.type}`);
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }

  it('declares every field the checks read (so the test above judges it)', () => {
    const missing: string[] = [];
    for (const [path, fields] of READ_BY_CHECKS) {
      const n = node(path);
      for (const f of fields) if (!n.properties?.[f]) missing.push(`${path.join('.')}.${f}`);
    }
    expect(missing).to.deep.equal([]);
  });

  it('keeps non-nullable Graph fields the checks rely on required where the schema requires them', () => {
    // userRegistrationDetails.isSsprEnabled / isSsprRegistered / userPrincipalName are non-nullable in
    // Graph (GRAPH.md §17.2); requiring them is no stricter than Graph.
    const urd = propertiesOf('v1.0', 'userRegistrationDetails');
    for (const f of node(data('userRegistrationDetails', 'items')).required ?? []) {
      if (f === 'id') continue;
      expect(urd[f]?.nullable, `${f} required but nullable in Graph`).to.equal(false);
    }
  });
});

// CHECKS.md "Nulls": a snapshot with null in every nullable field the checks read (Graph's own
// metadata says which) validates, evaluates without error, and the evidence counts the rows left out.

import { expect } from 'chai';
import { CHECKS } from '../../checks/index.js';
import { runChecks } from '../../src/engine/run-checks.js';
import type { CheckResultCore } from '../../src/engine/types.js';
import { validateSnapshot } from '../../src/snapshot/load-snapshot.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { failSource, golden } from '../fixtures/golden.js';
import { propertiesOf } from '../graph-metadata/metadata.js';
import { MAPPINGS, type Mapping } from '../graph-metadata/snapshot-graph-types.js';
import { readFileSync } from 'node:fs';
import { buildResults } from '../../src/results/build-results.js';
import { validatorFor } from '../../src/inputs/schemas.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schemas/snapshot.schema.json', import.meta.url), 'utf8'),
);

/** Properties the schema declares at a mapped node (the fields the snapshot keeps and checks read). */
function declared(path: string[]): string[] {
  let n = schema;
  for (const part of path) n = part === 'items' ? n.items : n.properties[part];
  return Object.keys(n.properties ?? {});
}

/** Every object at `path` in the snapshot ("items" fans out over arrays). */
function objectsAt(root: unknown, path: string[]): Array<Record<string, unknown>> {
  let level: unknown[] = [root];
  for (const part of path) {
    const next: unknown[] = [];
    for (const v of level) {
      if (v === null || v === undefined) continue;
      if (part === 'items') next.push(...(Array.isArray(v) ? v : []));
      else next.push((v as Record<string, unknown>)[part]);
    }
    level = next;
  }
  return level.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v));
}

/** Paths of mapped nodes, so "container" properties (an object or array that is itself mapped) are known. */
const CONTAINERS = new Set(MAPPINGS.map((m) => m.path.filter((p) => p !== 'items').slice(-1)[0]));

function nullable(m: Mapping): string[] {
  const graph = Object.assign({}, ...m.types.map((t) => propertiesOf(m.file, t)));
  return declared(m.path).filter((f) => graph[f]?.nullable === true);
}

/**
 * Sets to null every Graph-nullable field the schema declares. `containers` false nulls the leaves
 * (keeping the objects and arrays that hold them); true nulls the containers themselves.
 */
function withNulls(s: Snapshot, containers: boolean): void {
  for (const m of MAPPINGS) {
    for (const obj of objectsAt(s, m.path)) {
      for (const f of nullable(m)) {
        if (CONTAINERS.has(f) === containers || (containers && f === 'methodsRegistered')) obj[f] = null;
      }
    }
  }
}

const evaluate = (s: Snapshot) => {
  const copy = JSON.parse(JSON.stringify(s)) as Snapshot;
  const valid = validateSnapshot(copy, 'nulls.json');
  return runChecks(CHECKS, valid);
};
const byId = (results: CheckResultCore[], id: string) => results.find((r) => r.id === id)!;
const fact = (r: CheckResultCore, label: string) => r.evidence.facts.find((f) => f.label === label)?.value;

describe('nulls: every nullable field the checks read set to null', () => {
  for (const containers of [false, true]) {
    const what = containers ? 'objects and collections' : 'leaf fields';
    it(`${what}: the snapshot validates and every check evaluates without error`, () => {
      const s = golden((x) => withNulls(x, containers));
      const nulled = MAPPINGS.flatMap((m) =>
        objectsAt(s, m.path).flatMap((o) => nullable(m).filter((f) => o[f] === null)),
      );
      expect(nulled.length, 'fields set to null').to.be.greaterThan(10);
      const results = evaluate(s);
      expect(results).to.have.length(24);
      for (const r of results) expect(r.message, r.id).not.to.include('could not be evaluated');
      // …and results.json built from it is valid.
      const built = buildResults({ snapshot: s, startedAt: new Date(), finishedAt: new Date() });
      const v = validatorFor('results');
      expect(v(JSON.parse(JSON.stringify(built))), JSON.stringify(v.errors)).to.equal(true);
    });
  }

  it('leaf nulls: the evidence counts the rows left out', () => {
    const results = evaluate(golden((x) => withNulls(x, false)));
    // userType null: no row is a member (7 golden rows, guest included).
    const label = 'userRegistrationDetails rows with userType null (not counted as members)';
    for (const id of ['SSPR-01', 'SSPR-14', 'SSPR-15'])
      expect(fact(byId(results, id), label), id).to.equal(7);
    expect(byId(results, 'SSPR-14')).to.include({ status: 'not_applicable', reason: 'no_population' });
    // capabilityStatus / prepaidUnits members null: the SKU is left out and counted; no licence → fail.
    const r17 = byId(results, 'SSPR-17');
    expect(r17.status).to.equal('fail');
    expect(fact(r17, 'Subscriptions left out (capabilityStatus or prepaidUnits null)')).to.equal(1);
    // roleDefinitionId null: every assignment left out and counted.
    const r19 = byId(results, 'SSPR-19');
    expect(r19.status).to.equal('fail');
    expect(fact(r19, 'Assignments with roleDefinitionId null (left out)')).to.be.greaterThan(0);
  });

  it('leaf nulls: a directory audit with result null is not a reset attempt, and is counted', () => {
    const results = evaluate(
      golden((x) => {
        withNulls(x, false);
        failSource(x, 'userEventsSummary', 'forbidden', 'AuditLog.Read.All');
      }),
    );
    const r21 = byId(results, 'SSPR-21');
    expect(r21).to.include({ status: 'not_applicable', reason: 'no_activity' });
    expect(fact(r21, 'Reset audits with result null (not attempts, left out)')).to.equal(2);
  });

  it('container nulls: methodsRegistered null is no method, counted; null method configurations are off', () => {
    const results = evaluate(golden((x) => withNulls(x, true)));
    const r15 = byId(results, 'SSPR-15');
    expect(r15.status).to.equal('fail');
    expect(fact(r15, 'Members with methodsRegistered null (counted as no method)')).to.equal(6);
    expect(byId(results, 'SSPR-04')).to.include({ status: 'fail', source: 'graph' });
  });
});

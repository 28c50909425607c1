// The run's check set: the built-in pack plus the packs loaded for this run. Every consumer (results,
// reports, permissions, the catalogue) reads the checks from here, never from a module-level registry.

import type { CheckDefinition } from './types.js';

/** One pack in a run, as the manifest and the report's methodology name it. */
export interface PackRecord {
  name: string;
  version: string;
  apiVersion: number;
  /** True for the checks shipped with sspr-audit. */
  builtIn: boolean;
  /** Whether the pack's checks count towards the score. */
  scores: boolean;
  /** The entry file the pack was loaded from, and its SHA-256. */
  entry: string;
  sha256: string;
  checks: string[];
}

export interface CheckSet {
  readonly checks: readonly CheckDefinition[];
  readonly packs: readonly PackRecord[];
}

/** The check with `id`, if the set has it. */
export function checkById(set: CheckSet, id: string): CheckDefinition | undefined {
  return set.checks.find((c) => c.meta.id === id);
}

/** The pack a check belongs to. */
export function packOf(set: CheckSet, id: string): PackRecord | undefined {
  return set.packs.find((p) => p.checks.includes(id));
}

/** IDs of checks that do not count towards the score (their pack says scores: false). */
export function unscoredIds(set: CheckSet): Set<string> {
  return new Set(set.packs.filter((p) => !p.scores).flatMap((p) => p.checks));
}

/** The packs as results.json and manifest.json record them: without the entry file's local path. */
export function packsForOutput(set: CheckSet): Omit<PackRecord, 'entry'>[] {
  return set.packs.map(({ name, version, apiVersion, builtIn, scores, sha256, checks }) => ({
    name,
    version,
    apiVersion,
    builtIn,
    scores,
    sha256,
    checks: [...checks],
  }));
}

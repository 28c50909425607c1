// The remediation roadmap: Now / Next / Later steps, each naming the checks it closes and the steps it
// waits for. Safe by construction: a step's phase is one more than the deepest step it waits for, so
// "require two methods" can never come before the coverage step while that step is still open.

import { readFileSync } from 'node:fs';
import type { Status } from '../engine/types.js';
import { PACKAGE_ROOT_URL } from '../util/package-root.js';

const STEPS_FILE = new URL('data/roadmap-steps.json', PACKAGE_ROOT_URL);

export interface StepDefinition {
  id: string;
  title: string;
  closes: string[];
  after: string[];
  /** A step whose checks must pass before its dependants are safe (kept in while any is not proven). */
  gate?: boolean;
}

export const PHASES = ['Now', 'Next', 'Later'] as const;
export type Phase = (typeof PHASES)[number];

export interface RoadmapStep {
  id: string;
  title: string;
  phase: Phase;
  /** 1-based position in the roadmap. */
  order: number;
  closes: string[];
  /** The open checks among `closes`. */
  open: string[];
  after: string[];
}

let steps: StepDefinition[] | undefined;
export function stepDefinitions(): StepDefinition[] {
  steps ??= (JSON.parse(readFileSync(STEPS_FILE, 'utf8')) as { steps: StepDefinition[] }).steps;
  return steps;
}

const isOpen = (s: Status | undefined) => s === 'fail' || s === 'warn';
const isProven = (s: Status | undefined) => s === 'pass' || s === 'not_applicable';

/** `statusOf`: a check's real status (before exceptions: an accepted risk still needs fixing eventually). */
export function buildRoadmap(
  statusOf: (checkId: string) => Status | undefined,
  definitions: readonly StepDefinition[] = stepDefinitions(),
): RoadmapStep[] {
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const included = new Set(
    definitions.filter((d) => d.closes.some((c) => isOpen(statusOf(c)))).map((d) => d.id),
  );
  // Bring in what an included step waits for, unless that step is proven done (every check passes).
  let grew = true;
  while (grew) {
    grew = false;
    for (const id of [...included]) {
      for (const dep of byId.get(id)?.after ?? []) {
        const d = byId.get(dep);
        if (!d || included.has(dep)) continue;
        if (
          d.gate ? !d.closes.every((c) => isProven(statusOf(c))) : d.closes.some((c) => isOpen(statusOf(c)))
        ) {
          included.add(dep);
          grew = true;
        }
      }
    }
  }
  const depth = new Map<string, number>();
  const depthOf = (id: string, seen: string[] = []): number => {
    if (seen.includes(id))
      throw new Error(`data/roadmap-steps.json: a cycle through ${[...seen, id].join(' → ')}`);
    const known = depth.get(id);
    if (known !== undefined) return known;
    const deps = (byId.get(id)?.after ?? []).filter((d) => included.has(d));
    const value = deps.length === 0 ? 0 : 1 + Math.max(...deps.map((d) => depthOf(d, [...seen, id])));
    depth.set(id, value);
    return value;
  };
  const chosen = definitions.filter((d) => included.has(d.id));
  const ordered = chosen
    .map((d, i) => ({ d, i, depth: depthOf(d.id) }))
    .sort((a, b) => a.depth - b.depth || a.i - b.i);
  return ordered.map(({ d, depth: k }, i) => ({
    id: d.id,
    title: d.title,
    phase: PHASES[Math.min(k, PHASES.length - 1)],
    order: i + 1,
    closes: [...d.closes],
    open: d.closes.filter((c) => isOpen(statusOf(c))),
    after: d.after.filter((a) => included.has(a)),
  }));
}

// Every temporary folder a test helper makes is registered here, so the root hook can remove what a
// test forgot and the leak check can tell "made by a helper" from "left by the code under test".

import { rmSync } from 'node:fs';

const made = new Set<string>();

export function registerTemp(path: string): string {
  made.add(path);
  return path;
}

/** Removes one registered folder now (a test's own after hook). */
export function removeTemp(path: string): void {
  rmSync(path, { recursive: true, force: true });
  made.delete(path);
}

/** Removes every registered folder that is still there; returns how many were. */
export function removeAllTemps(): number {
  const n = made.size;
  for (const path of made) rmSync(path, { recursive: true, force: true });
  made.clear();
  return n;
}

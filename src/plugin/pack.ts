// A check pack: what a plugin module exports (its default export, or a named export `pack`).

import type { CheckDefinition } from '../engine/types.js';

/** The plugin API version this build offers; a pack built for another major version is refused. */
export const PLUGIN_API_VERSION = 1;

export interface CheckPack {
  /** The pack's name (an npm package name, or any short name for a local pack). */
  name: string;
  /** The pack's own version (semver). */
  version: string;
  /** The plugin API version the pack was written for (default: this build's). */
  apiVersion?: number;
  /** The pack's checks; every ID carries the pack's own prefix (ACME-01), never SSPR-. */
  checks: readonly CheckDefinition[];
  /** Whether the pack's checks count towards the score (default true). */
  scores?: boolean;
}

/** Fixes the types of a pack; the engine validates it when it loads. */
export function definePack(pack: CheckPack): CheckPack {
  return pack;
}

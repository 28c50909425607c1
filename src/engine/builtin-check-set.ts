// The built-in pack: the 24 SSPR checks of checks/index.ts, recorded like any other pack.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../../checks/index.js';
import { TOOL } from '../util/tool-info.js';
import type { CheckSet } from './check-set.js';
import { PLUGIN_API_VERSION } from '../plugin/pack.js';

const REGISTRY = new URL('../../checks/index.js', import.meta.url);
let cached: CheckSet | undefined;

/** The registry file actually running (index.js when compiled, index.ts under tsx). */
function registryFile(): string {
  const js = fileURLToPath(REGISTRY);
  try {
    readFileSync(js);
    return js;
  } catch {
    return js.replace(/\.js$/, '.ts');
  }
}

export function builtinCheckSet(): CheckSet {
  if (!cached) {
    const entry = registryFile();
    cached = {
      checks: CHECKS,
      packs: [
        {
          name: TOOL.name,
          version: TOOL.version,
          apiVersion: PLUGIN_API_VERSION,
          builtIn: true,
          scores: true,
          entry: 'checks/index.js',
          sha256: createHash('sha256').update(readFileSync(entry)).digest('hex'),
          checks: CHECKS.map((c) => c.meta.id),
        },
      ],
    };
  }
  return cached;
}

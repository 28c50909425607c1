// Makes `import 'sspr-audit/plugin'` inside a pack resolve to this running sspr-audit, wherever the pack
// lives (a folder beside the user's config, a global install): one API instance, the host's version.

import { register } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOOK = `
let map = {};
export async function initialize(data) { map = data; }
export async function resolve(specifier, context, next) {
  // The mapped URL goes through the next resolvers too, so tsx (in a dev checkout) handles a .ts target.
  return next(map[specifier] ?? specifier, context);
}
`;

let registered = false;

/** Registers the resolve hook once per process (only when a pack is loaded). */
export function provideHostApi(): void {
  if (registered) return;
  registered = true;
  // .ts under tsx (a dev checkout), .js when compiled.
  const ext = extname(fileURLToPath(import.meta.url));
  const map = {
    'sspr-audit/plugin': new URL(`../plugin/index${ext}`, import.meta.url).href,
  };
  register(`data:text/javascript,${encodeURIComponent(HOOK)}`, { data: map });
}

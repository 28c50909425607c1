#!/usr/bin/env node
// Entry point. An installed package runs the compiled CLI in dist/. In a development checkout (src/
// beside dist/), the compiled CLI runs only when dist/ is at least as new as every source file;
// otherwise the TypeScript sources run through tsx, so a test or a user never runs stale code.
// SSPR_AUDIT_FROM_SOURCE=1 forces the sources (tsx).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const compiled = new URL('../dist/src/cli/main.js', import.meta.url);
const stamp = `${root}dist/.build-stamp`;

/** The newest modification time under the folders and files the build compiles from. */
function newestSourceMs(paths) {
  let newest = 0;
  const visit = (path) => {
    const s = statSync(path, { throwIfNoEntry: false });
    if (!s) return;
    if (s.isDirectory()) for (const name of readdirSync(path)) visit(`${path}/${name}`);
    else newest = Math.max(newest, s.mtimeMs);
  };
  for (const p of paths) visit(`${root}${p}`);
  return newest;
}

function compiledIsCurrent() {
  if (!existsSync(`${root}src`)) return existsSync(compiled); // an installed package: no sources
  if (process.env.SSPR_AUDIT_FROM_SOURCE === '1' || !existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return newestSourceMs(['src', 'checks', 'package.json', 'tsconfig.json', 'tsconfig.build.json']) <= built;
}

let main;
if (compiledIsCurrent()) {
  ({ main } = await import(compiled.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));

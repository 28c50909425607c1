// Small check packs written to a temp folder, one per error case: each imports the public API the way
// a real pack does (`sspr-audit/plugin`), which the host provides wherever the pack lives.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const META = {
  id: 'ZED-01',
  title: 'A test check',
  severity: 'low',
  checklistItem: 'enabled',
  description: 'A check written by a test.',
  dataSources: [{ source: 'authorizationPolicy', permission: 'Policy.Read.All', reads: 'allowedToUseSSPR' }],
  sources: ['authorizationPolicy'],
  expected: 'anything',
  remediation: { summary: 'Nothing to do.', steps: ['None.'] },
  troubleshooting: [],
  defaultOptions: {},
};

/** Writes `<dir>/<name>/index.js` exporting a pack built from `checks` (JS source of check objects). */
export function writePack(
  dir: string,
  name: string,
  opts: { checks?: string[]; pack?: string; prelude?: string } = {},
): string {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  const checks = opts.checks ?? [check()];
  // A pack is an ES module package, as the author's guide says.
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name, version: '0.0.1', type: 'module' }));
  writeFileSync(
    join(folder, 'index.js'),
    `import { decide, defineCheck } from 'sspr-audit/plugin';\n${opts.prelude ?? ''}\nexport default {${opts.pack ?? `name: '${name}', version: '0.0.1'`}, checks: [${checks.join(',\n')}]};\n`,
  );
  return folder;
}

/** JS source of one check: `meta` overrides META; `body` is evaluate's body. */
export function check(meta: Record<string, unknown> = {}, body?: string): string {
  return `defineCheck({ meta: ${JSON.stringify({ ...META, ...meta })}, evaluate(snapshot) { ${
    body ?? "return decide('pass', 'graph', { message: 'ok', observed: 'ok', expected: 'ok' });"
  } } })`;
}

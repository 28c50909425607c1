// Loads check packs (--plugin, profile `plugins:`, fleet config `plugins:`) into the run's check set.
// Every problem is an InputError naming the pack, the check and the field (exit 2).

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PLUGIN_API_VERSION } from '../plugin/pack.js';
import { InputError } from '../util/input-error.js';
import { builtinCheckSet } from './builtin-check-set.js';
import type { CheckSet, PackRecord } from './check-set.js';
import { provideHostApi } from './host-api-hook.js';
import type { CheckDefinition } from './types.js';

const PACK_KEYS = ['name', 'version', 'apiVersion', 'checks', 'scores'];
const HOST_DIR = dirname(fileURLToPath(import.meta.url));

/** A spec is a path when it looks like one (./x, ../x, /x, C:\x) or names an existing file or folder. */
function isPath(spec: string, baseDir: string): boolean {
  return /^(\.{1,2}[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(spec) || existsSync(resolve(baseDir, spec));
}

/** The entry file of a package folder: exports["."] (import/default), then main, then index.js. */
function packageEntry(dir: string, where: string): string {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return join(dir, 'index.js');
  let pkg: { exports?: unknown; main?: string };
  try {
    pkg = JSON.parse(readFileSync(manifest, 'utf8')) as typeof pkg;
  } catch (err) {
    throw new InputError(where, `${manifest} is not valid JSON: ${(err as Error).message}`);
  }
  const exp = pkg.exports;
  const dot =
    typeof exp === 'string'
      ? exp
      : exp && typeof exp === 'object'
        ? (exp as Record<string, unknown>)['.']
        : undefined;
  const target =
    typeof dot === 'string'
      ? dot
      : dot && typeof dot === 'object'
        ? ((dot as Record<string, unknown>).import ?? (dot as Record<string, unknown>).default)
        : undefined;
  return join(dir, typeof target === 'string' ? target : (pkg.main ?? 'index.js'));
}

/** Finds node_modules/<name> from `start` upwards. */
function findPackageDir(name: string, start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The pack's entry file: a path (file or package folder), or an installed package found from `baseDir` or beside sspr-audit. */
export function resolvePackEntry(spec: string, baseDir: string): string {
  const where = `plugin ${spec}`;
  if (isPath(spec, baseDir)) {
    const path = isAbsolute(spec) ? spec : resolve(baseDir, spec);
    if (!existsSync(path)) throw new InputError(where, `no such file or folder (${path})`);
    return statSync(path).isDirectory() ? packageEntry(path, where) : path;
  }
  const dir = findPackageDir(spec, baseDir) ?? findPackageDir(spec, HOST_DIR);
  if (!dir)
    throw new InputError(
      where,
      `no installed package "${spec}" (searched node_modules from ${baseDir} and beside sspr-audit; give a path, or npm install it)`,
    );
  return packageEntry(dir, where);
}

function packProblem(where: string, field: string, detail: string): never {
  throw new InputError(where, `${field}: ${detail}`);
}

async function importPack(spec: string, entry: string): Promise<unknown> {
  const where = `plugin ${spec}`;
  if (!existsSync(entry)) throw new InputError(where, `entry file ${entry} does not exist`);
  provideHostApi();
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
  } catch (err) {
    const message = (err as Error).message;
    const hint = /sspr-audit\/plugin/.test(message)
      ? ' (a pack is an ES module: give its package.json "type": "module", or name the file .mjs)'
      : '';
    throw new InputError(where, `the module ${entry} failed to load: ${message}${hint}`);
  }
  const pack = mod.default ?? mod.pack;
  if (!pack || typeof pack !== 'object')
    throw new InputError(where, `${entry} exports no pack (expected export default {name, version, checks})`);
  return pack;
}

/** Validates one pack's shape and its checks' meta; returns its record. */
async function validatePack(
  spec: string,
  entry: string,
  raw: unknown,
  known: Map<string, string>,
): Promise<{ record: PackRecord; checks: CheckDefinition[] }> {
  const pack = raw as Record<string, unknown>;
  const name = typeof pack.name === 'string' && pack.name.trim() ? pack.name : undefined;
  const where = name ? `plugin ${spec} (pack "${name}")` : `plugin ${spec}`;
  if (!name) packProblem(where, 'name', 'expected a non-empty string');
  const extra = Object.keys(pack).find((k) => !PACK_KEYS.includes(k));
  if (extra) packProblem(where, extra, `unknown pack property (expected ${PACK_KEYS.join(', ')})`);
  if (typeof pack.version !== 'string' || !pack.version)
    packProblem(where, 'version', 'expected a version string');
  const apiVersion = pack.apiVersion ?? PLUGIN_API_VERSION;
  if (apiVersion !== PLUGIN_API_VERSION)
    packProblem(
      where,
      'apiVersion',
      `the pack was built for plugin API ${String(apiVersion)}; this sspr-audit offers API ${PLUGIN_API_VERSION}`,
    );
  if (pack.scores !== undefined && typeof pack.scores !== 'boolean')
    packProblem(where, 'scores', 'expected true or false');
  if (!Array.isArray(pack.checks) || pack.checks.length === 0)
    packProblem(where, 'checks', 'expected a non-empty array of checks (defineCheck({meta, evaluate}))');
  const { validatorFor, describe } = await import('../inputs/schemas.js');
  const validate = validatorFor('plugin-check-meta');
  const ids = new Set<string>();
  (pack.checks as unknown[]).forEach((c, i) => {
    const check = c as Partial<CheckDefinition> | null;
    const label = typeof check?.meta?.id === 'string' ? `check ${check.meta.id}` : `checks[${i}]`;
    if (!check || typeof check !== 'object' || !check.meta || typeof check.meta !== 'object')
      packProblem(where, `checks[${i}]`, 'expected {meta, evaluate} (use defineCheck)');
    if (typeof check.evaluate !== 'function') packProblem(where, `${label}: evaluate`, 'expected a function');
    if (!validate(check.meta)) {
      const e = validate.errors?.[0];
      const field = e?.instancePath ? `meta${e.instancePath.replace(/\//g, '.')}` : 'meta';
      packProblem(where, `${label}: ${field}`, describe(e).replace(/^[^:]*: /, ''));
    }
    const id = check.meta.id;
    const owner = known.get(id) ?? (ids.has(id) ? name : undefined);
    if (owner) packProblem(where, `${label}: meta.id`, `duplicate check ID ${id} (also in pack "${owner}")`);
    ids.add(id);
  });
  const checks = pack.checks as CheckDefinition[];
  for (const check of checks)
    for (const dep of check.meta.dependsOn ?? [])
      if (!ids.has(dep) && !known.has(dep))
        packProblem(where, `check ${check.meta.id}: meta.dependsOn`, `unknown check ${dep}`);
  return {
    checks,
    record: {
      name,
      version: pack.version as string,
      apiVersion: apiVersion as number,
      builtIn: false,
      scores: (pack.scores as boolean | undefined) ?? true,
      entry,
      sha256: createHash('sha256').update(readFileSync(entry)).digest('hex'),
      checks: [...ids],
    },
  };
}

/** A pack as the user named it: a path (relative to `baseDir`) or an installed package name. */
export interface PackSpec {
  spec: string;
  /** The folder relative paths resolve against (the working folder, or the config file's folder). */
  baseDir: string;
}

/** The built-in checks plus the packs named by `specs`. A pack named twice loads once. */
export async function loadCheckSet(specs: readonly PackSpec[]): Promise<CheckSet> {
  const builtIn = builtinCheckSet();
  if (specs.length === 0) return builtIn;
  const checks = [...builtIn.checks];
  const packs = [...builtIn.packs];
  const known = new Map(checks.map((c) => [c.meta.id, builtIn.packs[0].name]));
  const seenEntries = new Set<string>();
  for (const { spec, baseDir } of specs) {
    const entry = resolvePackEntry(spec, baseDir);
    if (seenEntries.has(entry)) continue;
    seenEntries.add(entry);
    const { record, checks: packChecks } = await validatePack(
      spec,
      entry,
      await importPack(spec, entry),
      known,
    );
    for (const c of packChecks) known.set(c.meta.id, record.name);
    checks.push(...packChecks);
    packs.push(record);
  }
  return { checks, packs };
}

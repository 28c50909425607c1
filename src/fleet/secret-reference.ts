// Secrets by reference only: `env:NAME` (an environment variable) or `file:PATH` (a file's content).
// A value that is not a reference is a literal, allowed only where the config says it is not secret.

import { isAbsolute, resolve } from 'node:path';
import { InputError } from '../util/input-error.js';
import { readInputText } from '../util/read-input-file.js';

export type ValueSource =
  | { kind: 'env'; name: string; text: string }
  | { kind: 'file'; path: string; text: string }
  | { kind: 'literal'; value: string; text: string };

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Thrown when a reference cannot be resolved; the message names the reference, never a value. */
export class SecretResolutionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretResolutionError';
  }
}

/** True when `text` has the form of a reference (`env:…` or `file:…`). */
export function isReference(text: string): boolean {
  return text.startsWith('env:') || text.startsWith('file:');
}

/**
 * Parses `env:NAME`, `file:PATH` (relative paths against `baseDir`) or, when not a reference, a literal.
 * Throws SecretResolutionError for a malformed reference.
 */
export function parseValueSource(text: string, baseDir: string): ValueSource {
  if (text.startsWith('env:')) {
    const name = text.slice(4);
    if (!ENV_NAME.test(name))
      throw new SecretResolutionError(`"${text}" is not a valid env: reference (expected env:NAME)`);
    return { kind: 'env', name, text };
  }
  if (text.startsWith('file:')) {
    const path = text.slice(5);
    if (path.trim() === '')
      throw new SecretResolutionError(`"${text}" is not a valid file: reference (expected file:PATH)`);
    return { kind: 'file', path: isAbsolute(path) ? path : resolve(baseDir, path), text };
  }
  return { kind: 'literal', value: text, text };
}

/**
 * The value behind a source: the environment variable's value, or the file's content with one
 * trailing newline removed. Throws SecretResolutionError naming the reference when it is unset,
 * empty or unreadable.
 */
export function resolveValue(source: ValueSource, env: NodeJS.ProcessEnv = process.env): string {
  switch (source.kind) {
    case 'literal':
      return source.value;
    case 'env': {
      const value = env[source.name];
      if (value === undefined)
        throw new SecretResolutionError(`environment variable ${source.name} is not set`);
      if (value.trim() === '')
        throw new SecretResolutionError(`environment variable ${source.name} is empty`);
      return value;
    }
    case 'file': {
      let content: string;
      try {
        content = readInputText(source.path, 'secret');
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        // The reader's detail names the file and what was expected; never the content.
        throw new SecretResolutionError(
          /not found$/.test(err.detail) ? `file ${source.path} does not exist` : `file ${err.message}`,
        );
      }
      const value = content.replace(/\r?\n$/, '');
      if (value.trim() === '') throw new SecretResolutionError(`file ${source.path} is empty`);
      return value;
    }
  }
}

/** Where a path-valued reference points: `file:PATH` is the path itself, `env:NAME` holds a path. */
export function resolvePath(
  source: ValueSource,
  baseDir: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (source.kind === 'file') return source.path;
  const value = resolveValue(source, env);
  return isAbsolute(value) ? value : resolve(baseDir, value);
}

// One ajv instance with every schema in schemas/, compiled once; validation errors become InputErrors
// naming the file, the JSON path and what was expected.

import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 as Ajv, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { InputError } from '../util/input-error.js';
import { PACKAGE_ROOT_URL } from '../util/package-root.js';

const SCHEMA_DIR = new URL('schemas/', PACKAGE_ROOT_URL);
let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function instance(): Ajv {
  if (!ajv) {
    ajv = new Ajv({
      allErrors: false,
      strict: true,
      strictTypes: false,
      strictRequired: false,
      allowUnionTypes: true,
    });
    addFormats.default(ajv);
    for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json'))) {
      ajv.addSchema(JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')), file);
    }
  }
  return ajv;
}

/** The compiled validator of `schemas/<name>.schema.json`. */
export function validatorFor(name: string): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    v = instance().getSchema(`${name}.schema.json`);
    if (!v) throw new Error(`no schema ${name}.schema.json in schemas/`);
    compiled.set(name, v);
  }
  return v;
}

/** The compiled validator of a part of a schema: `snapshot.schema.json#/properties/sources/properties/organization`. */
export function validatorAt(ref: string): ValidateFunction {
  let v = compiled.get(ref);
  if (!v) {
    v = instance().getSchema(ref);
    if (!v) throw new Error(`no schema at ${ref}`);
    compiled.set(ref, v);
  }
  return v;
}

/** Validates `value` against a schema, throwing an InputError naming `where` on the first problem. */
export function assertValid<T>(name: string, value: unknown, where: string): T {
  const validate = validatorFor(name);
  if (!validate(value)) throw new InputError(where, describe(validate.errors?.[0]));
  return value as T;
}

export function describe(e: ErrorObject | undefined): string {
  if (!e) return 'does not match its schema';
  const path = e.instancePath === '' ? '(top level)' : e.instancePath;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `${path}: missing required property "${String(p.missingProperty)}"`;
    case 'additionalProperties':
      return `${path}: unknown property "${String(p.additionalProperty)}"`;
    case 'type':
      return `${path}: expected ${String(p.type)}`;
    case 'enum':
      return `${path}: expected one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `${path}: expected ${JSON.stringify(p.allowedValue)}`;
    case 'format':
      return `${path}: expected a ${String(p.format)}${p.format === 'date' ? ' (YYYY-MM-DD)' : p.format === 'date-time' ? ' (ISO 8601, e.g. 2026-11-20T09:00:00Z)' : ''}`;
    case 'pattern':
      return `${path}: expected to match ${String(p.pattern)}`;
    default:
      return `${path}: ${e.message ?? 'is not valid'}`;
  }
}

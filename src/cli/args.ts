// Argument parsing shared by the commands: node's parseArgs, with usage errors as InputErrors (exit 2).

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../util/input-error.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends OptionSpec>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false });
  } catch (err) {
    const message = (err as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new InputError(`sspr-audit ${command}`, `${message} (see sspr-audit ${command} --help)`);
  }
}

/** The flags every scanning command takes (DESIGN.md "Common flags"). */
export const COMMON_SCAN_OPTIONS = {
  out: { type: 'string' },
  format: { type: 'string' },
  attestation: { type: 'string' },
  exceptions: { type: 'string' },
  portal: { type: 'boolean' },
  'portal-export': { type: 'string' },
  'fail-on': { type: 'string' },
  previous: { type: 'string' },
  branding: { type: 'string' },
  'chrome-path': { type: 'string' },
  profile: { type: 'string' },
  baseline: { type: 'string' },
  responses: { type: 'string' },
  quiet: { type: 'boolean' },
  verbose: { type: 'boolean' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

export const COMMON_SCAN_HELP = `Common flags:
  --out DIR              output folder (default reports/<tenant>/<UTC timestamp>/); must be new or empty
  --force                replace a non-empty --out once the new outputs are whole
  --format LIST          any of html,pdf,json,csv,junit,sarif,xlsx (default html,pdf,json)
  --attestation FILE     YAML/JSON answers for settings no API exposes
  --exceptions FILE      accepted risks: [{check, reason, owner, expires}]
  --portal               sign in (device code) to the Entra portal backend, an undocumented Microsoft API
  --portal-export FILE   a saved PasswordResetPolicies / OnPremisesPasswordResetPolicies JSON
  --previous FILE        an earlier results.json, for "changes since the previous scan"
  --branding FILE        report branding (logo, colours, company name, footer)
  --chrome-path PATH     the Chromium used to print the PDF (or PUPPETEER_EXECUTABLE_PATH)
  --profile FILE         check thresholds overriding the baseline's
  --baseline ID          id03-guide (default) | cis-m365-v7 | asd-blueprint: expected values, thresholds, scored checks
  --responses FILE       management responses (YAML/JSON keyed by check ID: response, owner, due)
  --fail-on SEVERITY     exit 1 when a fail at or above critical|high|medium|low exists
  --quiet, --verbose`;

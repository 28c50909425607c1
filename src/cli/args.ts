// Argument parsing shared by the commands: node's parseArgs, with usage errors as InputErrors (exit 2),
// "did you mean" for a mistyped flag, and a plain message for a flag that belongs to another command.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../util/input-error.js';
import { didYouMean } from './suggest.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Flags that exist, but not on every command: why a command refuses them. */
const ELSEWHERE: Record<string, string> = {
  portal:
    'the portal backend is read only while collecting (scan, collect); to use a saved export, give --portal-export FILE',
  tenant: 'a tenant is scanned by scan or collect; this command reads a saved snapshot or no tenant at all',
  snapshot: 'only evaluate reads a saved snapshot and only collect writes one',
};

type Parsed<O extends OptionSpec> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: false }>
>;

export function parseCommandArgs<O extends OptionSpec>(
  command: string,
  argv: string[],
  options: O,
): Parsed<O> {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false });
  } catch (err) {
    const e = err as Error & { code?: string };
    const unknown = /^Unknown option '(-{1,2})([^']+)'/.exec(e.message);
    if (unknown) {
      const [, dashes, name] = unknown;
      const flag = `${dashes}${name}`;
      const why = ELSEWHERE[name];
      throw new InputError(
        flag,
        why
          ? `does not apply to ${command}: ${why} (see sspr-audit ${command} --help)`
          : `unknown flag for ${command}${didYouMean(name, Object.keys(options), (c) => `--${c}`)} (see sspr-audit ${command} --help)`,
      );
    }
    const positional = /^Unexpected argument '([^']+)'/.exec(e.message);
    if (positional)
      throw new InputError(
        command,
        `unexpected argument "${positional[1]}": every value follows its flag, e.g. --out DIR (see sspr-audit ${command} --help)`,
      );
    const message = e.message.replace(/\. To specify a positional argument.*$/s, '');
    throw new InputError(command, `${message} (see sspr-audit ${command} --help)`);
  }
}

/** The flags every scanning command takes (DESIGN.md "Common flags"); add a shared flag here, one line. */
export const COMMON_SCAN_OPTIONS = {
  out: { type: 'string' },
  format: { type: 'string' },
  attestation: { type: 'string' },
  exceptions: { type: 'string' },
  'portal-export': { type: 'string' },
  'fail-on': { type: 'string' },
  previous: { type: 'string' },
  branding: { type: 'string' },
  'chrome-path': { type: 'string' },
  profile: { type: 'string' },
  baseline: { type: 'string' },
  responses: { type: 'string' },
  plugin: { type: 'string', multiple: true },
  quiet: { type: 'boolean' },
  verbose: { type: 'boolean' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

/** The common flags' help, with the command's own --format default (said once). */
export function commonScanHelp(formatDefault = 'html,pdf,json'): string {
  return `Common flags:
  --out DIR              output folder (default reports/<tenant>/<UTC timestamp>/); must be new or empty
  --force                replace a non-empty --out once the new outputs are whole
  --format LIST          any of html,pdf,json,csv,junit,sarif,xlsx (default ${formatDefault})
  --attestation FILE     YAML/JSON answers for settings no API exposes
  --exceptions FILE      accepted risks: [{check, reason, owner, expires}]
  --portal-export FILE   a saved PasswordResetPolicies / OnPremisesPasswordResetPolicies JSON
  --previous FILE        an earlier results.json, for "changes since the previous scan"
  --branding FILE        report branding (logo, colours, company name, footer)
  --chrome-path PATH     the Chromium used to print the PDF (or PUPPETEER_EXECUTABLE_PATH)
  --profile FILE         check thresholds overriding the baseline's, and plugins: to load
  --baseline ID          id03-guide (default) | cis-m365-v7 | asd-blueprint: expected values, thresholds, scored checks
  --responses FILE       management responses (YAML/JSON keyed by check ID: response, owner, due)
  --plugin PATH|PACKAGE  load a check pack (repeatable): a folder, a .js file or an installed package
  --fail-on SEVERITY     exit 1 when a fail at or above critical|high|medium|low exists (names them)
  --quiet, --verbose`;
}

/** The common flags' help for scan and evaluate (default formats html,pdf,json). */
export const COMMON_SCAN_HELP = commonScanHelp();

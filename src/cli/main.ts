// The CLI entry: dispatches to one command per file (loaded on demand) and turns errors into the
// documented exit codes (0 done, 1 fails at or above --fail-on, 2 usage or input error, 3 could not collect).

import { InputError } from '../util/input-error.js';
import { CollectionError } from '../util/collection-error.js';
import { redactSecrets } from '../util/redactor.js';
import { terminalText } from '../util/terminal-text.js';
import { TOOL } from '../util/tool-info.js';
import { COMMANDS } from './commands.js';
import { didYouMean } from './suggest.js';

const USAGE = `sspr-audit ${TOOL.version}: audits a Microsoft Entra ID tenant's self-service password reset (control ID-03)

Usage: sspr-audit <command> [flags]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`)
  .join('\n')}

Run "sspr-audit <command> --help" for a command's flags.
Exit codes: 0 done, 1 fails at or above --fail-on, 2 usage or input error, 3 could not collect.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v' || name === '-V') {
    process.stdout.write(`${TOOL.version}\n`);
    return 0;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    const hint = didYouMean(name.replace(/^-+/, ''), Object.keys(COMMANDS), (c) => `"${c}"`);
    process.stderr.write(
      `sspr-audit: unknown command "${terminalText(name)}"${terminalText(hint)}\n\n${USAGE}\n`,
    );
    return 2;
  }
  try {
    return await (await entry.load()).run(rest);
  } catch (err) {
    // Whatever an error quotes (an identity or Graph answer echoing a request) is masked before printing.
    if (err instanceof Error) err.message = redactSecrets(err.message);
    if (err instanceof InputError) {
      // Usage errors already name the command ("sspr-audit scan: …"): the prefix is printed once.
      const prefix = `sspr-audit ${name}`;
      const message = terminalText(err.message);
      process.stderr.write(`${message.startsWith(prefix) ? message : `${prefix}: ${message}`}\n`);
      return 2;
    }
    if (err instanceof CollectionError) {
      process.stderr.write(`sspr-audit ${name}: could not collect: ${terminalText(err.message)}\n`);
      return 3;
    }
    process.stderr.write(`sspr-audit ${name}: internal error: ${terminalText((err as Error).message)}\n`);
    if (process.env.SSPR_AUDIT_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    return 2;
  }
}

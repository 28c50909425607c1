// sspr-audit demo: evaluates the bundled demo tenant (with its example attestation and exceptions)
// and writes the report formats; needs no account.

import { fileURLToPath } from 'node:url';
import { DEMO_FILES } from '../demo/demo-tenant.js';
import { evaluateAndWrite } from '../pipeline/evaluate-and-write.js';
import { loadRunInputs } from '../pipeline/run-inputs.js';
import { FORMATS } from '../output/formats.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import { COMMON_SCAN_HELP, COMMON_SCAN_OPTIONS, parseCommandArgs } from './args.js';
import type { Command } from './command.js';

const bundled = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

export const demoCommand: Command = {
  summary: 'evaluate the bundled demo tenant and write every report format (no account needed)',
  async run(argv) {
    const startedAt = new Date();
    const { values } = parseCommandArgs('demo', argv, COMMON_SCAN_OPTIONS);
    if (values.help) {
      process.stdout.write(
        `Usage: sspr-audit demo [--out DIR] [--format LIST]\n\nUses ${DEMO_FILES.snapshot} with ${DEMO_FILES.attestation} and ${DEMO_FILES.exceptions} unless --attestation / --exceptions say otherwise; --format defaults to all formats.\n\n${COMMON_SCAN_HELP}\n`,
      );
      return 0;
    }
    const inputs = loadRunInputs(
      {
        ...values,
        format: values.format ?? FORMATS.join(','),
        attestation: values.attestation ?? bundled(DEMO_FILES.attestation),
        exceptions: values.exceptions ?? bundled(DEMO_FILES.exceptions),
      },
      startedAt,
    );
    const snapshot = loadSnapshot(bundled(DEMO_FILES.snapshot));
    return (await evaluateAndWrite(snapshot, inputs, startedAt)).exitCode;
  },
};

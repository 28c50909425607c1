// sspr-audit demo: evaluates the bundled demo tenant (with its example attestation and exceptions)
// and writes the report formats; needs no account.

import { DEMO_FILES } from '../demo/demo-tenant.js';
import { evaluateAndWrite } from '../pipeline/evaluate-and-write.js';
import { loadRunCheckSet, loadRunInputs } from '../pipeline/run-inputs.js';
import { FORMATS } from '../output/formats.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import { commonScanHelp, COMMON_SCAN_OPTIONS, parseCommandArgs } from './args.js';
import { packagePath } from '../util/package-root.js';
import type { Command } from './command.js';

const bundled = packagePath;

export const demoCommand: Command = {
  async run(argv) {
    const startedAt = new Date();
    const { values } = parseCommandArgs('demo', argv, COMMON_SCAN_OPTIONS);
    if (values.help) {
      process.stdout.write(
        `Usage: sspr-audit demo [--out DIR] [--format LIST]\n\nUses ${DEMO_FILES.snapshot} with ${DEMO_FILES.attestation} and ${DEMO_FILES.exceptions} unless --attestation / --exceptions say otherwise.\n\n${commonScanHelp(FORMATS.join(','))}\n`,
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
      await loadRunCheckSet(values),
    );
    const snapshot = loadSnapshot(bundled(DEMO_FILES.snapshot));
    return (await evaluateAndWrite(snapshot, inputs, startedAt)).exitCode;
  },
};

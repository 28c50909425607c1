// sspr-audit evaluate --snapshot FILE: evaluates a saved snapshot offline, with the same results as scan.

import { loadSnapshot } from '../snapshot/load-snapshot.js';
import { evaluateAndWrite } from '../pipeline/evaluate-and-write.js';
import { loadRunCheckSet, loadRunInputs } from '../pipeline/run-inputs.js';
import { InputError } from '../util/input-error.js';
import { COMMON_SCAN_HELP, COMMON_SCAN_OPTIONS, parseCommandArgs } from './args.js';
import type { Command } from './command.js';

export const evaluateCommand: Command = {
  async run(argv) {
    const startedAt = new Date();
    const { values } = parseCommandArgs('evaluate', argv, {
      ...COMMON_SCAN_OPTIONS,
      snapshot: { type: 'string' },
    });
    if (values.help) {
      process.stdout.write(
        `Usage: sspr-audit evaluate --snapshot FILE [flags]\n\n  --snapshot FILE        the snapshot to evaluate (written by sspr-audit collect; required)\n\n${COMMON_SCAN_HELP}\n`,
      );
      return 0;
    }
    if (!values.snapshot) throw new InputError('--snapshot', 'required: the snapshot file to evaluate');
    const inputs = loadRunInputs(values, startedAt, await loadRunCheckSet(values));
    const snapshot = loadSnapshot(values.snapshot);
    return (await evaluateAndWrite(snapshot, inputs, startedAt, values.snapshot)).exitCode;
  },
};

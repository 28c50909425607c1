// sspr-audit scan --tenant ID [auth]: collect from Microsoft Graph (and the portal backend with
// --portal), evaluate, and write the reports. Exit 3 when nothing could be collected.

import { collectSnapshot } from '../collect/collect-snapshot.js';
import { assertGraphCollected } from '../pipeline/assert-collected.js';
import { evaluateAndWrite } from '../pipeline/evaluate-and-write.js';
import { loadRunCheckSet, loadRunInputs } from '../pipeline/run-inputs.js';
import { COMMON_SCAN_HELP, COMMON_SCAN_OPTIONS, parseCommandArgs } from './args.js';
import type { Command } from './command.js';
import { COLLECT_HELP, COLLECT_OPTIONS, collectOptionsFrom, parseCollectFlags } from './collect-flags.js';
import { printCollection } from './print-collection.js';

export const scanCommand: Command = {
  async run(argv) {
    const startedAt = new Date();
    const { values } = parseCommandArgs('scan', argv, {
      ...COMMON_SCAN_OPTIONS,
      ...COLLECT_OPTIONS,
      portal: { type: 'boolean' },
    });
    if (values.help) {
      process.stdout.write(
        `Usage: sspr-audit scan --tenant ID [--auth KIND] [flags]\n\n${COLLECT_HELP}\n  --portal               sign in (device code) to the Entra portal backend, an undocumented Microsoft API\n\n${COMMON_SCAN_HELP}\n`,
      );
      return 0;
    }
    parseCollectFlags(values);
    const inputs = loadRunInputs(values, startedAt, await loadRunCheckSet(values));
    const snapshot = await collectSnapshot(collectOptionsFrom(values, inputs));
    if (values.verbose) printCollection(snapshot);
    assertGraphCollected(snapshot);
    return (await evaluateAndWrite(snapshot, inputs, startedAt)).exitCode;
  },
};

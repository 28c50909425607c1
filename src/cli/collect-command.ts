// sspr-audit collect --tenant ID [auth] --snapshot FILE: collect only, for evaluating later (evidence).

import { collectSnapshot } from '../collect/collect-snapshot.js';
import { loadAttestation } from '../inputs/attestation.js';
import { loadPortalExport } from '../inputs/portal-export.js';
import { validateSnapshot } from '../snapshot/load-snapshot.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { InputError } from '../util/input-error.js';
import { terminalText } from '../util/terminal-text.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';
import { COLLECT_HELP, COLLECT_OPTIONS, collectOptionsFrom, parseCollectFlags } from './collect-flags.js';
import { printCollection } from './print-collection.js';

export const collectCommand: Command = {
  async run(argv) {
    const startedAt = new Date();
    const { values } = parseCommandArgs('collect', argv, {
      ...COLLECT_OPTIONS,
      snapshot: { type: 'string' },
      attestation: { type: 'string' },
      portal: { type: 'boolean' },
      'portal-export': { type: 'string' },
      quiet: { type: 'boolean' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      process.stdout.write(
        `Usage: sspr-audit collect --tenant ID [--auth KIND] --snapshot FILE [--attestation FILE] [--portal | --portal-export FILE]\n\n  --snapshot FILE        where to write the snapshot (JSON; required); evaluate it later with sspr-audit evaluate --snapshot FILE\n  --attestation FILE     YAML/JSON answers for settings no API exposes, kept in the snapshot\n  --portal               sign in (device code) to the Entra portal backend, an undocumented Microsoft API\n  --portal-export FILE   a saved PasswordResetPolicies / OnPremisesPasswordResetPolicies JSON instead of --portal\n  --quiet, --verbose\n\n${COLLECT_HELP}\n`,
      );
      return 0;
    }
    if (!values.snapshot) throw new InputError('--snapshot', 'required: the file to write the snapshot to');
    parseCollectFlags(values);
    const inputs = {
      attestation: values.attestation ? loadAttestation(values.attestation, startedAt) : undefined,
      portalExport: values['portal-export']
        ? loadPortalExport(values['portal-export'], startedAt.toISOString())
        : undefined,
    };
    const snapshot = validateSnapshot(
      JSON.parse(JSON.stringify(await collectSnapshot(collectOptionsFrom(values, inputs)))),
      'the collected snapshot',
    );
    writeFileAtomic(values.snapshot, `${JSON.stringify(snapshot, null, 2)}\n`);
    if (!values.quiet) {
      if (values.verbose) printCollection(snapshot);
      const ok = Object.values(snapshot.sources).filter((s) => s.outcome.status === 'ok').length;
      process.stdout.write(
        `${terminalText(snapshot.tenant.displayName ?? snapshot.tenant.id)}: ${ok} of ${Object.keys(snapshot.sources).length} sources read; wrote ${values.snapshot}\n`,
      );
    }
    return 0;
  },
};

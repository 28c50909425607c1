// sspr-audit permissions: the application permissions to grant (least privilege) and how.

import { loadRunCheckSet } from '../pipeline/run-check-set.js';
import { permissionsReport, permissionsText } from '../permissions/permissions-report.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';

export const permissionsCommand: Command = {
  async run(argv) {
    const { values } = parseCommandArgs('permissions', argv, {
      json: { type: 'boolean' },
      'client-id': { type: 'string' },
      plugin: { type: 'string', multiple: true },
      profile: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      process.stdout.write(
        'Usage: sspr-audit permissions [--json] [--client-id ID] [--plugin PATH|PACKAGE] [--profile FILE]\n\n  --client-id ID         put the app registration id into the grant commands (default: AZURE_CLIENT_ID)\n  --plugin PATH|PACKAGE  include the permissions a check pack needs (repeatable)\n  --profile FILE         include the packs the profile loads (plugins:)\n',
      );
      return 0;
    }
    const { checks: CHECKS } = await loadRunCheckSet(values);
    const appId = values['client-id'] ?? (process.env.AZURE_CLIENT_ID || undefined);
    process.stdout.write(
      values.json
        ? `${JSON.stringify(permissionsReport(CHECKS, appId), null, 2)}\n`
        : permissionsText(CHECKS, appId),
    );
    return 0;
  },
};

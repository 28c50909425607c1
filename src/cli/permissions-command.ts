// sspr-audit permissions: the application permissions to grant (least privilege) and how.

import { CHECKS } from '../../checks/index.js';
import { permissionsReport, permissionsText } from '../permissions/permissions-report.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';

export const permissionsCommand: Command = {
  summary: 'the Microsoft Graph application permissions to grant, and how',
  async run(argv) {
    const { values } = parseCommandArgs('permissions', argv, {
      json: { type: 'boolean' },
      'client-id': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      process.stdout.write(
        'Usage: sspr-audit permissions [--json] [--client-id ID]\n\n  --client-id ID   put the app registration id into the grant commands (default: AZURE_CLIENT_ID)\n',
      );
      return 0;
    }
    const appId = values['client-id'] ?? (process.env.AZURE_CLIENT_ID || undefined);
    process.stdout.write(
      values.json
        ? `${JSON.stringify(permissionsReport(CHECKS, appId), null, 2)}\n`
        : permissionsText(CHECKS, appId),
    );
    return 0;
  },
};

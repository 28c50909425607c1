// The command table. Each command lives in its own file.

import type { Command } from './command.js';
import { checksCommand } from './checks-command.js';
import { collectCommand } from './collect-command.js';
import { demoCommand } from './demo-command.js';
import { evaluateCommand } from './evaluate-command.js';
import { fleetCommand } from './fleet-command.js';
import { historyCommand } from './history-command.js';
import { permissionsCommand } from './permissions-command.js';
import { scanCommand } from './scan-command.js';

export const COMMANDS: Record<string, Command> = {
  demo: demoCommand,
  scan: scanCommand,
  collect: collectCommand,
  evaluate: evaluateCommand,
  checks: checksCommand,
  permissions: permissionsCommand,
  fleet: fleetCommand,
  history: historyCommand,
};

// The command table. Each command lives in its own file.

import type { Command } from './command.js';
import { checksCommand } from './checks-command.js';
import { demoCommand } from './demo-command.js';
import { evaluateCommand } from './evaluate-command.js';
import { fleetCommand } from './fleet-command.js';
import { historyCommand } from './history-command.js';

export const COMMANDS: Record<string, Command> = {
  demo: demoCommand,
  evaluate: evaluateCommand,
  checks: checksCommand,
  fleet: fleetCommand,
  history: historyCommand,
};

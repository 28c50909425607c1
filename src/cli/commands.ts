// The command table. Each command lives in its own file.

import type { Command } from './command.js';
import { checksCommand } from './checks-command.js';
import { demoCommand } from './demo-command.js';
import { evaluateCommand } from './evaluate-command.js';

export const COMMANDS: Record<string, Command> = {
  demo: demoCommand,
  evaluate: evaluateCommand,
  checks: checksCommand,
};

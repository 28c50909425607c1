// The command table: a summary for the usage and a loader per command. Each command lives in its own
// file and is imported only when it runs, so `--version` and `--help` load none of them.

import type { Command } from './command.js';

export interface CommandEntry {
  summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  demo: {
    summary: 'evaluate the bundled demo tenant and write every report format (no account needed)',
    load: async () => (await import('./demo-command.js')).demoCommand,
  },
  scan: {
    summary: 'collect from a tenant (Microsoft Graph), evaluate and write the reports',
    load: async () => (await import('./scan-command.js')).scanCommand,
  },
  collect: {
    summary: 'collect a snapshot of a tenant (evidence to evaluate later)',
    load: async () => (await import('./collect-command.js')).collectCommand,
  },
  evaluate: {
    summary: 'evaluate a saved snapshot offline (same results as scan)',
    load: async () => (await import('./evaluate-command.js')).evaluateCommand,
  },
  checks: {
    summary: 'list the checks: ID, title, severity, data sources, permissions',
    load: async () => (await import('./checks-command.js')).checksCommand,
  },
  permissions: {
    summary: 'the Microsoft Graph application permissions to grant, and how',
    load: async () => (await import('./permissions-command.js')).permissionsCommand,
  },
  fleet: {
    summary: 'scan many tenants (MSP): history, drift, notifications and a fleet report',
    load: async () => (await import('./fleet-command.js')).fleetCommand,
  },
  history: {
    summary: "a tenant's scan history from the fleet database: trend and drift",
    load: async () => (await import('./history-command.js')).historyCommand,
  },
};

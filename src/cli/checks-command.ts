// sspr-audit checks: the catalogue (ID, title, severity, data sources, Graph permissions).

import { CHECKS } from '../../checks/index.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';

export function catalogue() {
  return CHECKS.map(({ meta }) => ({
    id: meta.id,
    title: meta.title,
    severity: meta.severity,
    checklistItem: meta.checklistItem,
    dataSources: meta.dataSources,
    permissions: [
      ...new Set(meta.dataSources.map((d) => d.permission).filter((p): p is string => Boolean(p))),
    ],
    troubleshooting: meta.troubleshooting,
    undocumentedApi: meta.dataSources.some(
      (d) => d.source === 'passwordResetPolicies' || d.source === 'onPremisesPasswordResetPolicies',
    ),
  }));
}

export const checksCommand: Command = {
  summary: 'list the checks: ID, title, severity, data sources, permissions',
  async run(argv) {
    const { values } = parseCommandArgs('checks', argv, {
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      process.stdout.write('Usage: sspr-audit checks [--json]\n');
      return 0;
    }
    const rows = catalogue();
    if (values.json) {
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    const table = rows.map((r) => [
      r.id,
      r.severity,
      r.title,
      r.dataSources
        .map((d) =>
          d.source === 'passwordResetPolicies' || d.source === 'onPremisesPasswordResetPolicies'
            ? `portal*`
            : d.source,
        )
        .join(', '),
      r.permissions.filter((p) => !p.startsWith('delegated')).join(', ') || '–',
    ]);
    const head = ['ID', 'Severity', 'Title', 'Data sources', 'Graph permissions'];
    const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    process.stdout.write(
      [
        line(head),
        widths.map((w) => '-'.repeat(w)).join('  '),
        ...table.map(line),
        '',
        '* portal = the Entra portal backend, an undocumented Microsoft API read only with --portal (delegated sign-in) or --portal-export.',
        '',
      ].join('\n'),
    );
    return 0;
  },
};

// sspr-audit checks: the catalogue (ID, title, severity, data sources, Graph permissions), built-ins
// and any loaded packs. The table fits a 100-column terminal: long titles wrap in their column.

import type { CheckSet } from '../engine/check-set.js';
import { loadRunCheckSet } from '../pipeline/run-check-set.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';

const WIDTH = 100;
const PORTAL = new Set(['passwordResetPolicies', 'onPremisesPasswordResetPolicies']);

export function catalogue(set: CheckSet) {
  return set.checks.map(({ meta }) => ({
    id: meta.id,
    title: meta.title,
    severity: meta.severity,
    checklistItem: meta.checklistItem,
    pack: set.packs.find((p) => p.checks.includes(meta.id))?.name,
    dataSources: meta.dataSources,
    permissions: [
      ...new Set(meta.dataSources.map((d) => d.permission).filter((p): p is string => Boolean(p))),
    ],
    troubleshooting: meta.troubleshooting,
    undocumentedApi: meta.dataSources.some((d) => PORTAL.has(d.source)),
  }));
}

/** Splits `text` into lines of at most `width` characters, at spaces where it can. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    for (let w = word; w.length > 0;) {
      const room = line ? width - line.length - 1 : width;
      if (w.length <= room) {
        line = line ? `${line} ${w}` : w;
        w = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        lines.push(w.slice(0, width));
        w = w.slice(width);
      }
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** A table whose last-but-one columns wrap so no line is wider than WIDTH. */
export function catalogueTable(rows: ReturnType<typeof catalogue>): string {
  const table = rows.map((r) => [
    r.id,
    r.severity,
    r.title,
    [...new Set(r.dataSources.map((d) => (PORTAL.has(d.source) ? 'portal*' : d.source)))].join(', '),
    r.permissions.filter((p) => !p.startsWith('delegated')).join(', ') || '–',
  ]);
  const head = ['ID', 'Severity', 'Title', 'Data sources', 'Graph permissions'];
  const natural = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  // ID and severity keep their width; title, sources and permissions share the rest.
  const fixed = natural[0] + natural[1] + 2 * (head.length - 1);
  const share = [0.44, 0.28, 0.28];
  const flexible = WIDTH - fixed;
  const widths = natural.map((n, i) =>
    i < 2 ? n : Math.min(n, Math.max(12, Math.floor(flexible * share[i - 2]))),
  );
  const render = (cells: string[]) => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i]));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, k) =>
      wrapped
        .map((w, i) => (w[k] ?? '').padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    ).join('\n');
  };
  return [
    render(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...table.map(render),
    '',
    ...wrap(
      '* portal = the Entra portal backend, an undocumented Microsoft API read only with --portal (delegated sign-in) or --portal-export.',
      WIDTH,
    ),
    '',
  ].join('\n');
}

export const checksCommand: Command = {
  async run(argv) {
    const { values } = parseCommandArgs('checks', argv, {
      json: { type: 'boolean' },
      plugin: { type: 'string', multiple: true },
      profile: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      process.stdout.write(
        "Usage: sspr-audit checks [--json] [--plugin PATH|PACKAGE] [--profile FILE]\n\n  --json                 the catalogue as JSON\n  --plugin PATH|PACKAGE  list a check pack's checks too (repeatable)\n  --profile FILE         list the packs the profile loads (plugins:) too\n",
      );
      return 0;
    }
    const rows = catalogue(await loadRunCheckSet(values));
    process.stdout.write(values.json ? `${JSON.stringify(rows, null, 2)}\n` : catalogueTable(rows));
    return 0;
  },
};

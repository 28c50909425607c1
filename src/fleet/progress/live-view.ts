// The live multi-line view on a terminal: a header with the run's counts, then one line per running
// tenant (phase, pages, elapsed), redrawn in place; finished tenants and messages scroll above it.

import type { WriteStream } from 'node:tty';
import type { Redactor } from '../../util/redactor.js';
import { terminalText } from '../../util/terminal-text.js';
import { describeEvent, duration } from './describe-event.js';
import type { FleetEvent, FleetEventSink, TenantPhase } from './fleet-event.js';

const REDRAW_MS = 250;
const ESC = '\x1b[';

interface Running {
  name: string;
  id: string;
  phase: TenantPhase;
  pages?: number;
  startedAt: number;
}

export class LiveView implements FleetEventSink {
  private readonly running = new Map<string, Running>();
  private drawn = 0;
  private timer: NodeJS.Timeout | undefined;
  private total = 0;
  private scanned = 0;
  private failed = 0;
  private runStartedAt = Date.now();
  private inRun = false;

  constructor(
    private readonly out: WriteStream,
    private readonly redactor: Redactor,
    private readonly options: { verbose: boolean },
  ) {}

  emit(e: FleetEvent): void {
    switch (e.type) {
      case 'run-started':
        Object.assign(this, {
          total: e.tenants,
          scanned: 0,
          failed: 0,
          runStartedAt: Date.now(),
          inRun: true,
        });
        this.running.clear();
        this.print(describeEvent(e, false));
        this.timer ??= setInterval(() => this.redraw(), REDRAW_MS).unref();
        return;
      case 'tenant-phase': {
        const r = this.running.get(e.tenantId) ?? {
          name: e.tenantName,
          id: e.tenantId,
          phase: e.phase,
          startedAt: Date.now(),
        };
        this.running.set(e.tenantId, { ...r, phase: e.phase, pages: e.pages ?? r.pages });
        return;
      }
      case 'tenant-finished':
        this.running.delete(e.tenantId);
        if (e.outcome === 'ok') this.scanned++;
        else this.failed++;
        this.print(describeEvent(e, false));
        return;
      case 'run-finished':
        this.inRun = false;
        this.running.clear();
        this.print(describeEvent(e, false));
        return;
      default:
        this.print(describeEvent(e, this.options.verbose));
    }
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.clear();
  }

  /** Writes a permanent line above the live area (it may wrap: only the live area is counted). */
  private print(line: string | undefined): void {
    this.clear();
    if (line !== undefined) this.out.write(`${terminalText(this.redactor.redact(line))}\n`);
    this.draw();
  }

  private redraw(): void {
    this.clear();
    this.draw();
  }

  private clear(): void {
    if (this.drawn > 0) this.out.write(`${ESC}${this.drawn}F${ESC}0J`);
    this.drawn = 0;
  }

  private draw(): void {
    if (!this.inRun) return;
    const done = this.scanned + this.failed;
    const lines = [
      `── ${done}/${this.total} done · ${this.failed} failed · ${this.running.size} running · ${duration(Date.now() - this.runStartedAt)} ──`,
    ];
    const rows = Math.max(1, (this.out.rows || 24) - 3);
    const list = [...this.running.values()];
    for (const r of list.slice(0, rows)) {
      const pages = r.pages === undefined ? '' : `${r.pages} pages`;
      lines.push(
        `  ${r.name.slice(0, 28).padEnd(28)} ${r.phase.padEnd(14)} ${pages.padEnd(10)} ${duration(Date.now() - r.startedAt)}`,
      );
    }
    if (list.length > rows) lines.push(`  … and ${list.length - rows} more`);
    this.out.write(`${lines.map((l) => this.fit(terminalText(this.redactor.redact(l)))).join('\n')}\n`);
    this.drawn = lines.length;
  }

  /** Cut to the terminal width, so no line wraps and the redraw arithmetic holds. */
  private fit(line: string): string {
    const width = this.out.columns || 120;
    return line.length > width ? `${line.slice(0, width - 1)}…` : line;
  }
}

// What follows the scans of a pass: the fleet report (from the history's trends) and, when a tenant
// meets a trigger, the notifications. A report failure is logged and the notifications still go out.

import { join } from 'node:path';
import type { Redactor } from '../util/redactor.js';
import type { FleetConfig } from './config-types.js';
import { tenantKey, type HistoryStore, type TrendRow } from './history-store.js';
import { buildNotification } from './notify/fleet-notification.js';
import { sendNotifications } from './notify/send-notifications.js';
import type { FleetEventSink } from './progress/fleet-event.js';
import { buildFleetViewModel, type FleetBranding } from './report/fleet-view-model.js';
import { FLEET_FILES, writeFleetReport, type FleetPdfPrinter } from './report/write-fleet-report.js';
import type { AfterPass } from './run-fleet-pass.js';

const TREND_SCANS = 12;

export interface AfterPassDeps {
  history: HistoryStore;
  events: FleetEventSink;
  redactor: Redactor;
  printPdf?: FleetPdfPrinter;
  branding?: FleetBranding;
  env?: NodeJS.ProcessEnv;
  notifyTimeoutMs?: number;
}

export function afterFleetPass(config: FleetConfig, deps: AfterPassDeps): AfterPass {
  const { out, formats, notify } = config.defaults;
  return async (summary) => {
    let files: string[] = [];
    try {
      const trends = new Map<string, TrendRow[]>(
        config.tenants.map((t) => [tenantKey(t.id), deps.history.trend(t.id, TREND_SCANS)]),
      );
      const model = buildFleetViewModel({
        summary,
        tenants: config.tenants,
        trends,
        out,
        linkReports: formats.includes('html'),
        branding: deps.branding,
        generatedAt: new Date(),
      });
      files = await writeFleetReport(model, summary, out, formats, deps.printPdf);
    } catch (err) {
      deps.events.emit({
        type: 'message',
        at: new Date().toISOString(),
        level: 'error',
        text: `the fleet report could not be written: ${deps.redactor.redact((err as Error).message)}`,
      });
    }
    if (notify) {
      const notification = buildNotification(summary, notify.on, {
        html: files.includes(FLEET_FILES.html) ? join(out, FLEET_FILES.html) : undefined,
        pdf: files.includes(FLEET_FILES.pdf) ? join(out, FLEET_FILES.pdf) : undefined,
      });
      if (notification)
        await sendNotifications(notify, notification, {
          events: deps.events,
          history: deps.history,
          redactor: deps.redactor,
          env: deps.env,
          timeoutMs: deps.notifyTimeoutMs,
        });
    }
    return files;
  };
}

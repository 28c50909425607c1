// Sends a fleet notification to every configured channel. A failing channel is logged and recorded in
// the history, never fatal; no secret (webhook URL, SMTP password) reaches a log line.

import type { Redactor } from '../../util/redactor.js';
import type { NotifyConfig } from '../config-types.js';
import type { HistoryStore } from '../history-store.js';
import type { FleetEventSink } from '../progress/fleet-event.js';
import { resolveValue } from '../secret-reference.js';
import { sendEmail } from './email-notifier.js';
import type { FleetNotification } from './fleet-notification.js';
import { postWebhook } from './webhook-notifier.js';

export interface NotifyDeps {
  events: FleetEventSink;
  history: HistoryStore;
  redactor: Redactor;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  retryDelayMs?: number;
}

export async function sendNotifications(
  config: NotifyConfig,
  n: FleetNotification,
  deps: NotifyDeps,
): Promise<void> {
  const channels: Array<{ channel: string; send: () => Promise<void> }> = [];
  if (config.webhook) {
    const target = config.webhook;
    channels.push({
      channel: `webhook (${target.format})`,
      send: async () => {
        const url = resolveValue(target.url, deps.env);
        deps.redactor.add(url);
        // postWebhook's errors name the host only; the redactor also knows the full URL now.
        await postWebhook(url, target.format, n, {
          timeoutMs: deps.timeoutMs,
          retryDelayMs: deps.retryDelayMs,
        });
      },
    });
  }
  if (config.email) {
    const target = config.email;
    channels.push({
      channel: 'email',
      send: async () => {
        const smtp = resolveValue(target.smtp, deps.env);
        deps.redactor.add(smtp);
        const password = safeUrl(smtp)?.password;
        if (password) deps.redactor.add(decodeURIComponent(password));
        await sendEmail(smtp, target, n, { timeoutMs: deps.timeoutMs });
      },
    });
  }
  await Promise.all(
    channels.map(async ({ channel, send }) => {
      const at = () => new Date().toISOString();
      const tenants = n.tenants.map((t) => t.tenantId);
      try {
        await send();
        deps.history.recordNotification({ runId: n.runId, channel, sentAt: at(), ok: true, tenants });
        deps.events.emit({ type: 'notification', at: at(), channel, ok: true, tenants: tenants.length });
      } catch (err) {
        const error = deps.redactor.redact((err as Error).message);
        try {
          deps.history.recordNotification({
            runId: n.runId,
            channel,
            sentAt: at(),
            ok: false,
            error,
            tenants,
          });
        } catch {
          // the history is reported elsewhere; a notification failure stays non-fatal
        }
        deps.events.emit({
          type: 'notification',
          at: at(),
          channel,
          ok: false,
          tenants: tenants.length,
          error,
        });
      }
    }),
  );
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

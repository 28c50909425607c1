// Posts a notification to a webhook (Teams, Slack or plain JSON) with fetch: a timeout, one retry on
// 429/5xx/network errors, and errors that name the webhook's host only (its URL carries a token).

import { urlOrigin } from '../../util/redactor.js';
import type { WebhookFormat } from '../config-types.js';
import type { FleetNotification } from './fleet-notification.js';
import { jsonPayload } from './json-payload.js';
import { slackMessage } from './slack-blocks.js';
import { teamsMessage } from './teams-card.js';

export const WEBHOOK_TIMEOUT_MS = 15_000;
const RETRY_DELAY_MS = 1_000;

export function webhookBody(format: WebhookFormat, n: FleetNotification): object {
  return format === 'teams' ? teamsMessage(n) : format === 'slack' ? slackMessage(n) : jsonPayload(n);
}

export class WebhookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookError';
  }
}

export async function postWebhook(
  url: string,
  format: WebhookFormat,
  n: FleetNotification,
  options: { timeoutMs?: number; retryDelayMs?: number } = {},
): Promise<void> {
  const body = JSON.stringify(webhookBody(format, n));
  const where = urlOrigin(url);
  for (let attempt = 1; ; attempt++) {
    let retryable: boolean;
    let problem: string;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'sspr-audit' },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? WEBHOOK_TIMEOUT_MS),
        redirect: 'error',
      });
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) return;
      retryable = response.status === 429 || response.status >= 500;
      problem = `the webhook at ${where} answered ${response.status} ${response.statusText}`.trim();
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      retryable = true;
      problem = `the webhook at ${where} could not be reached: ${e.name === 'TimeoutError' ? 'timed out' : (e.cause?.code ?? e.message)}`;
    }
    if (!retryable || attempt >= 2) throw new WebhookError(problem);
    await new Promise((r) => setTimeout(r, options.retryDelayMs ?? RETRY_DELAY_MS));
  }
}

// A Slack incoming-webhook message in Block Kit, with a plain `text` fallback for notifications.

import { tenantLine, type FleetNotification } from './fleet-notification.js';

/** Slack mrkdwn needs &, < and > escaped, or tenant-supplied text could inject links and mentions. */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const MAX_TENANT_BLOCKS = 45; // Slack allows 50 blocks per message

export function slackMessage(n: FleetNotification): object {
  const lines = n.tenants.map((t) => tenantLine(t, n.threshold));
  const shown = lines.slice(0, MAX_TENANT_BLOCKS);
  return {
    text: escape(n.title),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: n.title.slice(0, 150) } },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: escape(
              `Run ${n.runId} finished ${n.finishedAt}: ${n.scanned} scanned, ${n.failed} could not be scanned`,
            ),
          },
        ],
      },
      ...shown.map((line) => ({
        type: 'section',
        text: { type: 'mrkdwn', text: `• ${escape(line).slice(0, 2900)}` },
      })),
      ...(lines.length > shown.length
        ? [
            {
              type: 'context',
              elements: [
                { type: 'mrkdwn', text: `… and ${lines.length - shown.length} more in the fleet report` },
              ],
            },
          ]
        : []),
    ],
  };
}

// A Microsoft Teams message: an Adaptive Card in the envelope both Teams incoming webhooks and
// Workflows (Power Automate "post to a channel when a webhook request is received") accept.

import { tenantLine, type FleetNotification } from './fleet-notification.js';

/** Adaptive Card text is markdown: neutralise the characters that would format tenant-supplied text. */
const plain = (text: string) => text.replace(/([*_~`[\]()\\])/g, '\\$1');

export function teamsMessage(n: FleetNotification): object {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          msteams: { width: 'Full' },
          body: [
            { type: 'TextBlock', size: 'Large', weight: 'Bolder', wrap: true, text: plain(n.title) },
            {
              type: 'TextBlock',
              isSubtle: true,
              spacing: 'None',
              wrap: true,
              text: `Run ${n.runId} finished ${n.finishedAt}: ${n.scanned} scanned, ${n.failed} could not be scanned`,
            },
            {
              type: 'FactSet',
              facts: n.tenants.map((t) => ({
                title: plain(t.tenantName),
                value: plain(tenantLine(t, n.threshold).slice(t.tenantName.length + 2)),
              })),
            },
          ],
        },
      },
    ],
  };
}

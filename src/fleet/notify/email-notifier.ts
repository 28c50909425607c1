// Sends a notification by SMTP (nodemailer): a plain-text and an HTML summary, optionally with the
// fleet report PDF and the notified tenants' PDFs attached.

import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import nodemailer from 'nodemailer';
import type { EmailTarget } from '../config-types.js';
import { tenantLine, type FleetNotification } from './fleet-notification.js';

export const SMTP_TIMEOUT_MS = 20_000;
/** Attachments stop before this total size (typical mail servers cap messages around 25 MB). */
const MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export function emailText(n: FleetNotification): string {
  return [
    n.title,
    `Run ${n.runId} finished ${n.finishedAt}: ${n.scanned} scanned, ${n.failed} could not be scanned.`,
    '',
    ...n.tenants.map((t) => `- ${tenantLine(t, n.threshold)}`),
    '',
    n.fleetReport?.html ? `Fleet report: ${n.fleetReport.html}` : '',
  ]
    .join('\n')
    .trimEnd();
}

export function emailHtml(n: FleetNotification): string {
  const rows = n.tenants.map((t) => `<li>${escapeHtml(tenantLine(t, n.threshold))}</li>`).join('');
  return `<!doctype html><html><body style="font-family:sans-serif"><h2>${escapeHtml(n.title)}</h2><p>Run ${n.runId} finished ${escapeHtml(n.finishedAt)}: ${n.scanned} scanned, ${n.failed} could not be scanned.</p><ul>${rows}</ul>${
    n.fleetReport?.html ? `<p>Fleet report: ${escapeHtml(n.fleetReport.html)}</p>` : ''
  }</body></html>`;
}

function attachments(n: FleetNotification): Array<{ filename: string; path: string; contentType: string }> {
  const files = [
    ...(n.fleetReport?.pdf ? [{ filename: 'fleet-report.pdf', path: n.fleetReport.pdf }] : []),
    ...n.tenants.flatMap((t) =>
      t.pdf
        ? [{ filename: `${t.tenantName.replace(/[^A-Za-z0-9._-]+/g, '_')}-${basename(t.pdf)}`, path: t.pdf }]
        : [],
    ),
  ];
  const out: Array<{ filename: string; path: string; contentType: string }> = [];
  let total = 0;
  for (const f of files) {
    if (!existsSync(f.path)) continue;
    const size = statSync(f.path).size;
    if (total + size > MAX_ATTACHMENT_BYTES) break;
    total += size;
    out.push({ ...f, contentType: 'application/pdf' });
  }
  return out;
}

export async function sendEmail(
  smtpUrl: string,
  target: EmailTarget,
  n: FleetNotification,
  options: { timeoutMs?: number } = {},
): Promise<void> {
  const timeout = options.timeoutMs ?? SMTP_TIMEOUT_MS;
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    logger: false,
    debug: false,
  });
  try {
    await transport.sendMail({
      from: target.from,
      to: target.to,
      subject: n.title,
      text: emailText(n),
      html: emailHtml(n),
      attachments: target.attachPdf ? attachments(n) : [],
    });
  } finally {
    transport.close();
  }
}

import { expect } from 'chai';
import { join } from 'node:path';
import type { FleetTenant } from '../../src/fleet/config-types.js';
import { computeDrift } from '../../src/fleet/drift.js';
import { HistoryStore } from '../../src/fleet/history-store.js';
import { buildNotification, type FleetNotification } from '../../src/fleet/notify/fleet-notification.js';
import { sendNotifications } from '../../src/fleet/notify/send-notifications.js';
import type { FleetPassSummary } from '../../src/fleet/run-fleet-pass.js';
import type { TenantScanOutcome } from '../../src/fleet/scan-tenant.js';
import { parseValueSource } from '../../src/fleet/secret-reference.js';
import { Redactor } from '../../src/util/redactor.js';
import { eventRecorder, type EventRecorder } from './support/event-recorder.js';
import { startHttpSink, type HttpSink } from './support/http-sink.js';
import { sampleResults, withStatus } from './support/sample-results.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { tempFolder, type TempFolder } from './support/temp-folder.js';

/** Quoted-printable (as nodemailer writes the text and HTML parts) back to UTF-8 text. */
const decodeQuotedPrintable = (raw: string) =>
  Buffer.from(
    raw
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');

const tenant = (id: string, name: string): FleetTenant => ({
  index: 0,
  id,
  name,
  cloud: 'global',
  auth: {
    clientId: 'x',
    shared: true,
    credential: { kind: 'secret', secret: { kind: 'env', name: 'X', text: 'env:X' } },
  },
});

function okOutcome(
  t: FleetTenant,
  before: ReturnType<typeof sampleResults> | undefined,
  after: ReturnType<typeof sampleResults>,
  files: string[] = ['results.json'],
): TenantScanOutcome {
  return {
    tenant: t,
    startedAt: after.startedAt,
    finishedAt: after.finishedAt,
    outcome: 'ok',
    results: after,
    previous: before,
    drift: computeDrift(before, after),
    outDir: '/out/t',
    files,
    manifest: {},
    exitCode: 0,
  };
}

describe('notifications', () => {
  const base = withStatus(sampleResults(), 'SSPR-14', 'pass');
  const regressed = withStatus(base, 'SSPR-14', 'fail');
  const summary = (outcomes: TenantScanOutcome[]): FleetPassSummary => ({
    runId: 7,
    startedAt: base.startedAt,
    finishedAt: base.finishedAt,
    trigger: 'once',
    outcomes,
    notStarted: [],
    interrupted: false,
  });
  const regressedTenant = okOutcome(tenant('a.example', 'Regressed <b>Co</b>'), base, regressed, [
    'results.json',
    'report.pdf',
  ]);
  const steady = okOutcome(tenant('b.example', 'Steady'), base, base);
  const failed: TenantScanOutcome = {
    tenant: tenant('c.example', 'Broken'),
    startedAt: base.startedAt,
    finishedAt: base.finishedAt,
    outcome: 'failed',
    error: 'AADSTS7000215: Invalid client secret',
    errorKind: 'auth',
  };

  describe('triggers', () => {
    it('drift: only tenants with a check that got worse', () => {
      const n = buildNotification(summary([regressedTenant, steady, failed]), [{ kind: 'drift' }]);
      expect(n?.tenants.map((t) => [t.tenantName, t.reasons])).to.deep.equal([
        ['Regressed <b>Co</b>', ['drift']],
      ]);
      expect(n?.title).to.equal('SSPR fleet: 1 of 3 tenants needs attention');
      expect(n?.tenants[0].worse.map((c) => c.checkId)).to.deep.equal(['SSPR-14']);
    });

    it('below:N: every scanned tenant under the threshold, every run', () => {
      const n = buildNotification(summary([regressedTenant, steady]), [{ kind: 'below', score: 101 }]);
      expect(n?.tenants.map((t) => t.reasons)).to.deep.equal([['below'], ['below']]);
      expect(buildNotification(summary([steady]), [{ kind: 'below', score: 1 }])).to.equal(undefined);
    });

    it('failed: tenants that could not be scanned, when asked for', () => {
      expect(buildNotification(summary([failed]), [{ kind: 'drift' }])).to.equal(undefined);
      expect(buildNotification(summary([failed]), [{ kind: 'failed' }])?.tenants[0]).to.deep.include({
        errorKind: 'auth',
        reasons: ['failed'],
      });
    });

    it('nothing to say → no notification', () => {
      expect(
        buildNotification(summary([steady]), [{ kind: 'drift' }, { kind: 'below', score: 10 }]),
      ).to.equal(undefined);
    });
  });

  describe('channels (local sinks)', () => {
    let http: HttpSink;
    let smtp: SmtpSink;
    let dir: TempFolder;
    let history: HistoryStore;
    let events: EventRecorder;
    let runId: number;
    let note: FleetNotification;
    beforeEach(async () => {
      http = await startHttpSink();
      smtp = await startSmtpSink({ user: 'mailer', pass: 'smtp-pa55word' });
      dir = tempFolder();
      history = HistoryStore.open(join(dir.path, 'h.sqlite'));
      events = eventRecorder();
      runId = history.beginRun({ startedAt: base.startedAt, trigger: 'once', tenants: 3 });
      const pdf = dir.write('t/report.pdf', '%PDF-1.7 tenant');
      note = buildNotification(
        {
          ...summary([{ ...regressedTenant, outDir: join(dir.path, 't') } as TenantScanOutcome, failed]),
          runId,
        },
        [{ kind: 'drift' }, { kind: 'failed' }],
        { pdf: dir.write('fleet-report.pdf', '%PDF-1.7 fleet') },
      )!;
      expect(note.tenants[0].pdf).to.equal(pdf);
    });
    afterEach(async () => {
      history.close();
      dir.remove();
      await http.close();
      await smtp.close();
    });

    const deps = (env: NodeJS.ProcessEnv) => ({
      events,
      history,
      redactor: new Redactor(),
      env,
      timeoutMs: 3_000,
      retryDelayMs: 10,
    });

    it('teams: an Adaptive Card in a message envelope', async () => {
      await sendNotifications(
        { on: [], webhook: { url: parseValueSource('env:HOOK', '/'), format: 'teams' } },
        note,
        deps({ HOOK: `${http.url}/teams/tok3n` }),
      );
      expect(http.requests).to.have.length(1);
      const body = JSON.parse(http.requests[0].body);
      expect(http.requests[0].url).to.equal('/teams/tok3n');
      expect(body.type).to.equal('message');
      expect(body.attachments[0].contentType).to.equal('application/vnd.microsoft.card.adaptive');
      const card = body.attachments[0].content;
      expect(card.type).to.equal('AdaptiveCard');
      expect(card.body[0].text).to.equal('SSPR fleet: 2 of 2 tenants need attention');
      expect(card.body[2].facts[0].title).to.equal('Regressed <b>Co</b>');
      expect(card.body[2].facts[0].value).to.include('SSPR-14 pass → fail');
      expect(card.body[2].facts[1].value).to.include('could not be scanned \\(auth\\)');
      expect(events.ofType('notification')[0]).to.deep.include({
        ok: true,
        channel: 'webhook (teams)',
        tenants: 2,
      });
      expect(history.notifications(runId)[0]).to.deep.include({
        ok: true,
        tenants: ['a.example', 'c.example'],
      });
    });

    it('slack: blocks with tenant text escaped', async () => {
      await sendNotifications(
        { on: [], webhook: { url: parseValueSource(`${http.url}/slack`, '/'), format: 'slack' } },
        note,
        deps({}),
      );
      const body = JSON.parse(http.requests[0].body);
      expect(body.text).to.equal('SSPR fleet: 2 of 2 tenants need attention');
      expect(body.blocks[0]).to.deep.equal({
        type: 'header',
        text: { type: 'plain_text', text: 'SSPR fleet: 2 of 2 tenants need attention' },
      });
      expect(body.blocks[2].text.text)
        .to.include('Regressed &lt;b&gt;Co&lt;/b&gt;')
        .and.include('SSPR-14 pass → fail');
    });

    it('json: the notification as versioned JSON', async () => {
      await sendNotifications(
        { on: [], webhook: { url: parseValueSource(`${http.url}/json`, '/'), format: 'json' } },
        note,
        deps({}),
      );
      const body = JSON.parse(http.requests[0].body);
      expect(body).to.deep.include({
        schemaVersion: '1.0',
        event: 'fleet.attention',
        runId,
        scanned: 1,
        failed: 1,
      });
      expect(body.tenants[0]).to.deep.include({ tenantId: 'a.example', reasons: ['drift'] });
      expect(body.tenants[0].worse[0]).to.deep.include({ checkId: 'SSPR-14', from: 'pass', to: 'fail' });
    });

    it('a failing webhook is retried once, then logged and recorded, never thrown; its token is not logged', async () => {
      http.script.push(503, 500);
      await sendNotifications(
        { on: [], webhook: { url: parseValueSource('env:HOOK', '/'), format: 'json' } },
        note,
        deps({ HOOK: `${http.url}/hook/s3cr3t-t0ken` }),
      );
      expect(http.requests).to.have.length(2);
      const event = events.ofType('notification')[0];
      expect(event).to.deep.include({ ok: false });
      expect(event.error).to.equal(`the webhook at ${http.url} answered 500 Internal Server Error`);
      expect(history.notifications(runId)[0]).to.deep.include({ ok: false, error: event.error });
      expect(JSON.stringify(events.events)).to.not.include('s3cr3t-t0ken');
    });

    it('an unreachable webhook is logged, not fatal', async () => {
      const closed = http.url;
      await http.close();
      http = await startHttpSink();
      await sendNotifications(
        { on: [], webhook: { url: parseValueSource(`${closed}/x`, '/'), format: 'json' } },
        note,
        deps({}),
      );
      expect(events.ofType('notification')[0].error).to.match(/could not be reached: ECONNREFUSED/);
    });

    it('email: a summary with the fleet and tenant PDFs attached, over an authenticated SMTP URL from env:', async () => {
      const env = { SMTP_URL: `smtp://mailer:smtp-pa55word@127.0.0.1:${smtp.port}` };
      await sendNotifications(
        {
          on: [],
          email: {
            smtp: parseValueSource('env:SMTP_URL', '/'),
            from: 'audit@msp.example',
            to: ['soc@msp.example', 'lead@msp.example'],
            attachPdf: true,
          },
        },
        note,
        deps(env),
      );
      expect(smtp.messages).to.have.length(1);
      const m = smtp.messages[0];
      expect(m).to.deep.include({
        from: 'audit@msp.example',
        to: ['soc@msp.example', 'lead@msp.example'],
        user: 'mailer',
      });
      expect(m.raw).to.include('Subject: SSPR fleet: 2 of 2 tenants need attention');
      const decoded = decodeQuotedPrintable(m.raw);
      expect(decoded).to.include('- Regressed <b>Co</b>: score').and.include('SSPR-14 pass → fail');
      expect(decoded).to.include('<li>Regressed &lt;b&gt;Co&lt;/b&gt;: score');
      expect(m.raw).to.match(/filename=fleet-report\.pdf/);
      expect(m.raw).to.match(/filename=Regressed_b_Co_b_-report\.pdf/);
      expect(events.ofType('notification')[0]).to.deep.include({ ok: true, channel: 'email' });
    });

    it('an SMTP server that requires a login the URL does not give is logged, not fatal', async () => {
      await sendNotifications(
        {
          on: [],
          email: {
            smtp: parseValueSource(`smtp://127.0.0.1:${smtp.port}`, '/'),
            from: 'a@msp.example',
            to: ['b@msp.example'],
            attachPdf: false,
          },
        },
        note,
        deps({}),
      );
      expect(events.ofType('notification')[0].ok).to.equal(false);
    });

    it('a failing SMTP login is logged without the password', async () => {
      const env = { SMTP_URL: `smtp://mailer:wrong-pa55word@127.0.0.1:${smtp.port}` };
      await sendNotifications(
        {
          on: [],
          email: {
            smtp: parseValueSource('env:SMTP_URL', '/'),
            from: 'a@msp.example',
            to: ['b@msp.example'],
            attachPdf: false,
          },
        },
        note,
        deps(env),
      );
      const event = events.ofType('notification')[0];
      expect(event.ok).to.equal(false);
      expect(event.error).to.match(/Invalid (login|username)/i);
      expect(JSON.stringify(events.events) + JSON.stringify(history.notifications(runId))).to.not.include(
        'wrong-pa55word',
      );
    });

    it('both channels run; one failing does not stop the other', async () => {
      http.script.push(400);
      await sendNotifications(
        {
          on: [],
          webhook: { url: parseValueSource(`${http.url}/x`, '/'), format: 'json' },
          email: {
            smtp: parseValueSource('env:SMTP_URL', '/'),
            from: 'a@msp.example',
            to: ['b@msp.example'],
            attachPdf: false,
          },
        },
        note,
        deps({ SMTP_URL: `smtp://mailer:smtp-pa55word@127.0.0.1:${smtp.port}` }),
      );
      expect(
        events
          .ofType('notification')
          .map((e) => [e.channel, e.ok])
          .sort(),
      ).to.deep.equal([
        ['email', true],
        ['webhook (json)', false],
      ]);
      expect(smtp.messages[0].raw).to.not.include('filename=');
    });
  });
});

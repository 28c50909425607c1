// The issue's "done when": a fleet on the Graph double — healthy tenants, an unlicensed one, one with a
// wrong secret, one that regresses between two runs — through the real fleet command (config file,
// credentials, Graph client, collectors, history file, reports and PDF, local HTTP and SMTP sinks).
// Also the isolation proof: two tenants on one double, scanned at once with one multi-tenant app.

import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createFleetCommand } from '../../src/cli/fleet-command.js';
import { graphCollector } from '../../src/fleet/graph-collector.js';
import { HistoryStore } from '../../src/fleet/history-store.js';
import { findBrowser } from '../../src/report/find-browser.js';
import { testPki } from '../graph-double/certs.js';
import { FAST_LIMITS, startDouble, trustingFetch } from '../graph-double/harness.js';
import type { GraphDouble } from '../graph-double/server.js';
import { buildTenant, type TenantSpec } from '../graph-double/tenants/build-tenant.js';
import { startHttpSink, type HttpSink } from './support/http-sink.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { tempFolder, type TempFolder } from './support/temp-folder.js';
import { ROOT } from '../helpers/run-cli.js';

const APP = '00000000-0000-0000-0000-0000000000aa'; // the double's multi-tenant app in every tenant
const APP_SECRET = 'double-secret';

const spec = (n: number, name: string, extra: Partial<TenantSpec> = {}): TenantSpec => ({
  id: `${String(n).padStart(8, '0')}-aaaa-4bbb-8ccc-${'d'.repeat(12)}`,
  name,
  domain: `${name.toLowerCase().replace(/[^a-z]/g, '')}.example`,
  users: 40,
  now: new Date(),
  ...extra,
});

const HEALTHY = spec(1, 'Alpha Healthy');
const HYBRID = spec(2, 'Bravo Hybrid', { hybrid: true, lastSyncMinutesAgo: 20 });
const UNLICENSED = spec(3, 'Charlie Unlicensed', { licensed: false });
const WRONG_SECRET = spec(4, 'Delta Wrong Secret');
const REGRESSES = spec(5, 'Echo Regresses');

function hasChromium(): boolean {
  try {
    findBrowser();
    return true;
  } catch {
    return false;
  }
}

interface RunOutput {
  code: number;
  log: Array<Record<string, unknown>>;
}

describe('fleet on the Graph double', function () {
  this.timeout(120_000);
  let double: GraphDouble;
  let dir: TempFolder;
  let http: HttpSink;
  let smtp: SmtpSink;
  before(async () => {
    http = await startHttpSink();
    smtp = await startSmtpSink({ user: 'relay', pass: 'relay-pa55' });
  });
  after(async () => {
    await http.close();
    await smtp.close();
  });
  beforeEach(() => (dir = tempFolder()));
  afterEach(async () => {
    await double?.stop();
    dir.remove();
  });

  const collector = () =>
    graphCollector({
      limits: FAST_LIMITS,
      network: { fetchOptions: trustingFetch(), tlsCa: testPki().caCert },
    });

  async function runFleet(config: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<RunOutput> {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString('utf8')));
    const code = await createFleetCommand({ collect: collector(), out, env }).run([
      '--config',
      config,
      '--json-log',
      ...args,
    ]);
    return {
      code,
      log: text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    };
  }

  it('healthy, unlicensed, wrong-secret and regressing tenants: per-tenant reports, fleet report, history, drift notification, exit 3', async function () {
    const pdf = hasChromium();
    double = await startDouble({
      tenants: [HEALTHY, HYBRID, UNLICENSED, WRONG_SECRET, REGRESSES].map(buildTenant),
    });
    const formats = pdf ? '[html, pdf, json]' : '[html, json]';
    const config = dir.write(
      'fleet.yaml',
      `defaults:
  formats: ${formats}
  concurrency: 3
  auth: {clientId: ${APP}, clientSecret: env:MSP_APP_SECRET}
  graphEndpoint: ${double.origin}
  authorityHost: ${double.origin}
  branding: branding/msp.yaml
  notify:
    webhook: {url: env:TEAMS_HOOK, format: teams}
    email: {smtp: env:SMTP_URL, from: audit@msp.example, to: [soc@msp.example], attachPdf: true}
    on: [drift]
tenants:
${[HEALTHY, HYBRID, UNLICENSED].map((t) => `  - {id: ${t.id}, name: ${t.name}}`).join('\n')}
  - {id: ${WRONG_SECRET.id}, name: ${WRONG_SECRET.name}, auth: {clientId: ${APP}, clientSecret: file:secrets/delta.txt}}
  - {id: ${REGRESSES.domain}, name: ${REGRESSES.name}}
`,
    );
    dir.write('secrets/delta.txt', 'not-the-double-secret\n');
    dir.write(
      'branding/msp.yaml',
      'companyName: Northwind MSP\ncolors: {primary: "#0b5394"}\nfooterText: Managed by Northwind MSP\n',
    );
    const env = {
      MSP_APP_SECRET: APP_SECRET,
      TEAMS_HOOK: `${http.url}/teams/hook-token`,
      SMTP_URL: `smtp://relay:relay-pa55@127.0.0.1:${smtp.port}`,
    };

    // run 1: everyone but the wrong secret is scanned; no drift yet (first scans)
    const first = await runFleet(config, env);
    expect(first.code).to.equal(3);
    const finished1 = first.log.filter((e) => e.type === 'tenant-finished');
    expect(finished1.filter((e) => e.outcome === 'ok')).to.have.length(4);
    const failed = finished1.find((e) => e.outcome === 'failed')!;
    expect(failed).to.deep.include({ tenantName: WRONG_SECRET.name, errorKind: 'auth' });
    expect(String(failed.error)).to.match(/AADSTS7000215|invalid_client|secret/i);
    // the hint points at the fleet config, where this secret came from, not at AZURE_CLIENT_SECRET
    expect(String(failed.error)).to.include('fleet config').and.not.include('AZURE_CLIENT_SECRET');
    expect(first.log.at(-1)).to.deep.include({ type: 'run-finished', scanned: 4, failed: 1, exitCode: 3 });
    expect(http.requests).to.have.length(0);

    // the regressing tenant turns SSPR on for a pilot group only (half its members) before run 2
    double.tenants[4] = buildTenant({ ...REGRESSES, enablement: 'selected' });
    const second = await runFleet(config, env);
    expect(second.code).to.equal(3);

    // per-tenant outputs: <out>/<tenant id>/<UTC timestamp>/ for each scanned tenant and run; none for the failure
    const out = join(dir.path, 'reports/fleet');
    const expected = [
      'manifest.json',
      'report.html',
      ...(pdf ? ['report.pdf'] : []),
      'results.json',
      'snapshot.json',
    ];
    for (const t of [HEALTHY, HYBRID, UNLICENSED]) {
      const runs = readdirSync(join(out, t.id));
      expect(runs, t.name).to.have.length(2);
      for (const r of runs) expect(readdirSync(join(out, t.id, r)).sort()).to.deep.equal(expected);
    }
    expect(readdirSync(join(out, REGRESSES.domain))).to.have.length(2);
    expect(existsSync(join(out, WRONG_SECRET.id))).to.equal(false);

    // the unlicensed tenant: scanned, its licence-bound checks say so
    const unlicensedRun = readdirSync(join(out, UNLICENSED.id)).sort().at(-1)!;
    const unlicensed = JSON.parse(
      readFileSync(join(out, UNLICENSED.id, unlicensedRun, 'results.json'), 'utf8'),
    ) as { checks: Array<{ id: string; status: string; reason?: string }> };
    expect(unlicensed.checks.some((c) => c.reason === 'not_licensed')).to.equal(true);

    // history: 5 tenants × 2 runs; drift on the regressing tenant's second scan
    const store = HistoryStore.open(join(out, 'history.sqlite'));
    expect(store.runs().map((r) => [r.status, r.scanned, r.failed])).to.deep.equal([
      ['completed', 4, 1],
      ['completed', 4, 1],
    ]);
    for (const t of [HEALTHY, HYBRID, UNLICENSED, WRONG_SECRET])
      expect(store.trend(t.id), t.name).to.have.length(2);
    expect(store.trend(WRONG_SECRET.id).map((r) => r.errorKind)).to.deep.equal(['auth', 'auth']);
    const echo = store.trend(REGRESSES.domain);
    expect(echo.map((r) => r.outcome)).to.deep.equal(['ok', 'ok']);
    const worse = echo[1].drift!.worse;
    expect(worse.length).to.be.greaterThan(0);
    expect(worse.map((c) => c.checkId)).to.include('SSPR-01');
    expect(store.trend(HEALTHY.id)[1].drift?.worse).to.deep.equal([]);
    store.close();

    // the regressing tenant's own report shows the changes since its last scan
    const echoRun = readdirSync(join(out, REGRESSES.domain)).sort().at(-1)!;
    const echoHtml = readFileSync(join(out, REGRESSES.domain, echoRun, 'report.html'), 'utf8');
    expect(echoHtml).to.include('Changes since the previous scan');

    // the fleet report: branded, matrix, "N of M", the regression and the failure
    const fleetHtml = readFileSync(join(out, 'fleet-report.html'), 'utf8');
    expect(fleetHtml).to.include('Northwind MSP: SSPR fleet report');
    expect(fleetHtml).to.match(/\d of 4 tenants fail SSPR-\d\d/);
    expect(fleetHtml).to.match(/<h3>Echo Regresses .*SSPR-01<\/b>/s);
    expect(fleetHtml).to.match(
      /Delta Wrong Secret<br><span class="tid">[^<]+<\/span><\/td><td>sign-in failed<\/td>/,
    );
    expect(existsSync(join(out, 'fleet-report.pdf'))).to.equal(pdf);

    // the drift notification reached both sinks, naming the tenant and the change; no secret anywhere
    expect(http.requests).to.have.length(1);
    const card = JSON.parse(http.requests[0].body);
    expect(card.attachments[0].content.body[2].facts.map((f: { title: string }) => f.title)).to.deep.equal([
      'Echo Regresses',
    ]);
    expect(card.attachments[0].content.body[2].facts[0].value).to.match(/SSPR-01 pass → (warn|fail)/);
    expect(smtp.messages).to.have.length(1);
    expect(smtp.messages[0].raw).to.include('Subject: SSPR fleet: 1 of 5 tenants needs attention');
    if (pdf)
      expect(smtp.messages[0].raw)
        .to.include('filename=fleet-report.pdf')
        .and.include('filename=Echo_Regresses-report.pdf');
    const everything = JSON.stringify([first.log, second.log]) + fleetHtml;
    for (const secret of [APP_SECRET, 'not-the-double-secret', 'relay-pa55', 'hook-token'])
      expect(everything).to.not.include(secret);
  });

  it('the real CLI (bin/sspr-audit.js, NODE_EXTRA_CA_CERTS) signs in against the double: a rejected secret is exit 3 with the history and fleet report written', async () => {
    double = await startDouble({ tenants: [buildTenant(WRONG_SECRET)] });
    const config = dir.write(
      'fleet.yaml',
      `defaults: {formats: [json], auth: {clientId: ${APP}, clientSecret: env:WRONG}, graphEndpoint: ${double.origin}, authorityHost: ${double.origin}}\ntenants: [{id: ${WRONG_SECRET.id}, name: Delta}]\n`,
    );
    const child = spawn(process.execPath, [join(ROOT, 'bin/sspr-audit.js'), 'fleet', '--config', config], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: testPki().caCertPath, WRONG: 'wrong-secret-value' },
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code, stdout).to.equal(3);
    expect(stdout).to.match(/error Delta \(.*\): could not be scanned \(auth\): .*AADSTS7000215/);
    expect(stdout).to.match(/fleet run 1 finished in \d+s: 0 scanned, 1 could not be scanned/);
    expect(stdout).to.not.include('wrong-secret-value');
    const store = HistoryStore.open(join(dir.path, 'reports/fleet/history.sqlite'));
    expect(store.trend(WRONG_SECRET.id).map((r) => r.errorKind)).to.deep.equal(['auth']);
    store.close();
    expect(existsSync(join(dir.path, 'reports/fleet/fleet-report.html'))).to.equal(true);
  });

  it('isolation: two tenants scanned at once with one app never see each other’s data', async () => {
    const a = spec(11, 'Isolated Alpha', { users: 60 });
    const b = spec(12, 'Isolated Bravo', { users: 25, hybrid: true });
    double = await startDouble({ tenants: [a, b].map(buildTenant) });
    const config = dir.write(
      'fleet.yaml',
      `defaults: {formats: [html, json], concurrency: 2, auth: {clientId: ${APP}, clientSecret: env:S}, graphEndpoint: ${double.origin}, authorityHost: ${double.origin}}
tenants:
  - {id: ${a.id}, name: ${a.name}}
  - {id: ${b.id}, name: ${b.name}}
`,
    );
    const run = await runFleet(config, { S: APP_SECRET });
    expect(run.code).to.equal(0);
    // each tenant signed in for itself (its own credential and token cache)
    const tokenCalls = double.stats.log.filter((l) => /\/oauth2\/v2\.0\/token/.test(l.url));
    expect(tokenCalls.filter((l) => l.url.includes(a.id)).length).to.be.at.least(1);
    expect(tokenCalls.filter((l) => l.url.includes(b.id)).length).to.be.at.least(1);
    const out = join(dir.path, 'reports/fleet');
    for (const [mine, other] of [
      [a, b],
      [b, a],
    ]) {
      const folder = join(out, mine.id, readdirSync(join(out, mine.id))[0]!);
      const snapshot = JSON.parse(readFileSync(join(folder, 'snapshot.json'), 'utf8'));
      expect(snapshot.tenant.id).to.equal(mine.id);
      expect(snapshot.sources.userRegistrationDetails.data).to.have.length(mine.users);
      for (const file of readdirSync(folder)) {
        const text = readFileSync(join(folder, file), 'utf8');
        expect(text, `${mine.name}/${file}`).to.not.include(other.domain);
        expect(text, `${mine.name}/${file}`).to.not.include(other.id);
        expect(text, `${mine.name}/${file}`).to.not.include(other.name);
      }
    }
  });
});

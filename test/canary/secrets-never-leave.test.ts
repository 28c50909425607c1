// Issue 11's "done when": every command that sees a secret runs against the Graph double with unique
// canary values (client secrets, the access tokens the double issues, the certificate's private key,
// the SMTP password and the webhook's token), then every output file, the SQLite history (as bytes),
// the notifications the local sinks received, stdout and stderr are searched; any canary fails.
// The last cases put the hostile proxy (test/hostile/) in front of the double: answers that echo the
// token form, echo the Authorization header, or send a nextLink to another port of the Graph host.

import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHttpSink, type HttpSink } from '../fleet/support/http-sink.js';
import { startSmtpSink, type SmtpSink } from '../fleet/support/smtp-sink.js';
import { testPki } from '../graph-double/certs.js';
import type { FaultKind, FaultSpec } from '../graph-double/faults.js';
import { GRAPH_ROUTES } from '../graph-double/graph-routes.js';
import { startDouble, trustingFetch } from '../graph-double/harness.js';
import type { GraphDouble } from '../graph-double/server.js';
import { buildTenant, type TenantSpec } from '../graph-double/tenants/build-tenant.js';
import { runCliAsync } from '../helpers/run-cli-async.js';
import type { CliRun } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/run-cli.js';
import { HostileGraph, editJson, isTokenRequest, jsonAnswer, pathIs } from '../hostile/hostile-graph.js';
import { TokenCatcher } from '../hostile/token-catcher.js';
import {
  canariesIn,
  canaryValue,
  filesUnder,
  privateKeyCanaries,
  searchableContent,
  type Canary,
} from './canary-values.js';

const APP = '00000000-0000-0000-0000-0000000000aa';
const TOKEN_MARKER = canaryValue('canaryTok');
const SECRET = canaryValue('canarySecretEnv');
const FILE_SECRET = canaryValue('canarySecretFile');
const WRONG_SECRET = canaryValue('canarySecretWrong');
const SMTP_PASS = canaryValue('canarySmtpPass');
const HOOK_TOKEN = canaryValue('canaryHookToken');

const tenant = (n: number, name: string, extra: Partial<TenantSpec> = {}): TenantSpec => ({
  id: `${String(n).padStart(8, '0')}-cccc-4aaa-8bbb-${'e'.repeat(12)}`,
  name,
  domain: `${name.toLowerCase().replace(/[^a-z]/g, '')}.example`,
  users: 30,
  now: new Date(),
  portal: true,
  ...extra,
});

describe('canary secrets never leave: outputs, history, notifications, stdout and stderr', function () {
  // CLI child processes on a shared, loaded machine: minutes each, never a timing assertion.
  this.timeout(900_000);
  const pki = testPki();
  const ENV_TENANT = tenant(1, 'Canary Env', { secret: SECRET, certificatePem: pki.appCert });
  const FILE_TENANT = tenant(2, 'Canary File', { secret: FILE_SECRET });
  const WRONG_TENANT = tenant(3, 'Canary Wrong', { secret: SECRET });
  const CERT_TENANT = tenant(4, 'Canary Cert', { secret: SECRET, certificatePem: pki.appCert });
  const canaries: Canary[] = [
    { label: 'client secret (env)', value: SECRET },
    { label: 'client secret (file:)', value: FILE_SECRET },
    { label: 'a wrong client secret', value: WRONG_SECRET },
    { label: 'access token (the double’s marker)', value: TOKEN_MARKER },
    { label: 'SMTP password', value: SMTP_PASS },
    { label: 'webhook URL token', value: HOOK_TOKEN },
    ...privateKeyCanaries(readFileSync(pki.appPemPath, 'utf8')),
  ];
  const work = tempDir('sspr-canary-');
  const runs: Array<{ what: string; run: CliRun }> = [];
  let double: GraphDouble;
  let http: HttpSink;
  let smtp: SmtpSink;
  let env: NodeJS.ProcessEnv;
  let endpoints: string[];
  let proxy: HostileGraph;
  let catcher: TokenCatcher;

  before(async () => {
    double = await startDouble({
      tenants: [ENV_TENANT, FILE_TENANT, WRONG_TENANT, CERT_TENANT].map(buildTenant),
      tokenMarker: TOKEN_MARKER,
    });
    http = await startHttpSink();
    smtp = await startSmtpSink({ user: 'relay', pass: SMTP_PASS });
    endpoints = ['--graph-endpoint', double.origin, '--authority-host', double.origin];
    proxy = await HostileGraph.start(double.origin, pki);
    catcher = await TokenCatcher.start(pki);
    env = {
      AZURE_TENANT_ID: ENV_TENANT.id,
      AZURE_CLIENT_ID: APP,
      AZURE_CLIENT_SECRET: SECRET,
      AZURE_CLIENT_CERTIFICATE_PATH: '',
      NODE_EXTRA_CA_CERTS: pki.caCertPath,
      SSPR_AUDIT_REPORTS_LIMIT: '5/300',
    };
  });
  after(async () => {
    await proxy?.stop();
    await catcher?.stop();
    await double?.stop();
    await http?.close();
    await smtp?.close();
  });

  async function cli(what: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliRun> {
    const run = await runCliAsync(args, { env: { ...env, ...extraEnv }, timeoutMs: 600_000 });
    runs.push({ what, run });
    return run;
  }

  /** Canaries in this run's stdout/stderr and in the files under `dir`, as "where: which". */
  function leaks(run: CliRun | undefined, dir?: string): string[] {
    const found: string[] = [];
    if (run)
      for (const [stream, text] of [
        ['stdout', run.stdout],
        ['stderr', run.stderr],
      ] as const)
        for (const c of canariesIn(text, canaries)) found.push(`${stream}: ${c}`);
    if (dir)
      for (const file of filesUnder(dir))
        for (const c of canariesIn(searchableContent(file), canaries)) found.push(`${file}: ${c}`);
    return found;
  }

  it('finds a canary when there is one (plain, base64, UTF-16), and the double’s tokens carry the marker', async () => {
    expect(canariesIn(`x ${SECRET} y`, canaries)).to.deep.equal(['client secret (env)']);
    expect(canariesIn(Buffer.from(`ab${TOKEN_MARKER}`).toString('base64'), canaries)).to.include(
      'access token (the double’s marker)',
    );
    expect(canariesIn(Buffer.from(SMTP_PASS, 'utf16le'), canaries)).to.deep.equal(['SMTP password']);
    expect(canariesIn('nothing secret here', canaries)).to.deep.equal([]);
    const answer = await fetch(`${double.origin}/${ENV_TENANT.id}/oauth2/v2.0/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: APP,
        client_secret: SECRET,
        scope: 'https://graph.microsoft.com/.default',
      }),
      ...trustingFetch(),
    });
    const { access_token: token } = (await answer.json()) as { access_token: string };
    expect(canariesIn(token, canaries)).to.deep.equal(['access token (the double’s marker)']);
  });

  it('scan with a client secret (--portal, --verbose, every format)', async () => {
    const out = join(work, 'scan-secret');
    const run = await cli('scan --auth env (secret)', [
      'scan',
      '--tenant',
      ENV_TENANT.id,
      ...endpoints,
      '--portal',
      '--portal-endpoint',
      double.origin,
      '--verbose',
      '--format',
      'html,pdf,json,csv,junit,sarif',
      '--out',
      out,
    ]);
    expect(run.code, run.stderr).to.be.oneOf([0, 1]);
    expect(filesUnder(out).map((f) => f.slice(out.length + 1))).to.include.members([
      'report.pdf',
      'results.json',
      'snapshot.json',
      'results.junit.xml',
    ]);
    expect(leaks(run, out)).to.deep.equal([]);
  });

  it('scan and collect with a certificate (the private key never leaves)', async () => {
    const out = join(work, 'scan-cert');
    const certEnv = { AZURE_CLIENT_SECRET: '', AZURE_CLIENT_CERTIFICATE_PATH: pki.appPemPath };
    const run = await cli(
      'scan --auth certificate',
      [
        'scan',
        '--tenant',
        CERT_TENANT.id,
        '--auth',
        'certificate',
        ...endpoints,
        '--verbose',
        '--format',
        'html,json,csv,junit,sarif',
        '--out',
        out,
      ],
      certEnv,
    );
    expect(run.code, run.stderr).to.be.oneOf([0, 1]);
    const snapshot = join(work, 'collect-cert', 'snapshot.json');
    const collect = await cli(
      'collect --auth certificate',
      ['collect', '--tenant', CERT_TENANT.id, '--auth', 'certificate', ...endpoints, '--snapshot', snapshot],
      certEnv,
    );
    expect(collect.code, collect.stderr).to.equal(0);
    expect(leaks(run, out)).to.deep.equal([]);
    expect(leaks(collect, join(work, 'collect-cert'))).to.deep.equal([]);
  });

  it('collect with a client secret, then evaluate its snapshot', async () => {
    const snapshot = join(work, 'collect-secret', 'snapshot.json');
    const collect = await cli('collect (secret)', [
      'collect',
      '--tenant',
      ENV_TENANT.id,
      ...endpoints,
      '--snapshot',
      snapshot,
    ]);
    expect(collect.code, collect.stderr).to.equal(0);
    const evaluate = await cli('evaluate', [
      'evaluate',
      '--snapshot',
      snapshot,
      '--format',
      'json,csv,junit,sarif,html',
      '--out',
      join(work, 'evaluate'),
    ]);
    expect(evaluate.code, evaluate.stderr).to.be.oneOf([0, 1]);
    expect(leaks(collect, join(work, 'collect-secret'))).to.deep.equal([]);
    expect(leaks(evaluate, join(work, 'evaluate'))).to.deep.equal([]);
  });

  it('Graph errors on every route (403, 5xx, 404, 429, truncated bodies, unlicensed) end up in reports without a token', async () => {
    const kinds: FaultKind[] = [
      'forbidden',
      'serverError',
      'notFound',
      'throttle',
      'truncate',
      'notLicensed',
    ];
    const faults: FaultSpec[] = GRAPH_ROUTES.map((r, i) => ({
      route: r.name,
      kind: kinds[i % kinds.length]!,
      status: kinds[i % kinds.length] === 'serverError' ? 502 : undefined,
      retryAfterSeconds: 0,
    }));
    double.faults.add(...faults);
    const out = join(work, 'scan-faults');
    try {
      const run = await cli('scan with Graph faults', [
        'scan',
        '--tenant',
        ENV_TENANT.id,
        ...endpoints,
        '--verbose',
        '--format',
        'html,json,csv,junit,sarif',
        '--out',
        out,
      ]);
      expect(run.code, run.stderr).to.be.oneOf([0, 1, 3]);
      expect(double.faults.hits().some((f) => f.hits > 0)).to.equal(true);
      expect(leaks(run, out)).to.deep.equal([]);
    } finally {
      double.faults.clear();
    }
  });

  it('sign-in failures: a wrong secret, and a token answer cut in half (exit 3, nothing secret printed)', async () => {
    const wrong = await cli(
      'scan with a wrong secret',
      [
        'scan',
        '--tenant',
        ENV_TENANT.id,
        ...endpoints,
        '--verbose',
        '--format',
        'json',
        '--out',
        join(work, 'w'),
      ],
      { AZURE_CLIENT_SECRET: WRONG_SECRET },
    );
    expect(wrong.code).to.equal(3);
    expect(wrong.stderr).to.include('AADSTS7000215');
    // the double's identity routes take wire faults only: a token answer cut in half
    double.faults.add({ route: 'token', kind: 'truncate' });
    try {
      const down = await cli('scan with the token endpoint failing', [
        'scan',
        '--tenant',
        ENV_TENANT.id,
        ...endpoints,
        '--verbose',
        '--format',
        'json',
        '--out',
        join(work, 'token-down'),
      ]);
      expect(down.code).to.equal(3);
      expect(leaks(wrong, join(work, 'w'))).to.deep.equal([]);
      expect(leaks(down, join(work, 'token-down'))).to.deep.equal([]);
    } finally {
      double.faults.clear();
    }
  });

  it('fleet with env: and file: secrets, a certificate and a wrong secret: reports, history database, notifications', async () => {
    const dir = join(work, 'fleet');
    const cfg = join(work, 'fleet.yaml');
    writeFileSync(join(work, 'file-secret.txt'), `${FILE_SECRET}\n`);
    writeFileSync(
      cfg,
      `defaults:
  formats: [html, pdf, json, csv, junit, sarif]
  concurrency: 2
  out: ${dir}
  auth: {clientId: ${APP}, clientSecret: env:CANARY_SECRET}
  graphEndpoint: ${double.origin}
  authorityHost: ${double.origin}
  notify:
    webhook: {url: env:HOOK, format: teams}
    email: {smtp: env:SMTP_URL, from: audit@msp.example, to: [soc@msp.example], attachPdf: true}
    on: [failed, below:100]
tenants:
  - {id: ${ENV_TENANT.id}, name: ${ENV_TENANT.name}}
  - {id: ${FILE_TENANT.id}, name: ${FILE_TENANT.name}, auth: {clientId: ${APP}, clientSecret: file:file-secret.txt}}
  - {id: ${WRONG_TENANT.id}, name: ${WRONG_TENANT.name}, auth: {clientId: ${APP}, clientSecret: env:WRONG_SECRET}}
  - {id: ${CERT_TENANT.id}, name: ${CERT_TENANT.name}, auth: {clientId: ${APP}, certificatePath: file:${pki.appPemPath}}}
`,
    );
    const fleetEnv = {
      AZURE_CLIENT_SECRET: '',
      CANARY_SECRET: SECRET,
      WRONG_SECRET,
      HOOK: `${http.url}/hook/${HOOK_TOKEN}`,
      SMTP_URL: `smtp://relay:${SMTP_PASS}@127.0.0.1:${smtp.port}`,
    };
    const first = await cli('fleet (human log)', ['fleet', '--config', cfg], fleetEnv);
    expect(first.code, first.stdout + first.stderr).to.equal(3);
    expect(first.stdout).to.match(/3 scanned, 1 could not be scanned/);
    // a second pass (the failing tenant only), logged as JSON
    const second = await cli(
      'fleet --json-log',
      ['fleet', '--config', cfg, '--json-log', '--tenant', WRONG_TENANT.id],
      fleetEnv,
    );
    expect(second.code, second.stdout + second.stderr).to.equal(3);
    const db = join(dir, 'history.sqlite');
    const history = await cli('history', ['history', '--tenant', WRONG_TENANT.id, '--db', db]);
    const historyJson = await cli('history --json', [
      'history',
      '--tenant',
      ENV_TENANT.id,
      '--db',
      db,
      '--json',
    ]);
    expect(history.code, history.stderr).to.equal(0);
    expect(historyJson.code, historyJson.stderr).to.equal(0);

    // the notifications went out (else this would prove nothing), and carry no canary
    expect(http.requests.length).to.be.greaterThan(0);
    expect(smtp.messages.length).to.be.greaterThan(0);
    const sent = [
      ...http.requests.map((r) => `${JSON.stringify(r.headers)}\n${r.body}`),
      ...smtp.messages.map((m) => m.raw),
    ].join('\n');
    expect(canariesIn(sent, canaries), 'notifications').to.deep.equal([]);
    expect(filesUnder(dir).some((f) => f.endsWith('history.sqlite'))).to.equal(true);
    expect([first, second, history, historyJson].flatMap((r) => leaks(r))).to.deep.equal([]);
    expect(leaks(undefined, dir)).to.deep.equal([]);
  });

  // The hostile proxy's cases: the scan talks to the proxy only (Graph and sign-in), which answers as a
  // misbehaving gateway would; the answers themselves carry the canaries.
  const URD = '/v1.0/reports/authenticationMethods/userRegistrationDetails';
  const viaProxy = () => ['--graph-endpoint', proxy.origin, '--authority-host', proxy.origin];

  it('hostile: a token endpoint error that echoes the form body (client_secret=…) prints no secret', async () => {
    const echoed: string[] = [];
    proxy.use({
      intercept: (req) => {
        if (!isTokenRequest(req)) return undefined;
        echoed.push(req.body);
        return jsonAnswer(401, {
          error: 'invalid_client',
          error_description: `AADSTS7000215: Invalid client secret provided. Request: ${req.body}`,
          error_codes: [7000215],
        });
      },
    });
    const out = join(work, 'hostile-token-echo');
    const run = await cli('scan, token endpoint echoing the form', [
      'scan',
      '--tenant',
      ENV_TENANT.id,
      ...viaProxy(),
      '--verbose',
      '--format',
      'html,json,csv,junit,sarif',
      '--out',
      out,
    ]);
    // the proxy really sent the secret back (else this would prove nothing), and the CLI printed the echo
    expect(canariesIn(echoed.join('\n'), canaries)).to.include('client secret (env)');
    expect(run.code, run.stderr).to.equal(3);
    expect(run.stderr).to.include('AADSTS7000215');
    expect(leaks(run, out)).to.deep.equal([]);
  });

  it('hostile: a Graph error body that echoes the Authorization header leaves the token in no output', async () => {
    const echoed: string[] = [];
    proxy.use({
      intercept: (req) => {
        if (!pathIs(req, URD)) return undefined;
        const authorization = String(req.headers.authorization);
        echoed.push(authorization);
        return jsonAnswer(400, {
          error: {
            code: 'BadRequest',
            message: `gateway refused the request. Authorization: ${authorization}; token=${authorization.replace(/^Bearer /, '')}`,
          },
        });
      },
    });
    const out = join(work, 'hostile-header-echo');
    const run = await cli('scan, Graph error echoing the Authorization header', [
      'scan',
      '--tenant',
      ENV_TENANT.id,
      ...viaProxy(),
      '--verbose',
      '--format',
      'html,json,csv,junit,sarif',
      '--out',
      out,
    ]);
    expect(canariesIn(echoed.join('\n'), canaries)).to.include('access token (the double’s marker)');
    expect(run.code, run.stderr).to.equal(0);
    // the echo reached the snapshot (masked), so the search below looks where the token would be
    const snapshot = JSON.parse(readFileSync(join(out, 'snapshot.json'), 'utf8')) as {
      sources: Record<string, { outcome: { status: string; error?: string } }>;
    };
    const outcome = snapshot.sources.userRegistrationDetails!.outcome;
    expect(outcome.status).to.equal('error');
    expect(outcome.error).to.include('gateway refused the request');
    expect(leaks(run, out)).to.deep.equal([]);
    expect(outcome.error).to.include('[redacted]');
  });

  it('hostile: an @odata.nextLink to the Graph host on another port gets no token, and no output has one', async () => {
    catcher.caught.length = 0;
    proxy.use({
      rewrite: (req, answer) =>
        pathIs(req, URD) && !req.url.includes('skiptoken')
          ? editJson(answer, (b: Record<string, unknown>) => {
              b['@odata.nextLink'] = `${catcher.origin}${URD}?$skiptoken=steal`;
            })
          : answer,
    });
    const out = join(work, 'hostile-next-link');
    const run = await cli('scan, nextLink to another port', [
      'scan',
      '--tenant',
      ENV_TENANT.id,
      ...viaProxy(),
      '--verbose',
      '--format',
      'html,json,csv,junit,sarif',
      '--out',
      out,
    ]);
    expect(run.code, run.stderr).to.equal(0);
    expect(proxy.requests.some((r) => pathIs(r, URD))).to.equal(true);
    expect(
      canariesIn(JSON.stringify(catcher.caught), canaries),
      'canaries that reached the other port',
    ).to.deep.equal([]);
    expect(catcher.caught, 'requests that reached the other port').to.deep.equal([]);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as {
      collection: Array<{ source: string; status: string; error?: string }>;
    };
    const row = results.collection.find((c) => c.source === 'userRegistrationDetails')!;
    expect(row.status).to.equal('error');
    expect(row.error).to.include(catcher.origin);
    expect(leaks(run, out)).to.deep.equal([]);
  });

  it('nothing anywhere: every file this test wrote (bar the secret file it was given) and every stream', () => {
    const given = join(work, 'file-secret.txt');
    const files = filesUnder(work).filter((f) => f !== given);
    expect(files.length).to.be.greaterThan(20);
    const found = files.flatMap((f) => canariesIn(searchableContent(f), canaries).map((c) => `${f}: ${c}`));
    for (const { what, run } of runs)
      for (const c of canariesIn(run.stdout + run.stderr, canaries)) found.push(`${what}: ${c}`);
    expect(found).to.deep.equal([]);
  });
});

// The scanner against a HOSTILE Graph and sign-in server: the real CLI (bin/sspr-audit.js scan) in a
// child process, talking to the hostile proxy in front of the Graph double. Each case is one of issue
// 11's findings: the token never leaves the Graph origin, no secret or token reaches any output, no
// garbage becomes a verdict, nothing hangs, nothing is graded when nothing was collected.

import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Results } from '../../src/results/types.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { testPki } from '../graph-double/certs.js';
import { startDouble } from '../graph-double/harness.js';
import type { GraphDouble } from '../graph-double/server.js';
import { preset } from '../graph-double/tenants/presets.js';
import { runCliAsync } from '../helpers/run-cli-async.js';
import { runCli, tempDir, type CliRun } from '../helpers/run-cli.js';
import {
  HostileGraph,
  editBatchInner,
  editJson,
  isGraph,
  isOpenIdDocument,
  isTokenRequest,
  jsonAnswer,
  pathIs,
  type HostileRequest,
  type Scenario,
} from './hostile-graph.js';
import { TokenCatcher } from './token-catcher.js';

const URD = '/v1.0/reports/authenticationMethods/userRegistrationDetails';
/** A canary secret with characters a form body percent-encodes. */
const SECRET = 'Canary~Secret.7Qx+/Zp9=Kw';

const bearerOf = (req: HostileRequest | undefined) =>
  String(req?.headers.authorization ?? '').replace(/^Bearer /, '');

interface ScanRun extends CliRun {
  out: string;
  results?: Results;
  snapshot?: Snapshot;
}

/** Every file under `dir` (recursively) as text. */
function filesOf(dir: string): Array<{ file: string; text: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = join(e.parentPath, e.name);
      return { file, text: readFileSync(file).toString('latin1') };
    });
}

describe('scan against a hostile Graph (real CLI, hostile proxy in front of the double)', function () {
  this.timeout(120_000);
  const pki = testPki();
  const { tenant } = preset('cloud-only', { certificatePem: pki.appCert });
  tenant.apps[0]!.secret = SECRET;
  const app = tenant.apps[0]!;
  let double: GraphDouble;
  let proxy: HostileGraph;
  let catcher: TokenCatcher;
  let plainCatcher: TokenCatcher;
  const outs: string[] = [];

  before(async () => {
    double = await startDouble({ tenants: [tenant], reportThrottle: { limit: 5, windowMs: 300 } });
    proxy = await HostileGraph.start(double.origin, pki);
    catcher = await TokenCatcher.start(pki);
    plainCatcher = await TokenCatcher.start(pki, { http: true });
  });
  after(async () => {
    await proxy.stop();
    await catcher.stop();
    await plainCatcher.stop();
    await double.stop();
    for (const dir of outs) rmSync(dir, { recursive: true, force: true });
  });

  async function scan(
    scenario: Scenario,
    extra: string[] = [],
    env: NodeJS.ProcessEnv = {},
  ): Promise<ScanRun> {
    proxy.use(scenario);
    catcher.caught.length = 0;
    plainCatcher.caught.length = 0;
    const out = tempDir();
    outs.push(out);
    const run = await runCliAsync(
      [
        'scan',
        '--tenant',
        tenant.id,
        '--graph-endpoint',
        proxy.origin,
        '--authority-host',
        proxy.origin,
        '--format',
        'json,html,csv,junit,sarif',
        '--out',
        out,
        ...extra,
      ],
      {
        env: {
          AZURE_TENANT_ID: tenant.id,
          AZURE_CLIENT_ID: app.clientId,
          AZURE_CLIENT_SECRET: SECRET,
          AZURE_CLIENT_CERTIFICATE_PATH: '',
          NODE_EXTRA_CA_CERTS: pki.caCertPath,
          SSPR_AUDIT_REPORTS_LIMIT: '5/300',
          ...env,
        },
        timeoutMs: 90_000,
      },
    );
    const read = <T>(name: string) =>
      existsSync(join(out, name)) ? (JSON.parse(readFileSync(join(out, name), 'utf8')) as T) : undefined;
    return { ...run, out, results: read<Results>('results.json'), snapshot: read<Snapshot>('snapshot.json') };
  }

  /** Fails naming the place when `needle` is in stdout, stderr or any output file. */
  function expectNowhere(run: ScanRun, needle: string, what: string): void {
    expect(needle.length, `${what} is empty`).to.be.greaterThan(8);
    expect(run.stdout, `${what} in stdout`).not.to.include(needle);
    expect(run.stderr, `${what} in stderr`).not.to.include(needle);
    for (const { file, text } of filesOf(run.out)) expect(text, `${what} in ${file}`).not.to.include(needle);
  }

  const statusOf = (r: Results | undefined, id: string) => r?.checks.find((c) => c.id === id);

  /** `evaluate` of the scan's own snapshot accepts it and gives the same verdicts. */
  function expectEvaluateAgrees(run: ScanRun): void {
    const again = tempDir();
    outs.push(again);
    const evaluated = runCli([
      'evaluate',
      '--snapshot',
      join(run.out, 'snapshot.json'),
      '--format',
      'json',
      '--out',
      again,
    ]);
    expect(evaluated.code, evaluated.stderr).to.equal(0);
    const offline = JSON.parse(readFileSync(join(again, 'results.json'), 'utf8')) as Results;
    const verdicts = (r: Results) => r.checks.map((c) => `${c.id} ${c.status} ${c.reason ?? ''}`);
    expect(verdicts(offline)).to.deep.equal(verdicts(run.results!));
    expect(offline.score).to.deep.equal(run.results!.score);
  }

  it('the proxy is transparent without a scenario (the baseline every case departs from)', async () => {
    const run = await scan({});
    expect(run.code, run.stderr).to.equal(0);
    // An application scan without --portal: every source answers but the three delegated-only reports
    // and the portal's, never called.
    const collection = run.results!.collection;
    expect(collection.filter((c) => c.status === 'skipped').map((c) => c.source)).to.have.members([
      'passwordResetPolicies',
      'onPremisesPasswordResetPolicies',
      'usersRegisteredByMethod',
      'usersRegisteredByFeature',
      'userRegistrationActivity',
    ]);
    expect(collection.filter((c) => c.status !== 'ok' && c.status !== 'skipped')).to.deep.equal([]);
    expect(proxy.requests.some((r) => isTokenRequest(r))).to.equal(true);
  });

  it('1. a nextLink to the Graph host on another port gets no token; the source is error (malformed)', async () => {
    const run = await scan({
      rewrite: (req, answer) =>
        pathIs(req, URD) && !req.url.includes('skiptoken')
          ? editJson(answer, (b: Record<string, unknown>) => {
              b['@odata.nextLink'] = `${catcher.origin}${URD}?$skiptoken=steal`;
            })
          : answer,
    });
    expect(run.code, run.stderr).to.equal(0);
    expect(catcher.caught, 'requests that reached the other port').to.deep.equal([]);
    const outcome = run.snapshot!.sources.userRegistrationDetails.outcome;
    expect(outcome.status).to.equal('error');
    expect(outcome.error)
      .to.include(URD)
      .and.to.include(catcher.origin)
      .and.to.include('not what Graph sends');
    expect(statusOf(run.results, 'SSPR-14')?.status).to.equal('not_assessed');
  });

  it('2. an error body echoing the Authorization header leaves the token in no output', async () => {
    let token = '';
    const run = await scan(
      {
        intercept: (req) => {
          if (!pathIs(req, URD)) return undefined;
          token = bearerOf(req);
          return jsonAnswer(400, {
            error: {
              code: 'BadRequest',
              message: `gateway refused the request. Authorization: ${String(req.headers.authorization)}; token=${token}`,
            },
          });
        },
      },
      ['--verbose'],
    );
    expect(run.code, run.stderr).to.equal(0);
    expect(run.snapshot!.sources.userRegistrationDetails.outcome.error).to.include('[redacted]');
    expectNowhere(run, token, 'the access token');
    expectNowhere(run, token.split('.')[2]!, "the token's signature");
  });

  it('2. collect: a 403 body quoting the bearer token leaves it in neither the snapshot nor stderr', async () => {
    let token = '';
    proxy.use({
      intercept: (req) => {
        if (!pathIs(req, URD)) return undefined;
        token = bearerOf(req);
        return jsonAnswer(403, {
          error: { code: 'Authorization_RequestDenied', message: `denied for bearer ${token}` },
        });
      },
    });
    const dir = tempDir();
    outs.push(dir);
    const file = join(dir, 'snapshot.json');
    const run = await runCliAsync(
      [
        'collect',
        '--tenant',
        tenant.id,
        '--graph-endpoint',
        proxy.origin,
        '--authority-host',
        proxy.origin,
        '--snapshot',
        file,
        '--verbose',
      ],
      {
        env: {
          AZURE_TENANT_ID: tenant.id,
          AZURE_CLIENT_ID: app.clientId,
          AZURE_CLIENT_SECRET: SECRET,
          AZURE_CLIENT_CERTIFICATE_PATH: '',
          NODE_EXTRA_CA_CERTS: pki.caCertPath,
          SSPR_AUDIT_REPORTS_LIMIT: '5/300',
        },
      },
    );
    expect(run.code, run.stderr).to.equal(0);
    expectNowhere({ ...run, out: dir }, token, 'the access token');
  });

  it('3. a token endpoint error echoing the form body prints no client secret', async () => {
    const run = await scan({
      intercept: (req) =>
        isTokenRequest(req)
          ? jsonAnswer(401, {
              error: 'invalid_client',
              error_description: `AADSTS7000215: Invalid client secret provided. Request: ${req.body}`,
              error_codes: [7000215],
            })
          : undefined,
    });
    expect(run.code).to.equal(3);
    expect(run.stderr).to.include('AADSTS7000215');
    expectNowhere(run, SECRET, 'the client secret');
    expectNowhere(run, encodeURIComponent(SECRET), 'the form-encoded client secret');
    expect(run.stderr).not.to.match(/client_secret=(?!\[redacted\])/i);
  });

  it('4. a string isSsprEnabled makes the source error (naming path and type), not a verdict; evaluate agrees', async () => {
    const run = await scan({
      rewrite: (req, answer) =>
        pathIs(req, URD)
          ? editJson(answer, (b: { value: Array<Record<string, unknown>> }) => {
              for (const row of b.value) row.isSsprEnabled = 'false';
            })
          : answer,
    });
    expect(run.code, run.stderr).to.equal(0);
    const outcome = run.snapshot!.sources.userRegistrationDetails.outcome;
    expect(outcome.status).to.equal('error');
    expect(outcome.error).to.include(URD).and.to.include('isSsprEnabled').and.to.include('boolean');
    expect(run.results!.collection.find((c) => c.source === 'userRegistrationDetails')?.status).to.equal(
      'error',
    );
    expect(statusOf(run.results, 'SSPR-14')).to.deep.include({ status: 'not_assessed' });
    expectEvaluateAgrees(run);
  });

  it('4. a numeric organization displayName inside the $batch answer is caught as well; evaluate agrees', async () => {
    const run = await scan({
      rewrite: (req, answer) =>
        pathIs(req, '/v1.0/$batch')
          ? editBatchInner(answer, 'organization', (inner) => {
              inner.body.value[0].displayName = 42;
            })
          : answer,
    });
    expect(run.code, run.stderr).to.equal(0);
    const outcome = run.snapshot!.sources.organization.outcome;
    expect(outcome.status).to.equal('error');
    expect(outcome.error)
      .to.include('/v1.0/organization')
      .and.to.include('displayName')
      .and.to.include('string');
    expectEvaluateAgrees(run);
  });

  it('5. a stalled token endpoint ends the scan at --timeout-minutes (exit 3, names sign-in)', async () => {
    const run = await scan({ intercept: (req) => (isTokenRequest(req) ? 'stall' : undefined) }, [
      '--timeout-minutes',
      '0.1',
    ]);
    expect(run.code, run.stderr).to.equal(3);
    expect(run.stderr)
      .to.match(/sign-in/i)
      .and.to.include('0.1 minutes');
    expect(existsSync(join(run.out, 'results.json'))).to.equal(false);
  });

  it('5. a stalled OpenID document ends the scan at --timeout-minutes as well', async () => {
    const run = await scan({ intercept: (req) => (isOpenIdDocument(req) ? 'stall' : undefined) }, [
      '--timeout-minutes',
      '0.1',
    ]);
    expect(run.code, run.stderr).to.equal(3);
    expect(run.stderr).to.match(/sign-in/i);
  });

  it('6. a null row in `value` makes that source error (naming the endpoint), not a crash', async () => {
    const run = await scan({
      rewrite: (req, answer) =>
        pathIs(req, URD)
          ? editJson(answer, (b: { value: unknown[] }) => {
              b.value.splice(1, 0, null);
            })
          : answer,
    });
    expect(run.code, run.stderr).to.equal(0);
    const outcome = run.snapshot!.sources.userRegistrationDetails.outcome;
    expect(outcome.status).to.equal('error');
    expect(outcome.error).to.include(URD).and.to.include('/1');
    expectEvaluateAgrees(run);
  });

  it('6. a numeric access_token from the token endpoint exits 3 naming the token endpoint', async () => {
    const run = await scan({
      rewrite: (req, answer) =>
        isTokenRequest(req) && answer.status === 200
          ? editJson(answer, (b: Record<string, unknown>) => {
              b.access_token = 12345;
            })
          : answer,
    });
    expect(run.code, run.stderr).to.equal(3);
    expect(run.stderr).to.include('could not collect').and.to.match(/token/);
    expect(run.stderr).not.to.include('internal error');
  });

  it('10. a 302 from Graph (to http://) is not followed: the source is error, naming it', async () => {
    const run = await scan({
      intercept: (req) =>
        pathIs(req, URD)
          ? { status: 302, headers: { location: `${plainCatcher.origin}${URD}` }, body: '' }
          : undefined,
    });
    expect(run.code, run.stderr).to.equal(0);
    expect(plainCatcher.caught, 'requests that followed the redirect').to.deep.equal([]);
    const outcome = run.snapshot!.sources.userRegistrationDetails.outcome;
    expect(outcome.status).to.equal('error');
    expect(outcome.error).to.include(URD).and.to.include('302');
  });

  it('10. a 302 inside the collector of a $batch source (the POST itself) is not followed either', async () => {
    const run = await scan({
      intercept: (req) =>
        pathIs(req, '/v1.0/$batch')
          ? { status: 302, headers: { location: `${catcher.origin}/v1.0/$batch` }, body: '' }
          : undefined,
    });
    expect(run.code, run.stderr).to.equal(0);
    expect(catcher.caught).to.deep.equal([]);
    const outcome = run.snapshot!.sources.organization.outcome;
    expect(outcome.status).to.equal('error');
    expect(outcome.error).to.include('POST /v1.0/$batch').and.to.include('302');
  });

  it('11. every Graph call answering 401: exit 3, says why, no results, report or grade', async () => {
    const run = await scan({
      intercept: (req) =>
        isGraph(req)
          ? jsonAnswer(401, {
              error: { code: 'InvalidAuthenticationToken', message: 'Access token validation failure.' },
            })
          : undefined,
    });
    expect(run.code, run.stderr).to.equal(3);
    expect(run.stderr).to.include('could not collect').and.to.include('HTTP 401');
    expect(run.stdout).not.to.include('grade');
    for (const name of ['results.json', 'report.html', 'results.csv', 'results.sarif', 'results.junit.xml'])
      expect(existsSync(join(run.out, name)), name).to.equal(false);
  });

  it('11. every Graph call answering 502: exit 3 and no grade', async () => {
    const run = await scan({
      intercept: (req) =>
        isGraph(req)
          ? jsonAnswer(
              502,
              { error: { code: 'BadGateway', message: 'upstream down' } },
              { 'retry-after': '0' },
            )
          : undefined,
    });
    expect(run.code, run.stderr).to.equal(3);
    expect(run.stdout).not.to.include('grade');
    expect(existsSync(join(run.out, 'results.json'))).to.equal(false);
  });

  it('11. a Graph 401 on one source is an error, never a missing permission', async () => {
    const run = await scan({
      intercept: (req) =>
        pathIs(req, URD)
          ? jsonAnswer(401, {
              error: { code: 'InvalidAuthenticationToken', message: 'Lifetime validation failed.' },
            })
          : undefined,
    });
    expect(run.code, run.stderr).to.equal(0);
    const row = run.results!.collection.find((c) => c.source === 'userRegistrationDetails')!;
    expect(row.status).to.equal('error');
    expect(row.permission).to.equal(undefined);
    expect(row.error).to.include('HTTP 401').and.not.to.include('needs');
  });
});

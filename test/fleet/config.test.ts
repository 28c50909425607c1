import { expect } from 'chai';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { loadFleetConfig } from '../../src/fleet/config.js';
import { validatorFor } from '../../src/inputs/schemas.js';
import { InputError } from '../../src/util/input-error.js';
import { tempFolder, type TempFolder } from './support/temp-folder.js';

const GUID_A = '11111111-2222-3333-4444-555555555555';
const GUID_B = '66666666-7777-4888-9999-aaaaaaaaaaaa';
const APP = '00000000-0000-0000-0000-000000000001';
const ENV = {
  CONTOSO_SECRET: 's3cr3t-contoso',
  FABRIKAM_SECRET: 's3cr3t-fabrikam',
  SMTP_URL: 'smtp://user:pw@127.0.0.1:2525',
  HOOK: 'https://hooks.example/T/123',
};

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('fleet config', () => {
  let dir: TempFolder;
  beforeEach(() => (dir = tempFolder()));
  afterEach(() => dir.remove());

  const load = (yaml: string, env: NodeJS.ProcessEnv = ENV) =>
    loadFleetConfig(dir.write('fleet.yaml', yaml), { env });

  it('loads the DESIGN.md shape, resolving relative paths against the config folder', () => {
    dir.write(
      'attest/contoso.yaml',
      'attestedBy: Jane\nattestedAt: 2026-01-02\nsettings: {enablement: all}\n',
    );
    dir.write(
      'exceptions/contoso.yaml',
      '- {check: SSPR-06, reason: accepted, owner: Jane, expires: 2030-01-01}\n',
    );
    const config = load(`
defaults:
  out: out/fleet
  formats: [html, json]
  concurrency: 2
  schedule: "0 6 * * 1"
  timezone: Europe/London
  notify:
    webhook: {url: env:HOOK, format: teams}
    email: {smtp: env:SMTP_URL, from: audit@msp.example, to: [soc@msp.example], attachPdf: true}
    on: [drift, below:70]
tenants:
  - id: ${GUID_A}
    name: Contoso
    auth: {clientId: ${APP}, clientSecret: env:CONTOSO_SECRET}
    cloud: global
    graphEndpoint: https://127.0.0.1:8443/
    authorityHost: https://127.0.0.1:8443
    attestation: attest/contoso.yaml
    exceptions: exceptions/contoso.yaml
`);
    expect(config.defaults.out).to.equal(join(dir.path, 'out/fleet'));
    expect(config.defaults.history).to.equal(join(dir.path, 'out/fleet/history.sqlite'));
    expect(config.defaults.formats).to.deep.equal(['html', 'json']);
    expect(config.defaults.concurrency).to.equal(2);
    expect(config.defaults.notify?.on).to.deep.equal([{ kind: 'drift' }, { kind: 'below', score: 70 }]);
    expect(config.defaults.notify?.webhook?.format).to.equal('teams');
    expect(config.defaults.notify?.email?.attachPdf).to.equal(true);
    const [t] = config.tenants;
    expect(t.attestation).to.equal(join(dir.path, 'attest/contoso.yaml'));
    expect(t.exceptions).to.equal(join(dir.path, 'exceptions/contoso.yaml'));
    expect(t.graphEndpoint).to.equal('https://127.0.0.1:8443');
    expect(t.auth).to.deep.include({ clientId: APP, shared: false });
    expect(t.auth.credential).to.deep.equal({
      kind: 'secret',
      secret: { kind: 'env', name: 'CONTOSO_SECRET', text: 'env:CONTOSO_SECRET' },
    });
  });

  it('the documented example (docs/examples/fleet.yaml) matches the schema', () => {
    const example = parseYaml(
      readFileSync(new URL('../../docs/examples/fleet.yaml', import.meta.url), 'utf8'),
    );
    const validate = validatorFor('fleet');
    expect(validate(example), JSON.stringify(validate.errors)).to.equal(true);
  });

  it('applies the documented defaults (out and history beside the config, concurrency 4, html/pdf/json)', () => {
    const config = load(
      `defaults: {auth: {clientId: ${APP}, clientSecret: env:CONTOSO_SECRET}}\ntenants: [{id: ${GUID_A}, name: Contoso}]\n`,
    );
    expect(config.defaults).to.deep.include({
      out: join(dir.path, 'reports/fleet'),
      history: join(dir.path, 'reports/fleet/history.sqlite'),
      concurrency: 4,
    });
    expect(config.defaults.formats).to.deep.equal(['html', 'pdf', 'json']);
  });

  it('shares one multi-tenant app from defaults.auth across tenants that give only their id', () => {
    const config = load(`
defaults: {auth: {clientId: ${APP}, clientSecret: env:CONTOSO_SECRET}}
tenants:
  - {id: ${GUID_A}, name: Contoso}
  - {id: fabrikam.onmicrosoft.com, name: Fabrikam}
  - {id: ${GUID_B}, name: Own app, auth: {clientId: ${APP}, clientSecret: env:FABRIKAM_SECRET}}
`);
    expect(config.tenants.map((t) => t.auth.shared)).to.deep.equal([true, true, false]);
    expect(config.tenants[1].id).to.equal('fabrikam.onmicrosoft.com');
  });

  it('accepts a certificate as file: (relative) or env: holding its path', () => {
    dir.write('certs/app.pem', '-----BEGIN PRIVATE KEY-----\nMII\n-----END PRIVATE KEY-----\n');
    const config = load(
      `tenants:
  - {id: ${GUID_A}, name: A, auth: {clientId: ${APP}, certificatePath: file:certs/app.pem}}
  - {id: ${GUID_B}, name: B, auth: {clientId: ${APP}, certificatePath: env:CERT_PATH}}
`,
      { CERT_PATH: 'certs/app.pem' },
    );
    expect(config.tenants[0].auth.credential).to.deep.equal({
      kind: 'certificate',
      certificate: { kind: 'file', path: join(dir.path, 'certs/app.pem'), text: 'file:certs/app.pem' },
    });
    expect(config.tenants).to.have.length(2);
  });

  describe('errors name the tenant (index and name) and the field', () => {
    const cases: Array<{ name: string; yaml: string; message: RegExp; env?: NodeJS.ProcessEnv }> = [
      {
        name: 'inline client secret (never echoed)',
        yaml: `tenants: [{id: ${GUID_A}, name: Contoso, auth: {clientId: ${APP}, clientSecret: "Xy7~inline.secret"}}]`,
        message: /tenants\[0\] "Contoso" \/tenants\/0\/auth\/clientSecret: an inline secret is not allowed/,
      },
      {
        name: 'missing name',
        yaml: `defaults: {auth: {clientId: ${APP}, clientSecret: env:CONTOSO_SECRET}}\ntenants: [{id: ${GUID_A}, name: A}, {id: ${GUID_B}}]`,
        message: /tenants\[1\] \/tenants\/1: missing required property "name"/,
      },
      {
        name: 'bad tenant id',
        yaml: `tenants: [{id: not a tenant, name: Contoso}]`,
        message: /tenants\[0\] "Contoso" \/tenants\/0\/id: expected a tenant GUID or a verified domain/,
      },
      {
        name: 'no tenants',
        yaml: `tenants: []`,
        message: /config \/tenants: must NOT have fewer than 1 items/,
      },
      {
        name: 'unknown key',
        yaml: `tenants: [{id: ${GUID_A}, name: Contoso, secret: x}]`,
        message: /tenants\[0\] "Contoso" \/tenants\/0: unknown property "secret"/,
      },
      {
        name: 'duplicate tenant ids, case-insensitive',
        yaml: `defaults: {auth: {clientId: ${APP}, clientSecret: env:CONTOSO_SECRET}}\ntenants: [{id: ${GUID_A}, name: Contoso}, {id: ${GUID_A.toUpperCase()}, name: Again}]`,
        message:
          /tenants\[1\] "Again" \/tenants\/1\/id: duplicate tenant id .* \(also tenants\[0\] "Contoso"\)/,
      },
      {
        name: 'unset env: reference',
        yaml: `tenants: [{id: ${GUID_A}, name: Contoso, auth: {clientId: ${APP}, clientSecret: env:NOPE_SECRET}}]`,
        message:
          /tenants\[0\] "Contoso" \/tenants\/0\/auth\/clientSecret: cannot resolve env:NOPE_SECRET: environment variable NOPE_SECRET is not set/,
      },
      {
        name: 'missing file: reference',
        yaml: `tenants: [{id: ${GUID_A}, name: Contoso, auth: {clientId: ${APP}, clientSecret: file:secrets/none.txt}}]`,
        message:
          /tenants\[0\] "Contoso" \/tenants\/0\/auth\/clientSecret: cannot resolve file:secrets\/none.txt: file .*none.txt does not exist/,
      },
      {
        name: 'no auth anywhere',
        yaml: `tenants: [{id: ${GUID_A}, name: Contoso}]`,
        message: /tenants\[0\] "Contoso" \/tenants\/0\/auth: no credentials/,
      },
      {
        name: 'secret and certificate together',
        yaml: `tenants: [{id: ${GUID_A}, name: Contoso, auth: {clientId: ${APP}, clientSecret: env:CONTOSO_SECRET, certificatePath: file:x.pem}}]`,
        message: /tenants\[0\] "Contoso" \/tenants\/0\/auth: give either clientSecret or certificatePath/,
      },
      {
        name: 'bad cron',
        yaml: `defaults: {schedule: "61 * * * *", auth: {clientId: ${APP}, clientSecret: env:CONTOSO_SECRET}}\ntenants: [{id: ${GUID_A}, name: Contoso}]`,
        message: /defaults \/defaults\/schedule: invalid cron pattern "61 \* \* \* \*"/,
      },
      {
        name: 'bad time zone',
        yaml: `defaults: {schedule: "0 6 * * 1", timezone: Mars/Olympus, auth: {clientId: ${APP}, clientSecret: env:CONTOSO_SECRET}}\ntenants: [{id: ${GUID_A}, name: Contoso}]`,
        message: /defaults \/defaults\/timezone: unknown time zone "Mars\/Olympus"/,
      },
      {
        name: 'SMTP URL with an inline password',
        yaml: `defaults: {notify: {email: {smtp: "smtp://u:hunter22@mail.example", from: a@b.c, to: [d@e.f]}}, auth: {clientId: ${APP}, clientSecret: env:CONTOSO_SECRET}}\ntenants: [{id: ${GUID_A}, name: Contoso}]`,
        message: /defaults \/defaults\/notify\/email\/smtp: an inline secret is not allowed/,
      },
      {
        name: 'bad notify trigger',
        yaml: `defaults: {notify: {webhook: {url: env:HOOK}, on: [sometimes]}}\ntenants: [{id: ${GUID_A}, name: Contoso}]`,
        message: /defaults \/defaults\/notify\/on\/0: expected drift, failed or below:N/,
      },
      {
        name: 'http authority host',
        yaml: `tenants: [{id: ${GUID_A}, name: Contoso, authorityHost: "http://127.0.0.1:1", auth: {clientId: ${APP}, clientSecret: env:CONTOSO_SECRET}}]`,
        message: /tenants\[0\] "Contoso" \/tenants\/0\/authorityHost: expected an https:\/\/ URL/,
      },
      {
        name: 'missing attestation file',
        yaml: `tenants: [{id: ${GUID_A}, name: Contoso, attestation: attest/none.yaml, auth: {clientId: ${APP}, clientSecret: env:CONTOSO_SECRET}}]`,
        message: /tenants\[0\] "Contoso" \/tenants\/0\/attestation: .*none.yaml: attestation file not found/,
      },
      {
        name: 'YAML syntax',
        yaml: `tenants: [{id: ${GUID_A}, name: Contoso`,
        message: /fleet.yaml: the fleet config file is not valid YAML at line \d+/,
      },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const err = errorOf(() => load(c.yaml, c.env));
        expect(err.message).to.match(c.message);
        expect(err.message).to.not.include('inline.secret');
        expect(err.message).to.not.include('hunter22');
      });
    }

    it('reports every problem at once', () => {
      const err = errorOf(() =>
        load(`
tenants:
  - {id: ${GUID_A}, name: Contoso, auth: {clientId: ${APP}, clientSecret: env:UNSET_ONE}}
  - {id: ${GUID_B}, name: Fabrikam, auth: {clientId: ${APP}, clientSecret: env:UNSET_TWO}}
`),
      );
      expect(err.message).to.match(/2 problems/);
      expect(err.message).to.match(/tenants\[0\] "Contoso".*UNSET_ONE/);
      expect(err.message).to.match(/tenants\[1\] "Fabrikam".*UNSET_TWO/);
    });
  });
});

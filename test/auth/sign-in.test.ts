// Signing in with the real @azure/identity credentials against the double's authority: client secret,
// certificate assertion, and every failure a user must understand (exit 3, secret never echoed).

import { expect } from 'chai';
import { createServer, type AddressInfo } from 'node:net';
import { ClientCertificateCredential } from '@azure/identity';
import { authConfigFromEnv } from '../../src/auth/auth-config.js';
import { createCredential, type IdentityEndpoint } from '../../src/auth/credential-factory.js';
import { AuthError } from '../../src/auth/errors.js';
import { explainAuthFailure } from '../../src/auth/explain-auth-failure.js';
import { signIn } from '../../src/auth/sign-in.js';
import { CollectionError } from '../../src/util/collection-error.js';
import { testPki } from '../graph-double/certs.js';
import { startDouble, trustingFetch } from '../graph-double/harness.js';
import type { GraphDouble } from '../graph-double/server.js';
import { ALL_SCAN_ROLES } from '../graph-double/tenant.js';
import { preset } from '../graph-double/tenants/presets.js';

const SCOPE = 'https://graph.microsoft.com/.default';

/** A port nothing listens on (one just released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
const SECRET = 'double-secret';

describe('sign-in (real @azure/identity against the double)', function () {
  this.timeout(30_000);
  const pki = testPki();
  const { tenant } = preset('cloud-only', { certificatePem: pki.appCert });
  tenant.apps.push({ clientId: 'expired-cert-app', certificatePem: pki.expiredAppCert, roles: [] });
  let double: GraphDouble;
  let identity: IdentityEndpoint;
  const clientId = tenant.apps[0]!.clientId;

  before(async () => {
    double = await startDouble({ tenants: [tenant] });
    identity = { authorityHost: double.origin, disableInstanceDiscovery: true, tlsCa: pki.caCert };
  });
  after(() => double.stop());

  const context = (method: string, tenantId = tenant.id) => ({
    tenantId,
    clientId,
    method,
    authorityHost: double.origin,
    fetchOptions: trustingFetch(),
  });

  async function failure(run: () => Promise<unknown>): Promise<AuthError> {
    try {
      await run();
    } catch (err) {
      expect(err).to.be.instanceOf(AuthError);
      expect(err).to.be.instanceOf(CollectionError);
      return err as AuthError;
    }
    throw new Error('expected the sign-in to fail');
  }

  it('client secret: gets a token and reads the granted application permissions', async () => {
    const credential = createCredential(
      { kind: 'secret', tenantId: tenant.id, clientId, clientSecret: SECRET },
      identity,
    );
    const signed = await signIn(credential, SCOPE, context('secret'));
    expect(signed.roles).to.have.members(ALL_SCAN_ROLES);
    expect(signed.appId).to.equal(clientId);
    expect(double.stats.log.map((l) => l.route)).to.include.members(['openid', 'token']);
  });

  it('certificate: the double verifies the PS256 client assertion against the registered certificate', async () => {
    const credential = createCredential(
      { kind: 'certificate', tenantId: tenant.id, clientId, certificatePath: pki.appPemPath },
      identity,
    );
    expect((await signIn(credential, SCOPE, context('certificate'))).roles).to.include('AuditLog.Read.All');
  });

  it('wrong secret → AADSTS7000215 in plain words, exit-3 error, the secret never echoed', async () => {
    const credential = createCredential(
      { kind: 'secret', tenantId: tenant.id, clientId, clientSecret: 'not-the-secret-xyz' },
      identity,
    );
    const err = await failure(() => signIn(credential, SCOPE, context('secret')));
    expect(err.message).to.match(/client secret .* was rejected \(AADSTS7000215/);
    expect(err.message).to.include('AZURE_CLIENT_SECRET');
    expect(err.message).not.to.include('not-the-secret-xyz');
    expect(err.message).not.to.match(/Trace ID|Correlation ID/);
  });

  it('unknown tenant → "tenant … was not found" (AADSTS90002, found by probing the OpenID configuration)', async () => {
    const unknown = '99999999-9999-4999-8999-999999999999';
    const credential = createCredential(
      { kind: 'secret', tenantId: unknown, clientId, clientSecret: SECRET },
      identity,
    );
    const err = await failure(() => signIn(credential, SCOPE, context('secret', unknown)));
    expect(err.message).to.include(`tenant ${unknown} was not found`).and.to.include('AADSTS90002');
  });

  it('unknown app → AADSTS700016 names the app and the tenant', async () => {
    const credential = createCredential(
      { kind: 'secret', tenantId: tenant.id, clientId: 'no-such-app', clientSecret: SECRET },
      identity,
    );
    const err = await failure(() =>
      signIn(credential, SCOPE, { ...context('secret'), clientId: 'no-such-app' }),
    );
    expect(err.message).to.include('app no-such-app does not exist in tenant');
  });

  it('expired certificate → refused before any request, with its expiry date', async () => {
    const before = double.stats.httpRequests;
    const err = await failure(async () =>
      createCredential(
        {
          kind: 'certificate',
          tenantId: tenant.id,
          clientId: 'expired-cert-app',
          certificatePath: pki.expiredAppPemPath,
        },
        identity,
      ),
    );
    expect(err.message).to.match(/certificate in .* expired on 2020-02-01/);
    expect(double.stats.httpRequests).to.equal(before);
  });

  it('expired certificate registered on the app (AADSTS700027) → "the certificate … has expired"', async () => {
    const credential = new ClientCertificateCredential(
      tenant.id,
      'expired-cert-app',
      { certificatePath: pki.expiredAppPemPath },
      { ...identity, tlsOptions: { ca: pki.caCert } },
    );
    const err = await failure(() =>
      signIn(credential, SCOPE, { ...context('certificate'), clientId: 'expired-cert-app' }),
    );
    expect(err.message)
      .to.include('certificate of app expired-cert-app has expired')
      .and.to.include('AADSTS700027');
  });

  it('untrusted TLS certificate → says so and names NODE_EXTRA_CA_CERTS', async () => {
    const credential = createCredential(
      { kind: 'secret', tenantId: tenant.id, clientId, clientSecret: SECRET },
      { ...identity, tlsCa: undefined },
    );
    const err = await failure(() =>
      signIn(credential, SCOPE, { ...context('secret'), fetchOptions: undefined }),
    );
    expect(err.message).to.include('is not trusted').and.to.include('NODE_EXTRA_CA_CERTS');
  });

  it('unreachable authority → "could not be reached"', async () => {
    const nowhere = `https://127.0.0.1:${await closedPort()}`;
    const credential = createCredential(
      { kind: 'secret', tenantId: tenant.id, clientId, clientSecret: SECRET },
      { ...identity, authorityHost: nowhere },
    );
    const err = await failure(() =>
      signIn(credential, SCOPE, { ...context('secret'), authorityHost: nowhere }),
    );
    expect(err.message, err.message)
      .to.include(`authority ${nowhere} could not be reached`)
      .and.to.include('ECONNREFUSED');
  });

  it('explains AADSTS7000222 (expired secret) and keeps unknown codes in Entra ID words', async () => {
    const expired = await explainAuthFailure(
      new Error(
        'invalid_client: AADSTS7000222: The provided client secret keys for app are expired.\r\nTrace ID: x',
      ),
      context('secret'),
    );
    expect(expired.message).to.include('has expired');
    const other = await explainAuthFailure(
      new Error('AADSTS50001: Something else.\r\nTrace ID: x'),
      context('secret'),
    );
    expect(other.message).to.equal('Sign-in failed (secret): AADSTS50001: Something else.');
  });
});

describe('authConfigFromEnv (Azure SDK conventions)', () => {
  const env = { AZURE_TENANT_ID: 't', AZURE_CLIENT_ID: 'c' };

  it('env picks the client secret, else the certificate', () => {
    expect(authConfigFromEnv('env', undefined, { ...env, AZURE_CLIENT_SECRET: 's' })).to.deep.include({
      kind: 'secret',
      tenantId: 't',
      clientId: 'c',
      clientSecret: 's',
    });
    expect(
      authConfigFromEnv('env', 'x', { ...env, AZURE_CLIENT_CERTIFICATE_PATH: '/p.pem' }),
    ).to.deep.include({ kind: 'certificate', tenantId: 'x', certificatePath: '/p.pem' });
  });

  it('says what is missing', () => {
    expect(() => authConfigFromEnv('env', undefined, env)).to.throw(
      AuthError,
      /AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH/,
    );
    expect(() =>
      authConfigFromEnv('secret', undefined, { AZURE_TENANT_ID: 't', AZURE_CLIENT_SECRET: 's' }),
    ).to.throw(AuthError, /AZURE_CLIENT_ID/);
    expect(() => authConfigFromEnv('certificate', undefined, env)).to.throw(
      AuthError,
      /AZURE_CLIENT_CERTIFICATE_PATH/,
    );
    expect(() => authConfigFromEnv('secret', undefined, {})).to.throw(AuthError, /--tenant/);
  });

  it('device code, Azure CLI and managed identity need no secret', () => {
    expect(authConfigFromEnv('device-code', 't', {})).to.deep.equal({
      kind: 'device-code',
      tenantId: 't',
      clientId: undefined,
    });
    expect(authConfigFromEnv('managed-identity', 't', { AZURE_CLIENT_ID: 'mi' }).clientId).to.equal('mi');
  });
});

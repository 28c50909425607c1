// Verifies the client_assertion JWT that ClientCertificateCredential sends (PS256 or RS256),
// the way Entra ID does: signature against the registered certificate, audience, issuer, expiry.

import { constants, createHash, verify, X509Certificate } from 'node:crypto';

export type AssertionCheck = { ok: true } | { ok: false; code: number; description: string };

interface AssertionHeader {
  alg: string;
  x5t?: string;
  'x5t#S256'?: string;
}

interface AssertionPayload {
  aud: string;
  iss: string;
  sub: string;
  exp: number;
}

function decode<T>(part: string): T {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as T;
}

export function verifyClientAssertion(
  assertion: string,
  certificatePem: string,
  clientId: string,
  tokenEndpoint: string,
): AssertionCheck {
  const parts = assertion.split('.');
  if (parts.length !== 3)
    return { ok: false, code: 50027, description: 'AADSTS50027: JWT token is invalid or malformed.' };
  const [h, p, s] = parts as [string, string, string];
  const header = decode<AssertionHeader>(h);
  const payload = decode<AssertionPayload>(p);
  const cert = new X509Certificate(certificatePem);
  const sha256 = createHash('sha256').update(cert.raw).digest('base64url');
  const sha1 = createHash('sha1').update(cert.raw).digest('base64url');
  if (header['x5t#S256'] !== sha256 && header.x5t !== sha1) {
    return {
      ok: false,
      code: 700027,
      description: `AADSTS700027: The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found.]`,
    };
  }
  if (new Date(cert.validTo).getTime() < Date.now()) {
    return {
      ok: false,
      code: 700027,
      description: `AADSTS700027: The certificate with identifier used to sign the client assertion is expired on application. [Reason - The key used is expired., Found key 'Start=${cert.validFrom}, End=${cert.validTo}']`,
    };
  }
  const padding =
    header.alg === 'PS256'
      ? { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST }
      : {};
  const valid = verify(
    'sha256',
    Buffer.from(`${h}.${p}`),
    { key: cert.publicKey, ...padding },
    Buffer.from(s, 'base64url'),
  );
  if (!valid)
    return {
      ok: false,
      code: 700027,
      description: 'AADSTS700027: Client assertion failed signature validation.',
    };
  if (payload.iss !== clientId || payload.sub !== clientId) {
    return {
      ok: false,
      code: 700023,
      description: 'AADSTS700023: Client assertion audience claim does not match Realm issuer.',
    };
  }
  if (payload.aud !== tokenEndpoint) {
    return {
      ok: false,
      code: 700021,
      description: `AADSTS700021: Client assertion application identifier doesn't match 'client_id' parameter. Audience '${payload.aud}' is not the token endpoint.`,
    };
  }
  if (payload.exp * 1000 < Date.now())
    return {
      ok: false,
      code: 700024,
      description: 'AADSTS700024: Client assertion is not within its valid time range.',
    };
  return { ok: true };
}

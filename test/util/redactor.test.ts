// The redactor, and that error text is redacted where it enters (GraphFailure, CollectionError), so no
// writer has to remember it. Each case is a one-line bug mutation testing found no test for.

import { expect } from 'chai';
import { AuthError } from '../../src/auth/errors.js';
import { GraphFailure } from '../../src/graph/graph-failure.js';
import { CollectionError } from '../../src/util/collection-error.js';
import { processSecrets, Redactor } from '../../src/util/redactor.js';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoIn0.c2lnbmF0dXJlLXZhbHVl';

describe('Redactor', () => {
  it('masks a bearer token whatever the case of "Bearer"', () => {
    const r = new Redactor();
    for (const word of ['Bearer', 'bearer', 'BEARER'])
      expect(r.redact(`Authorization: ${word} abcdefgh12345678`)).to.equal(
        `Authorization: ${word} [redacted]`,
      );
  });

  it('masks client_secret= and access_token= whatever their case', () => {
    const r = new Redactor();
    expect(r.redact('grant_type=client_credentials&CLIENT_SECRET=s3cr3t-value&scope=x')).to.equal(
      'grant_type=client_credentials&CLIENT_SECRET=[redacted]&scope=x',
    );
    expect(r.redact('Access_Token=abc.def')).to.equal('Access_Token=[redacted]');
  });

  it('masks the longest registered secret first: a short one inside it leaves no tail behind', () => {
    const r = new Redactor();
    r.add('abcd');
    r.add('abcd-the-longer-secret');
    expect(r.redact('x abcd-the-longer-secret y abcd z')).to.equal('x [redacted] y [redacted] z');
  });

  it('masks a registered secret also in its form-encoded spelling', () => {
    const r = new Redactor();
    r.add('p+ss/w=rd~1');
    expect(r.redact(`client_id=a&secret_in_text=${encodeURIComponent('p+ss/w=rd~1')}`)).not.to.include(
      encodeURIComponent('p+ss/w=rd~1'),
    );
  });

  it('masks JWT-shaped tokens without "Bearer", and secrets quoted in JSON bodies', () => {
    const r = new Redactor();
    expect(r.redact(`token=${JWT}.`)).to.equal('token=[redacted].');
    expect(r.redact('{"client_secret":"abc123","access_token": "zzz"}')).to.equal(
      '{"client_secret":"[redacted]","access_token": "[redacted]"}',
    );
  });

  it('leaves ordinary text alone', () => {
    const r = new Redactor();
    const text = 'GET /v1.0/users answered HTTP 403 Authorization_RequestDenied: Insufficient privileges.';
    expect(r.redact(text)).to.equal(text);
  });
});

describe('error text is redacted where it enters', () => {
  it('a GraphFailure masks Graph’s words (message and detail)', () => {
    const f = new GraphFailure({
      kind: 'http',
      endpoint: '/v1.0/users',
      status: 400,
      detail: `rejected Authorization: Bearer ${JWT}`,
    });
    expect(f.detail).not.to.include(JWT);
    expect(f.message).not.to.include(JWT);
    expect(f.message).to.include('[redacted]');
  });

  it('a CollectionError (and an AuthError) masks registered secrets and echoed form bodies', () => {
    processSecrets.add('Canary-Unit-Secret-42');
    const e = new AuthError(
      'Sign-in failed: AADSTS7000215: body client_id=1&client_secret=Canary-Unit-Secret-42',
    );
    expect(e.message).not.to.include('Canary-Unit-Secret-42');
    expect(new CollectionError('the secret Canary-Unit-Secret-42 leaked').message).to.equal(
      'the secret [redacted] leaked',
    );
  });

  it('a $batch failure is labelled POST, not GET', () => {
    const f = new GraphFailure({ kind: 'http', endpoint: '/v1.0/$batch', status: 400, detail: 'bad' });
    expect(f.withMethod('POST').message).to.match(/^POST \/v1\.0\/\$batch/);
  });
});

import { expect } from 'chai';
import { join } from 'node:path';
import {
  parseValueSource,
  resolvePath,
  resolveValue,
  SecretResolutionError,
} from '../../src/fleet/secret-reference.js';
import { Redactor } from '../../src/util/redactor.js';
import { tempFolder, type TempFolder } from './support/temp-folder.js';

describe('secret references', () => {
  let dir: TempFolder;
  beforeEach(() => (dir = tempFolder()));
  afterEach(() => dir.remove());

  it('resolves env:NAME from the environment', () => {
    expect(resolveValue(parseValueSource('env:APP_SECRET', dir.path), { APP_SECRET: 'abc123' })).to.equal(
      'abc123',
    );
  });

  it('resolves file:PATH relative to the base folder, dropping one trailing newline', () => {
    dir.write('secrets/app.txt', 'from-file\n');
    const source = parseValueSource('file:secrets/app.txt', dir.path);
    expect(source).to.deep.equal({
      kind: 'file',
      path: join(dir.path, 'secrets/app.txt'),
      text: 'file:secrets/app.txt',
    });
    expect(resolveValue(source)).to.equal('from-file');
  });

  it('reads a file: secret again on every resolve (a rotated secret is picked up)', () => {
    const file = dir.write('s.txt', 'one');
    const source = parseValueSource(`file:${file}`, '/');
    expect(resolveValue(source)).to.equal('one');
    dir.write('s.txt', 'two');
    expect(resolveValue(source)).to.equal('two');
  });

  it('treats anything else as a literal', () => {
    expect(parseValueSource('https://hooks.example/x', dir.path)).to.deep.equal({
      kind: 'literal',
      value: 'https://hooks.example/x',
      text: 'https://hooks.example/x',
    });
  });

  it('fails with a message that names the reference, never a value', () => {
    const cases: Array<[string, NodeJS.ProcessEnv, RegExp]> = [
      ['env:MISSING', {}, /environment variable MISSING is not set/],
      ['env:BLANK', { BLANK: '  ' }, /environment variable BLANK is empty/],
      ['file:none.txt', {}, /file .*none\.txt does not exist/],
    ];
    for (const [text, env, message] of cases) {
      expect(() => resolveValue(parseValueSource(text, dir.path), env)).to.throw(
        SecretResolutionError,
        message,
      );
    }
    expect(() => parseValueSource('env:not-a-name', dir.path)).to.throw(
      SecretResolutionError,
      /not a valid env: reference/,
    );
    dir.write('empty.txt', '\n');
    expect(() => resolveValue(parseValueSource('file:empty.txt', dir.path))).to.throw(
      SecretResolutionError,
      /is empty/,
    );
  });

  it('resolves a path-valued env: reference against the base folder', () => {
    expect(resolvePath(parseValueSource('env:CERT', dir.path), dir.path, { CERT: 'certs/a.pem' })).to.equal(
      join(dir.path, 'certs/a.pem'),
    );
  });
});

describe('redactor', () => {
  it('masks registered secrets, URL passwords, bearer tokens and form secrets', () => {
    const r = new Redactor();
    r.add('s3cr3t-value');
    r.add('ab'); // too short to register
    const text = r.redact(
      'auth failed for s3cr3t-value at smtp://user:p4ss@mail.example:25 with Bearer eyJhbGciOiJIUzI1NiJ9.x.y and client_secret=abc&x=1; ab stays',
    );
    expect(text).to.equal(
      'auth failed for [redacted] at smtp://user:[redacted]@mail.example:25 with Bearer [redacted] and client_secret=[redacted]&x=1; ab stays',
    );
  });
});

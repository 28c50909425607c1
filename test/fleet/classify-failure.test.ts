// A fleet files each tenant failure under a kind (history, report, exit code). A sign-in cut off by
// the deadline is a timeout, not a credential problem: the two can race when --tenant-timeout and the
// sign-in's own deadline end together.

import { expect } from 'chai';
import { AuthError, SignInTimedOutError } from '../../src/auth/errors.js';
import { classifyFailure } from '../../src/fleet/classify-failure.js';
import { Redactor } from '../../src/util/redactor.js';

describe('classifyFailure', () => {
  const redactor = new Redactor();

  it('files a sign-in that outlived the deadline as a timeout', () => {
    const failure = classifyFailure(new SignInTimedOutError('Sign-in did not finish in time.'), redactor);
    expect(failure.kind).to.equal('timeout');
  });

  it('files a refused sign-in as auth', () => {
    expect(classifyFailure(new AuthError('AADSTS7000215: Invalid client secret.'), redactor).kind).to.equal(
      'auth',
    );
  });
});

// DESIGN.md "Sign-in types": every --auth kind is an application or a delegated sign-in, and the
// token has the last word (an Azure CLI logged in as a service principal is an application sign-in).

import { expect } from 'chai';
import { AUTH_KINDS } from '../../src/auth/auth-config.js';
import { SIGN_IN_TYPE_OF_KIND, signInTypeOf } from '../../src/auth/sign-in-type.js';

describe('sign-in types', () => {
  it('classifies every --auth kind', () => {
    expect(Object.keys(SIGN_IN_TYPE_OF_KIND)).to.have.members([...AUTH_KINDS]);
    for (const kind of ['env', 'secret', 'certificate', 'managed-identity'] as const)
      expect(SIGN_IN_TYPE_OF_KIND[kind], kind).to.equal('application');
    for (const kind of ['device-code', 'azure-cli'] as const)
      expect(SIGN_IN_TYPE_OF_KIND[kind], kind).to.equal('delegated');
  });

  it('lets the token decide: scp → delegated; roles or idtyp=app → application; else the kind', () => {
    expect(signInTypeOf({ scp: 'AuditLog.Read.All' }, 'secret')).to.equal('delegated');
    expect(signInTypeOf({ roles: ['AuditLog.Read.All'] }, 'azure-cli')).to.equal('application');
    expect(signInTypeOf({ idtyp: 'app' }, 'azure-cli')).to.equal('application');
    expect(signInTypeOf({}, 'azure-cli')).to.equal('delegated');
    expect(signInTypeOf({}, 'managed-identity')).to.equal('application');
    expect(signInTypeOf({}, 'credential')).to.equal('application');
  });
});

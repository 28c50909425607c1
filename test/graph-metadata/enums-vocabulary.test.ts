// Every Graph value a check compares against must exist in Microsoft's metadata (or, for fields
// Graph types as plain strings, in Microsoft's documentation): a check comparing an enum field with a
// member the real enum lacks can never match on a real tenant. The sets live in
// src/plugin/helpers/graph-vocabulary.ts; a source scan catches literals compared outside it.

import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import {
  AUDIT_RESULT,
  CAPABILITY_STATUS,
  FEATURE,
  MEMBER_USER_TYPE,
  METHOD_STATE_ENABLED,
  MIGRATION_STATE,
  NOT_SSPR_ACTIVITY_METHODS,
  PROVISIONING_STATUS,
  SECURITY_QUESTION,
  SSPR_ACTIVITY_METHODS,
  SSPR_REGISTERED_METHODS,
} from '../../src/plugin/helpers/graph-vocabulary.js';
import { ONE_METHOD_PROOF } from '../../checks/SSPR-03.js';
import { enumMembers, propertiesOf, type MetadataFile } from './metadata.js';

const usageAuthMethod = enumMembers('beta', 'usageAuthMethod');

/** The field's type is the enum, and every value the checks use is a member. */
function holdsEnum(file: MetadataFile, type: string, property: string, enumName: string, values: string[]) {
  expect(propertiesOf(file, type)[property]?.type, `${type}.${property} in ${file}`).to.equal(
    `graph.${enumName}`,
  );
  const members = enumMembers(file, enumName);
  for (const v of values) expect(members, `${enumName} (${file})`).to.include(v);
}

describe('enum values the checks compare, against Graph metadata', () => {
  it('SSPR-usable methodsRegistered values are usageAuthMethod member names (hardware OATH in, alternate phone out)', () => {
    // methodsRegistered is Collection(Edm.String): no enum of its own in the CSDL.
    expect(propertiesOf('v1.0', 'userRegistrationDetails').methodsRegistered.type).to.equal(
      'Collection(Edm.String)',
    );
    for (const m of SSPR_REGISTERED_METHODS) expect(usageAuthMethod, m).to.include(m);
    expect(SSPR_REGISTERED_METHODS).to.include('hardwareOneTimePasscode');
    expect(SSPR_REGISTERED_METHODS).not.to.include('alternateMobilePhone');
    for (const m of ONE_METHOD_PROOF) expect(SSPR_REGISTERED_METHODS, 'SSPR-03 proof methods').to.include(m);
  });

  it('activity methods: the SSPR set and the non-SSPR set partition the beta usageAuthMethod enum', () => {
    for (const file of ['beta'] as const) {
      holdsEnum(file, 'userEventsSummary', 'authMethod', 'usageAuthMethod', [...SSPR_ACTIVITY_METHODS]);
      holdsEnum(file, 'userRegistrationActivitySummary', 'authMethod', 'usageAuthMethod', [
        ...SSPR_ACTIVITY_METHODS,
      ]);
    }
    const classified = [...SSPR_ACTIVITY_METHODS, ...NOT_SSPR_ACTIVITY_METHODS];
    expect(new Set(classified).size, 'no method in both sets').to.equal(classified.length);
    // A member added by a future extract fails here until someone decides whether SSPR can use it.
    expect([...classified].sort()).to.deep.equal([...usageAuthMethod].sort());
    expect(SSPR_ACTIVITY_METHODS).to.include('hardwareOneTimePasscode');
    expect(SSPR_ACTIVITY_METHODS).not.to.include('alternateMobilePhone');
    expect(SSPR_ACTIVITY_METHODS).not.to.include('windowsHelloForBusiness');
  });

  it('securityQuestion is a member of usageAuthMethod', () => {
    expect(usageAuthMethod).to.include(SECURITY_QUESTION);
  });

  it('userRegistrationDetails.userType compares with a signInUserType member (v1.0, China)', () => {
    for (const file of ['v1.0', 'v1.0-china'] as const)
      holdsEnum(file, 'userRegistrationDetails', 'userType', 'signInUserType', [MEMBER_USER_TYPE]);
  });

  it('feature compares with featureType members (beta reports)', () => {
    holdsEnum('beta', 'userEventsSummary', 'feature', 'featureType', Object.values(FEATURE));
    holdsEnum('beta', 'userRegistrationActivitySummary', 'feature', 'featureType', Object.values(FEATURE));
  });

  it('directoryAudit.result compares with operationResult members', () => {
    holdsEnum('v1.0', 'directoryAudit', 'result', 'operationResult', Object.values(AUDIT_RESULT));
  });

  it('authenticationMethodConfiguration.state compares with authenticationMethodState', () => {
    holdsEnum('v1.0', 'authenticationMethodConfiguration', 'state', 'authenticationMethodState', [
      METHOD_STATE_ENABLED,
    ]);
  });

  it('policyMigrationState compares with authenticationMethodsPolicyMigrationState members (v1.0 and beta)', () => {
    for (const file of ['v1.0', 'beta'] as const)
      holdsEnum(
        file,
        'authenticationMethodsPolicy',
        'policyMigrationState',
        'authenticationMethodsPolicyMigrationState',
        Object.values(MIGRATION_STATE),
      );
  });

  it('capabilityStatus and provisioningStatus are plain strings in Graph; the values used are documented ones', () => {
    // Edm.String in the CSDL: if Microsoft turns either into an enum, this fails and the sets move to it.
    expect(propertiesOf('v1.0', 'subscribedSku').capabilityStatus.type).to.equal('Edm.String');
    expect(propertiesOf('v1.0', 'servicePlanInfo').provisioningStatus.type).to.equal('Edm.String');
    expect(CAPABILITY_STATUS.documented).to.include.members([
      CAPABILITY_STATUS.enabled,
      CAPABILITY_STATUS.warning,
    ]);
    expect(PROVISIONING_STATUS.documented).to.include(PROVISIONING_STATUS.provisioned);
  });

  it('no check compares an enum field with a literal outside its enum (source scan)', () => {
    const allowed: Record<string, readonly string[]> = {
      userType: enumMembers('v1.0', 'signInUserType'),
      result: enumMembers('v1.0', 'operationResult'),
      policyMigrationState: enumMembers('v1.0', 'authenticationMethodsPolicyMigrationState'),
      state: enumMembers('v1.0', 'authenticationMethodState'),
      feature: enumMembers('beta', 'featureType'),
      authMethod: usageAuthMethod,
      capabilityStatus: CAPABILITY_STATUS.documented,
      provisioningStatus: PROVISIONING_STATUS.documented,
    };
    const fields = Object.keys(allowed).join('|');
    const compare = new RegExp(
      `\\.(${fields})\\s*[!=]==?\\s*'([^']*)'|'([^']*)'\\s*[!=]==?\\s*[\\w.?]*\\.(${fields})\\b`,
      'g',
    );
    // The scan itself must catch a wrong literal (e.g. Graph's user.userType spelling 'Member').
    expect([..."u.userType === 'Member'".matchAll(compare)].map((m) => m[2])).to.deep.equal(['Member']);
    const dirs = ['../../checks/', '../../src/plugin/helpers/'];
    const bad: string[] = [];
    for (const dir of dirs) {
      const url = new URL(dir, import.meta.url);
      for (const f of readdirSync(url).filter((n) => n.endsWith('.ts'))) {
        const text = readFileSync(new URL(f, url), 'utf8');
        for (const m of text.matchAll(compare)) {
          const field = m[1] ?? m[4];
          const value = m[2] ?? m[3];
          if (!allowed[field].includes(value)) bad.push(`${dir}${f}: .${field} compared with '${value}'`);
        }
      }
    }
    expect(bad, bad.join('\n')).to.deep.equal([]);
  });
});

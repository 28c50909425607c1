import { expect } from 'chai';
import { CHECKS } from '../../checks/index.js';
import {
  APPLICATION_PERMISSIONS,
  missingPermissionFor,
  permissionsFor,
} from '../../src/permissions/application-permissions.js';
import { permissionsReport } from '../../src/permissions/permissions-report.js';
import { GRAPH_SOURCES } from '../../src/snapshot/source-names.js';

describe('application permissions', () => {
  it('gives every Graph source a least-privileged permission with a GUID app-role id', () => {
    for (const source of GRAPH_SOURCES) expect(permissionsFor(source), source).to.have.length.greaterThan(0);
    for (const p of APPLICATION_PERMISSIONS)
      expect(p.appRoleId, p.name).to.match(/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/);
    expect(new Set(APPLICATION_PERMISSIONS.map((p) => p.appRoleId)).size).to.equal(
      APPLICATION_PERMISSIONS.length,
    );
  });

  it('names the permission a refused source lacks, from the token when known', () => {
    expect(missingPermissionFor('directoryAudits')).to.equal('AuditLog.Read.All and Directory.Read.All');
    expect(missingPermissionFor('directoryAudits', ['AuditLog.Read.All'])).to.equal('Directory.Read.All');
    expect(missingPermissionFor('userPhones', ['User.Read.All'])).to.equal('User.Read.All');
    expect(missingPermissionFor('passwordResetPolicies')).to.include('directory role');
  });

  it('maps every check that reads a Graph or portal source to what unlocks it', () => {
    const report = permissionsReport(CHECKS);
    const covered = new Set([...report.permissions.flatMap((p) => p.checks), ...report.portal.checks]);
    const reading = CHECKS.filter((c) => c.meta.sources.length > 0).map((c) => c.meta.id);
    for (const id of reading) expect(covered.has(id), id).to.equal(true);
    expect(report.portal.undocumentedApi).to.equal(true);
  });

  it('lists application and delegated needs apart: the delegated-only reports only under delegated, with the reader roles', () => {
    const report = permissionsReport(CHECKS);
    const appSources = report.permissions.flatMap((p) => p.sources);
    for (const s of ['usersRegisteredByMethod', 'usersRegisteredByFeature', 'userRegistrationActivity'])
      expect(appSources, s).to.not.include(s);
    expect(report.delegated.only.map((d) => d.source)).to.have.members([
      'usersRegisteredByMethod',
      'usersRegisteredByFeature',
      'userRegistrationActivity',
    ]);
    expect(report.delegated.directoryRoles).to.include.members([
      'Reports Reader',
      'Security Reader',
      'Global Reader',
    ]);
    expect(report.delegated.permissions.map((p) => p.name)).to.include('AuditLog.Read.All');
  });
});

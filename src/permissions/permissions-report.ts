// The `permissions` command's content: the application permissions to grant (least privilege), the
// sources and checks each one unlocks, and the commands that grant them (Azure CLI, then Microsoft
// Graph PowerShell). Returned as data and as text; the CLI prints one or the other.

import { PORTAL_SOURCES } from '../snapshot/source-names.js';
import type { CheckDefinition } from '../engine/types.js';
import type { SourceName } from '../snapshot/types.js';
import { APPLICATION_PERMISSIONS, MICROSOFT_GRAPH_APP_ID, PORTAL_ACCESS } from './application-permissions.js';
import {
  DELEGATED_ADDS,
  DELEGATED_READER_ROLES,
  DELEGATED_ROLE_NOTE,
  isDelegatedOnlySource,
} from './delegated-permissions.js';

export interface PermissionsReport {
  api: { name: 'Microsoft Graph'; appId: string };
  permissions: Array<{
    name: string;
    type: 'Application';
    appRoleId: string;
    reads: string;
    sources: SourceName[];
    checks: string[];
  }>;
  /** --auth device-code or azure-cli: the same names as delegated scopes, plus a reader role. */
  delegated: {
    signIn: string;
    permissions: Array<{ name: string; type: 'Delegated'; sources: SourceName[] }>;
    directoryRoles: string[];
    note: string;
    /** Offered to delegated sign-ins only: what a delegated sign-in adds to an application scan. */
    only: Array<{ source: SourceName; adds: string; checks: string[] }>;
  };
  portal: { access: string; undocumentedApi: true; sources: SourceName[]; checks: string[] };
  grant: { azureCli: string[]; graphPowerShell: string[] };
}

function sourcesOf(check: CheckDefinition): Set<string> {
  return new Set<string>([...check.meta.sources, ...check.meta.dataSources.map((d) => d.source)]);
}

function checksReading(checks: readonly CheckDefinition[], sources: SourceName[]): string[] {
  return checks.filter((c) => sources.some((s) => sourcesOf(c).has(s))).map((c) => c.meta.id);
}

export function azureCliCommands(appId = '<application (client) id>'): string[] {
  const roles = APPLICATION_PERMISSIONS.map((p) => `${p.appRoleId}=Role`).join(' ');
  return [
    `az ad app permission add --id ${appId} --api ${MICROSOFT_GRAPH_APP_ID} --api-permissions ${roles}`,
    `az ad app permission admin-consent --id ${appId}`,
  ];
}

export function graphPowerShellCommands(appId = '<application (client) id>'): string[] {
  const ids = APPLICATION_PERMISSIONS.map((p) => `'${p.appRoleId}'`).join(', ');
  return [
    "Connect-MgGraph -Scopes 'Application.Read.All','AppRoleAssignment.ReadWrite.All'",
    `$graph = Get-MgServicePrincipal -Filter "appId eq '${MICROSOFT_GRAPH_APP_ID}'"`,
    `$app = Get-MgServicePrincipal -Filter "appId eq '${appId}'"`,
    `foreach ($roleId in @(${ids})) {`,
    '  New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $app.Id -PrincipalId $app.Id -ResourceId $graph.Id -AppRoleId $roleId',
    '}',
  ];
}

export function permissionsReport(checks: readonly CheckDefinition[], appId?: string): PermissionsReport {
  return {
    api: { name: 'Microsoft Graph', appId: MICROSOFT_GRAPH_APP_ID },
    permissions: APPLICATION_PERMISSIONS.map((p) => {
      // An application sign-in cannot read the delegated-only reports, whatever it is granted.
      const sources = p.sources.filter((s) => !isDelegatedOnlySource(s));
      return {
        name: p.name,
        type: 'Application' as const,
        appRoleId: p.appRoleId,
        reads: p.reads,
        sources,
        checks: checksReading(checks, sources),
      };
    }),
    delegated: {
      signIn: '--auth device-code or --auth azure-cli (a user signs in; consent the delegated permissions)',
      permissions: APPLICATION_PERMISSIONS.map((p) => ({
        name: p.name,
        type: 'Delegated' as const,
        sources: [...p.sources],
      })),
      directoryRoles: [...DELEGATED_READER_ROLES],
      note: DELEGATED_ROLE_NOTE,
      only: (Object.entries(DELEGATED_ADDS) as Array<[SourceName, string]>).map(([source, adds]) => ({
        source,
        adds,
        checks: checksReading(checks, [source]),
      })),
    },
    portal: {
      access: PORTAL_ACCESS,
      undocumentedApi: true,
      sources: [...PORTAL_SOURCES],
      checks: checksReading(checks, [...PORTAL_SOURCES]),
    },
    grant: { azureCli: azureCliCommands(appId), graphPowerShell: graphPowerShellCommands(appId) },
  };
}

export function permissionsText(checks: readonly CheckDefinition[], appId?: string): string {
  const report = permissionsReport(checks, appId);
  const width = Math.max(...report.permissions.map((p) => p.name.length));
  const lines = [
    'Microsoft Graph application permissions for sspr-audit (least privilege; grant all, then admin-consent):',
    '(application sign-ins: --auth env, secret, certificate, managed-identity, workload identity)',
    '',
    ...report.permissions.flatMap((p) => [
      `  ${p.name.padEnd(width)}  ${p.appRoleId}`,
      `  ${' '.repeat(width)}  reads ${p.reads}`,
      `  ${' '.repeat(width)}  sources: ${p.sources.join(', ')}`,
      `  ${' '.repeat(width)}  checks: ${p.checks.join(', ') || '(informational only)'}`,
    ]),
    '',
    'Directory.Read.All also covers the organization, users, groups and role assignments; the granular permissions above keep',
    'each source readable if it is ever removed. Without a permission the checks that need it are reported not_assessed, never failed.',
    '',
    `Delegated sign-in (${report.delegated.signIn}):`,
    `  delegated permissions: ${report.delegated.permissions.map((p) => p.name).join(', ')}`,
    `  directory role of the signed-in user: one of ${report.delegated.directoryRoles.join(', ')}`,
    `  ${report.delegated.note}`,
    '  Offered to delegated sign-ins only (an application scan records them skipped):',
    ...report.delegated.only.map(
      (d) => `    ${d.source}: ${d.adds}${d.checks.length ? ` [${d.checks.join(', ')}]` : ''}`,
    ),
    '',
    `Portal backend (UNDOCUMENTED Microsoft API, no application permission exists): ${report.portal.access}.`,
    `  sources: ${report.portal.sources.join(', ')}; checks: ${report.portal.checks.join(', ')}`,
    '',
    'Grant with the Azure CLI (then wait a minute for the consent to apply):',
    ...report.grant.azureCli.map((c) => `  ${c}`),
    '',
    'Or with Microsoft Graph PowerShell (app-role assignments are admin consent):',
    ...report.grant.graphPowerShell.map((c) => `  ${c}`),
    '',
  ];
  return lines.join('\n');
}

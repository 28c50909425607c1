/**
 * SSPR-02 Pilot group is valid.
 * Evaluated only when SSPR-01 really decided "Selected". The group is the portal's
 * passwordResetEnabledGroupIds[0], else the attested selectedGroup (an id when it is a GUID, else a display
 * name, case-insensitive); its Graph lookup is read from the snapshot's pilotGroups.
 * NOT APPLICABLE (scope_not_selected) when SSPR-01 decided All or None;
 * NOT ASSESSED with SSPR-01's reason when SSPR-01 was not assessed; no_public_api when no group is known
 * (or the portal's reason when its sign-in failed); pilotGroups' reason when it failed (GroupMember.Read.All);
 * collection_error when the snapshot holds no lookup (or no member count) for the group.
 * PASS the group exists with ≥ 1 transitive user member; FAIL it does not exist (404, or 400 for a
 * malformed id) or has no user member. Users only (transitiveMembers/microsoft.graph.user/$count, which
 * the collector stores as pilotGroups.transitiveMemberCount): nested groups, devices and service
 * principals are not people who can reset. Source is graph: the lookup decides; facts name where the group came from.
 */
import {
  attestedBy,
  attestedSetting,
  decide,
  defineCheck,
  inheritNotAssessed,
  notApplicable,
  portalSetting,
  undecided,
  type CheckOutcome,
  type Disagreement,
  type GroupLookup,
  type Snapshot,
} from '../src/plugin/index.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const same = (a?: string | null, b?: string | null) =>
  !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

interface GroupRef {
  by: 'id' | 'displayName';
  value: string;
  origin: 'portal' | 'attested';
  field: string;
}

/** The pilot group as the portal (first) or the attestation names it. */
export function pilotGroupRef(s: Snapshot): GroupRef | undefined {
  const id = portalSetting(s, 'passwordResetEnabledGroupIds')?.find((g) => g.trim() !== '');
  if (id)
    return {
      by: 'id',
      value: id,
      origin: 'portal',
      field: 'passwordResetPolicies.passwordResetEnabledGroupIds[0]',
    };
  const attested = attestedSetting(s, 'selectedGroup')?.trim();
  if (attested) {
    return {
      by: GUID.test(attested) ? 'id' : 'displayName',
      value: attested,
      origin: 'attested',
      field: 'attestation.settings.selectedGroup',
    };
  }
  return undefined;
}

/** The lookup made for `ref`: asked for the same thing, or found the same group. */
export function lookupFor(lookups: GroupLookup[], ref: GroupRef): GroupLookup | undefined {
  return (
    lookups.find((l) => l.by === ref.by && same(l.query, ref.value)) ??
    lookups.find((l) => l.found && (ref.by === 'id' ? same(l.id, ref.value) : same(l.displayName, ref.value)))
  );
}

/** The attested group, when the portal named a different one. */
function attestedDisagrees(s: Snapshot, ref: GroupRef, lookup: GroupLookup): Disagreement[] {
  const attested = attestedSetting(s, 'selectedGroup')?.trim();
  if (ref.origin !== 'portal' || !attested) return [];
  const portalName = portalSetting(s, 'passwordResetEnabledGroupName') ?? lookup.displayName;
  const differs = GUID.test(attested)
    ? !same(attested, ref.value)
    : portalName
      ? !same(attested, portalName)
      : false;
  return differs
    ? [
        {
          source: 'attested',
          says: attested,
          detail: `${attestedBy(s)} attested the pilot group "${attested}"; the portal names ${portalName ? `"${portalName}" ` : ''}(${ref.value}).`,
        },
      ]
    : [];
}

export default defineCheck({
  meta: {
    id: 'SSPR-02',
    title: 'Pilot group is valid',
    severity: 'medium',
    checklistItem: 'enabled',
    description:
      'While SSPR is enabled for a selected group only, that group must exist and hold the pilot users (nested groups count); otherwise nobody can reset a password.',
    dataSources: [
      {
        source: 'passwordResetPolicies',
        permission: 'delegated portal sign-in (--portal)',
        reads: 'passwordResetEnabledGroupIds[0] (and passwordResetEnabledGroupName)',
      },
      {
        source: 'attestation',
        reads: 'settings.selectedGroup (an id when it is a GUID, else a display name)',
      },
      {
        source: 'pilotGroups',
        permission: 'GroupMember.Read.All',
        reads:
          "groups/{id} or groups?$filter=displayName eq '…', and transitiveMembers/microsoft.graph.user/$count (users only)",
      },
    ],
    sources: ['passwordResetPolicies', 'pilotGroups'],
    dependsOn: ['SSPR-01'],
    expected: 'The selected SSPR group exists and has at least one user member',
    remediation: {
      summary:
        'Point the SSPR scope at an existing group that holds the pilot users, or enable SSPR for all users.',
      steps: [
        'Sign in to the Microsoft Entra admin center as at least an Authentication Policy Administrator.',
        'Go to Protection > Password reset > Properties.',
        'Under "Self service password reset enabled", keep Selected, choose "Select group", pick the pilot group and select Save (or choose All once the pilot is over).',
        'Go to Identity > Groups > All groups, open the pilot group and add the pilot users under Members.',
      ],
      reference: 'https://learn.microsoft.com/entra/identity/authentication/tutorial-enable-sspr',
    },
    troubleshooting: ['TS-01'],
    defaultOptions: {},
  },
  evaluate(s, _o, ctx): CheckOutcome {
    const scope = ctx.decisionOf('SSPR-01');
    if (scope.status === 'not_assessed') {
      return inheritNotAssessed(
        scope,
        'The pilot group cannot be checked because the SSPR scope (SSPR-01) was not assessed.',
      );
    }
    if (scope.status !== 'warn') {
      const all = scope.status === 'pass';
      return notApplicable('scope_not_selected', scope.source, {
        message: all
          ? 'SSPR is enabled for all users (SSPR-01), so no pilot group limits who can reset.'
          : 'SSPR is not enabled for a selected group (SSPR-01), so there is no pilot group to check.',
        observed: `SSPR-01: ${scope.observed}`,
        expected: 'Applies when SSPR is enabled for a selected group',
        facts: [{ label: 'SSPR-01 status', value: scope.status }],
      });
    }

    const ref = pilotGroupRef(s);
    if (!ref) {
      return undecided(
        'no_public_api',
        'SSPR is enabled for a selected group (SSPR-01), but no source names the group: sign in with --portal, pass --portal-export, or attest selectedGroup.',
        { consulted: ['passwordResetPolicies'], facts: [{ label: 'SSPR-01 status', value: scope.status }] },
      );
    }
    const refFacts = [
      { label: 'SSPR-01 status', value: scope.status },
      { label: ref.field, value: ref.value },
    ];
    const src = s.sources.pilotGroups;
    if (src.outcome.status !== 'ok' || !src.data) {
      return undecided(
        'collection_error',
        `The pilot group "${ref.value}" could not be looked up in Microsoft Graph.`,
        {
          consulted: ['pilotGroups'],
          facts: refFacts,
        },
      );
    }
    const lookup = lookupFor(src.data, ref);
    if (!lookup) {
      return undecided(
        'collection_error',
        `The snapshot has no lookup for the pilot group "${ref.value}" (by ${ref.by}); collect it again.`,
        {
          consulted: [],
          facts: refFacts,
        },
      );
    }

    const name = portalSetting(s, 'passwordResetEnabledGroupName') ?? lookup.displayName ?? ref.value;
    const facts = [
      ...refFacts,
      { label: 'pilotGroups.found', value: lookup.found },
      { label: 'pilotGroups.httpStatus', value: lookup.httpStatus ?? null },
      { label: 'pilotGroups.id', value: lookup.id ?? null },
      {
        label: 'pilotGroups.transitiveMemberCount (transitiveMembers/microsoft.graph.user/$count)',
        value: lookup.transitiveMemberCount ?? null,
      },
    ];
    const row = {
      query: lookup.query,
      by: lookup.by,
      id: lookup.id ?? null,
      displayName: lookup.displayName ?? null,
      httpStatus: lookup.httpStatus ?? null,
      transitiveMemberCount: lookup.transitiveMemberCount ?? null,
    };
    const affected = {
      kind: 'group',
      title: 'Pilot group that cannot enable anyone',
      columns: Object.keys(row),
      rows: [row],
    };
    const disagreements = attestedDisagrees(s, ref, lookup);
    const expected = 'An existing group with at least one user member';

    if (!lookup.found) {
      if (lookup.httpStatus === 403) {
        return {
          kind: 'undecided',
          fallback: 'missing_permission',
          inherited: {
            reason: 'missing_permission',
            permission: 'GroupMember.Read.All',
            detail: 'Graph refused the group lookup (403)',
          },
          message: `The pilot group "${name}" could not be read: the scan lacks the GroupMember.Read.All permission.`,
          evidence: { facts },
        };
      }
      if (lookup.httpStatus !== undefined && lookup.httpStatus !== 404 && lookup.httpStatus !== 400) {
        return undecided(
          'collection_error',
          `The lookup of the pilot group "${name}" failed with HTTP ${lookup.httpStatus}.`,
          { consulted: [], facts },
        );
      }
      const why =
        lookup.httpStatus === 400
          ? `is not a valid group id (Graph answered 400)`
          : lookup.httpStatus === 404
            ? 'does not exist (Graph answered 404)'
            : 'does not exist (no group has that name)';
      return decide('fail', 'graph', {
        message: `SSPR is enabled for the group "${name}", which ${why}, so no user can reset a password.`,
        observed: `Pilot group "${name}" ${why}`,
        expected,
        facts,
        affected,
        disagreements,
      });
    }
    const count = lookup.transitiveMemberCount;
    if (count === undefined) {
      return undecided(
        'collection_error',
        `The pilot group "${name}" exists, but the snapshot holds no member count for it; collect it again.`,
        {
          consulted: [],
          facts,
        },
      );
    }
    if (count < 1) {
      return decide('fail', 'graph', {
        message: `SSPR is enabled for the group "${name}", which has no user among its members (nested groups included), so no user can reset a password.`,
        observed: `Pilot group "${name}": 0 user members`,
        expected,
        facts,
        affected,
        disagreements,
      });
    }
    return decide('pass', 'graph', {
      message: `SSPR is enabled for the group "${name}", which exists and has ${count} user member(s), nested groups included.`,
      observed: `Pilot group "${name}": ${count} transitive user member(s)`,
      expected,
      facts,
      disagreements,
    });
  },
});

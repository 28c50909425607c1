// The population bridge: members → SSPR-enabled → registered → capable → holding ≥ 2 usable methods,
// for all members and apart for administrators and the rest; guests counted apart (out of scope).
// Every user figure in the report is one of these, or says its population.

import { members, ssprMethods } from '../plugin/helpers/population.js';
import type { Snapshot } from '../snapshot/types.js';

export interface BridgeColumn {
  members: number;
  enabled: number;
  registered: number;
  capable: number;
  twoOrMoreMethods: number;
}

export interface PopulationBridge {
  source: 'userRegistrationDetails' | 'none';
  all: BridgeColumn;
  nonAdmins: BridgeColumn;
  admins: BridgeColumn;
  guests: number;
}

const empty = (): BridgeColumn => ({
  members: 0,
  enabled: 0,
  registered: 0,
  capable: 0,
  twoOrMoreMethods: 0,
});

export function populationBridge(s: Snapshot): PopulationBridge {
  const all = members(s);
  if (!all) return { source: 'none', all: empty(), nonAdmins: empty(), admins: empty(), guests: 0 };
  const src = s.sources.userRegistrationDetails.data ?? [];
  const column = (users: typeof all): BridgeColumn => {
    const col = empty();
    for (const u of users) {
      col.members += 1;
      if (!u.isSsprEnabled) continue;
      col.enabled += 1;
      if (!u.isSsprRegistered) continue;
      col.registered += 1;
      // isSsprCapable is enabled && registered; older exports may lack the field.
      if (typeof u.isSsprCapable === 'boolean' && !u.isSsprCapable) continue;
      col.capable += 1;
      if (ssprMethods(u).length >= 2) col.twoOrMoreMethods += 1;
    }
    return col;
  };
  return {
    source: 'userRegistrationDetails',
    all: column(all),
    nonAdmins: column(all.filter((u) => !u.isAdmin)),
    admins: column(all.filter((u) => u.isAdmin)),
    guests: src.filter((u) => u.userType !== 'member').length,
  };
}

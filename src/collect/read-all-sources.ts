// Reads every snapshot section: the small reads together in one $batch, the paced reports, the users
// and recommendations at once, the portal backend (live or from an export) alongside, then the pilot
// group, which needs the portal's group ids or the attested group.

import type { Attestation, SnapshotSources, SourceName } from '../snapshot/types.js';
import type { PortalExport } from '../inputs/portal-export.js';
import { collectBatched, type BatchedRead } from './batched-read.js';
import type { CollectContext } from './collect-context.js';
import { authenticationMethodsPolicyRead } from './sources/authentication-methods-policy.js';
import { authorizationPolicyRead } from './sources/authorization-policy.js';
import { collectDirectoryAudits } from './sources/directory-audits.js';
import { organizationRead } from './sources/organization.js';
import { collectPilotGroups, pilotGroupQueries } from './sources/pilot-groups.js';
import { collectPortal, withExport, type PortalRequest } from './sources/portal-policies.js';
import { collectRecommendations } from './sources/recommendations.js';
import {
  collectUsersRegisteredByFeature,
  collectUsersRegisteredByMethod,
} from './sources/registration-summaries.js';
import { roleAssignmentsRead } from './sources/role-assignments.js';
import { subscribedSkusRead } from './sources/subscribed-skus.js';
import { collectUserEventsSummary } from './sources/user-events-summary.js';
import { collectUserPhones } from './sources/user-phones.js';
import { collectUserRegistrationActivity } from './sources/user-registration-activity.js';
import { collectUserRegistrationDetails } from './sources/user-registration-details.js';

/** How many sections a scan fills (for "n of m" progress). */
export const SOURCE_COUNT = 16;

const BATCHED = [
  organizationRead,
  subscribedSkusRead,
  authenticationMethodsPolicyRead,
  authorizationPolicyRead,
  roleAssignmentsRead,
] as Array<BatchedRead<unknown>>;

export interface SourceInputs {
  portal: PortalRequest;
  portalExport?: PortalExport;
  attestation?: Attestation | null;
}

export async function readAllSources(ctx: CollectContext, inputs: SourceInputs): Promise<SnapshotSources> {
  const portal = collectPortal(ctx, inputs.portal).then((live) => withExport(live, inputs.portalExport));
  const [
    batched,
    userRegistrationDetails,
    usersRegisteredByMethod,
    usersRegisteredByFeature,
    userEventsSummary,
    userRegistrationActivity,
    directoryAudits,
    userPhones,
    recommendations,
  ] = await Promise.all([
    collectBatched(BATCHED, ctx),
    collectUserRegistrationDetails(ctx),
    collectUsersRegisteredByMethod(ctx),
    collectUsersRegisteredByFeature(ctx),
    collectUserEventsSummary(ctx),
    collectUserRegistrationActivity(ctx),
    collectDirectoryAudits(ctx),
    collectUserPhones(ctx),
    collectRecommendations(ctx),
  ]);
  const { passwordResetPolicies, onPremisesPasswordResetPolicies } = await portal;
  const pilotGroups = await collectPilotGroups(
    ctx,
    pilotGroupQueries(passwordResetPolicies.data, inputs.attestation),
  );
  const fromBatch = <K extends SourceName>(name: K) => batched.get(name) as SnapshotSources[K];
  return {
    organization: fromBatch('organization'),
    subscribedSkus: fromBatch('subscribedSkus'),
    authenticationMethodsPolicy: fromBatch('authenticationMethodsPolicy'),
    authorizationPolicy: fromBatch('authorizationPolicy'),
    userRegistrationDetails,
    usersRegisteredByMethod,
    usersRegisteredByFeature,
    userPhones,
    roleAssignments: fromBatch('roleAssignments'),
    userEventsSummary,
    userRegistrationActivity,
    directoryAudits,
    pilotGroups,
    recommendations,
    passwordResetPolicies,
    onPremisesPasswordResetPolicies,
  };
}

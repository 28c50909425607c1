// roleManagement/directory/roleAssignments for the roles that can reset passwords at the help desk
// (Helpdesk, Password and User Administrator), each filtered by roleDefinitionId, principal expanded.

import type { RoleAssignment } from '../../snapshot/types.js';
import type { BatchedRead } from '../batched-read.js';
import { odataString, query } from '../collect-context.js';
import { collectionFromBatch } from './collection-from-batch.js';
import { allSettledOrThrow } from '../../util/all-settled-or-throw.js';

const ENDPOINT = '/v1.0/roleManagement/directory/roleAssignments';

/** Role template ids (GRAPH.md §12): the roles SSPR-19 looks for. */
export const HELPDESK_ROLES = {
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  passwordAdministrator: '966707d0-3269-4727-9be2-8c3a10f19b9d',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
};

const stepId = (name: string) => `roleAssignments.${name}`;

export const roleAssignmentsRead: BatchedRead<RoleAssignment[]> = {
  source: 'roleAssignments',
  endpoint: ENDPOINT,
  steps: Object.entries(HELPDESK_ROLES).map(([name, id]) => ({
    id: stepId(name),
    url: `/roleManagement/directory/roleAssignments${query({ $filter: `roleDefinitionId eq ${odataString(id)}`, $expand: 'principal' })}`,
  })),
  async finish(results, ctx) {
    const reads = await allSettledOrThrow(
      Object.keys(HELPDESK_ROLES).map((name) =>
        collectionFromBatch<RoleAssignment>(results.get(stepId(name))!, ENDPOINT, 'roleAssignments', ctx),
      ),
    );
    const rows = reads.flatMap((r) => r.rows);
    return { data: rows, pages: reads.reduce((n, r) => n + r.pages, 0), rows: rows.length };
  },
};

// What `roleAssignments?$expand=principal` really carries (GRAPH.md §17.6; the docs sample
// ../shared/graph-samples/roleAssignments.expandPrincipal.v1.json): a user principal's id,
// displayName, mail, mailNickname, imAddresses, accountEnabled and userType — and NO
// userPrincipalName (one docs example returns only @odata.type and id). The double sends no more.

export const EXPANDED_PRINCIPAL_PROPERTIES: readonly string[] = [
  '@odata.type',
  'id',
  'displayName',
  'mail',
  'mailNickname',
  'imAddresses',
  'accountEnabled',
  'userType',
];

export function asExpandedPrincipal(principal: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(principal).filter(([k]) => EXPANDED_PRINCIPAL_PROPERTIES.includes(k)),
  );
}

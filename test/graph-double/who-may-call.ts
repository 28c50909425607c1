// Who may call what, from Microsoft's permission tables (../shared/graph-metadata/README.md, GRAPH.md
// §1.1 and §17.1, checked 2026-12): the reports an application token may not call at all, and the
// directory roles a delegated user must hold for the reports that ask for one.

/** Directory role template ids (stable across tenants; learn /entra/identity/role-based-access-control/permissions-reference). */
export const DIRECTORY_ROLES = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  reportsReader: '4a5d8f65-41da-4de4-8968-e035b65339cf',
  securityReader: '5d6b6bb7-de71-4623-b4af-96380a352509',
  securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
} as const;

/**
 * "Application: Not supported": usersRegisteredByMethod, usersRegisteredByFeature (learn
 * /graph/api/authenticationmethodsroot-usersregisteredbymethod, …-usersregisteredbyfeature) and beta
 * userRegistrationActivity (microsoft-graph-docs-contrib @e4afd427).
 */
export const DELEGATED_ONLY_ROUTES = new Set([
  'usersRegisteredByMethod',
  'usersRegisteredByFeature',
  'userRegistrationActivity',
]);

/** The reader roles those tables name for a delegated caller of the reports (Global Administrator also works). */
export const REPORT_READER_ROLES: readonly string[] = [
  DIRECTORY_ROLES.reportsReader,
  DIRECTORY_ROLES.securityReader,
  DIRECTORY_ROLES.securityAdministrator,
  DIRECTORY_ROLES.globalReader,
  DIRECTORY_ROLES.globalAdministrator,
];

/** Routes whose delegated caller must hold one of REPORT_READER_ROLES (userRegistrationDetails and the two summaries). */
export const READER_ROLE_ROUTES = new Set([
  'userRegistrationDetails',
  'usersRegisteredByMethod',
  'usersRegisteredByFeature',
]);

// Graph hides enum members added after `unknownFutureValue` (evolvable enums) unless the request asks
// for them; usageAuthMethod (authMethod in userEventsSummary and userRegistrationActivity) is one, and
// its SSPR-usable sms, mobilePhone, softwareOneTimePasscode, hardwareOneTimePasscode and
// microsoftAuthenticatorPush are all above it (GRAPH.md §17.3; ../graph-metadata/beta.json).
// readAllPages repeats a call's headers on every nextLink page; a $batch step carries them inside.

export const INCLUDE_UNKNOWN_ENUM_MEMBERS: Readonly<Record<string, string>> = {
  Prefer: 'include-unknown-enum-members',
};

// The public plugin API (`sspr-audit/plugin`): what a check is made of, and the helpers the 24
// built-in checks use. Built-ins and plugin packs import only this module, so they are peers.

export { defineCheck } from '../engine/define-check.js';
export { definePack, PLUGIN_API_VERSION, type CheckPack } from './pack.js';
export type {
  AffectedObjects,
  Cell,
  CheckDefinition,
  CheckMeta,
  CheckOutcome,
  CheckResultCore,
  ChecklistItemId,
  DataSourceMeta,
  Decision,
  Disagreement,
  EvalContext,
  Evidence,
  EvidenceSource,
  Reason,
  Remediation,
  Severity,
  Status,
  TroubleshootingId,
  Undecided,
  Verdict,
} from '../engine/types.js';
export { CHECKLIST_ITEMS, EVIDENCE_SOURCES, REASONS, SEVERITIES } from '../engine/types.js';
export type * from '../snapshot/types.js';
export { answered } from '../engine/source-reason.js';

// Outcomes: decide / not applicable / undecided (the engine turns undecided into not_assessed).
export {
  decide,
  inheritNotAssessed,
  notApplicable,
  pct,
  undecided,
  type DecisionParts,
} from './helpers/outcome.js';
// The member population and SSPR methods (shared with the metrics).
export {
  members,
  nullRowFacts,
  registeredMethods,
  SSPR_USABLE_METHODS,
  ssprMethods,
  userRow,
} from './helpers/population.js';
// Graph's own vocabulary (enum members and method names), each from Microsoft's metadata.
export * from './helpers/graph-vocabulary.js';
export { methodsPolicyNotOffered } from './helpers/methods-policy.js';
// Activity windows: the last N days before the scan time (shared with the metrics).
export {
  activityWindow,
  AUDIT_ACTIVITY,
  DEFAULT_WINDOW_DAYS,
  inWindow as inActivityWindow,
  NO_REASON,
  rankReasons,
  registrationActivity,
  resetTally,
  SSPR_ACTIVITY_METHOD_SET,
  UNKNOWN_METHOD,
  unlockCount,
  type ActivityWindow,
  type MethodCount,
  type ReasonCount,
  type RegistrationActivity,
  type ResetSource,
  type ResetTally,
} from './helpers/activity.js';
export { ageInHours, inWindow, windowStart } from './helpers/window.js';
// Thresholds and settings read from the portal backend or the attestation.
export { atLeast, rateVerdict, type RateThresholds } from './helpers/thresholds.js';
export { attestedBy, attestedSetting, onPremSetting, portalSetting } from './helpers/settings.js';
export { evaluateBooleanSetting, type BooleanSettingSpec } from './helpers/boolean-setting.js';
export { withAttestationEvidence } from './helpers/attestation-evidence.js';
export { cloudOnly, organization } from './helpers/hybrid.js';
export {
  BUSINESS_STANDARD_SKUS,
  disqualifications,
  hasNullDecidingField,
  isBusinessStandard,
  isHybrid,
  licenceKind,
  licenceView,
  planNames,
  skuName,
  skuUnits,
  SSPR_SERVICE_PLANS,
  ssprPlans,
  type LicenceKind,
  type LicenceView,
} from './helpers/licensing.js';
export {
  FAILURE_REASON_RULES,
  troubleshootingFor,
  type FailureReasonRule,
} from './helpers/reset-failure-troubleshooting.js';

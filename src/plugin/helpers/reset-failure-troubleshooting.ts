// Which troubleshooting entry explains a reset failure reason. The reasons are free text (Graph's
// userEventsSummary.failureReason, or an audit's resultReason, which may be an error code such as
// WritebackNotEnabled), so they are matched on keywords after squashing case and punctuation.

import type { TroubleshootingId } from '../../engine/types.js';

export interface FailureReasonRule {
  /** Matched against the reason lower-cased with everything but letters and digits removed. */
  keywords: string[];
  entry: TroubleshootingId;
}

// Order matters: the first rule that matches wins, so the specific ones come first
// ("WritebackNotEnabled" is TS-03, not the "not enabled" of TS-01), and the bare "admin" of TS-05
// comes last because user-facing texts often end with "contact your administrator".
export const FAILURE_REASON_RULES: readonly FailureReasonRule[] = [
  { keywords: ['writeback', 'onprem'], entry: 'TS-03' },
  { keywords: ['sync'], entry: 'TS-06' },
  { keywords: ['register', 'notproperlyconfigured'], entry: 'TS-02' },
  { keywords: ['notenabled', 'flagdisabled', 'ssprdisabled', 'scopedaccessgroup', 'licen'], entry: 'TS-01' },
  {
    keywords: [
      'verif',
      'phone',
      'sms',
      'passcode',
      'onetimecode',
      'invalidcode',
      'incorrectcode',
      'wrongcode',
      'email',
    ],
    entry: 'TS-04',
  },
  { keywords: ['privilege', 'insufficient', 'admin'], entry: 'TS-05' },
];

const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The entry that explains a failure reason, as a list (empty when no rule knows the reason). */
export function troubleshootingFor(reason: string): TroubleshootingId[] {
  const text = squash(reason);
  if (!text) return [];
  const rule = FAILURE_REASON_RULES.find((r) => r.keywords.some((k) => text.includes(k)));
  return rule ? [rule.entry] : [];
}

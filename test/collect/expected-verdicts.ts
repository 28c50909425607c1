// The verdicts CHECKS.md prescribes for each tenant of the double (scanned with --portal unless the
// name says otherwise), as `status` or `status/reason`. Tests assert those of registered checks.

import type { Expected } from './snapshot-match.js';

const COMPLIANT_CLOUD: Expected = {
  'SSPR-01': 'pass',
  'SSPR-02': 'not_applicable/scope_not_selected',
  'SSPR-03': 'pass',
  'SSPR-04': 'pass',
  'SSPR-05': 'pass',
  'SSPR-06': 'pass',
  'SSPR-07': 'pass',
  'SSPR-08': 'pass',
  'SSPR-09': 'pass',
  'SSPR-10': 'pass',
  'SSPR-11': 'not_applicable/cloud_only',
  'SSPR-12': 'not_applicable/cloud_only',
  'SSPR-13': 'not_applicable/cloud_only',
  'SSPR-14': 'pass',
  'SSPR-15': 'pass',
  'SSPR-16': 'pass',
  'SSPR-17': 'pass',
  'SSPR-18': 'pass',
  'SSPR-19': 'pass',
  'SSPR-20': 'pass',
  'SSPR-21': 'pass',
  'SSPR-22': 'pass',
  'SSPR-23': 'not_assessed/manual',
  'SSPR-24': 'not_assessed/manual',
};

export const EXPECTED: Record<string, Expected> = {
  'cloud-only': COMPLIANT_CLOUD,
  hybrid: { ...COMPLIANT_CLOUD, 'SSPR-11': 'pass', 'SSPR-12': 'pass', 'SSPR-13': 'pass' },
  unlicensed: {
    ...COMPLIANT_CLOUD,
    'SSPR-01': 'fail',
    'SSPR-02': 'not_applicable/scope_not_selected',
    'SSPR-14': 'not_assessed/not_licensed',
    'SSPR-15': 'not_assessed/not_licensed',
    'SSPR-16': 'not_assessed/not_licensed',
    'SSPR-17': 'fail',
    'SSPR-18': 'not_applicable/prerequisite_off',
    'SSPR-22': 'not_applicable/prerequisite_off',
  },
  'missing-permission': {
    ...COMPLIANT_CLOUD,
    'SSPR-14': 'not_assessed/missing_permission',
    'SSPR-15': 'not_assessed/missing_permission',
    'SSPR-16': 'not_assessed/missing_permission',
    'SSPR-18': 'not_assessed/missing_permission',
    'SSPR-21': 'not_assessed/missing_permission',
    'SSPR-22': 'not_assessed/missing_permission',
  },
  throttled: COMPLIANT_CLOUD,
  selected: { ...COMPLIANT_CLOUD, 'SSPR-01': 'warn', 'SSPR-02': 'pass' },
  large: COMPLIANT_CLOUD,
  'cloud-only without portal': {
    ...COMPLIANT_CLOUD,
    'SSPR-03': 'not_assessed/no_public_api',
    'SSPR-05': 'not_assessed/no_public_api',
    'SSPR-06': 'not_assessed/no_public_api',
    'SSPR-07': 'not_assessed/no_public_api',
    'SSPR-09': 'not_assessed/no_public_api',
    'SSPR-10': 'not_assessed/no_public_api',
  },
  'unlicensed without portal': {
    'SSPR-01': 'not_assessed/not_licensed',
    'SSPR-06': 'not_assessed/no_public_api',
    'SSPR-17': 'fail',
  },
  'missing-permission without portal': {
    'SSPR-01': 'not_assessed/missing_permission',
    'SSPR-06': 'not_assessed/no_public_api',
  },
};

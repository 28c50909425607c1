import { failSource } from '../fixtures/golden.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

const state = (value: string | null | undefined) => (s: Snapshot) => {
  if (value === undefined) delete s.sources.authenticationMethodsPolicy.data!.policyMigrationState;
  else s.sources.authenticationMethodsPolicy.data!.policyMigrationState = value;
};

runCheckCases('SSPR-20', [
  {
    name: 'migrationComplete → pass',
    expect: { status: 'pass', source: 'graph', observed: 'policyMigrationState: migrationComplete' },
  },
  {
    name: 'migrationInProgress → warn',
    patch: state('migrationInProgress'),
    expect: { status: 'warn', source: 'graph', message: ['in progress'], troubleshooting: ['TS-04'] },
  },
  {
    name: 'preMigration → fail',
    patch: state('preMigration'),
    expect: { status: 'fail', source: 'graph', observed: 'preMigration', message: ['not started'] },
  },
  {
    name: 'null (never had legacy policies) → pass',
    patch: state(null),
    expect: { status: 'pass', source: 'graph', observed: 'not set' },
  },
  {
    name: 'absent → pass',
    patch: state(undefined),
    expect: { status: 'pass', source: 'graph', observed: 'not set' },
  },
  {
    name: 'undocumented value (unknownFutureValue) → not_assessed no_public_api',
    patch: state('unknownFutureValue'),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'no_public_api',
      message: ['unknownFutureValue'],
    },
  },
  {
    name: 'policy forbidden → not_assessed missing_permission Policy.Read.AuthenticationMethod',
    patch: (s) =>
      failSource(s, 'authenticationMethodsPolicy', 'forbidden', 'Policy.Read.AuthenticationMethod'),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'Policy.Read.AuthenticationMethod',
      message: ['authenticationMethodsPolicy'],
    },
  },
]);

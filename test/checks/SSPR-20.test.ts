import { expect } from 'chai';
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
    name: 'null (never had legacy policies) → pass, evidence says absent (null)',
    patch: state(null),
    expect: { status: 'pass', source: 'graph', observed: 'absent (null)', message: ['absent'] },
  },
  {
    name: 'absent → pass, evidence says it was absent',
    patch: state(undefined),
    expect: {
      status: 'pass',
      source: 'graph',
      observed: 'policyMigrationState: absent',
      message: ['absent'],
      also: (r) =>
        expect(r.evidence.facts).to.deep.include({
          label: 'authenticationMethodsPolicy.policyMigrationState',
          value: 'absent',
        }),
    },
  },
  {
    name: 'China, policy not offered (400 "Resource not found for the segment") → not_applicable not_offered_in_cloud',
    patch: (s) => {
      s.tenant.cloud = 'china';
      s.sources.authenticationMethodsPolicy = {
        outcome: {
          ...s.sources.authenticationMethodsPolicy.outcome,
          status: 'error',
          error: "HTTP 400 BadRequest: Resource not found for the segment 'authenticationMethodsPolicy'.",
        },
      };
    },
    expect: {
      status: 'not_applicable',
      source: 'platform',
      reason: 'not_offered_in_cloud',
      message: ['China'],
    },
  },
  {
    name: 'China, policy unavailable (404) → not_applicable not_offered_in_cloud',
    patch: (s) => {
      s.tenant.cloud = 'china';
      failSource(s, 'authenticationMethodsPolicy', 'unavailable');
    },
    expect: { status: 'not_applicable', source: 'platform', reason: 'not_offered_in_cloud' },
  },
  {
    name: 'China, policy forbidden → not_assessed missing_permission (a refusal is not "not offered")',
    patch: (s) => {
      s.tenant.cloud = 'china';
      failSource(s, 'authenticationMethodsPolicy', 'forbidden', 'Policy.Read.AuthenticationMethod');
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'missing_permission' },
  },
  {
    name: 'global cloud, policy 400 → not_assessed collection_error (not offered only in China)',
    patch: (s) => failSource(s, 'authenticationMethodsPolicy', 'error'),
    expect: { status: 'not_assessed', source: 'none', reason: 'collection_error' },
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

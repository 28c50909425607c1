import { expect } from 'chai';
import { failSource } from '../fixtures/golden.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

// The golden scan time is 2026-11-20T09:00:00Z.
const lastSync = (s: Snapshot, at: string | null) =>
  void (s.sources.organization.data!.onPremisesLastSyncDateTime = at);

runCheckCases('SSPR-12', [
  {
    name: 'synced 30 minutes before the scan → pass',
    expect: {
      status: 'pass',
      source: 'graph',
      observed: '0.5 hours',
      also: (r) =>
        expect(r.evidence.facts).to.deep.include({
          label: 'organization.onPremisesLastSyncDateTime',
          value: '2026-11-20T08:30:00Z',
        }),
    },
  },
  {
    name: 'synced at the scan instant (0 h) → pass',
    patch: (s) => lastSync(s, '2026-11-20T09:00:00Z'),
    expect: { status: 'pass', source: 'graph' },
  },
  {
    name: 'exactly 3 h → pass',
    patch: (s) => lastSync(s, '2026-11-20T06:00:00Z'),
    expect: { status: 'pass', source: 'graph', observed: '3 hours' },
  },
  {
    name: '3 h and 1 s → warn',
    patch: (s) => lastSync(s, '2026-11-20T05:59:59Z'),
    expect: {
      status: 'warn',
      source: 'graph',
      message: ['3-hour limit'],
      troubleshooting: ['TS-03', 'TS-06'],
    },
  },
  {
    name: 'exactly 24 h → warn',
    patch: (s) => lastSync(s, '2026-11-19T09:00:00Z'),
    expect: { status: 'warn', source: 'graph', observed: '24 hours' },
  },
  {
    name: '24 h and 1 s → fail',
    patch: (s) => lastSync(s, '2026-11-19T08:59:59Z'),
    expect: { status: 'fail', source: 'graph', message: ['stopped', '24-hour limit'] },
  },
  {
    name: '10 days → fail, age in days',
    patch: (s) => lastSync(s, '2026-11-10T09:00:00Z'),
    expect: { status: 'fail', source: 'graph', observed: '10 days 0 hours' },
  },
  {
    name: 'sync enabled but never synced (null) → fail',
    patch: (s) => lastSync(s, null),
    expect: { status: 'fail', source: 'graph', observed: 'never', message: ['never'] },
  },
  {
    name: 'a sync stamped just after the scan (clock skew) → pass',
    patch: (s) => lastSync(s, '2026-11-20T09:05:00Z'),
    expect: { status: 'pass', source: 'graph', observed: '0 hours' },
  },
  {
    name: 'options passHours 1 / warnHours 2: 90 minutes → warn',
    patch: (s) => lastSync(s, '2026-11-20T07:30:00Z'),
    options: { 'SSPR-12': { passHours: 1, warnHours: 2 } },
    expect: { status: 'warn', source: 'graph', message: ['1-hour limit'] },
  },
  {
    name: 'regression: the age is taken at the scan time, not the clock (an old scan of a then-fresh sync passes)',
    patch: (s) => {
      s.collectedAt = '2020-01-01T03:00:00Z';
      lastSync(s, '2020-01-01T01:00:00Z');
    },
    expect: { status: 'pass', source: 'graph', observed: '2 hours' },
  },
  {
    name: 'cloud-only (onPremisesSyncEnabled false) → not_applicable cloud_only',
    patch: (s) => void (s.sources.organization.data!.onPremisesSyncEnabled = false),
    expect: { status: 'not_applicable', source: 'graph', reason: 'cloud_only', observed: 'false' },
  },
  {
    name: 'never synced tenant (onPremisesSyncEnabled null) → not_applicable cloud_only, not a fail',
    patch: (s) => {
      s.sources.organization.data!.onPremisesSyncEnabled = null;
      lastSync(s, null);
    },
    expect: { status: 'not_applicable', source: 'graph', reason: 'cloud_only' },
  },
  {
    name: 'organization forbidden → not_assessed missing_permission Organization.Read.All',
    patch: (s) => failSource(s, 'organization', 'forbidden', 'Organization.Read.All'),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'Organization.Read.All',
    },
  },
  {
    name: 'organization call failed → not_assessed collection_error',
    patch: (s) => failSource(s, 'organization', 'error'),
    expect: { status: 'not_assessed', source: 'none', reason: 'collection_error' },
  },
  {
    name: 'an unparseable timestamp → not_assessed collection_error, never pass or fail',
    patch: (s) => lastSync(s, 'yesterday'),
    expect: { status: 'not_assessed', source: 'none', reason: 'collection_error', message: ['yesterday'] },
  },
]);

import { expect } from 'chai';
import { failSource, withoutPortal } from '../fixtures/golden.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

const days = (s: Snapshot, n: number) =>
  void (s.sources.passwordResetPolicies.data!.registrationReconfirmIntevalInDays = n);

runCheckCases('SSPR-10', [
  {
    name: 'portal 180 days (the limit) → pass',
    expect: { status: 'pass', source: 'portal', observed: '180 days', message: ['every 180 days'] },
  },
  {
    name: 'portal 1 day → pass',
    patch: (s) => days(s, 1),
    expect: { status: 'pass', source: 'portal', observed: '1 day' },
  },
  {
    name: 'portal 181 days → warn',
    patch: (s) => days(s, 181),
    expect: {
      status: 'warn',
      source: 'portal',
      message: ['181 days', '180 days'],
      troubleshooting: ['TS-02'],
    },
  },
  {
    name: 'portal 730 days (the maximum) → warn',
    patch: (s) => days(s, 730),
    expect: { status: 'warn', source: 'portal' },
  },
  {
    name: 'portal 0 (never) → fail',
    patch: (s) => days(s, 0),
    expect: { status: 'fail', source: 'portal', observed: '0 (never)', message: ['never'] },
  },
  {
    name: 'option maxDays 90: 91 days → warn',
    patch: (s) => days(s, 91),
    options: { 'SSPR-10': { maxDays: 90 } },
    expect: { status: 'warn', source: 'portal', message: ['90 days'] },
  },
  {
    name: 'option maxDays 90: 90 days → pass',
    patch: (s) => days(s, 90),
    options: { 'SSPR-10': { maxDays: 90 } },
    expect: { status: 'pass', source: 'portal' },
  },
  {
    name: 'SSPR-09 false (portal) → not_applicable prerequisite_off, even with interval 0',
    patch: (s) => {
      s.sources.passwordResetPolicies.data!.registrationRequiredOnSignIn = false;
      days(s, 0);
    },
    expect: { status: 'not_applicable', source: 'portal', reason: 'prerequisite_off', message: ['SSPR-09'] },
  },
  {
    name: 'SSPR-09 false by attestation → not_applicable prerequisite_off (source attested)',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.requireRegistrationOnSignIn = false;
      s.attestation!.settings.reconfirmIntervalDays = 0;
    },
    expect: { status: 'not_applicable', source: 'attested', reason: 'prerequisite_off' },
  },
  {
    name: 'SSPR-09 not assessed, interval attested 90 → evaluated: pass (attested)',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.reconfirmIntervalDays = 90;
    },
    expect: {
      status: 'pass',
      source: 'attested',
      observed: '(attested)',
      also: (r) =>
        expect(r.evidence.facts.map((f) => f.label)).to.include('attestation.settings.reconfirmIntervalDays'),
    },
  },
  {
    name: 'no portal, attested 0 → fail (attested)',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.requireRegistrationOnSignIn = true;
      s.attestation!.settings.reconfirmIntervalDays = 0;
    },
    expect: { status: 'fail', source: 'attested' },
  },
  {
    name: 'no portal, attested 365 → warn (attested)',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.reconfirmIntervalDays = 365;
    },
    expect: { status: 'warn', source: 'attested' },
  },
  {
    name: 'portal decides over a contrary attestation, which is recorded',
    patch: (s) => void (s.attestation!.settings.reconfirmIntervalDays = 0),
    expect: { status: 'pass', source: 'portal', disagreements: ['attested'] },
  },
  {
    name: 'a malformed portal value (negative) is not a value: the attestation decides',
    patch: (s) => {
      days(s, -1);
      s.attestation!.settings.reconfirmIntervalDays = 30;
    },
    expect: { status: 'pass', source: 'attested' },
  },
  {
    name: 'no portal, no attestation → not_assessed no_public_api',
    patch: withoutPortal,
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api', message: ['--portal'] },
  },
  {
    name: 'regression: portal sign-in forbidden is never pass or fail → not_assessed missing_permission',
    patch: (s) =>
      failSource(
        s,
        'passwordResetPolicies',
        'forbidden',
        'Authentication Policy Administrator (directory role)',
      ),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'Authentication Policy Administrator (directory role)',
    },
  },
]);

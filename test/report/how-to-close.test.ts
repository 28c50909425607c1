// "How to close it" for every not_assessed reason and "why" for every not_applicable reason, from
// real verdicts of the real checks where a tenant can produce them, and for every reason regardless.

import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { CHECKS } from '../../checks/index.js';
import { REASONS, type Reason } from '../../src/engine/types.js';
import type { CheckResult, Results } from '../../src/results/types.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import {
  attestationKeys,
  notApplicableGap,
  notAssessedGap,
  type GapView,
} from '../../src/report/view/how-to-close.js';
import { failSource, withoutPortal } from '../fixtures/golden.js';
import { goldenArtifacts } from './helpers/report-fixtures.js';

const metaOf = (id: string) => CHECKS.find((c) => c.meta.id === id)!.meta;
const titleOf = (id: string) => metaOf(id).title;

function verdict(id: string, patch: (s: Snapshot) => void): { check: CheckResult; results: Results } {
  const { results } = goldenArtifacts(patch);
  return { check: results.checks.find((c) => c.id === id)!, results };
}

/** Everything the gap says, as one string, for "mentions" assertions. */
const words = (gap: GapView) =>
  [gap.explanation, ...gap.steps.flatMap((s) => [s.text, s.code ?? ''])].join('\n');

interface GapCase {
  name: string;
  id: string;
  patch: (s: Snapshot) => void;
  reason: Reason;
  mentions: string[];
  codes?: string[];
}

const NOT_ASSESSED: GapCase[] = [
  {
    name: 'missing permission (application): grant it, admin-consent, and the permissions command',
    id: 'SSPR-14',
    patch: (s) => failSource(s, 'userRegistrationDetails', 'forbidden', 'AuditLog.Read.All'),
    reason: 'missing_permission',
    mentions: [
      'AuditLog.Read.All',
      'application permission',
      'Grant admin consent',
      '00000000-0000-0000-0000-0000000000aa',
    ],
    codes: ['sspr-audit permissions'],
  },
  {
    name: 'missing permission (delegated sign-in): consent for the signed-in account',
    id: 'SSPR-14',
    patch: (s) => {
      failSource(s, 'userRegistrationDetails', 'forbidden', 'AuditLog.Read.All');
      s.collectedBy = { account: 'auditor@contoso.com', auth: 'device-code' };
    },
    reason: 'missing_permission',
    mentions: ['auditor@contoso.com (delegated)', 'AuditLog.Read.All', 'directory role'],
  },
  {
    name: 'missing permission on the portal: the portal and the attestation as alternatives',
    id: 'SSPR-06',
    patch: (s) =>
      failSource(s, 'passwordResetPolicies', 'forbidden', 'portal role: Authentication Policy Administrator'),
    reason: 'missing_permission',
    mentions: ['Authentication Policy Administrator', 'Alternatively, scan with a delegated sign-in'],
    codes: [
      'sspr-audit scan --tenant <tenant> --portal',
      '--portal-export PasswordResetPolicies.json',
      'notifyUsersOnReset: true',
    ],
  },
  {
    name: 'not licensed: assign P1/P2, names the report',
    id: 'SSPR-21',
    patch: (s) => {
      failSource(s, 'userEventsSummary', 'not_licensed');
      failSource(s, 'directoryAudits', 'not_licensed');
    },
    reason: 'not_licensed',
    mentions: ['Microsoft Entra ID P1 or P2', 'Authentication method events (beta)'],
  },
  {
    name: 'no public API: sign in with --portal, pass --portal-export, or attest the key',
    id: 'SSPR-06',
    patch: (s) => withoutPortal(s),
    reason: 'no_public_api',
    mentions: ['no public API', 'Or save the portal'],
    codes: [
      'sspr-audit scan --tenant <tenant> --portal',
      '--portal-export PasswordResetPolicies.json',
      'notifyUsersOnReset: true',
    ],
  },
  {
    name: 'manual: attest the key with evidence',
    id: 'SSPR-23',
    patch: (s) => {
      s.attestation = { ...s.attestation!, settings: { helpdeskPrepared: true } };
    },
    reason: 'manual',
    mentions: ['Only a person can confirm this', 'evidence'],
    codes: ['usersNotified: true'],
  },
  {
    name: 'collection error: names the endpoint and the error, says to scan again',
    id: 'SSPR-19',
    patch: (s) => failSource(s, 'roleAssignments', 'error'),
    reason: 'collection_error',
    mentions: ['/v1.0/roleManagement/directory/roleAssignments', 'error (test)', 'Scan again'],
  },
  {
    name: 'nothing to infer from: the portal or the attestation',
    id: 'SSPR-01',
    patch: (s) => {
      withoutPortal(s);
      s.attestation = { ...s.attestation!, settings: {} };
      s.sources.userRegistrationDetails.data = s.sources.userRegistrationDetails.data!.filter(
        (u) => u.isAdmin || u.userType !== 'member',
      );
    },
    reason: 'no_population',
    mentions: ['nothing to infer'],
    codes: ['sspr-audit scan --tenant <tenant> --portal', 'enablement: all'],
  },
];

describe('how to close a not_assessed check', () => {
  for (const c of NOT_ASSESSED) {
    it(`${c.id} ${c.name}`, () => {
      const { check, results } = verdict(c.id, c.patch);
      expect(check.status, check.message).to.equal('not_assessed');
      expect(check.reason).to.equal(c.reason);
      const gap = notAssessedGap(check, results, metaOf(c.id));
      expect(gap.steps.length).to.be.greaterThan(0);
      for (const m of c.mentions) expect(words(gap)).to.include(m);
      for (const code of c.codes ?? [])
        expect(
          gap.steps.some((s) => s.code?.startsWith(code)),
          code,
        ).to.equal(true);
    });
  }

  it('SSPR-06 without the portal lists the portal before the attestation', () => {
    const { check, results } = verdict('SSPR-06', withoutPortal);
    const codes = notAssessedGap(check, results, metaOf('SSPR-06')).steps.map((s) => s.code);
    expect(codes.indexOf('sspr-audit scan --tenant <tenant> --portal')).to.be.lessThan(
      codes.indexOf('notifyUsersOnReset: true'),
    );
  });

  it('a check no tenant can close from the portal or the attestation still gets a step (manual verification)', () => {
    const { check, results } = verdict('SSPR-21', (s) => {
      failSource(s, 'userEventsSummary', 'unavailable');
      failSource(s, 'directoryAudits', 'unavailable');
    });
    expect(check.reason).to.equal('not_offered_in_cloud');
    const gap = notAssessedGap(check, results, metaOf('SSPR-21'));
    expect(gap.explanation).to.include('Global (commercial)');
    expect(gap.steps).to.have.length(1);
    expect(gap.steps[0].text).to.include('by hand');
  });

  for (const reason of REASONS) {
    it(`every reason gives an explanation and at least one step: ${reason}`, () => {
      const { results } = goldenArtifacts(withoutPortal);
      const base = results.checks.find((c) => c.id === 'SSPR-07')!;
      const check: CheckResult = {
        ...base,
        status: 'not_assessed',
        realStatus: 'not_assessed',
        source: 'none',
        reason,
      };
      const gap = notAssessedGap(check, results, metaOf('SSPR-07'));
      expect(gap.reasonLabel).to.be.a('string').and.not.equal('');
      expect(gap.explanation.trim()).to.not.equal('');
      expect(gap.steps.length).to.be.greaterThan(0);
    });
  }
});

describe('why a check does not apply', () => {
  const cases: Array<{
    name: string;
    id: string;
    patch: (s: Snapshot) => void;
    reason: Reason;
    mentions: string[];
  }> = [
    {
      name: 'cloud-only tenant: writeback does not apply',
      id: 'SSPR-12',
      patch: (s) => {
        s.sources.organization.data!.onPremisesSyncEnabled = false;
      },
      reason: 'cloud_only',
      mentions: ['cloud-only'],
    },
    {
      name: 'SSPR is All: no pilot group',
      id: 'SSPR-02',
      patch: () => undefined,
      reason: 'scope_not_selected',
      mentions: ['selected group'],
    },
    {
      name: 'no licence: the licence count names its prerequisite',
      id: 'SSPR-18',
      patch: (s) => {
        s.sources.subscribedSkus.data = [];
      },
      reason: 'prerequisite_off',
      mentions: ['SSPR-17', titleOf('SSPR-17')],
    },
    {
      name: 'no resets: names the window',
      id: 'SSPR-21',
      patch: (s) => {
        s.sources.userEventsSummary.data = s.sources.userEventsSummary.data!.filter(
          (e) => e.feature !== 'reset',
        );
        s.sources.directoryAudits.data = [];
      },
      reason: 'no_activity',
      mentions: ['21 Oct 2026', '20 Nov 2026'],
    },
    {
      name: 'China cloud: combined registration is not offered',
      id: 'SSPR-08',
      patch: (s) => {
        s.tenant.cloud = 'china';
      },
      reason: 'not_offered_in_cloud',
      mentions: ['China (operated by 21Vianet)'],
    },
  ];
  for (const c of cases) {
    it(`${c.id} ${c.name}`, () => {
      const { check, results } = verdict(c.id, c.patch);
      expect(check.status, check.message).to.equal('not_applicable');
      expect(check.reason).to.equal(c.reason);
      const gap = notApplicableGap(check, results, metaOf(c.id), titleOf);
      for (const m of c.mentions) expect(gap.explanation).to.include(m);
    });
  }
});

describe('attestation keys of the catalogue', () => {
  const schemaKeys = Object.keys(
    JSON.parse(readFileSync(new URL('../../schemas/attestation.schema.json', import.meta.url), 'utf8'))
      .properties.settings.properties,
  );

  it('every key a check reads is a key of the attestation schema, so the suggested snippet validates', () => {
    const keys = CHECKS.flatMap((c) => attestationKeys(c.meta));
    expect(keys.length).to.be.greaterThan(8);
    for (const k of keys) expect(schemaKeys, k).to.include(k);
  });
});

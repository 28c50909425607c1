// The view model: pure, deterministic, and showing what an auditor needs: cover facts, summary,
// checklist, per-check sections, metrics, appendices and the hash of results.json.

import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKLIST } from '../../checks/checklist.js';
import { CHECKS } from '../../checks/index.js';
import { TROUBLESHOOTING } from '../../checks/troubleshooting.js';
import { STATUSES, type Status } from '../../src/engine/types.js';
import { writeRun } from '../../src/output/write-run.js';
import type { CheckResult, Results } from '../../src/results/types.js';
import { DEFAULT_BRANDING } from '../../src/report/branding.js';
import { renderReport } from '../../src/report/render-html.js';
import { resultsSha256 } from '../../src/report/results-digest.js';
import { buildViewModel, type ViewModelInput } from '../../src/report/view-model.js';
import { currentNavigation } from '../../src/report/view/audit.js';
import { AFFECTED_ROWS_SHOWN } from '../../src/report/view/check-section.js';
import { rollUp } from '../../src/report/view/checklist.js';
import { runBy } from '../../src/report/view/cover.js';
import { rankRisks, TOP_RISKS_SHOWN } from '../../src/report/view/summary.js';
import { memberRows } from '../fixtures/builders.js';
import { failSource } from '../fixtures/golden.js';
import { tempDir } from '../helpers/run-cli.js';
import { demoArtifacts, goldenArtifacts, withChecks } from './helpers/report-fixtures.js';

const view = (
  input: Omit<ViewModelInput, 'branding' | 'catalogue'> &
    Partial<Pick<ViewModelInput, 'branding' | 'catalogue'>>,
) => buildViewModel({ branding: DEFAULT_BRANDING, catalogue: CHECKS, ...input });
const fact = (facts: Array<{ label: string; value: string }>, label: string) =>
  facts.find((f) => f.label === label)?.value;

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

describe('report view model', () => {
  const demo = demoArtifacts();
  const demoView = view(demo);

  describe('cover', () => {
    it('names the tenant, its ID and cloud, the scan time and durations, the tool and the signer', () => {
      const { cover, tenant } = view(goldenArtifacts());
      expect(tenant).to.deep.equal({ name: 'Contoso', id: '84841066-274d-4ec0-a5c1-276be684bdd3' });
      expect(fact(cover.facts, 'Tenant ID')).to.equal('84841066-274d-4ec0-a5c1-276be684bdd3');
      expect(fact(cover.facts, 'Cloud')).to.equal('Global (commercial)');
      expect(fact(cover.facts, 'Scan time')).to.equal('20 Nov 2026, 09:00 UTC');
      expect(fact(cover.facts, 'Data collected')).to.equal('20 Nov 2026, 08:58 UTC (took 2 min 00 s)');
      expect(fact(cover.facts, 'Evaluated')).to.equal('20 Nov 2026, 09:00 UTC (took 3.2 s)');
      expect(fact(cover.facts, 'Tool')).to.match(/^sspr-audit \d+\.\d+\.\d+/);
      expect(fact(cover.facts, 'Attestation signed by')).to.equal('Jane Doe, ACME Audit LLP, 2026-11-19');
      expect(cover.attestationSigner).to.equal('Jane Doe, ACME Audit LLP, 2026-11-19');
      expect(fact(cover.facts, 'Prepared by')).to.equal('sspr-audit');
    });

    const runners: Array<[string, NonNullable<Results['profile']>['collectedBy'] | undefined, string]> = [
      [
        'an application',
        { appId: 'app-1', auth: 'certificate' },
        'Application app-1 (application, certificate)',
      ],
      [
        'a signed-in account',
        { account: 'auditor@contoso.com', auth: 'device-code' },
        'auditor@contoso.com (delegated, device-code sign-in)',
      ],
      ['nobody recorded', undefined, 'Not recorded (offline evaluation of a saved snapshot)'],
    ];
    for (const [who, collectedBy, expected] of runners) {
      it(`says who ran the scan: ${who}`, () => {
        const { results } = goldenArtifacts();
        expect(
          runBy({ ...results, profile: { informational: [], ...(collectedBy ? { collectedBy } : {}) } }),
        ).to.equal(expected);
      });
    }

    it('says "No attestation" when none was given', () => {
      const { cover } = view(goldenArtifacts((s) => void (s.attestation = null)));
      expect(fact(cover.facts, 'Attestation signed by')).to.equal('No attestation');
      expect(cover.attestationSigner).to.equal(null);
    });
  });

  describe('data sources and permissions', () => {
    it('lists every source with its outcome, and the permissions evidently granted when the token roles are unknown', () => {
      const { dataCollection } = view(goldenArtifacts());
      expect(dataCollection.rows).to.have.length(goldenArtifacts().results.collection.length);
      expect(dataCollection.readCount).to.equal(16);
      expect(dataCollection.permissions.granted).to.include.members([
        'AuditLog.Read.All',
        'Organization.Read.All',
        'Policy.Read.AuthenticationMethod',
      ]);
      expect(dataCollection.permissions.grantedBasis).to.match(/^Evidently granted/);
      expect(dataCollection.permissions.missing).to.deep.equal([]);
    });

    it('names a missing permission with the sources it blocks and the checks it would let the scan assess', () => {
      const { dataCollection, cover } = view(
        goldenArtifacts((s) => failSource(s, 'userRegistrationDetails', 'forbidden', 'AuditLog.Read.All')),
      );
      const missing = dataCollection.permissions.missing.find((m) => m.permission === 'AuditLog.Read.All')!;
      expect(missing.sources).to.deep.equal(['User registration details']);
      expect(missing.checks).to.include.members(['SSPR-14', 'SSPR-15']);
      expect(dataCollection.rows.find((r) => r.source === 'User registration details')).to.include({
        status: 'Denied (permission missing)',
        detail: 'Needs AuditLog.Read.All',
      });
      expect(cover.permissionsMissing[0].permission).to.equal('AuditLog.Read.All');
      expect(dataCollection.readCount).to.equal(15);
    });

    it('prefers the roles recorded from the token', () => {
      const { dataCollection } = view(
        goldenArtifacts((s) => void (s.grantedPermissions = ['Policy.Read.All', 'AuditLog.Read.All'])),
      );
      expect(dataCollection.permissions.granted).to.deep.equal(['AuditLog.Read.All', 'Policy.Read.All']);
      expect(dataCollection.permissions.grantedBasis).to.include('access token');
    });

    it('lists what each check reads, in precedence order, with the permission (one table in Appendix C)', () => {
      const { checkSources } = demoView.dataCollection;
      expect(checkSources.map((c) => c.id)).to.deep.equal(demo.results.checks.map((c) => c.id));
      for (const entry of checkSources) {
        const meta = CHECKS.find((c) => c.meta.id === entry.id)!.meta;
        expect(
          entry.sources.map((x) => x.reads),
          entry.id,
        ).to.deep.equal(meta.dataSources.map((d) => d.reads));
        expect(
          entry.sources.map((x) => x.permission),
          entry.id,
        ).to.deep.equal(meta.dataSources.map((d) => d.permission ?? '–'));
        expect(entry.backAnchor).to.equal(`check-${entry.id.toLowerCase()}`);
      }
    });

    it('explains a portal source that was not requested', () => {
      const row = demoView.dataCollection.rows.find((r) => r.source === 'Portal: password reset policies')!;
      expect(row).to.include({
        status: 'Not requested',
        detail: 'The scan ran without --portal or --portal-export',
      });
    });
  });

  describe('executive summary', () => {
    it('prints the score with one decimal, the grade, coverage and every status count', () => {
      const { results } = demo;
      expect(demoView.summary.score).to.equal((Math.round(results.score.value * 10) / 10).toFixed(1));
      expect(demoView.summary.grade).to.equal(results.score.grade);
      expect(demoView.summary.counts.map((c) => [c.badge.key, c.count])).to.deep.equal(
        STATUSES.map((s) => [s, results.counts[s]]),
      );
      expect(demoView.summary.totalChecks).to.equal(results.checks.length);
      expect(demoView.summary.coverage).to.match(/^\d+%$/);
    });

    it('says when a critical fail caps the grade, naming the check', () => {
      const { results } = goldenArtifacts();
      const capped: Results = {
        ...withChecks(results, (c) =>
          c.id === 'SSPR-17' ? { ...c, status: 'fail', realStatus: 'fail' } : c,
        ),
        score: { ...results.score, value: 92.31, grade: 'D', gradeCapped: true },
      };
      const { summary } = view({ ...goldenArtifacts(), results: capped });
      expect(summary.score).to.equal('92.3');
      expect(summary.gradeNote).to.include('Capped at D').and.include('SSPR-17');
      expect(view(goldenArtifacts()).summary.gradeNote).to.equal(null);
    });

    it('ranks risks by severity, then fail before warn, then ID', () => {
      const { results } = goldenArtifacts();
      const set = (id: string, status: Status, severity: CheckResult['severity']) => ({
        id,
        status,
        severity,
      });
      const picked = [
        set('SSPR-24', 'fail', 'low'),
        set('SSPR-06', 'warn', 'critical'),
        set('SSPR-07', 'warn', 'high'),
        set('SSPR-09', 'fail', 'high'),
        set('SSPR-10', 'pass', 'critical'),
      ];
      const checks = results.checks.map((c) => {
        const p = picked.find((x) => x.id === c.id);
        return p ? { ...c, status: p.status, severity: p.severity } : c;
      });
      expect(rankRisks(checks).map((c) => c.id)).to.deep.equal(['SSPR-06', 'SSPR-09', 'SSPR-07', 'SSPR-24']);
    });

    it('states each top risk in plain words with a link to its section, and counts the rest', () => {
      const risks = rankRisks(demo.results.checks);
      expect(demoView.summary.topRisks.map((r) => r.id)).to.deep.equal(
        risks.slice(0, TOP_RISKS_SHOWN).map((c) => c.id),
      );
      expect(demoView.summary.moreRisks).to.equal(Math.max(0, risks.length - TOP_RISKS_SHOWN));
      const first = demoView.summary.topRisks[0];
      expect(first.sentence).to.equal(risks[0].message);
      expect(first.anchor).to.equal(`check-${first.id.toLowerCase()}`);
    });

    it('lists the not assessed checks with their reason, and leaves changes out without a previous scan', () => {
      expect(demoView.summary.gaps.map((g) => g.id)).to.deep.equal(
        demo.results.checks.filter((c) => c.status === 'not_assessed').map((c) => c.id),
      );
      expect(demoView.summary.changes).to.equal(null);
    });

    it('shows changes when a previous scan is given', () => {
      const previous = withChecks(demo.results, (c) =>
        c.id === 'SSPR-03' ? { ...c, status: 'pass', realStatus: 'pass' } : c,
      );
      const { summary } = view({ ...demo, previous });
      expect(summary.changes!.items.find((i) => i.id === 'SSPR-03')).to.include({ direction: 'worse' });
    });
  });

  describe('verification checklist', () => {
    const rollUps: Array<[Status[], Status | undefined]> = [
      [['pass', 'warn'], 'warn'],
      [['pass', 'not_applicable'], 'pass'],
      [['not_applicable'], 'not_applicable'],
      [['pass', 'not_assessed'], 'not_assessed'],
      [['accepted_risk', 'pass'], 'accepted_risk'],
      [['warn', 'fail', 'not_assessed'], 'fail'],
      [[], undefined],
    ];
    for (const [statuses, expected] of rollUps) {
      it(`rolls up [${statuses.join(', ')}] to ${expected ?? 'no status'}`, () =>
        expect(rollUp(statuses)).to.equal(expected));
    }

    it('has one row per checklist item, holding exactly the checks of that item', () => {
      expect(demoView.checklist.map((r) => r.text)).to.deep.equal(CHECKLIST.map((i) => i.text));
      for (const [i, row] of demoView.checklist.entries()) {
        expect(row.checks.map((c) => c.id)).to.deep.equal(
          demo.results.checks.filter((c) => c.checklistItem === CHECKLIST[i].id).map((c) => c.id),
        );
      }
    });

    it('works for any subset of the checks: an item without a check says so', () => {
      const { results, snapshot } = goldenArtifacts();
      const subset = {
        ...results,
        checks: results.checks.filter((c) => c.id === 'SSPR-01' || c.id === 'SSPR-06'),
      };
      const vm = view({
        results: subset,
        snapshot,
        catalogue: CHECKS.filter((c) => ['SSPR-01', 'SSPR-06'].includes(c.meta.id)),
      });
      expect(vm.checks.map((c) => c.id)).to.deep.equal(['SSPR-01', 'SSPR-06']);
      expect(vm.checklist.find((r) => r.text.startsWith('Security questions'))!.status.key).to.equal('none');
    });
  });

  it('renders results with no check at all (a build or profile with none): empty charts, every item "no check"', () => {
    const { results, snapshot } = goldenArtifacts();
    const none: Results = {
      ...results,
      checks: [],
      counts: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Results['counts'],
      score: { value: 0, grade: 'F', coverage: 0, gradeCapped: false },
    };
    const vm = view({ results: none, snapshot, catalogue: [] });
    expect(vm.summary.headline).to.include('No check could be scored');
    expect(vm.metrics.statusChart.empty).to.equal(true);
    expect(vm.checklist.every((r) => r.status.key === 'none')).to.equal(true);
    expect(renderReport(vm).html).to.include('No check in this build');
  });

  describe('check sections', () => {
    const manyNotEnabled = (n: number) =>
      goldenArtifacts((s) => {
        s.sources.userRegistrationDetails.data!.push(
          ...memberRows(n, () => ({ isSsprEnabled: false, isSsprRegistered: false, isSsprCapable: false })),
        );
      });

    it(`caps the affected-objects table at ${AFFECTED_ROWS_SHOWN} rows and points to the CSV for the rest`, () => {
      const section = view(manyNotEnabled(40)).checks.find((c) => c.id === 'SSPR-01')!;
      expect(section.affected!.rows).to.have.length(AFFECTED_ROWS_SHOWN);
      expect(section.affected!.moreNote).to.equal('15 more in results-affected.csv (40 in all).');
      expect(section.affected!.columns).to.deep.equal(['User principal name', 'Display name', 'ID']);
      expect(section.affected!.rows[0]).to.deep.equal([
        'user0@contoso.com',
        'user0',
        '10000000-0000-0000-0000-000000000000',
      ]);
    });

    it('shows every row, with no note, when they fit', () => {
      const section = view(manyNotEnabled(AFFECTED_ROWS_SHOWN)).checks.find((c) => c.id === 'SSPR-01')!;
      expect(section.affected!.rows).to.have.length(AFFECTED_ROWS_SHOWN);
      expect(section.affected!.moreNote).to.equal(null);
    });

    it('has one section per check, in results order, each with badges, expected/observed and troubleshooting links', () => {
      expect(demoView.checks.map((c) => c.id)).to.deep.equal(demo.results.checks.map((c) => c.id));
      for (const [i, section] of demoView.checks.entries()) {
        const check = demo.results.checks[i];
        expect(section.status.key).to.equal(check.status);
        expect(section.source.key).to.equal(check.source);
        expect([section.expected, section.observed, section.message]).to.deep.equal([
          check.expected,
          check.observed,
          check.message,
        ]);
        expect(section.troubleshooting.map((t) => t.anchor)).to.deep.equal(
          check.remediation.troubleshooting.map((id) => id.toLowerCase()),
        );
        expect(section.notAssessed !== null).to.equal(check.status === 'not_assessed');
        expect(section.notApplicable !== null).to.equal(check.status === 'not_applicable');
      }
    });

    const remediationShown: Array<[Status, boolean]> = [
      ['fail', true],
      ['warn', true],
      ['accepted_risk', true],
      ['pass', false],
      ['not_applicable', false],
      ['not_assessed', false],
    ];
    for (const [status, shown] of remediationShown) {
      it(`${shown ? 'shows' : 'leaves out'} remediation steps for ${status}`, () => {
        const { results, snapshot } = goldenArtifacts();
        const changed = withChecks(results, (c) =>
          c.id === 'SSPR-07'
            ? {
                ...c,
                status,
                realStatus:
                  status === 'accepted_risk' ? 'fail' : (status as Exclude<Status, 'accepted_risk'>),
                reason: 'manual',
              }
            : c,
        );
        const section = view({ results: changed, snapshot }).checks.find((c) => c.id === 'SSPR-07')!;
        expect(section.remediation !== null).to.equal(shown);
        if (shown)
          expect(section.remediation!.steps).to.deep.equal(
            // with the admin center paths Microsoft Learn shows today (data/entra-admin-center.json)
            CHECKS.find((c) => c.meta.id === 'SSPR-07')!.meta.remediation.steps.map(currentNavigation),
          );
      });
    }

    it('shows the exception, its state and the real status behind an accepted risk', () => {
      const sections = demoView.checks;
      const live = sections.find((c) => c.exception?.state === 'live')!;
      expect(live.status.key).to.equal('accepted_risk');
      expect(live.realStatus).to.not.equal(null);
      expect(live.exception!.note).to.include('left out of the score');
      const lapsed = sections.find((c) => c.exception?.state === 'lapsed')!;
      expect(lapsed.realStatus).to.equal(null);
      expect(lapsed.exception!.note).to.include('expired');
    });

    it('reports an unused exception as such', () => {
      const { results, snapshot } = goldenArtifacts(undefined, [
        { check: 'SSPR-06', reason: 'r', owner: 'o', expires: '2027-01-01' },
      ]);
      const section = view({ results, snapshot }).checks.find((c) => c.id === 'SSPR-06')!;
      expect(section.exception).to.include({
        state: 'unused',
        stateLabel: 'Unused',
        owner: 'o',
        expires: '1 Jan 2027',
      });
    });
  });

  describe('appendices', () => {
    it('prints every troubleshooting entry with links back to exactly the checks that cite it', () => {
      expect(demoView.troubleshooting.map((t) => t.id)).to.deep.equal(TROUBLESHOOTING.map((t) => t.id));
      for (const entry of demoView.troubleshooting) {
        const citing = demo.results.checks.filter((c) =>
          c.remediation.troubleshooting.includes(
            entry.id as CheckResult['remediation']['troubleshooting'][number],
          ),
        );
        expect(entry.citedBy.map((c) => c.id)).to.deep.equal(citing.map((c) => c.id));
        expect(entry.relevant).to.equal(citing.some((c) => c.status === 'fail' || c.status === 'warn'));
      }
    });

    it('lists the attestation: signer, file name only, evidence, settings as written, and the checks it decided', () => {
      const { attestation } = demoView;
      expect(attestation!.attestedBy).to.equal('Jane Doe, ACME Audit LLP');
      expect(attestation!.file).to.equal('attestation.yaml');
      expect(attestation!.settings).to.deep.include({ key: 'securityQuestionsEnabled', value: 'false' });
      expect(attestation!.decided.map((d) => d.id)).to.deep.equal(
        demo.results.checks.filter((c) => c.source === 'attested').map((c) => c.id),
      );
    });

    it('lists every exception in the register', () => {
      expect(demoView.exceptions.map((e) => [e.id, e.stateKey])).to.deep.equal(
        demo.results.checks.filter((c) => c.exception).map((c) => [c.id, c.exception!.state]),
      );
    });

    it('carries the tenant profile facts and the thresholds in force into the methodology', () => {
      expect(demoView.methodology.profile).to.deep.equal(demo.results.profile!.informational);
      expect(demoView.methodology.thresholds.map((t) => t.check)).to.deep.equal(
        Object.keys(demo.results.options),
      );
      expect(demoView.methodology.limitations.join(' ')).to.include(
        'allowedToUseSSPR governs administrators only',
      );
      expect(demoView.methodology.precedence.map((p) => p.source)).to.deep.equal([
        'Entra portal backend',
        'Attested',
        'Microsoft Graph',
        'Inferred from Graph',
      ]);
    });
  });

  describe('metrics', () => {
    it('draws the registration and reset figures of results.metrics', () => {
      const { registration, resets } = demo.results.metrics;
      const m = demoView.metrics;
      expect(m.registration.chart.bars.map((b) => b.fullLabel)).to.deep.equal([
        'Enabled for SSPR',
        'Registered for SSPR',
        'Capable (enabled and registered)',
      ]);
      expect(m.registration.chart.bars[0].valueLabel).to.equal(String(registration.enabled));
      expect(m.resets.chart.bars[0].valueLabel).to.equal(String(resets.succeeded));
      expect(m.failureReasons.rows.map((r) => r.reason)).to.deep.equal(
        resets.topFailureReasons.map((r) => r.reason),
      );
      expect(m.failureReasons.rows.flatMap((r) => r.troubleshooting.map((t) => t.anchor))).to.deep.equal(
        resets.topFailureReasons.flatMap((r) => r.troubleshooting.map((id) => id.toLowerCase())),
      );
      expect(m.statusChart.bars.map((b) => Number(b.valueLabel))).to.deep.equal(
        STATUSES.map((s) => demo.results.counts[s]),
      );
    });

    it('says why a metric is missing when its source was not read', () => {
      const m = view(
        goldenArtifacts((s) => failSource(s, 'userRegistrationDetails', 'forbidden', 'AuditLog.Read.All')),
      ).metrics;
      expect(m.registration.available).to.equal(false);
      expect(m.registration.note).to.include('needs AuditLog.Read.All');
    });
  });

  describe('as a whole', () => {
    it('is pure: the same input gives the same model, and the input is not modified', () => {
      const input = goldenArtifacts();
      deepFreeze(input.results);
      const a = view(input);
      const b = view(input);
      expect(a).to.deep.equal(b);
    });

    it('picks a text colour that reads on the primary colour', () => {
      const { results, snapshot } = goldenArtifacts();
      expect(view({ results, snapshot }).branding.onPrimaryColor).to.equal('#ffffff');
      expect(
        view({ results, snapshot, branding: { ...DEFAULT_BRANDING, primaryColor: '#ffeb3b' } }).branding
          .onPrimaryColor,
      ).to.equal('#111111');
    });

    it('prints the SHA-256 of the results.json that writeRun writes (the manifest carries the same)', async () => {
      const artifacts = goldenArtifacts();
      const dir = tempDir('sspr-vm-');
      await writeRun(artifacts, dir, ['json']);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(view(artifacts).manifest.resultsSha256)
        .to.equal(manifest.files['results.json'].sha256)
        .and.equal(resultsSha256(artifacts.results));
    });
  });
});

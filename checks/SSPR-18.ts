/**
 * SSPR-18 Enough licences for SSPR users.
 * Units: the sum of prepaidUnits.enabled + warning over SSPR-17's qualifying SKUs (Enabled or Warning,
 * units > 0, a provisioned P1/P2 plan, or Business Standard in a cloud-only tenant). SSPR users: all
 * members when SSPR-01 decided All (pass), else the members with isSsprEnabled=true (guests and rows
 * with userType null are never members; those rows are counted in the evidence).
 * Applied first: N/A (prerequisite_off) when SSPR-17 failed; NOT ASSESSED with SSPR-17's reason when
 * SSPR-17 was not assessed; NOT ASSESSED with userRegistrationDetails' reason when it could not be read;
 * N/A (no_population) with no SSPR user. Then PASS units ≥ users; WARN units ≥ warnRatio (90%) of
 * users; FAIL fewer.
 */
import {
  atLeast,
  decide,
  defineCheck,
  inheritNotAssessed,
  isHybrid,
  licenceKind,
  licenceView,
  members,
  notApplicable,
  nullRowFacts,
  organization,
  pct,
  planNames,
  skuName,
  skuUnits,
  undecided,
} from '../src/plugin/index.js';

export default defineCheck({
  meta: {
    id: 'SSPR-18',
    title: 'Enough licences for SSPR users',
    severity: 'high',
    checklistItem: 'prereq-licence',
    description:
      'Every user who benefits from SSPR needs an Entra ID P1/P2 licence; with fewer licences than SSPR users the tenant is under-licensed.',
    dataSources: [
      {
        source: 'subscribedSkus',
        permission: 'Organization.Read.All',
        reads: 'prepaidUnits.enabled + warning of the SKUs that license SSPR (SSPR-17)',
      },
      {
        source: 'userRegistrationDetails',
        permission: 'AuditLog.Read.All',
        reads: 'members, and their isSsprEnabled',
      },
    ],
    sources: ['subscribedSkus', 'userRegistrationDetails'],
    dependsOn: ['SSPR-17', 'SSPR-01'],
    expected: 'Licensed units (enabled + warning) ≥ SSPR users',
    remediation: {
      summary: 'Buy enough Entra ID P1/P2 licences (or licensed bundles) to cover every SSPR user.',
      steps: [
        'Sign in to the Microsoft 365 admin center as a Billing Administrator.',
        'Go to Billing > Your products, open the Entra ID P1/P2 (or bundle) subscription and select Buy licenses.',
        'Raise the quantity to at least the number of SSPR users shown in the evidence and confirm.',
      ],
      reference: 'https://learn.microsoft.com/entra/identity/authentication/concept-sspr-licensing',
    },
    troubleshooting: ['TS-01'],
    defaultOptions: { warnRatio: 0.9 },
  },
  evaluate(s, options, ctx) {
    const licence = ctx.decisionOf('SSPR-17');
    const expected = 'Licensed units (enabled + warning) ≥ SSPR users';
    if (licence.status === 'fail') {
      return notApplicable('prerequisite_off', licence.source, {
        message:
          'The tenant holds no usable Entra ID P1/P2 licence (SSPR-17 failed), so there are no licences to count against users.',
        observed: 'SSPR-17 failed',
        expected,
      });
    }
    if (licence.status === 'not_assessed') {
      return inheritNotAssessed(
        licence,
        'The licence count could not be compared with the SSPR users because the licences could not be read (SSPR-17).',
      );
    }
    const all = members(s);
    if (!all)
      return undecided('collection_error', 'The number of SSPR users could not be counted.', {
        consulted: ['userRegistrationDetails'],
      });

    const enablement = ctx.decisionOf('SSPR-01');
    const everyone = enablement.status === 'pass';
    const users = everyone ? all : all.filter((u) => u.isSsprEnabled);
    const basis = everyone ? 'all members (SSPR-01: enabled for All)' : 'members with isSsprEnabled=true';
    if (users.length === 0) {
      return notApplicable('no_population', 'graph', {
        message: `There is no SSPR user to license (counted: ${basis}).`,
        observed: '0 SSPR users',
        expected,
        facts: [{ label: 'SSPR users counted as', value: basis }, ...nullRowFacts(s)],
      });
    }
    const org = organization(s);
    const view = licenceView(s.sources.subscribedSkus.data ?? [], org ? isHybrid(org) : true);
    const skus = view.qualifying;
    const units = skus.reduce((sum, k) => sum + skuUnits(k), 0);
    const ratio = units / users.length;
    const status = atLeast(ratio, 1) ? 'pass' : atLeast(ratio, options.warnRatio) ? 'warn' : 'fail';
    return decide(status, 'graph', {
      message:
        status === 'pass'
          ? `${units} SSPR licences cover the ${users.length} SSPR users.`
          : `${units} SSPR licences for ${users.length} SSPR users: ${users.length - units} short (${pct(ratio)} covered).`,
      observed: `${units} licences for ${users.length} SSPR users (${pct(ratio)})`,
      expected,
      facts: [
        { label: 'Licensed units (enabled + warning)', value: units },
        { label: 'SSPR users', value: users.length },
        { label: 'SSPR users counted as', value: basis },
        {
          label: 'Subscriptions counted',
          value: skus
            .map(
              (k) =>
                `${skuName(k)}: ${skuUnits(k)} (${licenceKind(k) === 'premium' ? planNames(k) : 'Business Standard'})`,
            )
            .join('; '),
        },
        ...(view.leftOut > 0
          ? [{ label: 'Subscriptions left out (capabilityStatus or prepaidUnits null)', value: view.leftOut }]
          : []),
        ...nullRowFacts(s),
      ],
    });
  },
});

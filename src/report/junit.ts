// results.junit.xml: one testsuite, one testcase per check (classname by checklist item), so Azure
// DevOps and GitHub test reporters show the audit like a test run. Mapping:
//   pass → passed;  fail → <failure type="fail">;  warn → <failure type="warning"> (CI has no "warning"
//   outcome, and a passed test with a property would hide the finding; gate builds with --fail-on instead);
//   not_assessed / not_applicable → <skipped message="…"> with the reason and how to close it;
//   accepted_risk → passed, with a <system-out> note naming the real status, owner and expiry.
// Shape: the Jenkins/Ant JUnit schema (testsuites > testsuite > properties, testcase*, system-out, system-err).

import type { CheckDefinition } from '../engine/types.js';
import type { CheckResult, Results } from '../results/types.js';
import { notApplicableGap, notAssessedGap, type GapView } from './view/how-to-close.js';
import { REASON_WORDS, STATUS_WORDS } from './view/labels.js';
import { xmlAttr, xmlText } from './xml.js';

function seconds(fromIso: string, toIso: string): string {
  const ms = Date.parse(toIso) - Date.parse(fromIso);
  return (Number.isFinite(ms) && ms > 0 ? ms / 1000 : 0).toFixed(3);
}

/** ISO 8601 without zone or fraction (the strictest JUnit schemas reject both); the time is UTC. */
function junitTimestamp(iso: string): string {
  return new Date(Date.parse(iso)).toISOString().slice(0, 19);
}

function gapText(gap: GapView): string {
  const steps = gap.steps.map(
    (s, i) => `  ${i + 1}. ${s.text}${s.code ? `\n     ${s.code.replace(/\n/g, '\n     ')}` : ''}`,
  );
  return [gap.explanation, ...(steps.length ? ['How to close it:', ...steps] : [])].join('\n');
}

function findingText(c: CheckResult): string {
  return [
    c.message,
    `Observed: ${c.observed}`,
    `Expected: ${c.expected}`,
    `Severity: ${c.severity}; source: ${c.source}`,
    `Remediation: ${c.remediation.summary}`,
    ...c.remediation.steps.map((s, i) => `  ${i + 1}. ${s}`),
    ...(c.remediation.reference ? [`Reference: ${c.remediation.reference}`] : []),
    ...(c.remediation.troubleshooting.length
      ? [`Troubleshooting: ${c.remediation.troubleshooting.join(', ')}`]
      : []),
    ...(c.exception?.state === 'lapsed'
      ? [`Exception lapsed on ${c.exception.expires} (owner ${c.exception.owner}).`]
      : []),
  ].join('\n');
}

function testcase(
  c: CheckResult,
  results: Results,
  metaOf: (id: string) => CheckDefinition['meta'] | undefined,
): string {
  const open = `    <testcase name="${xmlAttr(`${c.id} ${c.title}`)}" classname="${xmlAttr(`sspr-audit.ID-03.${c.checklistItem}`)}" time="0"`;
  switch (c.status) {
    case 'pass':
      return `${open}/>`;
    case 'fail':
    case 'warn': {
      const type = c.status === 'fail' ? 'fail' : 'warning';
      const message = `${c.status === 'fail' ? 'FAIL' : 'WARN'} (${c.severity}): ${c.message}`;
      return `${open}>\n      <failure message="${xmlAttr(message)}" type="${type}">${xmlText(findingText(c))}</failure>\n    </testcase>`;
    }
    case 'not_assessed':
    case 'not_applicable': {
      const meta = metaOf(c.id);
      const gap =
        c.status === 'not_assessed'
          ? notAssessedGap(c, results, meta)
          : notApplicableGap(c, results, meta, (id) => metaOf(id)?.title ?? id);
      const message = `${STATUS_WORDS[c.status]}${c.reason ? ` (${REASON_WORDS[c.reason]})` : ''}: ${c.message}`;
      return `${open}>\n      <skipped message="${xmlAttr(message)}">${xmlText(gapText(gap))}</skipped>\n    </testcase>`;
    }
    case 'accepted_risk': {
      const ex = c.exception;
      const note = `Accepted risk: the real status is ${c.realStatus.toUpperCase()} (${c.message}). Accepted by ${ex?.owner ?? 'unknown'} until ${ex?.expires ?? 'unknown'}: ${ex?.reason ?? ''}`;
      return `${open}>\n      <system-out>${xmlText(note)}</system-out>\n    </testcase>`;
    }
  }
}

/** `catalogue`: the run's checks (their meta explains the gaps). */
export function junitXml(results: Results, catalogue: readonly CheckDefinition[]): string {
  const metaOf = (id: string) => catalogue.find((c) => c.meta.id === id)?.meta;
  const { checks, counts } = results;
  const failures = counts.fail + counts.warn;
  const skipped = counts.not_assessed + counts.not_applicable;
  const time = seconds(results.startedAt, results.finishedAt);
  const suiteName = `sspr-audit ID-03: ${results.tenant.displayName} (${results.tenant.id})`;
  const properties: Array<[string, string]> = [
    ['tenant.id', results.tenant.id],
    ['tenant.name', results.tenant.displayName],
    ['tenant.cloud', results.tenant.cloud],
    ['scanTime', results.scanTime ?? results.finishedAt],
    ['score', results.score.value.toFixed(1)],
    ['grade', results.score.grade],
    ['coverage', results.score.coverage.toFixed(3)],
    ['accepted_risk', String(counts.accepted_risk)],
    ['tool', `${results.tool.name} ${results.tool.version}`],
  ];
  const summary = `Score ${results.score.value.toFixed(1)} (grade ${results.score.grade}), coverage ${(results.score.coverage * 100).toFixed(0)}%: ${counts.pass} pass, ${counts.warn} warn, ${counts.fail} fail, ${counts.not_assessed} not assessed, ${counts.not_applicable} not applicable, ${counts.accepted_risk} accepted risk.`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="sspr-audit" tests="${checks.length}" failures="${failures}" errors="0" time="${time}">`,
    `  <testsuite name="${xmlAttr(suiteName)}" tests="${checks.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time}" timestamp="${junitTimestamp(results.startedAt)}" hostname="${xmlAttr(results.tenant.id)}" id="0" package="sspr-audit">`,
    '    <properties>',
    ...properties.map(
      ([name, value]) => `      <property name="${xmlAttr(name)}" value="${xmlAttr(value)}"/>`,
    ),
    '    </properties>',
    ...checks.map((c) => testcase(c, results, metaOf)),
    `    <system-out>${xmlText(summary)}</system-out>`,
    '    <system-err/>',
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

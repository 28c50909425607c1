// Every malformed input exits 2 with a message naming the place, never a stack trace, and writes nothing.

import { expect } from 'chai';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { golden } from '../fixtures/golden.js';
import { runCli, tempDir } from '../helpers/run-cli.js';

describe('bad input', () => {
  const dir = tempDir();
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const good = file('good.json', JSON.stringify(golden()));

  const cases: Array<{ name: string; args: () => string[]; expect: RegExp[] }> = [
    {
      name: 'truncated snapshot JSON',
      args: () => ['--snapshot', file('trunc.json', JSON.stringify(golden()).slice(0, 500))],
      expect: [/trunc\.json/, /not valid JSON/],
    },
    {
      name: 'empty snapshot file',
      args: () => ['--snapshot', file('empty.json', '')],
      expect: [/empty\.json/, /empty/],
    },
    {
      name: 'missing snapshot file',
      args: () => ['--snapshot', join(dir, 'nope.json')],
      expect: [/nope\.json/, /not found/],
    },
    {
      name: 'snapshot with a wrong type',
      args: () => [
        '--snapshot',
        file(
          'type.json',
          JSON.stringify(
            golden((s) => void ((s.sources.userRegistrationDetails.data![0] as any).isSsprEnabled = 'yes')),
          ),
        ),
      ],
      expect: [
        /type\.json/,
        /\/sources\/userRegistrationDetails\/data\/0\/isSsprEnabled/,
        /expected boolean/,
      ],
    },
    {
      name: 'snapshot missing a source',
      args: () => [
        '--snapshot',
        file('missing.json', JSON.stringify(golden((s) => void delete (s.sources as any).organization))),
      ],
      expect: [/missing\.json/, /\/sources/, /organization/],
    },
    {
      name: 'snapshot with an unknown outcome status',
      args: () => [
        '--snapshot',
        file(
          'status.json',
          JSON.stringify(golden((s) => void ((s.sources.organization.outcome as any).status = 'fine'))),
        ),
      ],
      expect: [/\/sources\/organization\/outcome\/status/, /expected one of/],
    },
    {
      name: 'exceptions naming an unknown check',
      args: () => [
        '--snapshot',
        good,
        '--exceptions',
        file('ex1.yaml', '- check: SSPR-99\n  reason: x\n  owner: y\n  expires: 2027-01-01\n'),
      ],
      expect: [/ex1\.yaml/, /\/0\/check/, /unknown check ID "SSPR-99"/],
    },
    {
      name: 'exceptions with an impossible date',
      args: () => [
        '--snapshot',
        good,
        '--exceptions',
        file(
          'ex2.json',
          JSON.stringify([{ check: 'SSPR-01', reason: 'x', owner: 'y', expires: '2026-02-30' }]),
        ),
      ],
      expect: [/ex2\.json/, /\/0\/expires/, /YYYY-MM-DD/],
    },
    {
      name: 'exceptions missing the owner',
      args: () => [
        '--snapshot',
        good,
        '--exceptions',
        file('ex3.json', JSON.stringify([{ check: 'SSPR-01', reason: 'x', expires: '2027-01-01' }])),
      ],
      expect: [/ex3\.json/, /\/0/, /owner/],
    },
    {
      name: 'empty exceptions file',
      args: () => ['--snapshot', good, '--exceptions', file('ex4.yaml', '  \n')],
      expect: [/ex4\.yaml/, /empty/],
    },
    {
      name: 'attestation dated in the future',
      args: () => [
        '--snapshot',
        good,
        '--attestation',
        file('att1.yaml', 'attestedBy: A\nattestedAt: 2999-01-01\nsettings: {}\n'),
      ],
      expect: [/att1\.yaml/, /\/attestedAt/, /future/],
    },
    {
      name: 'attestation with a wrong type',
      args: () => [
        '--snapshot',
        good,
        '--attestation',
        file('att2.yaml', 'attestedBy: A\nattestedAt: 2026-01-01\nsettings:\n  methodsRequired: two\n'),
      ],
      expect: [/att2\.yaml/, /\/settings\/methodsRequired/, /expected integer/],
    },
    {
      name: 'attestation with an unknown key',
      args: () => [
        '--snapshot',
        good,
        '--attestation',
        file('att3.yaml', 'attestedBy: A\nattestedAt: 2026-01-01\nsettings:\n  enablment: all\n'),
      ],
      expect: [/att3\.yaml/, /unknown property "enablment"/],
    },
    {
      name: 'attestation that is not YAML',
      args: () => ['--snapshot', good, '--attestation', file('att4.yaml', 'attestedBy: [unclosed\n')],
      expect: [/att4\.yaml/, /not valid YAML/, /line/],
    },
    {
      name: 'portal export of the wrong shape',
      args: () => [
        '--snapshot',
        good,
        '--portal-export',
        file('pe.json', JSON.stringify({ enablementType: 'all' })),
      ],
      expect: [/pe\.json/, /\/enablementType/, /expected one of 0, 1, 2/],
    },
    {
      name: 'portal export of something else',
      args: () => ['--snapshot', good, '--portal-export', file('pe2.json', '{"hello": 1}')],
      expect: [/pe2\.json/, /PasswordResetPolicies/],
    },
    {
      name: 'unknown format',
      args: () => ['--snapshot', good, '--format', 'json,docx'],
      expect: [/--format/, /unknown format "docx"/],
    },
    {
      name: 'unknown severity for --fail-on',
      args: () => ['--snapshot', good, '--fail-on', 'severe'],
      expect: [/--fail-on/, /severe/],
    },
    { name: 'unknown flag', args: () => ['--snapshot', good, '--colour'], expect: [/--colour/] },
    { name: 'missing --snapshot', args: () => [], expect: [/--snapshot/, /required/] },
    {
      name: 'profile with an unknown option',
      args: () => [
        '--snapshot',
        good,
        '--profile',
        file('profile.yaml', 'checks:\n  SSPR-01:\n    threshold: 3\n'),
      ],
      expect: [/profile\.yaml/, /\/checks\/SSPR-01\/threshold/, /unknown option/],
    },
  ];

  for (const c of cases) {
    it(`${c.name} → exit 2, names the place, writes nothing`, () => {
      const out = join(dir, `out-${c.name.replace(/\W+/g, '-')}`);
      const args = c.args();
      const r = runCli([
        'evaluate',
        ...args,
        '--out',
        out,
        ...(args.includes('--format') ? [] : ['--format', 'json']),
      ]);
      expect(r.code, r.stderr).to.equal(2);
      for (const pattern of c.expect) expect(r.stderr).to.match(pattern);
      expect(r.stderr).not.to.match(/\n\s+at .+\(.+:\d+:\d+\)/);
      expect(existsSync(out), 'no output folder').to.equal(false);
    });
  }

  it('an unknown command exits 2 with the usage', () => {
    const r = runCli(['scna']);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('unknown command "scna"');
  });
});

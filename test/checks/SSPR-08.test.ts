import { expect } from 'chai';
import { failSource } from '../fixtures/golden.js';
import type { SourceName } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

runCheckCases('SSPR-08', [
  {
    name: 'global cloud → pass (platform), saying why',
    expect: {
      status: 'pass',
      source: 'platform',
      message: ['October 2022', 'global cloud'],
      also: (r) => expect(r.evidence.facts).to.deep.include({ label: 'tenant.cloud', value: 'global' }),
    },
  },
  {
    name: 'US Government (GCC High) cloud → pass (platform)',
    patch: (s) => void (s.tenant.cloud = 'usgov'),
    expect: { status: 'pass', source: 'platform', message: ['US Government'] },
  },
  {
    name: 'US Government DoD cloud → pass (platform)',
    patch: (s) => void (s.tenant.cloud = 'usgov-dod'),
    expect: { status: 'pass', source: 'platform', message: ['DoD'] },
  },
  {
    name: 'China (21Vianet) cloud → not_applicable not_offered_in_cloud',
    patch: (s) => void (s.tenant.cloud = 'china'),
    expect: {
      status: 'not_applicable',
      source: 'platform',
      reason: 'not_offered_in_cloud',
      message: ['21Vianet'],
    },
  },
  {
    name: 'reads no collected source: every Graph and portal source failing changes nothing',
    patch: (s) => {
      for (const name of Object.keys(s.sources) as SourceName[])
        failSource(s, name, 'forbidden', 'Directory.Read.All');
    },
    expect: { status: 'pass', source: 'platform' },
  },
]);

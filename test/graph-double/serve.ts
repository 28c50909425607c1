// Runs the Graph double as a process (benches, acceptance-style runs):
//   tsx test/graph-double/serve.ts [--preset cloud-only,hybrid,…] [--users N] [--latency MS]
//        [--throttle-window MS|off] [--port N] [--faults FILE.json] [--no-portal]
// Prints one JSON line — origin, CA file (for NODE_EXTRA_CA_CERTS), and each tenant's id and app
// credentials — then serves until SIGINT/SIGTERM. Control endpoints: GET /_double/stats,
// POST /_double/faults (a JSON array of FaultSpec), POST /_double/reset.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { testPki } from './certs.js';
import type { FaultSpec } from './faults.js';
import { GraphDouble } from './server.js';
import { PRESET_NAMES, preset, type PresetName } from './tenants/presets.js';

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'cloud-only' },
    users: { type: 'string' },
    latency: { type: 'string', default: '0' },
    'throttle-window': { type: 'string', default: '10000' },
    port: { type: 'string', default: '0' },
    faults: { type: 'string' },
    'no-portal': { type: 'boolean' },
  },
});

const names = values.preset!.split(',') as PresetName[];
for (const name of names)
  if (!PRESET_NAMES.includes(name))
    throw new Error(`unknown preset ${name} (expected ${PRESET_NAMES.join(', ')})`);
const pki = testPki();
const presets = names.map((name) =>
  preset(name, {
    users: values.users ? Number(values.users) : undefined,
    certificatePem: pki.appCert,
    portal: !values['no-portal'],
  }),
);
const faults: FaultSpec[] = [
  ...presets.flatMap((p) => p.faults),
  ...(values.faults ? (JSON.parse(readFileSync(values.faults, 'utf8')) as FaultSpec[]) : []),
];
const window = values['throttle-window'];
const double = await GraphDouble.start({
  tenants: presets.map((p) => p.tenant),
  faults,
  latencyMs: Number(values.latency),
  reportThrottle: window === 'off' ? null : { limit: 5, windowMs: Number(window) },
  port: Number(values.port),
  pki,
});

process.stdout.write(
  `${JSON.stringify({
    origin: double.origin,
    caCertPath: pki.caCertPath,
    appPemPath: pki.appPemPath,
    tenants: presets.map((p, i) => ({
      preset: names[i],
      id: p.tenant.id,
      clientId: p.tenant.apps[0]!.clientId,
      clientSecret: p.tenant.apps[0]!.secret,
    })),
  })}\n`,
);

const stop = () => void double.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

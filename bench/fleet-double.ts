// A Graph double process for the fleet benchmark: N synthetic tenants of U users each (one multi-tenant
// app in all of them), the given latency and reports pacing. Prints one JSON line (origin, CA file,
// tenant ids), then serves until SIGTERM. argv: <tenants> <users> <latency ms> <reports window ms>

import { testPki } from '../test/graph-double/certs.js';
import { GraphDouble } from '../test/graph-double/server.js';
import { buildTenant } from '../test/graph-double/tenants/build-tenant.js';

const [tenants, users, latencyMs, windowMs] = process.argv.slice(2).map(Number);
const now = new Date();
const pki = testPki();
const models = Array.from({ length: tenants }, (_, i) =>
  buildTenant({
    id: `${(i + 1).toString(16).padStart(8, '0')}-b0b0-4000-8000-${'0'.repeat(12)}`,
    name: `Bench Tenant ${i + 1}`,
    domain: `bench${i + 1}.example`,
    users,
    now,
    hybrid: i % 5 === 0,
  }),
);
const double = await GraphDouble.start({
  tenants: models,
  latencyMs,
  reportThrottle: { limit: 5, windowMs },
  pki,
});
process.stdout.write(
  `${JSON.stringify({ origin: double.origin, caCertPath: pki.caCertPath, tenants: models.map((m) => m.id), clientId: models[0]!.apps[0]!.clientId, secret: models[0]!.apps[0]!.secret })}\n`,
);
const stop = () => void double.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

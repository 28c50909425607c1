// Regenerates demo/snapshot.json from the demo spec (src/demo/demo-tenant.ts).

import { writeFileSync } from 'node:fs';
import { demoSnapshot, DEMO_FILES } from '../src/demo/demo-tenant.js';

writeFileSync(DEMO_FILES.snapshot, `${JSON.stringify(demoSnapshot(), null, 1)}\n`);
console.log(`wrote ${DEMO_FILES.snapshot}`);

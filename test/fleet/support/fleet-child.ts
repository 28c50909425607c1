// A fleet process for the signal tests: the real fleet command (config, history, pool, shutdown,
// report) with collection stood in by slow synthetic tenants, so a signal lands mid-run.
// argv: <delay ms per tenant> <fleet command args...>

import { createFleetCommand } from '../../../src/cli/fleet-command.js';
import { syntheticCollector } from './synthetic-collector.js';

const delayMs = Number(process.argv[2]);
const collector = syntheticCollector(new Proxy({}, { get: () => ({ delayMs }) }));
const code = await createFleetCommand({ collect: collector.collect }).run(process.argv.slice(3));
process.exitCode = code;

// Stryker's mocha runner (9.6.1, written for mocha < 12) requires mocha's CLI helpers by their old
// names, lib/cli/run-helpers and lib/cli/options; mocha 12 ships them as .cjs. Loaded with --import
// into the Stryker processes only (scripts/mutate.mjs), it lets those requires find the .cjs files.
import Module from 'node:module';

const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveMochaCli(request, ...rest) {
  try {
    return resolve.call(this, request, ...rest);
  } catch (err) {
    if (/[\\/]mocha[\\/]lib[\\/]cli[\\/][\w-]+$/.test(request))
      return resolve.call(this, `${request}.cjs`, ...rest);
    throw err;
  }
};

// The tool's name and version, from package.json.

import { readFileSync } from 'node:fs';
import { PACKAGE_ROOT_URL } from './package-root.js';

const pkg = JSON.parse(readFileSync(new URL('package.json', PACKAGE_ROOT_URL), 'utf8')) as {
  name: string;
  version: string;
};

export const TOOL = Object.freeze({ name: pkg.name, version: pkg.version });

// Checks a branding file named in the fleet config before anything runs, with the report's own loader
// (schema, colours, the logo file it names).

import { loadBranding } from '../report/branding.js';

export function validateBrandingFile(path: string): unknown {
  return loadBranding(path);
}

// The explicit check registry, in catalogue order. test/checks/registry.test.ts keeps it equal to the folder.

import type { CheckDefinition } from '../src/engine/types.js';
import SSPR01 from './SSPR-01.js';
import SSPR06 from './SSPR-06.js';

export const CHECKS: readonly CheckDefinition[] = [SSPR01, SSPR06] as CheckDefinition[];

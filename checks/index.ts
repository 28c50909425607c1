// The explicit check registry, in catalogue order. test/checks/registry.test.ts keeps it equal to the folder.

import type { CheckDefinition } from '../src/engine/types.js';
import SSPR01 from './SSPR-01.js';
import SSPR02 from './SSPR-02.js';
import SSPR03 from './SSPR-03.js';
import SSPR04 from './SSPR-04.js';
import SSPR05 from './SSPR-05.js';
import SSPR06 from './SSPR-06.js';
import SSPR07 from './SSPR-07.js';
import SSPR08 from './SSPR-08.js';
import SSPR09 from './SSPR-09.js';
import SSPR10 from './SSPR-10.js';
import SSPR11 from './SSPR-11.js';
import SSPR12 from './SSPR-12.js';

export const CHECKS: readonly CheckDefinition[] = [
  SSPR01,
  SSPR02,
  SSPR03,
  SSPR04,
  SSPR05,
  SSPR06,
  SSPR07,
  SSPR08,
  SSPR09,
  SSPR10,
  SSPR11,
  SSPR12,
] as CheckDefinition[];

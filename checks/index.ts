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
import SSPR13 from './SSPR-13.js';
import SSPR14 from './SSPR-14.js';
import SSPR15 from './SSPR-15.js';
import SSPR16 from './SSPR-16.js';
import SSPR17 from './SSPR-17.js';
import SSPR18 from './SSPR-18.js';
import SSPR19 from './SSPR-19.js';
import SSPR20 from './SSPR-20.js';
import SSPR21 from './SSPR-21.js';
import SSPR22 from './SSPR-22.js';
import SSPR23 from './SSPR-23.js';
import SSPR24 from './SSPR-24.js';

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
  SSPR13,
  SSPR14,
  SSPR15,
  SSPR16,
  SSPR17,
  SSPR18,
  SSPR19,
  SSPR20,
  SSPR21,
  SSPR22,
  SSPR23,
  SSPR24,
] as CheckDefinition[];

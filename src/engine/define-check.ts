// defineCheck: the typed factory every check file uses; it only fixes the types and freezes the meta.

import type { CheckDefinition, CheckMeta, CheckOutcome, EvalContext } from './types.js';
import type { Snapshot } from '../snapshot/types.js';

export function defineCheck<O extends object>(definition: {
  meta: CheckMeta<O>;
  evaluate(snapshot: Snapshot, options: O, ctx: EvalContext): CheckOutcome;
}): CheckDefinition<O> {
  Object.freeze(definition.meta);
  return definition;
}

/** The rules, in the order findings are reported for equal positions. */
import { excessiveApology } from './excessive-apology';
import { missingGratitude } from './missing-gratitude';
import { negativeTone } from './negative-tone';
import { overExplaining } from './over-explaining';
import type { Rule } from './rule';
import { unclearDecision } from './unclear-decision';
import { unfilledPlaceholder } from './unfilled-placeholder';

export const rules: readonly Rule[] = [missingGratitude, overExplaining, negativeTone, unfilledPlaceholder, unclearDecision, excessiveApology];

import type { MeasureComparison, ThresholdOperator } from '@mesh/a2a-contracts';
import type { MeasureWords } from './measure-words';

/**
 * Two values of a row compared in words: "the spent is bigger than the budget amount", "where cost exceeds
 * revenue", "actual lower than planned", "total spend exceeds its total budget". Both words must name a value the tables hold; a word after the
 * second that only says it is an amount ("budget amount", "plan value") belongs to it.
 */
const COMPARED =
  /\b([a-z][\w-]{2,30})\s+(?:(?:is|was|are|were|has\s+been|have\s+been|gets?|got)\s+)?(?:(?:(bigger|greater|higher|larger|more)|(smaller|lower|less))\s+than|(exceed(?:s|ed|ing)?))\s+(?:the\s+|their\s+|its\s+)?(?:(?:total|overall|combined|whole)\s+(?=[a-z][\w-]{2,30}))?([a-z][\w-]{2,30})(?:\s+(?:amount|value|figure|total))?\b/gi;

/** The comparison words {@link COMPARED} needs ("… than", "exceeds"): a cheap test before it. */
const SAYS_COMPARED = /than|exceed/i;

/** Words that are no value (articles, pronouns, verbs) before a comparison word. */
const NOT_A_VALUE =
  /^(?:it|its|they|them|this|that|these|those|which|what|who|one|ones|much|many|anything|something|nothing|rather|even|far|way|no|not|any|all)$/i;

/** Two values compared ("spent is bigger than the budget"), each summed, or null when the words name no two values. */
export function readValueComparison(
  text: string,
  holdsValue: (word: string) => boolean,
): { measures: MeasureWords[]; comparison: Omit<MeasureComparison, 'left_field' | 'right_field'> } | null {
  COMPARED.lastIndex = 0;
  const bounded = text.slice(0, 1_000);
  if (!SAYS_COMPARED.test(bounded)) return null;
  for (let m = COMPARED.exec(bounded); m !== null; m = COMPARED.exec(bounded)) {
    const left = m[1]!.toLowerCase();
    const right = m[5]!.toLowerCase();
    if (left === right || NOT_A_VALUE.test(left) || NOT_A_VALUE.test(right)) continue;
    if (!holdsValue(left) || !holdsValue(right)) continue;
    const operator: ThresholdOperator = m[3] ? 'lt' : 'gt';
    return {
      measures: [
        { kind: 'sum', of: right },
        { kind: 'sum', of: left },
      ],
      comparison: { left, operator, right, expression: m[0] },
    };
  }
  return null;
}

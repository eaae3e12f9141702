import type { ThresholdOperator } from '@mesh/a2a-contracts';

/**
 * "used more than 90% of their FY2026 budget", "spent over 75 percent of the allocation", "have consumed at
 * least 50% of its budget", "spent >90% of their budget": what was spent compared with a share of the allotment, on each group's sums.
 * Up to two words (a period, a kind) may stand before the allotment's noun.
 */
const ALLOTMENT_RATIO =
  /\b(?:used(?:\s+up)?|using|spen[dt]|spending|consumed|consuming|burn(?:ed|t)(?:\s+through)?|(?:gone|went)\s+through|exhausted)\s+(more\s+than|over|above|in\s+excess\s+of|at\s+least|less\s+than|under|below|at\s+most|[<>]=?)\s*(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)\s+of\s+(?:(?:their|its|the|our|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:budgets?|allotments?|allocations?|allowances?)\b/i;

const OPERATORS: ReadonlyArray<readonly [RegExp, ThresholdOperator]> = [
  [/^(?:at\s+least|>=)$/i, 'gte'],
  [/^(?:at\s+most|<=)$/i, 'lte'],
  [/^(?:less\s+than|under|below|<)$/i, 'lt'],
];

export interface AllotmentRatio {
  readonly operator: ThresholdOperator;
  /** The share as a fraction (90% → 0.9). */
  readonly ratio: number;
  readonly expression: string;
}

/** The share of an allotment a question compares spending with ("more than 90% of their budget"), or null. */
export function readAllotmentRatio(text: string): AllotmentRatio | null {
  const m = ALLOTMENT_RATIO.exec(text.slice(0, 1_000));
  if (!m) return null;
  const percent = Number(m[2]);
  if (!(percent > 0) || percent > 1_000) return null;
  const words = m[1]!.replace(/\s+/g, ' ');
  const operator = OPERATORS.find(([pattern]) => pattern.test(words))?.[1] ?? 'gt';
  return { operator, ratio: percent / 100, expression: m[0] };
}

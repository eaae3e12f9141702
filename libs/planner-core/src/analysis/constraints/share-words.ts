import type { Share } from '@mesh/a2a-contracts';

/** "% of", "percentage of", "share of", "proportion of", "fraction of", "ratio of": a part of all rows. */
const PART_OF = /(?:%|\bpercent(?:age)?|\bpct|\bshare|\bproportion|\bfraction|\bratio)\s+of\b/i;
/** "refund rate", "failure ratio", "bounce-rate": the share of rows with an outcome. */
const OUTCOME_RATE = /\b([a-z]{3,20})[\s-]+(?:rates?|ratios?)\b/i;
/** Rates that are prices or speeds, not a share of rows ("exchange rate", "hourly rate", "sample rate"). */
const NOT_A_SHARE = new Set([
  'exchange',
  'interest',
  'tax',
  'hourly',
  'daily',
  'day',
  'hour',
  'flat',
  'base',
  'bit',
  'data',
  'sample',
  'sampling',
  'frame',
  'refresh',
  'heart',
  'growth',
  'birth',
  'the',
  'a',
  'high',
  'low',
]);

/**
 * A rate the question asks for, or null: the caller keeps it only when a status filter says which rows
 * are the part (the rest of the filters and the window say what "all" is).
 */
export function readShare(text: string): Share | null {
  const part = PART_OF.exec(text);
  if (part) return { expression: part[0] };
  const rate = OUTCOME_RATE.exec(text);
  if (rate && !NOT_A_SHARE.has(rate[1]!.toLowerCase())) return { expression: rate[0] };
  return null;
}

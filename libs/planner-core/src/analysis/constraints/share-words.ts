import type { Share, Threshold } from '@mesh/a2a-contracts';
import { thresholdOperator } from './aggregate-threshold';

/** "% of", "percentage of", "share of", "proportion of", "fraction of", "ratio of": a part of all rows. */
const PART_OF = /(?:%|\bpercent(?:age)?|\bpct|\bshare|\bproportion|\bfraction|\bratio)\s+of\b/i;
/** "cancelled orders %", "failed logins pct": a share said after the rows it is of (a word before it, not a number). */
const PART_AFTER = /\b[a-z]{3,30}\s*(?:%|\s(?:pct|percent|percentage)\b)(?!\s*of\b)/i;
/**
 * "% failed ops per group", "pct AccessDenied by arn", "percent blocked": a share said before the rows it is of, the
 * sign standing for "the percentage of" (no number before it: "over 50% failed" is a threshold).
 */
const PART_BEFORE =
  /(?<![\d.]\s*)(?:%|\bpct\b|\bpercent\b)\s*(?!of\b|off\b|more\b|less\b|higher\b|lower\b)[a-z][\w-]*/i;
/** "refund rate", "failure ratio", "bounce-rate": the share of rows with an outcome. */
const OUTCOME_RATE = /\b([a-z]{3,20})[\s-]+(?:rates?|ratios?)\b/i;
/** The words {@link PART_AFTER} needs one of ("%", "pct", "percent"): a cheap test before it. */
const SAYS_PERCENT = /%|pct|percent/i;
/** The words {@link OUTCOME_RATE} needs one of ("rate", "ratio"): a cheap test before it. */
const SAYS_RATE = /rate|ratio/i;
/** "how many of those failed", "how many of them were blocked": a part of the rows counted before. */
const HOW_MANY_OF_THOSE =
  /\bhow\s+many\s+of\s+(?:those|them|these|which)\s+(?:(?:were|was|got|have|had|did)\s+)?(?:not\s+)?[a-z]{3,20}\b/i;
/** Two counts asked, the rows and then a part of them: a cheap test before {@link HOW_MANY_OF_THOSE}. */
const SAYS_HOW_MANY_TWICE = /\bhow\s+many\b[\s\S]*\bhow\s+many\s+of\b/i;
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
  // "how many sign-ins …, and how many of those failed?": all the rows counted, and the part of them.
  const ofThose = SAYS_HOW_MANY_TWICE.test(text) ? HOW_MANY_OF_THOSE.exec(text) : null;
  if (ofThose) return { expression: ofThose[0] };
  const after = SAYS_PERCENT.test(text) ? (PART_AFTER.exec(text) ?? PART_BEFORE.exec(text)) : null;
  if (after) return { expression: after[0] };
  const rate = SAYS_RATE.test(text) ? OUTCOME_RATE.exec(text) : null;
  if (rate && !NOT_A_SHARE.has(rate[1]!.toLowerCase())) return { expression: rate[0] };
  return null;
}

/** The groups a share is taken over, said after the share's words ("… from each category", "per region", "by month"). */
const OVER_GROUPS =
  /^[^.?!;]{0,120}?\b(?:each|every|per|by|across|for\s+(?:each|every|all))\s+(?:[\w-]+\s+){0,2}?[\w-]+/i;

/**
 * "what % of revenue came from each category", "share of orders per country": each group's measure as a
 * percentage of the measure over all groups, or null. The caller keeps it only when no rate of rows was read
 * (a status filter saying which rows are the part) and the question groups.
 */
export function readShareOfTotal(text: string): Share | null {
  const part = PART_OF.exec(text);
  if (!part) return null;
  const groups = OVER_GROUPS.exec(text.slice(part.index + part[0].length));
  if (!groups) return null;
  return { expression: text.slice(part.index, part.index + part[0].length + groups[0].length).trim() };
}

/** A threshold said in percent ("exceeds 20 percent", "over 15%", ">= 5 pct"): the words before the number, the number. */
const PERCENT_THRESHOLD =
  /(?:\b(more\s+than|over|above|exceed(?:s|ed|ing)?|greater\s+than|higher\s+than|at\s+least|less\s+than|under|below|lower\s+than|at\s+most)|(>=?|<=?))\s*(\d{1,3}(?:\.\d+)?)\s*(?:%|\s(?:percent|per\s*cent|pct)\b)/i;

/**
 * "list those whose failure rate exceeds 20 percent", "only groups over 15%": a threshold on the share itself (in
 * percent), not on how many rows a group has; null when no threshold is said in percent. The caller reads it only
 * beside a share.
 */
export function readShareThreshold(text: string): Threshold | null {
  const m = PERCENT_THRESHOLD.exec(text);
  if (!m) return null;
  return { operator: thresholdOperator(m[1] ?? m[2]!), value: Number(m[3]), percent: true };
}

/** "made up more than 15% of units sold", "accounted for over a third of …": a part of the total held to a threshold. */
const HELD_PART_OF_TOTAL =
  /\b(?:made\s+up|make\s+up|makes\s+up|accounted\s+for|account\s+for|accounts\s+for|represented|represent|represents|contributed|contribute|contributes)\s+(?:more\s+than|over|above|at\s+least|less\s+than|under|below|at\s+most)\s+\d{1,3}(?:\.\d+)?\s*(?:%|percent\b|per\s*cent\b|pct\b)\s+of\b/i;

/**
 * "which categories made up more than 15% of units sold": each group's measure as a share of the total, held to a
 * threshold in percent (read by {@link readShareThreshold}); null otherwise. The groups are the subject asked about.
 */
export function readHeldShareOfTotal(text: string): Share | null {
  const m = HELD_PART_OF_TOTAL.exec(text);
  return m ? { expression: m[0] } : null;
}

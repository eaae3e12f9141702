import type { ThresholdOperator } from '@mesh/a2a-contracts';
import { readNumber } from './number-words.util';

/** A count said in words after a pronoun's comparison ("the ones with more than five"), one to twenty or a round ten. */
const NUMBER_WORDS =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred)';

/**
 * A threshold said of each group's aggregate, not of each row: "only segments where the average is above
 * 250", "regions whose total exceeds 10,000", "keep the categories with a mean over 40". The amount after
 * it is a HAVING on the measure, not a filter on the rows. One word may qualify the aggregate ("whose unpaid total",
 * "with a combined sum", "where the monthly average"): it says which rows went into it, and stays a filter of its own.
 */
const AGGREGATE_BEFORE =
  /\b(?:(?:where|whose|if|when|(?:that\s+|which\s+|who\s+)?(?:have|has))\s+(?:the\s+|their\s+|its\s+|an?\s+(?=average|avg|mean|median))?|(?:with|having)\s+(?:the\s+|their\s+|its\s+|an?\s+(?=average|avg|mean|median)))(?:group\s+|[a-z][a-z-]{2,}\s+(?=(?:average|avg|mean|median|total|sum)\b))?(?:average|avg|mean|median|total|sum|count|number|aggregate)(?:\s+(?:value|amount|total|size|price|spend|cost|order|invoice|sale|payment|purchase|transaction|basket|is|was|are|were|comes\s+to|of\s+(?:it|them)|of))*\s*$/i;
/** Groups said before the threshold ("per segment", "by region", "for each team"): else a total is a row's own. */
const GROUPED =
  /\b(?:per|by|for\s+(?:each|every)|grouped\s+by|broken\s+down\s+by|split\s+by)\s+\w|\bhow\s+many\s+(?:[\w-]+\s+){1,5}each\b/i;

/**
 * An average said as owned by the plural things asked about ("which vendors have a mean invoice above 80",
 * "stores whose average sale exceeds 40", "teams where the mean ticket is over 9"): each of them is a group, the average its measure. A row has no average.
 */
const OWNED_AVERAGE =
  /\b[a-z]{3,}s\s+(?:(?:that|which|who)\s+)?(?:have|has|with|having|whose|where)\s+(?:the\s+|their\s+|an?\s+)?(?:average|avg|mean|median)\b[a-z\s]{0,40}$/i;

/** Whether the text just before an amount (up to its comparison word) names a group's aggregate. */
export function saysAggregateThreshold(before: string): boolean {
  const tail = before.slice(-64);
  return AGGREGATE_BEFORE.test(tail) && (GROUPED.test(before) || OWNED_AVERAGE.test(tail));
}

const GROUP_THRESHOLD = new RegExp(
  `${AGGREGATE_BEFORE.source.replace(/\\s\*\$$/, '')}\\s*(more\\s+than|over|above|exceed(?:s|ing)?|greater\\s+than|higher\\s+than|at\\s+least|less\\s+than|under|below|lower\\s+than|at\\s+most|>=|<=|>|<)\\s*[$€£]?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\d.,]*\\s*%)`,
  'i',
);

/**
 * "only those over 50", "just the ones with more than 30", "keep the ones >= 5": a threshold said of the groups by a
 * pronoun, with a bare number (no percentage, no unit after it).
 */
const PRONOUN_THRESHOLD = new RegExp(
  String.raw`\b(?:those|the\s+ones|ones)\s+(?:(?:that|which)\s+(?:have|had|are|were)\s+|with\s+|having\s+|at\s+)?(?:a\s+count\s+(?:of\s+)?)?(more\s+than|over|above|exceed(?:s|ing)?|greater\s+than|higher\s+than|at\s+least|less\s+than|under|below|lower\s+than|at\s+most|>=|<=|>|<)\s*(\d{1,3}(?:,\d{3})+|\d+|${NUMBER_WORDS})(?![\d,])(?![\d.,]*\s*%)(?!\s*(?:[kmgt]i?b|\w*bytes?|ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|percent|usd|eur|gbp)\b)`,
  'i',
);

/**
 * "count per account, only >=3", "per host, just more than 10": a threshold said of the groups after "only" or "just",
 * by a comparison sign or words of more or fewer, with a bare number (no unit, no percentage after it).
 */
const ONLY_THRESHOLD = new RegExp(
  String.raw`\b(?:only|just)\s+(?:the\s+)?(>=|<=|>|<|at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than)\s*(\d{1,3}(?:,\d{3})+|\d+|${NUMBER_WORDS})(?![\d,])(?![\d.,]*\s*%)(?!\s*(?:[kmgt]i?b|\w*bytes?|ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|months?|years?|percent|usd|eur|gbp)\b)`,
  'i',
);

/**
 * "only the ones with 3 or more", "those with 10+", "just the ones having 2 or fewer": the same, the comparison said
 * after the number.
 */
const PRONOUN_THRESHOLD_AFTER = new RegExp(
  String.raw`\b(?:those|the\s+ones|ones)\s+(?:(?:that|which)\s+(?:have|had)\s+|with\s+|having\s+)(\d{1,3}(?:,\d{3})+|\d+|${NUMBER_WORDS})\s*(\+|or\s+(?:more|above|over|higher|greater|fewer|less|below|under|lower))(?![\w%])(?!\s*(?:%|[kmgt]i?b|\w*bytes?|ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|percent|usd|eur|gbp)\b)`,
  'i',
);

/** "only hosts where the count is above 50" with no amount read: the group threshold said with a bare number. */
export function readGroupThreshold(text: string): { operator: ThresholdOperator; value: number } | null {
  const after = PRONOUN_THRESHOLD_AFTER.exec(text);
  if (after && GROUPED.test(text.slice(0, after.index))) {
    const fewer = /fewer|less|below|under|lower/i.test(after[2]!);
    return { operator: fewer ? 'lte' : 'gte', value: readNumber(after[1]!)! };
  }
  const m = GROUP_THRESHOLD.exec(text) ?? PRONOUN_THRESHOLD.exec(text) ?? ONLY_THRESHOLD.exec(text);
  if (!m || !GROUPED.test(text.slice(0, m.index))) return null;
  return { operator: thresholdOperator(m[1]!), value: readNumber(m[2]!)! };
}

/** The operator words of a threshold say ("at least", ">=", "under", "more than"): `gte`, `lte`, `lt` or `gt`. */
export function thresholdOperator(said: string): ThresholdOperator {
  const words = said.toLowerCase().replace(/\s+/g, ' ');
  if (words === 'at least' || words === '>=') return 'gte';
  if (words === 'at most' || words === '<=') return 'lte';
  return /^(?:less than|under|below|lower than|<)$/.test(words) ? 'lt' : 'gt';
}

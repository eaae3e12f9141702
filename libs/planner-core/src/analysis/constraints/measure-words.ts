import type { Absence, Measure, MeasureComparison } from '@mesh/a2a-contracts';
import { namedEntityKind, subjectKind } from './shape-reader';
import { readValueComparison } from './value-comparison';
import { readNobodyBought } from './nobody-did';
import { allMatches } from '../regex-matches.util';

/** A measure before its columns are mapped. */
export type MeasureWords = Pick<Measure, 'kind' | 'of'> & { readonly percentile?: number };

const NOUN = `[A-Za-z][\\w-]{1,40}(?:\\s+(?:value|amount|total|time|duration|latency|size|price|count))?`;

/** "median order total", "the median of the duration", "median latency". */
const MEDIAN = new RegExp(`\\bmedian\\s+(?:of\\s+(?:the\\s+)?)?(${NOUN})`, 'i');
/** "p95 latency", "95th percentile of duration", "the 99th-percentile response time", "90 percentile order value". */
const PERCENTILE = new RegExp(
  `\\b(?:p(\\d{1,2}(?:\\.\\d)?)|(\\d{1,2}(?:\\.\\d)?)(?:st|nd|rd|th)?[\\s-]+percentile)\\s+(?:of\\s+(?:the\\s+)?)?(${NOUN})`,
  'i',
);

/** A median or a percentile of a value the question names. */
export function readPercentile(text: string): MeasureWords | null {
  const median = MEDIAN.exec(text);
  if (median) return { kind: 'median', of: median[1]!.toLowerCase() };
  const p = PERCENTILE.exec(text);
  if (!p) return null;
  const rank = Number(p[1] ?? p[2]);
  if (!(rank > 0 && rank < 100)) return null;
  return rank === 50
    ? { kind: 'median', of: p[3]!.toLowerCase() }
    : { kind: 'percentile', of: p[3]!.toLowerCase(), percentile: rank };
}

/**
 * "first and last seen", "first seen", "earliest and latest", "first time … and the last time": the
 * earliest and the latest time as measures (min and max of the time), not an ordering of rows.
 */
const FIRST_LAST =
  /\b(?:first(?:[\s-]+(?:and|&)\s+|\s*[/+]\s*)(?:the\s+)?(?:last|latest|most\s+recent)[\s-]+(?:seen|times?|activity|occurrences?|events?|sign[\s-]?ins?|logins?|logons?|connections?)|first[\s-]+seen\s*(?:and\s|&|\/)\s*(?:the\s+)?last[\s-]+seen|earliest\s*(?:and\s|&|\/)\s*(?:the\s+)?latest(?:\s+(?:times?|event|activity|seen|occurrences?))?|first\s+time\s+(?:and|&|\/)\s+(?:the\s+)?last\s+time|when\s+\S+(?:\s+\S+)?\s+was\s+first\s+and\s+last\s+seen)\b/i;
/**
 * "first and last order date", "earliest and latest login times", "first booking date and last booking date": the
 * earliest and latest time of those rows.
 */
const FIRST_LAST_OF =
  /\b(?:first|earliest)\s+(?:and|&|\/)\s+(?:the\s+)?(?:last|latest|most\s+recent)\s+([a-z][\w-]{2,30})\s+(?:dates?|times?|days?|timestamps?)\b|\b(?:first|earliest)\s+([a-z][\w-]{2,30})\s+(?:dates?|times?)\s+(?:and|&|\/)\s+(?:the\s+)?(?:last|latest|most\s+recent)\s+\2\s+(?:dates?|times?)\b/i;
/** "the latest booking date per guest", "most recent order time for each customer": the latest time for each. */
const LAST_DATE_PER =
  /\b(?:last|latest|most\s+recent)\s+[a-z][\w-]{2,30}\s+(?:dates?|times?|timestamps?)\s+(?:per|by|for\s+(?:each|every)|of\s+(?:each|every))\b/i;
/**
 * "first booking date per guest", "when did each guest make their first booking": the earliest time for each.
 */
const FIRST_DATE_PER =
  /\b(?:first|earliest)\s+[a-z][\w-]{2,30}\s+(?:dates?|times?|timestamps?)\s+(?:per|by|for\s+(?:each|every)|of\s+(?:each|every))\b|\bwhen\s+did\s+(?:each|every)\s+[a-z]{3,20}\s+(?:[a-z]+\s+){1,2}(?:their|its|his|her)\s+first\b/i;
/**
 * "when was the first and the last change", "when were the earliest and latest writes": a time asked of the first and
 * the last of the rows, whatever they are called.
 */
const WHEN_FIRST_LAST =
  /\bwhen\s+(?:was|were|is|are|did)\s+(?:the\s+|their\s+|its\s+)?(?:first|earliest)\s+(?:and|&|\+|\/)\s+(?:the\s+)?(?:last|latest|most\s+recent)\b/i;
/**
 * "the first time it was seen", "the last time each host was observed", "first time they were detected": the time of
 * the first (or last) sighting of what the question is about.
 */
const SIGHTED = String.raw`\s+time\s+(?:(?:it|they|this|that|each|every|the|we)\s+(?:[a-z][\w-]{1,30}\s+)?)?(?:(?:was|were|got|has\s+been|had\s+been)\s+(?:seen|observed|detected|spotted|logged|recorded)|(?:saw|appeared|showed\s+up))\b`;
const FIRST_SIGHTED = new RegExp(String.raw`\bfirst${SIGHTED}`, 'i');
const LAST_SIGHTED = new RegExp(String.raw`\b(?:last|latest|most\s+recent)${SIGHTED}`, 'i');
const FIRST_ONLY = /\b(?:first(?:[\s-]|\s+time\s+)seen|first\s+time\s+(?:we\s+)?saw|first\s+appear(?:ed|ance))\b/i;
const LAST_ONLY =
  /\b(?:last(?:[\s-]|\s+time\s+)seen|most\s+recent\s+time)\b(?!\s+(?:is\s+|was\s+)?(?:older|more|over|before)\b)/i;
/**
 * "last logon time for each user", "latest sign-in per account", "when did each host last connect": the latest time
 * of that activity for each of what the rows are grouped by.
 */
const LAST_PER =
  /\b(?:last|latest|most\s+recent)\s+(?:(?:successful|failed|interactive|remote)\s+)?(?:sign[\s-]?ins?|log[\s-]?ins?|log[\s-]?ons?|activity|connections?|access)(?:\s+(?:times?|dates?|timestamps?))?\s+(?:per|for\s+(?:each|every)|by|of\s+(?:each|every))\b|\b(?:each|every)\s+[a-z]{3,20}\s+last\s+(?:signed|logged|log|sign|connected|connect)\b/i;

/** The time measures "first/last seen" ask for, as `min`/`max` of `time`; [] when the question asks none. */
export function readTimeMeasures(text: string): MeasureWords[] {
  if (FIRST_LAST.test(text) || FIRST_LAST_OF.test(text) || WHEN_FIRST_LAST.test(text))
    return [
      { kind: 'min', of: 'time' },
      { kind: 'max', of: 'time' },
    ];
  const first = FIRST_ONLY.test(text) || FIRST_DATE_PER.test(text) || FIRST_SIGHTED.test(text);
  const last = LAST_ONLY.test(text) || LAST_PER.test(text) || LAST_DATE_PER.test(text) || LAST_SIGHTED.test(text);
  if (first && last)
    return [
      { kind: 'min', of: 'time' },
      { kind: 'max', of: 'time' },
    ];
  if (first) return [{ kind: 'min', of: 'time' }];
  if (last) return [{ kind: 'max', of: 'time' }];
  return [];
}

/** An aggregate word of a list, with the measure it names. */
const LISTED_AGGREGATES: ReadonlyArray<readonly [RegExp, Measure['kind']]> = [
  [/^count$/i, 'count'],
  [/^(?:median|p50)$/i, 'median'],
  [/^p\d/i, 'percentile'],
  [/^(?:average|avg|mean)$/i, 'avg'],
  [/^(?:min|minimum|lowest|smallest)$/i, 'min'],
  [/^(?:max|maximum|highest|largest|biggest)$/i, 'max'],
  [/^(?:sum|total)$/i, 'sum'],
];
const AGGREGATE_WORD = String.raw`(?:count|average|avg|mean|median|p\d{1,2}(?:\.\d)?|min(?:imum)?|max(?:imum)?|lowest|smallest|highest|largest|biggest|sum|total)`;
const AGGREGATE_GAP = String.raw`\s*(?:,\s*(?:and\s+)?|\/|&|\+|\band\b|\bor\b)\s*`;
/** Words that stand where the measured noun would and are none ("min and max per day", "avg and max of the"). */
const NOT_MEASURED = String.raw`(?!(?:per|by|for|each|of|in|on|over|across|the|a|an|and|or|to|from|with|number|count)\b)`;
/**
 * "avg / min / max order total", "average, minimum and maximum amount", "the smallest and largest payment", "sum and
 * mean of the price", "median/p95 latency": two or more aggregate words listed before one value, each a measure of it.
 */
const AGGREGATE_LIST = new RegExp(
  String.raw`\b(${AGGREGATE_WORD}(?:${AGGREGATE_GAP}${AGGREGATE_WORD}){1,4})\s+(?:of\s+(?:the\s+)?)?${NOT_MEASURED}(${NOUN})`,
  'i',
);

/** The measures of one value an aggregate list names, in the order written (each kind once); [] without such a list. */
export function readMeasureList(text: string): MeasureWords[] {
  const m = AGGREGATE_LIST.exec(text);
  if (!m) return [];
  const of = m[2]!.toLowerCase();
  const listed: MeasureWords[] = [];
  for (const word of m[1]!.split(new RegExp(AGGREGATE_GAP, 'i'))) {
    const kind = LISTED_AGGREGATES.find(([pattern]) => pattern.test(word))?.[1];
    const rank = kind === 'percentile' ? Number(word.slice(1)) : undefined;
    if (!kind || rank === 0 || listed.some((said) => said.kind === kind && said.percentile === rank)) continue;
    // "count / sum / avg total": the count is of the rows, not of the value.
    listed.push(
      kind === 'count' ? { kind, of: null } : rank === undefined ? { kind, of } : { kind, of, percentile: rank },
    );
  }
  return listed.filter((m) => m.kind !== 'count').length > 0 && listed.length > 1 ? listed : [];
}

/**
 * A count asked beside a sum or an average: "number of refunds and their combined amount", "how many
 * returns plus the mean price", "the total spend and the number of invoices", "how many and the total". At most four words between.
 */
const VALUE_WORD = String.raw`(total|sum|combined|overall|average|avg|mean)`;
const COUNT_THEN_VALUE = new RegExp(
  String.raw`\b(?:(?:count|number)\s+of|how\s+many)\s+(?:[\w-]+,?\s+){0,8}?(?:and|plus|along\s+with|as\s+well\s+as)\s+(?:their\s+|the\s+|its\s+)?${VALUE_WORD}\s+(?:of\s+(?:the\s+)?)?([a-z][\w-]{1,30})`,
  'i',
);
const VALUE_THEN_COUNT = new RegExp(
  String.raw`\b${VALUE_WORD}\s+(?:of\s+(?:the\s+)?)?([a-z][\w-]{1,30})\b\s*(?:[\w-]+\s+){0,3}?(?:(?:and|plus|along\s+with)\s+|,\s*(?:and\s+)?)(?:the\s+|a\s+)?(?:count|number)\s+of\b`,
  'i',
);

/** "number of orders and their revenue": a money noun alone after the count is its sum. */
const COUNT_THEN_MONEY = new RegExp(
  String.raw`\b(?:(?:count|number)\s+of|how\s+many)\s+(?:[\w-]+\s+){0,4}?(?:and|plus|along\s+with|as\s+well\s+as|with)\s+(?:their\s+|the\s+|its\s+)()(revenue|sales|turnover|income|spend|value|amount)\b`,
  'i',
);

/** "# of orders and AOV", "number of sales plus the average order value": the mean order value beside the count. */
const COUNT_THEN_AOV =
  /(?:\b(?:count|number)\s+of|#\s*of\b|\bhow\s+many)\s+(?:[\w-]+\s+){0,4}?(?:(?:and|plus|along\s+with|as\s+well\s+as)\s+|[,&+]\s*)(?:(?:the|their|its)\s+)?(?:aov|avg\.?\s+order\s+value|average\s+order\s+(?:value|size))\b/i;

/**
 * "how many bookings came in this week, and what do they come to?", "how many returns and how much money was
 * that", "how many rentals and how much they were worth" (or "what were they worth"), "…, and what was the refunded
 * amount": the money the
 * counted rows add up to, asked after the count about them.
 */
/**
 * "how many invoices did we issue each week, and for how much in total?": the money of the rows counted. Not of units
 * ("how many units did we sell and for how much" is the units and what they sold for).
 */
const COUNT_FOR_HOW_MUCH =
  /\b(?:how\s+many|(?:count|number)\s+of)\s+(?!(?:units?|items?|pieces?|copies|seats|tickets|licen[cs]es)\b)[^?;.]{0,120}?(?:,|\band\b)\s*(?:and\s+)?for\s+how\s+much\b/i;

const COUNT_THEN_TOTAL_ASKED =
  /\b(?:how\s+many|(?:count|number)\s+of)\b[^?;.]{0,120}?(?:,|\band\b|\+|&|\bplus\b)\s*(?:and\s+)?(?:what\s+(?:(?:do|does|did|would)\s+)?(?:they|those|these|it|that|this|all\s+of\s+them)\s+(?:all\s+)?(?:adds?\s+up\s+to|come\s+to|total|sum\s+to|amount\s+to)|how\s+much\s+(?:money\s+|cash\s+)?(?:(?:was|is|were|did|do|does)\s+(?:that|this|it|they|those|these)|in\s+total|altogether)|how\s+much\s+(?:they|those|these|it|that)\s+(?:were|was|are|is)\s+worth|what\s+(?:were|was|are|is)\s+(?:they|those|these|it|that|all\s+of\s+them)\s+(?:all\s+)?worth|what\s+(?:was|is|were|are)\s+(?:their|the|its)\s+(?:(?:total|combined|overall)(?:\s+(?:value|amount|worth))?|[\w-]+\s+(?:amount|value|total)))\b/i;
/**
 * "how much did we take in CHF orders last month, and how many orders was that?", "what did refunds cost us this week
 * and how many were there": the money asked first, then how many rows it came from.
 */
const TOTAL_THEN_COUNT_ASKED =
  /\b(?:how\s+much|what\s+(?:did|do|does)\b[^?;.]{0,40}?\b(?:take|bring|make|earn|cost|spend|come\s+to|add\s+up\s+to))\b[^?;.]{0,120}?(?:,|\band\b|\+|&|\bplus\b)\s*(?:and\s+)?how\s+many(?:\s+[\w-]+){0,2}?\s+(?:was\s+that|is\s+that|were\s+(?:there|they|those|these)|(?:did|does)\s+(?:that|it|this)\s+(?:come\s+from|cover|take|make))\b/i;

/** "show count and total amount", "count & average value", "count and total": a count, and a sum or an average beside it. */
const COUNT_AND_VALUE = new RegExp(
  String.raw`\b(?:count|number)\s+(?:and|&|\+|plus)\s+(?:the\s+)?${VALUE_WORD}\b(?:\s+(?:of\s+(?:the\s+)?)?(?!(?:per|by|for|in|over|this|last|each|since|from)\b)([a-z][\w-]{1,30}))?`,
  'i',
);

/**
 * "orders per day and total revenue", "daily invoices and their amount", "bookings per week this quarter, plus revenue":
 * records counted per period, money beside (a few words of when may sit between).
 */
const RECORDS_THEN_MONEY = new RegExp(
  String.raw`\b(?:(?:daily|hourly|weekly|monthly)\s+)?(?:orders|invoices|payments|purchases|transactions|refunds|bookings|subscriptions)(?:\s+(?:per|by|each|a)\s+(?:day|hour|week|month)\b)?(?:\s+(?:and|plus|along\s+with|with)\s+|(?:\s+[\w-]+){1,4}?(?:\s*,\s*|\s+)(?:and|plus|along\s+with|as\s+well\s+as)\s+)(?:the\s+|their\s+|its\s+)?(?:(total|sum|combined|overall|average|avg|mean)\s+)?(revenue|sales|turnover|income|value|amount)\b`,
  'i',
);
/**
 * Whether the records of RECORDS_THEN_MONEY are counted per period or per key (a bucket word before them, a "per" or
 * "by" among them: "orders by country and their revenue"); else a grouping must follow.
 */
const PER_PERIOD =
  /^(?:daily|hourly|weekly|monthly)\s|\s(?:per|by|each|a)\s+(?:day|hour|week|month)\s|\s(?:per|by|for\s+each)\s+[a-z]/i;

/**
 * "number" right after a noun that is no function word ("invoice number", "order number"): the record's identifier,
 * not a count; only "count" counts there ("invoice count").
 */
const COUNTING_NUMBER = String.raw`(?:count|(?<!\b(?!(?:the|a|an|their|its|our|and|or|of|total|overall|with|plus|by|per|what|whats)\s)[a-z][\w'-]*\s+)number)`;

/**
 * "order count and total", "the count, and the average amount": a count said as a noun, the sum or average beside it;
 * with no value named after it, the value is the amount ("and total").
 */
const COUNT_NOUN_THEN_VALUE = new RegExp(
  String.raw`\b${COUNTING_NUMBER}\s*(?:,\s*(?:and\s+)?|\s+(?:and|plus)\s+)(?:their\s+|the\s+|its\s+)?${VALUE_WORD}\b(?:\s+(?:of\s+(?:the\s+)?)?${NOT_MEASURED}([a-z][\w-]{1,30}))?`,
  'i',
);

/**
 * "order count and order value", "the number and the value of bookings", "invoice count, invoice amount": a count said
 * as a noun, then a word of money (its records' noun may stand before it): the sum of that money.
 */
const COUNT_NOUN_THEN_MONEY = new RegExp(
  String.raw`\b${COUNTING_NUMBER}\s*(?:,\s*(?:and\s+)?|\s+(?:and|plus|&)\s+)(?:their\s+|the\s+|its\s+)?(?:[a-z][\w-]{1,30}\s+)?(value|amount|revenue|worth|turnover)\b(?!\s+(?:of\s+)?(?:more|less|over|under|above|below|greater|at)\b)`,
  'i',
);

/** The sum or average a question asks for beside a count of rows, or null when it asks no count beside one. */
export function readCountBeside(text: string): MeasureWords | null {
  const noun = COUNT_NOUN_THEN_VALUE.exec(text);
  if (noun && !/^(?:number|count)$/i.test(noun[2] ?? ''))
    return { kind: /^(?:average|avg|mean)$/i.test(noun[1]!) ? 'avg' : 'sum', of: (noun[2] ?? 'amount').toLowerCase() };
  const records = RECORDS_THEN_MONEY.exec(text);
  if (COUNT_THEN_TOTAL_ASKED.test(text) || COUNT_FOR_HOW_MUCH.test(text) || TOTAL_THEN_COUNT_ASKED.test(text))
    return { kind: 'sum', of: 'amount' };
  if (COUNT_THEN_AOV.test(text)) return { kind: 'avg', of: 'order value' };
  const money = COUNT_NOUN_THEN_MONEY.exec(text);
  if (money) return { kind: 'sum', of: money[1]!.toLowerCase() };
  const m =
    COUNT_AND_VALUE.exec(text) ??
    COUNT_THEN_VALUE.exec(text) ??
    VALUE_THEN_COUNT.exec(text) ??
    COUNT_THEN_MONEY.exec(text) ??
    (records &&
    (PER_PERIOD.test(records[0]) ||
      /^\s+(?:per|by|for\s+each|in\s+each)\b/i.test(text.slice(records.index + records[0].length)))
      ? records
      : null);
  if (!m) return null;
  // "count and total": the amount, when no noun follows.
  const of = (m[2] ?? 'amount').toLowerCase();
  if (/^(?:number|count)$/.test(of)) return null;
  return { kind: /^(?:average|avg|mean)$/i.test(m[1]!) ? 'avg' : 'sum', of };
}

/**
 * "budget vs spent", "revenue versus cost", "compare budget and spent", "planned against actual", "budget vs
 * actual spend": a word that only qualifies the value after it ("actual", "real") is passed over for its noun.
 */
const VERSUS =
  /\b(?:compare\s+(?:the\s+)?)?([a-z][\w-]{2,30})\s+(?:vs\.?|versus|against|compared\s+(?:to|with))\s+(?:the\s+)?(?:(actual|real|realised|realized|effective)\s+)?([a-z][\w-]{2,30})\b/i;
/** The words {@link VERSUS} sets two values apart by: a cheap test before it. */
const VERSUS_WORD = /\b(?:vs|versus|against|compared)\b/i;
/** Words of a value of what was spent, for "actual" said alone beside an allotment. */
const SPENT_WORDS = ['spent', 'spend', 'spending', 'expenditure'];
const ACTUAL = /^(?:actual|real|realised|realized|effective)$/;
const COMPARE_AND = /\bcompare\s+(?:the\s+)?([a-z][\w-]{2,30})\s+(?:and|with|to)\s+(?:the\s+)?([a-z][\w-]{2,30})\b/i;
/**
 * "overspent (their) budget", "over budget", "exceeded the budget", "spent more than (the) budget", "spent more than
 * was budgeted"; "under budget" the other way.
 */
/** The nouns of what a budget line allots ("budget", "allocation", "allowance"). */
const ALLOTMENT = String.raw`(?:budgets?|allocations?|allotments?|allowances?)`;
const OVER_BUDGET = new RegExp(
  String.raw`\b(?:(overspen[dt]|overspending|over[\s-]budget|exceed(?:ed|s|ing)?\s+(?:their\s+|its\s+|the\s+)?${ALLOTMENT}|spen[dt]\s+more\s+than\s+(?:their\s+|its\s+|the\s+)?${ALLOTMENT}|spen[dt]\s+more\s+than\s+(?:(?:was|were|had\s+been|they\s+were|it\s+was)\s+)?(?:budgeted|allocated|planned)|went\s+over\s+(?:their\s+|its\s+|the\s+)?${ALLOTMENT})|(under[\s-]?spen[dt]|under[\s-]budget|spen[dt]\s+less\s+than\s+(?:their\s+|its\s+|the\s+)?${ALLOTMENT}|spen[dt]\s+less\s+than\s+(?:(?:was|were|had\s+been|they\s+were|it\s+was)\s+)?(?:budgeted|allocated|planned)))`,
  'i',
);

/** Two values the question sets side by side, each summed, and how they compare when it says so. */
export function readComparison(
  text: string,
  holdsValue: (word: string) => boolean,
): { measures: MeasureWords[]; comparison: Omit<MeasureComparison, 'left_field' | 'right_field'> | null } | null {
  const budget = OVER_BUDGET.exec(text);
  if (budget) {
    return {
      measures: [
        { kind: 'sum', of: 'budget' },
        { kind: 'sum', of: 'spent' },
      ],
      comparison: { left: 'spent', operator: budget[1] ? 'gt' : 'lt', right: 'budget', expression: budget[0] },
    };
  }
  const compared = readValueComparison(text, holdsValue);
  if (compared) return compared;
  const pair = (VERSUS_WORD.test(text) ? VERSUS.exec(text) : null) ?? COMPARE_AND.exec(text);
  if (!pair) return null;
  const left = pair[1]!.toLowerCase();
  const noun = pair[pair.length - 1]!.toLowerCase();
  // "budget vs actual spend": the noun after the qualifier; "planned vs actual for …": the qualifier is the value.
  const qualifier = pair.length > 3 ? pair[2]?.toLowerCase() : undefined;
  const said = qualifier && !holdsValue(noun) ? qualifier : noun;
  // "budget vs actual" where no value is called "actual": what was actually spent.
  const right = ACTUAL.test(said) && !holdsValue(said) ? (SPENT_WORDS.find(holdsValue) ?? said) : said;
  // Only two values the tables hold ("budget vs spent"), not two sources ("Sentinel vs Splunk").
  if (left === right || !holdsValue(left) || !holdsValue(right)) return null;
  return {
    measures: [
      { kind: 'sum', of: left },
      { kind: 'sum', of: right },
    ],
    comparison: null,
  };
}

/** An aggregate word before a value of a pair ("average price"), none for a sum. */
const PAIR_AGGREGATE = String.raw`(?:(total|sum|combined|overall|average|avg|mean)\s+)?`;
/** Words that only say which reading of a value is meant ("actual spend", "planned amount"). */
const PAIR_QUALIFIER = String.raw`(?:(?:actual|real|realised|realized|effective|planned|budgeted|allocated|allotted)\s+)?`;
/** A value of rows: a money or quantity noun, with one word naming it before ("budget amount", "unit price"). */
const PAIR_VALUE = String.raw`((?:(?!(?:the|a|an|our|their|its|and|or|per|by|of|for)\b)[a-z][\w-]{1,30}\s+)?(?:amounts?|values?|revenues?|totals?|prices?|costs?|spend|spent|spending|budgets?|sales|quantit(?:y|ies)|units|balances?|fees?|discounts?|tax(?:es)?))`;
/**
 * "the budget amount and actual spend per team", "total quantity and unit price by product", "avg price, avg cost for
 * each supplier": two values of rows named side by side before a grouping, each a measure.
 */
const VALUE_PAIR = new RegExp(
  String.raw`\b${PAIR_AGGREGATE}${PAIR_QUALIFIER}${PAIR_VALUE}\s*(?:,\s*(?:and\s+)?|\s+(?:and|&|plus|alongside|beside|next\s+to|along\s+with|vs\.?|versus)\s+)(?:(?:the|their|its)\s+)?${PAIR_AGGREGATE}${PAIR_QUALIFIER}${PAIR_VALUE}\s+(?:per|by|for\s+each|in\s+each|across)\s+[a-z]`,
  'i',
);

/** "the total budget and total spend for FY2026": two values each said with its aggregate ask for both, whatever follows. */
const TOTALS_PAIR = new RegExp(
  String.raw`\b(total|sum|combined|overall|average|avg|mean)\s+${PAIR_QUALIFIER}${PAIR_VALUE}\s*(?:,\s*(?:and\s+)?|\s+(?:and|&|plus)\s+)(?:(?:the|their|its)\s+)?(total|sum|combined|overall|average|avg|mean)\s+${PAIR_QUALIFIER}${PAIR_VALUE}\b`,
  'i',
);

/** The grouping words {@link VALUE_PAIR} ends with ("per", "by", "for each", "in each", "across"): a cheap test before it. */
const GROUPING_WORD = /\b(?:per|by|each|across)\b/i;

/** The measure an aggregate word of {@link VALUE_PAIR} names: an average, or else a sum. */
function pairKind(word: string | undefined): 'avg' | 'sum' {
  return /^(?:average|avg|mean)$/i.test(word ?? '') ? 'avg' : 'sum';
}

/**
 * Two values the tables hold, named side by side before a grouping ("amount and spent per team"), each summed or
 * averaged as said (the second as the first when it says nothing); null unless both are values of two columns.
 */
export function readValuePair(text: string, fieldOf: (word: string) => string | null): MeasureWords[] | null {
  const m = (GROUPING_WORD.test(text) ? VALUE_PAIR.exec(text) : null) ?? TOTALS_PAIR.exec(text);
  if (!m) return null;
  const left = heldValues(m[2]!, fieldOf)[0];
  const right = heldValues(m[4]!, fieldOf).find((held) => held.field !== left?.field);
  if (left === undefined || right === undefined) return null;
  return [
    { kind: pairKind(m[1]), of: left.of },
    { kind: pairKind(m[3] ?? m[1]), of: right.of },
  ];
}

/**
 * One count of a pair: "number of refunds", "count of bills", "how many visits", "ticket count", "total visits" (a
 * total of records, counted when they name a table).
 */
const COUNTED = String.raw`(?:(?:the\s+)?(?:total\s+)?(?:number|count|#)\s+of\s+([a-z][\w-]{2,30})|how\s+many\s+([a-z][\w-]{2,30})|([a-z][\w-]{2,30})\s+counts?|total\s+([a-z][\w-]{2,30}s)\b)`;
/** "number of orders and number of bills per client", "order count, invoice count by week": two counts side by side. */
const COUNT_PAIR = new RegExp(
  String.raw`\b${COUNTED}\s*(?:,\s*(?:and\s+)?|\s+(?:and|&|plus)\s+)(?:(?:the|their|its)\s+)?${COUNTED}`,
  'i',
);

/** The nouns of two counts said side by side ("number of orders and number of bills" → orders, bills), or null. */
export function readCountPair(text: string): [string, string] | null {
  const m = COUNT_PAIR.exec(text);
  if (!m) return null;
  const first = (m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase();
  const second = (m[5] ?? m[6] ?? m[7] ?? m[8])!.toLowerCase();
  return first === second ? null : [first, second];
}

/** "total refunds and total payments", "sum of fees and refunds": money of two kinds of records, side by side. */
const MONEY_PAIR =
  /\b(?:total|sum\s+of|value\s+of)\s+(?:the\s+|all\s+)?([a-z]{3,30}s)\s*(?:,\s*|\s+)(?:and|&|vs\.?|versus)\s+(?:the\s+)?(?:total\s+)?([a-z]{3,30}s)\b/i;

/** The record nouns of two sums of money said side by side ("total refunds and total payments" → refunds, payments). */
export function readMoneyPair(text: string): [string, string] | null {
  const m = MONEY_PAIR.exec(text);
  if (!m) return null;
  const [first, second] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
  return first === second ? null : [first, second];
}

/**
 * The readings of a value a column holds, best first: its words as a column holds them ("unit price"), its first word
 * ("spent amount" → spent), its last ("budget amount" → amount).
 */
function heldValues(said: string, fieldOf: (word: string) => string | null): { of: string; field: string }[] {
  const whole = said.toLowerCase().replace(/\s+/g, ' ');
  const words = whole.split(' ');
  const held: { of: string; field: string }[] = [];
  for (const reading of new Set([whole, words[0]!, words[words.length - 1]!])) {
    const field = fieldOf(reading);
    if (field !== null) held.push({ of: reading, field });
  }
  return held;
}

/**
 * What is left of an allotment: "budget left", "remaining budget", "how much of the budget is left",
 * "unspent funds", "budget minus spent" — the allotment summed less what was spent.
 */
const REMAINING =
  /\b(?:(?:remaining|unspent|leftover|left-over|unused)\s+(?:budgets?|funds?|allowances?)|(?:budgets?|funds?|allowances?)\s+(?:that\s+)?(?:is\s+|are\s+|was\s+|were\s+)?(?:still\s+)?(?:left|remaining|unspent|unused)|how\s+much\s+(?:of\s+(?:the|their|its)\s+)?(?:budgets?|funds?|allowances?)\s+(?:is\s+|are\s+|do\s+(?:\w+\s+){0,3}have\s+|does\s+(?:\w+\s+){0,3}have\s+|(?:do|does)\s+)?(?:still\s+)?(?:left|remaining)|(?:budgets?|funds?|allowances?)\b[^.?!;]{0,60}?\bspen[dt]\b[^.?!;]{0,40}?\b(?:variances?|differences?|gaps?)|(?:variances?|differences?|gaps?)\s+(?:between|of)\s+(?:the\s+)?(?:budgets?|funds?|allowances?)\s+(?:and|vs\.?|versus)\s+(?:the\s+)?(?:amount\s+)?(?:spen[dt]|spending|actuals?)|(?:budgets?|funds?|allowances?)\s+(?:minus|less|-)\s+(?:the\s+)?(?:amount\s+)?(?:spen[dt]|spending|actuals?|used))\b/i;

/** Every way of {@link REMAINING} names the allotment: a cheap test before it. */
const ALLOTMENT_WORD = /budget|fund|allowance/i;

/** The allotment and the spending a question asks the difference of ("budget left" → budget − spent), or null. */
export function readRemaining(text: string): { left: string; right: string; expression: string } | null {
  if (!ALLOTMENT_WORD.test(text)) return null;
  // "how much of the budget has been spent …, and how much is left?": what is left, said after the allotment was named.
  const m =
    REMAINING.exec(text) ??
    (ALLOTMENT_WORD.test(text.slice(0, LEFT_ASKED.exec(text)?.index ?? 0)) ? LEFT_ASKED.exec(text) : null);
  return m ? { left: 'budget', right: 'spent', expression: m[0] } : null;
}

/** "and how much is left", "what remains": what is left of something, said alone. */
const LEFT_ASKED =
  /\b(?:how\s+much\s+(?:is|was|has\s+been|remains?)\s+(?:still\s+)?(?:left|remaining|unspent)|what\s+(?:is\s+)?(?:left|remains))\b/i;

/**
 * "customers who have never placed an order", "products with no orders", "users without any invoices":
 * rows of the subject with no related row. The related noun must be an entity or a table word; an
 * inactivity with a duration ("no orders in 90 days") is read by the inactivity reader first.
 */
/**
 * When the subject's rows came, said between it and what they lack ("orders placed last week that have no …",
 * "bookings this quarter that were never invoiced"): the window's words, read by the time reader.
 */
const SUBJECT_WHEN = String.raw`(?:\s+(?:(?:placed|created|issued|raised|made|opened|submitted|filed|booked|logged)\s+)?(?:(?:in|during|from|over|within)\s+)?(?:this|last|past|previous|the\s+(?:past|last|previous))(?:\s+\d{1,3})?\s+(?:days?|weeks?|months?|quarters?|years?))?`;
/** A place or a group said between the subject and its clause ("customers from Spain who …", "from Spain or Italy"). */
const QUALIFIER = String.raw`(?:\s+(?:from|in|of|at|on)\s+[\w-]+(?:\s+[\w-]+)?(?:\s*(?:,|\/|\s(?:or|and))\s*[\w-]+(?:\s+[\w-]+)?){0,4})?`;
/**
 * "customers who never ordered", "vendors that have never sent an invoice", and with the question word before the
 * subject, "which customers have never placed an order": a subject and the noun of what it never did.
 */
const NEVER = new RegExp(
  String.raw`\b([a-z][\w-]{2,30})${QUALIFIER}\s+(?:(?:who|that|which)\s+(?:[^.?!;]{1,60}?\s+(?:but|and|yet)\s+)?|(?=(?:have|has|had)\s+never\b))(?:have|has|had)?\s*never\s+(?:(?:[a-z]+(?:ed|ne|de|t)|did|made|had|got|gave|sent|bought)\s+)?(?:an?\s+|any\s+)?([a-z][\w-]{2,30})\b`,
  'i',
);
/**
 * A place or an amount said between the subject and "that have no", "with no" or "without" ("orders over $900 that
 * have no …", "orders above 500 EUR without an invoice", "in Peru").
 */
const BEFORE_NO = String.raw`(?:(?:over|above|under|below|worth|from|in|of|since)\s+\S{1,20}(?:\s+[A-Z]{3})?\s+)?`;
const WITH_NO = new RegExp(
  String.raw`\b([a-z][\w-]{2,30})${SUBJECT_WHEN}\s+(?:${BEFORE_NO}with\s+(?:no|zero|0)|${BEFORE_NO}without(?:\s+(?:any|an?))?|${BEFORE_NO}(?:(?:who|that|which)\s+(?:[^.?!;]{1,60}?\s+(?:but|and|yet)\s+)?)?(?:have|has|had)\s+(?:no|zero|0)|${BEFORE_NO}(?:who|that|which)\s+(?:[^.?!;]{1,60}?\s+(?:but|and|yet)\s+)?(?:do|does|did)\s+not\s+have\s+(?:any|an?))\s+([a-z][\w-]{2,30})\b`,
  'i',
);

function singularNoun(word: string): string {
  const lower = word.toLowerCase();
  return /(?:us|is|ss)$/.test(lower) ? lower : lower.replace(/ies$/, 'y').replace(/s$/, '');
}

/** "products that have never been ordered", "invoices never paid": the verb names the related rows. */
const NEVER_PASSIVE = new RegExp(
  String.raw`\b([a-z][\w-]{2,30})${SUBJECT_WHEN}\s+(?:(?:who|that|which)\s+(?:[^.?!;]{1,60}?\s+(?:but|and|yet)\s+)?)?(?:(?:have|has|had|were|was|are|is)\s+)?never\s+(?:been\s+)?([a-z]{3,30}?)(?:ed|d)\b`,
  'i',
);

/**
 * "items in the garden range that haven't sold at all this quarter", "vendors who did not invoice in May", "items
 * not sold since May": a subject (with a place or a group after it) and a verb it has not done; the verb names the
 * related rows.
 */
const NOT_DONE =
  /\b([a-z][\w-]{2,30})(?:\s+(?:from|in|of|at|on)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:(?:who|that|which)\s+)?(?:(?:have|has|had|do|does|did)(?:\s+not\b|n['’]?t\b)|(?:(?:were|was|are|is|got|been)\s+)?not\b)\s*(?:(?:yet|ever|been)\s+){0,2}([a-z]{3,30})\b/i;
/**
 * "customers in Mexico who haven't placed a single order", "members that did not open any ticket", "clients who don't
 * have one invoice": a subject and a verb it has not done to a noun named after it; the noun names the related rows.
 */
const NOT_DONE_NAMED = new RegExp(
  String.raw`\b([a-z][\w-]{2,30})${QUALIFIER}\s+(?:(?:who|that|which)\s+|(?=(?:have|has|had|do|does|did)(?:\s+not\b|n['’]?t\b)))(?:(?:have|has|had|do|does|did)(?:\s+not\b|n['’]?t\b))\s*(?:(?:yet|ever)\s+)?(?:[a-z]+(?:ed|ne|de|t)|made|had|got|gave|sent|bought|have|place|make|open|buy|raise|submit|file)\s+(?:(?:a\s+single|even\s+one|a|an|any|one|a\s+new)\s+)?([a-z][\w-]{2,30})\b`,
  'i',
);
/** Sales said as a noun ("no sales", "zero purchases"): the absence of sales, as with a verb of selling. */
const SALES_NOUN = /^(?:sales?|purchases?)$/i;
/** Verbs of selling: what was not sold is the absence of sales (the line items that sell it). */
const SOLD_VERB = /^(?:sold|sell|sells|bought|purchased)$/i;
/** The word {@link NEVER} and {@link NEVER_PASSIVE} need: a cheap test before them. */
const SAYS_NEVER = /never/i;
/** The words {@link WITH_NO} needs one of ("with no", "without", "have no", "do not have any"). */
const SAYS_NO = /\b(?:no|not|without|zero|0)\b/i;
/** The negation {@link NOT_DONE} and {@link NOT_DONE_NAMED} need ("not", "haven't", "didnt"). */
const SAYS_NOT = /\bnot\b|(?:have|has|had|do|does|did)n['’]?t\b/i;

export function readAbsence(text: string, isEntity: (word: string) => boolean): Absence | null {
  const never = SAYS_NEVER.test(text);
  const negated = SAYS_NOT.test(text);
  // The active form names the related noun ("never opened a ticket"); the passive names it by its verb.
  return (
    (never ? readNamedAbsence(NEVER, text, isEntity) : null) ??
    (never ? readPassiveAbsence(text, isEntity) : null) ??
    (SAYS_NO.test(text) ? readNamedAbsence(WITH_NO, text, isEntity) : null) ??
    (negated ? readNamedAbsence(NOT_DONE_NAMED, text, isEntity) : null) ??
    (negated ? readNotDoneAbsence(text, isEntity) : null) ??
    nobodyBoughtAbsence(text)
  );
}

/** "products nobody bought": the subject's sales are absent. */
function nobodyBoughtAbsence(text: string): Absence | null {
  const m = readNobodyBought(text);
  if (!m || subjectKind(m.subject) === null) return null;
  return { of: 'sale', subject: singularNoun(m.subject), expression: m.expression };
}

function readNotDoneAbsence(text: string, isEntity: (word: string) => boolean): Absence | null {
  const m = NOT_DONE.exec(text);
  if (!m || subjectKind(m[1]!) === null) return null;
  const subject = singularNoun(m[1]!);
  const verb = m[2]!.toLowerCase();
  // Without "have" or "do", only a verb's past participle says a thing not done ("not sold"; "not active" is a state).
  if (!/\b(?:have|has|had|do|does|did)/i.test(m[0]) && !/ed$/.test(verb) && !SOLD_VERB.test(verb)) return null;
  // "not sold": sales, whatever table holds them; "not ordered", "not invoiced": the noun the verb is made from.
  if (SOLD_VERB.test(verb)) return { of: 'sale', subject, expression: m[0] };
  const stem = verb.replace(/(?:ed|d)$/, '');
  const of = [stem, `${stem}e`].find((noun) => noun !== subject && isEntity(noun));
  return of ? { of, subject, expression: m[0] } : null;
}

function readNamedAbsence(pattern: RegExp, text: string, isEntity: (word: string) => boolean): Absence | null {
  const m = pattern.exec(text);
  if (!m) return null;
  // The nouns as written (singular): "accounts" stays account, to name a table of that name.
  const subject = subjectKind(m[1]!) === null ? null : singularNoun(m[1]!);
  // "products with no sales": sales, whatever table holds them, as when they were "not sold".
  if (subject !== null && SALES_NOUN.test(m[2]!)) return { of: 'sale', subject, expression: m[0] };
  if (subject !== null && ANYTHING.test(m[2]!)) return doneAnything(subject, m[0], isEntity);
  const of = subjectKind(m[2]!) === null ? null : singularNoun(m[2]!);
  if (subject === null || of === null || subject === of || !isEntity(of)) return null;
  return { of, subject, expression: m[0] };
}

/** What a verb's object says of no noun ("never bought anything"): the verb alone names the related rows. */
const ANYTHING = /^(?:anything|something|a?\s*thing|any)$/i;

/**
 * "customers who never bought anything", "clients who have not ordered anything": the verb before "anything" names
 * the related rows, sales for a verb of buying, else the noun the verb is made from ("ordered" → order).
 */
function doneAnything(subject: string, expression: string, isEntity: (word: string) => boolean): Absence | null {
  const verb = /([a-z]+)\s+(?:an?\s+|any\s+)?[a-z]+$/i.exec(expression)?.[1]?.toLowerCase();
  if (!verb) return null;
  if (SOLD_VERB.test(verb)) return { of: 'sale', subject, expression };
  const stem = verb.replace(/(?:ed|d)$/, '');
  const of = [stem, `${stem}e`].find((noun) => noun !== subject && isEntity(noun));
  return of ? { of, subject, expression } : null;
}

function readPassiveAbsence(text: string, isEntity: (word: string) => boolean): Absence | null {
  const passive = NEVER_PASSIVE.exec(text);
  if (!passive || subjectKind(passive[1]!) === null) return null;
  const subject = singularNoun(passive[1]!);
  // "products never sold", "items never bought": sales, whatever table holds them (the verb is no noun's).
  const verb = /[a-z]+$/i.exec(passive[0])![0];
  if (SOLD_VERB.test(verb)) return { of: 'sale', subject, expression: passive[0] };
  const stem = passive[2]!.toLowerCase();
  // "ordered" → order, "invoiced" → invoice: the noun the verb is made from, when the tables know it.
  const of = [stem, `${stem}e`].find((noun) => noun !== subject && isEntity(noun));
  return of ? { of, subject, expression: passive[0] } : null;
}

/** What a list shows of each row: "command lines", "hashes", "email addresses", "user agents". */
const SHOW: ReadonlyArray<readonly [RegExp, string]> = [
  // "the parent's command line", "parent process cmdline": the command line of the process that started the row's.
  [/\bparent(?:\s+process)?(?:'s)?\s+(?:command[\s-]?lines?|cmd[\s-]?lines?|commandlines?)\b/i, 'parent command line'],
  [/\bcommand[\s-]?lines?\b|\bcmd[\s-]?lines?\b|\bcommandlines?\b/i, 'command_line'],
  [/\b(?:file\s+)?hash(?:es)?\b(?!\s*[:=])/i, 'hash'],
  [/\be-?mail\s+addresses\b|\bemails\b/i, 'email'],
  [/\buser[\s-]agents?\b/i, 'user agent'],
];

/**
 * Items of a list of what to see that name a column by a short or a common name: "error code", "result code" (the
 * record's code), "CA status" (a sign-in's conditional access status).
 */
const SHOWN_ITEM_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:error|result|failure)\s+(?:codes?|types?)$|^errors?$/i, 'error_code'],
  [/^(?:ca|conditional[\s-]access)\s+(?:status(?:es)?|results?|outcomes?)$/i, 'conditional access status'],
  [/^e-?mails?(?:\s+address(?:es)?)?$/i, 'email'],
  // "host, user, full command": the command that ran, as its command line holds it.
  [/^(?:commands?|cmds?)$/i, 'command_line'],
  // "machine, key path and value data": the path of a registry key.
  [/^(?:(?:registry\s+)?key\s+paths?|registry\s+paths?)$/i, 'key'],
  // "host and the value written", "the data set": what a registry write put in the value, its value's data.
  [
    /^(?:(?:registry\s+)?values?|data)\s+(?:written|set|stored|assigned|added)$|^(?:values?['\u2019]s?\s+)?(?:data|contents?)\s+written$/i,
    'value data',
  ],
];

/**
 * An item of a list of what to see: a noun of up to three words, after an article or "full", that an "of" phrase
 * may close ("the date of their last login"); or the moment of a deed said as a clause ("the date they were
 * created", "the time it was paid"), read as that deed's date ({@link WHEN_ITEM}).
 */
const SHOWN_ITEM = String.raw`(?:(?:the\s+|their\s+|its\s+)?(?:dates?|times?|days?)\s+(?:when\s+|that\s+)?(?:it|they|each(?:\s+one)?|he|she)\s+(?:(?:was|were|got)\s+)?(?:[a-z]{2,20}(?:ed|en)|paid|sent|sold|bought|made|built|spent|set)\b|(?:(?:the|their|its|his|her|full|whole|each|every)\s+){0,2}[a-z][\w-]{1,30}(?:['\u2019]s)?(?:\s+[a-z][\w-]{1,30}){0,2}(?:\s+of\s+(?:the|their|its|his|her|each)\s+[a-z][\w-]{1,30}(?:\s+[a-z][\w-]{1,30})?)?)`;
/** A verb that opens a list of what to see ("show", "incl.", "give me"). */
const SHOWING_VERB = String.raw`(?:show(?:ing)?|display(?:ing)?|include|including|incl\.?|return|give\s+me|giving|providing|with|list(?:ing)?|stating|naming|get\s+me|i\s+(?:want|need)|want|need|i(?:['\u2019]d|\s+would)\s+like)`;
/** The words that may open an item of a list of what to see: articles, and a verb of showing ("? include the name, …"). */
const SHOWN_ITEM_OPENING = new RegExp(
  String.raw`^(?:(?:the|their|its|his|her|full|whole|each|every|${SHOWING_VERB})\s+(?:me\s+)?)+`,
  'i',
);
/** What joins the items of a list of what to see without a verb: a comma, "and", "+" or "&" ("host + user + cmdline"). */
const SHOWN_JOINER = String.raw`\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*\+\s*|\s*&\s*)`;
/**
 * "show device, user and the full command line", "display the service names", "…? device, process, remote
 * port", "… in 2025 - name, email and number of orders": what to see of each row, said after a verb of showing
 * as a list of nouns (up to six), or as a list of two or more opening a clause after "?", ":", ";" or a dash (a verb
 * of wanting may open it: "? need name, email"), to the end of the clause, or closing the question as a sentence of its own ("… last 7 days. host, image, user"), or as
 * a list of two or more closing the question after a comma ("… this month, user + device", "…, host + app + port"), or as a
 * list of two or more in brackets ("… since friday (device, remote port)"). A courtesy may close it ("? name, email, please").
 * A list may close on a clause about its last
 * item ("… the process that did it") or go on to the records it is asked of ("… and initiating process for connections …").
 */
/**
 * An order said after a comma that closes a list of what to see ("…, oldest due date first", "…, sorted by amount",
 * "…, newest first").
 */
const ORDER_CLAUSE = String.raw`,\s*(?:(?:oldest|newest|latest|earliest|most\s+recent|biggest|largest|smallest|highest|lowest)\b(?:\s+[a-z][\w-]*){0,3}\s+first\b|(?:sorted|ordered|ranked)\s+by\b)`;
const SHOWN_LIST = new RegExp(
  String.raw`(?:(?:\b${SHOWING_VERB}|\bw\/)\s+(?:me\s+)?(${SHOWN_ITEM}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*/\s*|\s*&\s*|\s*\+\s*)${SHOWN_ITEM}){0,5})|(?:[?:;]|\s[-\u2013\u2014]+)\s+(?:(?:i\s+)?(?:need|want|show|give\s+me)\s+)?(${SHOWN_ITEM}(?:${SHOWN_JOINER}${SHOWN_ITEM}){1,5})|\.\s+(${SHOWN_ITEM}(?:${SHOWN_JOINER}${SHOWN_ITEM}){1,5})(?=\s*[.!]?\s*$)|,\s+(?!${SHOWING_VERB}\s)(${SHOWN_ITEM}(?:${SHOWN_JOINER}${SHOWN_ITEM}){1,5})(?=\s*[.!?]?\s*$)|\(\s*(${SHOWN_ITEM}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*\/\s*|\s*&\s*|\s*\+\s*)${SHOWN_ITEM}){1,5})(?=\s*\)))\s*(?=$|[.?!;:)]|\(|,?\s*(?:please|pls|plz|thanks|thx|ty|cheers)\b|,\s*[.!]?\s*$|,\s*(?:past|last|in|over|for|since|from|during|this|today|yesterday)\b|${ORDER_CLAUSE}|\s+(?:per|by|for\s+(?:each|every)|grouped|split)\b|\s+(?:for|of)\s+(?:each|every)(?:\s+(?:one|of\s+them))?\s*[.!?]?\s*$|\s+(?:with|and|plus)\s+(?:a\s+|the\s+)?counts?\b|\s+(?:that|which|who)\s+[a-z]+(?:\s+(?:it|them|this|that|so))?\s*[.!?]?\s*$|\s+(?:for|from|in|on|of)\s+(?:the\s+|all\s+|any\s+|each\s+)?(?:connections?|events?|sign-?ins?|log-?ons?|logins?|processes|requests?|alerts?|sessions?|records?|rows?)\b)`,
  'gi',
);

/**
 * The values a list asks to see (before columns are mapped); [] when it names none: the kinds of values
 * that read as columns by their own words ("command lines", "hashes"), and the nouns of a list said after
 * a verb of showing ("show device, user and the full command line") that `isColumn` finds a column for.
 */
export function readShown(text: string, isColumn: (kind: string) => boolean = () => false): string[] {
  const shown: string[] = [];
  for (const [pattern, kind] of SHOW) if (pattern.test(text)) shown.push(kind);
  const items = allMatches(text.slice(0, MAX_SHOWN_TEXT), SHOWN_LIST).flatMap((m) =>
    (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!.split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*\/\s*|\s*&\s*|\s*\+\s*)/i),
  );
  // "who (email)", "which customer (name)": the one asked about, seen by the column in brackets.
  for (const m of text.includes('(') ? allMatches(text.slice(0, MAX_SHOWN_TEXT), ASKED_BY_BRACKET) : [])
    items.push(m[1]!);
  for (const item of items) {
    const kind = shownItemKind(item, isColumn);
    if (kind && !shown.includes(kind) && isColumn(kind)) shown.push(kind);
  }
  // "who initiated it", "who created them": the one who acted, asked of each row (not "by who …", a grouping).
  if (WHO_DID.test(text.slice(0, MAX_SHOWN_TEXT)) && isColumn('actor') && !shown.includes('actor')) shown.push('actor');
  // "… and on which files?", "for which app": the thing asked about each row, or the record's target when no column names it.
  for (const m of SAYS_WHICH.test(text) ? allMatches(text.slice(0, MAX_SHOWN_TEXT), ASKED_WHICH) : []) {
    // "and which remote urls": a noun of two words names the column first, then its first word alone.
    const pair = m[2] ? subjectKind(`${m[1]!} ${m[2]}`) : null;
    const kind = pair && isColumn(pair) ? pair : subjectKind(m[1]!);
    const asked =
      kind && isColumn(kind)
        ? kind
        : PROGRAM_NOUN.test(m[1]!) && isColumn('process')
          ? 'process'
          : TARGET_NOUN.test(m[1]!) && isColumn('target')
            ? 'target'
            : null;
    if (asked && !shown.includes(asked)) shown.push(asked);
  }
  return shown;
}

/** An adjective before an item of what to see that says which rows it is of ("the affected host"). */
const ITEM_QUALIFIER =
  /^(?:affected|impacted|targeted|relevant|corresponding|associated|respective|involved|actual)\s+(?=\S)/i;
/** A participle after an item of what to see that says what was done with it ("the value data written"). */
const ITEM_PARTICIPLE =
  /(?<=\S)\s+(?:written|set|changed|used|involved|affected|concerned|created|modified|added|recorded|logged|in\s+question)$/i;

/** The kind of value an item of a list of what to see names, or null (a measure, or no column's word). */
/** "… of each connection", "… for every event": the rows an item is asked of, said after it. */
const ROWS_AFTER_ITEM = /\s+(?:of|for|in|on)\s+(?:each|every|all|the)\s+[a-z][\w-]*\s*$/i;

/** "date they were created", "time when it was paid": the moment of a deed of each row, said as a clause. */
const WHEN_ITEM =
  /^(dates?|times?|days?)\s+(?:when\s+|that\s+)?(?:it|they|each(?:\s+one)?|he|she)\s+(?:(?:was|were|got)\s+)?([a-z]+)$/i;

function shownItemKind(item: string, isColumn: (kind: string) => boolean): string | null {
  // "…, with error code, app and status": a list the sentence's last clause opens with "with" begins after it; so
  // does one a verb of showing opens inside a longer list ("…: blocked flows today, show src ip, dest ip").
  // "the client's email": the owner's column, said as "client email".
  // "destination port of each connection": what the rows are, said after the item, is no part of it.
  const said = item
    .replace(SHOWN_ITEM_OPENING, '')
    .replace(/['\u2019]s\b/, '')
    .replace(ROWS_AFTER_ITEM, '')
    .replace(WHEN_ITEM, '$2 $1');
  const kind = nounKind(said, isColumn);
  if (kind !== null && isColumn(kind)) return kind;
  // "the affected host", "the value data written": a word that only says which rows' value is meant is no part of it.
  const bare = said.replace(ITEM_QUALIFIER, '').replace(ITEM_PARTICIPLE, '');
  return bare === said ? kind : (nounKind(bare, isColumn) ?? kind);
}

/** "error desc", "failure reason", "error message": what went wrong, in the record's words. */
const ERROR_DESCRIPTION =
  /^(?:error|failure|fail|result)\s+(?:desc(?:ription)?s?|messages?|msgs?|reasons?|details?|text)$/i;

/** The kind of value a noun of a list of what to see names, or null. */
function nounKind(noun: string, isColumn: (kind: string) => boolean): string | null {
  // "number of orders", "total spend": a measure listed beside the columns, not a column.
  if (MEASURE_ITEM.test(noun)) return null;
  // A phrase that names a column as a whole ("service names" → ServiceName) before its last word alone.
  const phrase = /\s/.test(noun) ? noun.toLowerCase().replace(/(?<![uis])s$/, '') : null;
  // "the result", "the outcome": the row's status where a column holds one, else its result code.
  const outcome = /^(?:results?|outcomes?)$/i.test(noun) ? (isColumn('status') ? 'status' : 'error_code') : null;
  // "error desc", "failure reason", "the reason for each one": what went wrong, in the record's words, where the rows
  // keep an error's description or code (else a column called "reason", below).
  const reason =
    (ERROR_DESCRIPTION.test(noun) || /^reasons?$/i.test(noun)) && isColumn('error description')
      ? 'error description'
      : null;
  // "- name and email": a bare "name" is the name column of the rows listed, where one is.
  const name = /^names?$/i.test(noun) && isColumn('name') ? 'name' : null;
  // "pc name, file and who": who did each, the one who acted, else the account of the row.
  const who = /^who$/i.test(noun) ? (isColumn('actor') ? 'actor' : isColumn('user') ? 'user' : null) : null;
  // "src ip", "source address": an entity named as a whole is its kind, mapped onto the chosen source's own column,
  // not a column of another source that happens to be spelt the same.
  const entity = phrase ? namedEntityKind(noun) : null;
  return (
    outcome ??
    reason ??
    name ??
    who ??
    (entity && isColumn(entity) ? entity : null) ??
    SHOWN_ITEM_KINDS.find(([pattern]) => pattern.test(noun))?.[1] ??
    SHOW.find(([pattern]) => pattern.test(noun))?.[1] ??
    (phrase && isColumn(phrase) ? phrase : subjectKind(noun)) ??
    // "- name and email": a bare word no entity is, that names a column as it stands.
    (/^[a-z][a-z_]{1,30}$/i.test(noun) ? noun.toLowerCase() : null)
  );
}

/**
 * Where a list of what to see names columns by phrases ("with the caller, the operation and the caller IP"):
 * the spans of its items of two words or more that name a column as a whole, so no reader takes a word of
 * them for a value ("IP" of "the caller IP" is no caller). Lists of one item are left to the readers.
 */
export function readShownItemSpans(text: string, isColumn: (kind: string) => boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of allMatches(text.slice(0, MAX_SHOWN_TEXT), SHOWN_LIST)) {
    const list = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!;
    const items = list.split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*\/\s*|\s*&\s*)/i);
    if (items.length < 2) continue;
    let from = m.index + m[0].indexOf(list);
    for (const item of items) {
      const at = text.indexOf(item, from);
      if (at < 0) break;
      from = at + item.length;
      const noun = item.replace(/^(?:(?:the|their|its|his|her|full|whole)\s+)+/i, '');
      if (/\s/.test(noun) && !MEASURE_ITEM.test(noun) && isColumn(noun.toLowerCase().replace(/s$/, '')))
        spans.push([at + item.length - noun.length, at + item.length]);
    }
  }
  return spans;
}

/** An item of a list of what to see that is a measure ("number of orders", "total spend", "how many logins"). */
const MEASURE_ITEM =
  /^(?:number|count|total|sum|average|avg|mean|median|max(?:imum)?|min(?:imum)?|how\s+many|share|percent(?:age)?)\b/i;
/** "on which files", "for which app", ", which user", "+ what process": a question about each row, after a preposition or opening a clause. */
const ASKED_WHICH =
  /(?:\b(?:for|on|to|against|from|into|in|of|with|by|under)\s+|[,;:–+&-]\s*(?:and\s+)?|\band\s+)(?:which|what)\s+(?:the\s+)?([a-z][\w-]{1,30})\b(?:\s+([a-z][\w-]{1,30})\b)?/gi;
/** "who initiated it", "who changed them", "who ran …": a question of who acted, not after "by" or "to". */
const WHO_DID =
  /(?<!\b(?:by|to|from|for)\s+)\bwho\s+(?:(?:has|had|have|was|were)\s+)?(?:[a-z]{2,20}ed|did|made|ran|sent|set|gave|shared|took|wrote|began|started)\b/i;
/** "which program made the lookups", "what binary did it": the process, where no column is called so. */
const PROGRAM_NOUN = /^(?:programs?|binar(?:y|ies)|executables?|exes?)$/i;
/** What an action is done to: an audit record names it among its targets when no column of its own holds it. */
const TARGET_NOUN =
  /^(?:apps?|applications?|files?|documents?|resources?|objects?|groups?|roles?|polic(?:y|ies)|sites?|folders?|mailbox(?:es)?|service\s+principals?)$/i;

/** "who (email)", "which customer (name)": a column in brackets after the question of who or which one. */
const ASKED_BY_BRACKET = new RegExp(
  String.raw`\b(?:who|whom|which\s+[a-z][\w-]{1,30})\s*\(\s*(${SHOWN_ITEM})\s*\)`,
  'gi',
);

/** The question words {@link ASKED_WHICH} needs one of: a cheap test before it. */
const SAYS_WHICH = /\b(?:which|what)\b/i;

/** Characters of a question read for a list of what to see. */
const MAX_SHOWN_TEXT = 1_000;

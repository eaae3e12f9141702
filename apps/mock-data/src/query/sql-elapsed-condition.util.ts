import { momentColumn } from './sql-elapsed.util';
import { intervalText } from './time-range.util';

/** How long between two moments of each row a question asks for, as a condition on the rows. */
export interface ElapsedCondition {
  /** The later moment, in the question's words ("paid"). */
  readonly end: string;
  /** The earlier moment ("issued"). */
  readonly start: string;
  readonly operator: '>' | '>=' | '<' | '<=';
  readonly seconds: number;
  readonly expression: string;
}

const UNIT_SECONDS: Readonly<Record<string, number>> = { minute: 60, hour: 3_600, day: 86_400, week: 604_800 };
const COMPARED: ReadonlyArray<readonly [RegExp, ElapsedCondition['operator']]> = [
  [/^(?:at\s+least|no\s+less\s+than|or\s+more)$/, '>='],
  [/^(?:within|at\s+most|no\s+more\s+than|up\s+to|or\s+less)$/, '<='],
  [/^(?:less\s+than|under|fewer\s+than|sooner\s+than)$/, '<'],
];

/**
 * "paid more than 30 days after they were issued", "shipped within 2 days of being ordered", "resolved over 48
 * hours after it was opened": a moment of each row compared with another of the same row plus a duration. The
 * verb before the comparison is the later moment, the verb or noun after "after"/"of"/"from" the earlier one.
 */
const ELAPSED_CONDITION =
  /\b([a-z]{3,20})\s+(?:only\s+)?(more\s+than|over|longer\s+than|at\s+least|no\s+less\s+than|within|at\s+most|no\s+more\s+than|up\s+to|less\s+than|under|fewer\s+than|sooner\s+than)?\s*(\d{1,4})(\+?)\s*(minute|hour|day|week)s?\s+(or\s+more\s+|or\s+less\s+)?(?:after|past|from|since|of)\s+(?:(?:they|it|each|the\s+[a-z]{3,20}|its|their)\s+(?:was|were|had\s+been|has\s+been|got|being)\s+|being\s+|getting\s+)?(?:the\s+|its\s+|their\s+)?([a-z]{3,20})\b/i;

const COMPARISON = String.raw`(more\s+than|over|longer\s+than|at\s+least|no\s+less\s+than|within|at\s+most|no\s+more\s+than|up\s+to|less\s+than|under|fewer\s+than|sooner\s+than)`;
/** "took more than 45 days to get paid", "needed over 2 hours to be resolved": from the row's own time to the moment. */
const TOOK = new RegExp(
  String.raw`\b(?:took|takes|taking|take|needed|needing|required)\s+${COMPARISON}\s+(\d{1,4})\s*(minute|hour|day|week)s?\s+(?:for\s+(?:it|them|the\s+[a-z]{3,20})\s+)?to\s+(?:get\s+|be\s+|being\s+)?([a-z]{3,20})\b`,
  'i',
);
/** "more than 30 days between issue and payment": the first moment named is the earlier one. */
const BETWEEN = new RegExp(
  String.raw`\b${COMPARISON}\s+(\d{1,4})\s*(minute|hour|day|week)s?\s+(?:passed\s+|elapsed\s+|went\s+by\s+)?between\s+(?:the\s+|its\s+|their\s+)?([a-z]{3,20})\s+(?:date\s+|time\s+)?and\s+(?:the\s+|its\s+|their\s+)?([a-z]{3,20})\b`,
  'i',
);

function operatorOf(said: string): ElapsedCondition['operator'] {
  const words = said.trim().toLowerCase().replace(/\s+/g, ' ');
  return COMPARED.find(([pattern]) => pattern.test(words))?.[1] ?? '>';
}

/** The other ways of saying it: "took more than N days to <verb>", "more than N days between <a> and <b>". */
function otherWording(text: string): ElapsedCondition | null {
  const took = TOOK.exec(text);
  if (took)
    return {
      end: took[4]!.toLowerCase(),
      start: '',
      operator: operatorOf(took[1]!),
      seconds: Number(took[2]) * UNIT_SECONDS[took[3]!.toLowerCase()]!,
      expression: took[0],
    };
  const between = BETWEEN.exec(text);
  if (between)
    return {
      end: between[5]!.toLowerCase(),
      start: between[4]!.toLowerCase(),
      operator: operatorOf(between[1]!),
      seconds: Number(between[2]) * UNIT_SECONDS[between[3]!.toLowerCase()]!,
      expression: between[0],
    };
  return null;
}

/** Words before the comparison that are no moment of the row ("more than", "any"). */
const NOT_A_MOMENT =
  /^(?:more|than|over|least|most|within|under|less|only|were|was|are|is|been|that|which|and|any|all)$/i;

/** The time between two moments of each row a question sets as a condition, or null. */
export function readElapsedCondition(question: string): ElapsedCondition | null {
  const text = question.slice(0, 1_000);
  const m = ELAPSED_CONDITION.exec(text);
  // A comparison is said ("more than 30 days", "30+ days", "30 days or more"): "30 days after" alone is a window.
  if (!m || NOT_A_MOMENT.test(m[1]!) || (!m[2] && !m[4] && !m[6])) return otherWording(text);
  const operator = operatorOf(m[6] ?? m[2] ?? 'or more');
  // "within 2 days of" is the only reading of a bare "of"; "more than 2 days of data" is no moment.
  if (/\sof\s/i.test(m[0]) && operator !== '<=' && operator !== '<') return null;
  return {
    end: m[1]!.toLowerCase(),
    start: m[7]!.toLowerCase(),
    operator,
    seconds: Number(m[3]) * UNIT_SECONDS[m[5]!.toLowerCase()]!,
    expression: m[0],
  };
}

/**
 * The WHERE term of the condition on a table's columns (`i.paid_at > i.issued_at + INTERVAL '30 days'`), or null
 * when the table has no two distinct time columns the moments name. An earlier moment not said is the row's own
 * time (`ownTime`: "took 45 days to get paid" counts from when the invoice was issued).
 */
export function elapsedConditionClause(
  condition: ElapsedCondition,
  columns: readonly string[],
  alias: string,
  ownTime?: string,
): string | null {
  const end = momentColumn(columns, condition.end);
  const start = condition.start ? momentColumn(columns, condition.start) : ownTime;
  if (!end || !start || end === start) return null;
  return `${alias}.${end} ${condition.operator} ${alias}.${start} + INTERVAL '${intervalText(condition.seconds)}'`;
}

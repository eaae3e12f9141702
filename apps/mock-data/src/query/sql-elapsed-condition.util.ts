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

/** Words before the comparison that are no moment of the row ("more than", "any"). */
const NOT_A_MOMENT =
  /^(?:more|than|over|least|most|within|under|less|only|were|was|are|is|been|that|which|and|any|all)$/i;

/** The time between two moments of each row a question sets as a condition, or null. */
export function readElapsedCondition(question: string): ElapsedCondition | null {
  const m = ELAPSED_CONDITION.exec(question.slice(0, 1_000));
  // A comparison is said ("more than 30 days", "30+ days", "30 days or more"): "30 days after" alone is a window.
  if (!m || NOT_A_MOMENT.test(m[1]!) || (!m[2] && !m[4] && !m[6])) return null;
  const said = (m[6] ?? m[2] ?? 'or more').trim().toLowerCase().replace(/\s+/g, ' ');
  const operator = COMPARED.find(([pattern]) => pattern.test(said))?.[1] ?? '>';
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
 * when the table has no two distinct time columns the moments name.
 */
export function elapsedConditionClause(
  condition: ElapsedCondition,
  columns: readonly string[],
  alias: string,
): string | null {
  const end = momentColumn(columns, condition.end);
  const start = momentColumn(columns, condition.start);
  if (!end || !start || end === start) return null;
  return `${alias}.${end} ${condition.operator} ${alias}.${start} + INTERVAL '${intervalText(condition.seconds)}'`;
}

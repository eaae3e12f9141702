import type { MeasureKind } from '@mesh/a2a-contracts';

/** What the verb is done to, in one or two words after it ("to pay invoices", "to ship their orders"): passed over. */
const NOT_OBJECT = String.raw`(?!(?:per|by|for|in|since|over|during|grouped|broken|across|each|this|last|and)\b)`;
const OBJECT = String.raw`(?:\s+(?:(?:their|the|an?|its)\s+)?${NOT_OBJECT}[a-z][\w-]{2,30}(?:\s+${NOT_OBJECT}[a-z][\w-]{2,30})?)?`;

/**
 * "average days to pay", "avg days between invoice issue and payment", "median hours from signup to first order",
 * "the longest time between creation and shipping": a measure of the time elapsed between two moments of each row.
 */
const ELAPSED = new RegExp(
  String.raw`\b(average|avg|mean|median|typical|max(?:imum)?|longest|min(?:imum)?|shortest)\s+(?:number\s+of\s+)?(days|hours|minutes|weeks|time)\s+` +
    String.raw`(?:(?:it\s+)?(?:takes?|took|taken|needed|elapsed|spent)\s+)?` +
    String.raw`(?:between\s+(.{2,60}?)\s+and\s+(.{2,60}?)|from\s+(.{2,60}?)\s+(?:to|until|till)\s+(.{2,60}?)|(?:to|until|till|before)\s+(?:get\s+|be\s+|being\s+)?([a-z][\w-]{1,30})${OBJECT})` +
    String.raw`(?=\s*(?:[,.;:?!()]|-\s|$)|\s+(?:per|by|for|in|since|over|during|grouped|broken|across|each|this|last|and\s+(?:the|by|per|group))\b)`,
  'i',
);

/** The aggregate a word asks of a span of time ("average days", "longest time"); shared with the lateness reader. */
export const TIME_MEASURE_KINDS: Readonly<Record<string, MeasureKind>> = {
  average: 'avg',
  avg: 'avg',
  mean: 'avg',
  typical: 'avg',
  median: 'median',
  max: 'max',
  maximum: 'max',
  longest: 'max',
  min: 'min',
  minimum: 'min',
  shortest: 'min',
};

/** Words that only stand between the events' names ("an invoice being issued", "it being paid"). */
const FILLER = /\b(?:an?|the|it|its|their|being|been|is|was|were|gets?|got|getting|first|of|each|every)\b/gi;

export interface ElapsedMeasure {
  readonly kind: MeasureKind;
  /** "days from issued to paid", "hours to shipped": the unit, the start when said, and the end, in the question's words. */
  readonly of: string;
}

function eventWords(phrase: string): string {
  return phrase.replace(FILLER, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * "On average, how many days does it take customers to pay?", "how long does it typically take to ship an
 * order", "how many days did customers in each country take to pay": the same measure asked as a question, the unit in "how many <unit>" (days for "how long").
 */
const HOW_LONG =
  /\b(?:(on\s+average|average|avg|mean|median|typically)\b[\s,:;-]*)?how\s+(?:many\s+(days|hours|minutes|weeks)|long)\s+(?:does|did|do|will|would)\s+(?:it|(?:[\w-]+\s+){0,5}?[\w-]+)\s+(?:usually\s+|typically\s+|normally\s+)?take\s+(?:[\w-]+\s+){0,3}?to\s+(?:get\s+|be\s+)?([a-z][\w-]{1,30})\b/i;

function howLong(text: string): ElapsedMeasure | null {
  const m = HOW_LONG.exec(text);
  if (!m) return null;
  const kind = /median/i.test(m[1] ?? '') ? 'median' : 'avg';
  return { kind, of: `${(m[2] ?? 'days').toLowerCase()} to ${m[3]!.toLowerCase()}` };
}

/** The time between two moments of each row a question measures ("average days to pay"), or null. */
export function readElapsedMeasure(text: string): ElapsedMeasure | null {
  const m = ELAPSED.exec(text.slice(0, 1_000));
  if (!m) return howLong(text.slice(0, 1_000));
  const kind = TIME_MEASURE_KINDS[m[1]!.toLowerCase()]!;
  const unit = m[2]!.toLowerCase() === 'time' ? 'days' : m[2]!.toLowerCase();
  const from = m[3] ?? m[5];
  const to = eventWords((m[4] ?? m[6] ?? m[7])!);
  if (!to) return null;
  const start = from ? eventWords(from) : '';
  return { kind, of: start ? `${unit} from ${start} to ${to}` : `${unit} to ${to}` };
}

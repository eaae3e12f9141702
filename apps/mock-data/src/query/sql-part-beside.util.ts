/**
 * "how much we billed in May and how much of it is already settled", "the total billed, and the part of that
 * which was paid", "revenue booked vs the amount refunded": the whole measured and, beside it, the part of it in
 * one state. The state is group 1: a participle or a state word, after up to three words of tense or "already".
 */
const PART_BESIDE =
  /\b(?:and|vs\.?|versus|against|with|plus)\s+(?:how\s+much|how\s+many|the\s+(?:part|portion|bit|amount|sum|share|number)|what)\s+(?:of\s+(?:it|that|this|them|those|these|which)\s+)?(?:(?:that|which|is|was|were|are|has|have|had|been|got|already|actually|now|since|by\s+now)\s+){0,3}([a-z]{2,20}(?:ed|id)|overdue|outstanding|unpaid|open|due|done|sent|sold|won|lost)\b/i;

/**
 * "invoiced vs paid", "total billed and total collected": a money state said bare beside the whole, which a
 * participle or a word of an amount says just before (group 1); "unpaid and overdue" is two states of the rows.
 */
const MONEY_STATE_BESIDE =
  /\b(?:[a-z]{2,20}ed|total|amount|sum|revenue|sales|value)\s+(?:and|vs\.?|versus|against|plus)\s+(?:(?:the\s+)?(?:total|amount|sum|value)\s+)?(paid|settled|collected|received|unpaid|outstanding|overdue)\b/i;

/**
 * "the number of active users per department, together with how many of them hold the 'manager' role", "… and how many
 * of those are 'premium'": the part of the rows counted that holds a value the question names (group 1).
 */
const VALUE_PART_BESIDE =
  /\b(?:and|with|together\s+with|along\s+with|alongside|plus)\s+how\s+many\s+of\s+(?:them|those|these)\s+(?:hold|holds|have|has|are|is|were|was)\s+(?:the\s+|a\s+|an\s+)?['"\u2018\u201c]?([\w-]{2,30})\b/i;

/** Characters of a question read for the part said beside the whole. */
const MAX_TEXT = 2_000;

/** A state of being settled, said of money: paid ("collected", "received", "settled"). */
const SETTLED = /^(?:paid|settled|collected|received|cleared)$/i;

/** The part of the whole said beside it: its state word as written, and whether it says money settled. */
export interface PartBeside {
  readonly state: string;
  readonly settled: boolean;
}

/** The part of a measured whole the question asks beside it (see {@link PART_BESIDE}), or null. */
export function readPartBeside(question: string): PartBeside | null {
  const text = question.slice(0, MAX_TEXT);
  const m = PART_BESIDE.exec(text) ?? MONEY_STATE_BESIDE.exec(text) ?? VALUE_PART_BESIDE.exec(text);
  if (!m) return null;
  const state = m[1]!.toLowerCase();
  return { state, settled: SETTLED.test(state) };
}

/** Whether a filter's value or words say the part's state ("paid" for "paid"; "settled" read as paid too). */
export function saysPartState(part: PartBeside, values: readonly string[], expression: string): boolean {
  const said = [...values, expression].map((v) => v.toLowerCase().trim());
  return said.includes(part.state) || (part.settled && said.some((v) => SETTLED.test(v)));
}

/** A single aggregate call ("SUM(i.amount)", "COUNT(*)") that a FILTER clause can follow. */
const PLAIN_AGGREGATE = /^(?:SUM|COUNT|AVG|MIN|MAX)\((?:DISTINCT\s+)?[\w.*]+(?:\s*\*\s*[\w.]+)?\)$/;

/** The measure over the part only ("SUM(i.amount) FILTER (WHERE …)"), or null when the measure is no single aggregate. */
export function measureOfPart(measure: string, clauses: readonly string[]): string | null {
  return clauses.length > 0 && PLAIN_AGGREGATE.test(measure)
    ? `${measure} FILTER (WHERE ${clauses.join(' AND ')})`
    : null;
}

import type { TableColumns } from './column-mapper';
import { isFunctionWord } from './function-words';
import type { SpanSet, ValueHit } from './value-hit';

/** A lower-case past participle and the noun after it ("escalated tickets", "voided invoices"). */
const PARTICIPLE_BEFORE_NOUN = /(?<![\w'’-])([a-z]{3,20}ed)\s+([a-z]{3,30})\b/g;
/** The noun, then a participle said of it ("invoices that are escalated", "tickets were voided"). */
const NOUN_THEN_PARTICIPLE =
  /(?<![\w'’-])([a-z]{3,30})\s+(?:(?:that|which)\s+)?(?:are|were|is|was|got|get|have\s+been|has\s+been|had\s+been)\s+([a-z]{3,20}ed)\b/g;
/** Participles that describe how rows are picked or linked, not a state a row is in. */
const NOT_A_STATE =
  /^(?:selected|listed|related|associated|combined|detailed|named|linked|mentioned|affected|impacted|involved|compared|filtered|sorted|grouped|matched|specified|requested|needed|used|unused|placed|recorded|logged|registered|stored|saved|included|excluded|based|aggregated|expected|estimated|missed|owned|shared|added|allowed)$/;
/**
 * States said as an adjective or an '-ing' word rather than a participle ("void invoices", "orders still processing"),
 * a state of two words however it is joined ("on hold", "on-hold", "past_due"), or any state written as a code with
 * underscores ("awaiting_payment"), the spelling a status column keeps.
 */
const STATE_WORD = String.raw`(void|lost|draft|processing|pending|open|overdue|backordered|on[\s_-]?hold|past[\s_-]due|in[\s_-]transit|[a-z][a-z0-9]{1,19}(?:_[a-z0-9]{1,20}){1,3})`;
/** Verbs of rows left in a state ("orders sitting in review", "claims parked as draft"). */
const LEFT_IN = String.raw`(?:(?:still|currently|now)\s+)?(?:(?:sitting|sat|stuck|parked|lying|waiting|held|left)\s+)?`;
/** A state word before the noun it qualifies ("draft quotes", "lost shipments"). */
const STATE_BEFORE_NOUN = new RegExp(String.raw`(?<![\w'’-])${STATE_WORD}\s+([a-z]{3,30})\b`, 'gi');
/**
 * The noun, then a state word after "still", "stuck in", "sitting in", "in", "marked as" ("orders still processing",
 * "quotes stuck in draft", "claims sitting in review_pending", "bills marked void"); "on hold" needs none ("orders on
 * hold", "orders sitting on-hold").
 */
const NOUN_THEN_STATE = new RegExp(
  String.raw`(?<![\w'’-])([a-z]{3,30})\s+(?:(?:that|which)\s+)?(?:(?:are|is|were|was)\s+)?(?:${LEFT_IN}(?:in\s+|(?:marked|flagged|set)\s+(?:as\s+|to\s+)?)|(?:still|currently)\s+|${LEFT_IN}(?=on[\s_-]?hold\b))(?:the\s+)?${STATE_WORD}\b`,
  'gi',
);
/** A state given after the word status ("with status lost", "whose status is draft"); "state" may be a place. */
const STATE_AFTER_COLUMN =
  /\b(?:with|having|in|whose|where)\s+(?:an?\s+|the\s+)?status\s*(?:=\s*|:\s*|is\s+|of\s+)?([a-z]{3,20})\b/gi;
/** Words after "status" that say something of the column, not a value of it. */
const NOT_A_STATE_VALUE =
  /^(?:changes?|changed|column|field|codes?|history|updates?|updated|values?|flags?|counts?|breakdown|report|set|not|unknown)$/;
/** A column holding a row's state. */
const STATE_COLUMN = /^(?:status|state)$/i;

/**
 * "escalated tickets", "voided invoices", "invoices that were voided": a past participle said of the noun of a
 * chosen table with a status column is a state of its rows, a `text` value with that column as its hint. A participle that names a time
 * column of the table (`shipped` beside `shipped_at`) says when, not which state.
 */
export function readParticipleStates(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  // Every state is a value of a status column: with no chosen table that keeps one, no pattern is tried.
  if (!tables.some((t) => t.columns.some((c) => STATE_COLUMN.test(c)))) return hits;
  PARTICIPLE_BEFORE_NOUN.lastIndex = 0;
  for (let m = PARTICIPLE_BEFORE_NOUN.exec(text); m !== null; m = PARTICIPLE_BEFORE_NOUN.exec(text)) {
    // The noun goes back to the scan: it may open the next pair ("refunded orders").
    PARTICIPLE_BEFORE_NOUN.lastIndex = m.index + m[1]!.length;
    const hit = stateHit(m[1]!, m[2]!, m.index, tables, taken);
    if (hit) hits.push(hit);
  }
  NOUN_THEN_PARTICIPLE.lastIndex = 0;
  for (let m = NOUN_THEN_PARTICIPLE.exec(text); m !== null; m = NOUN_THEN_PARTICIPLE.exec(text)) {
    const hit = stateHit(m[2]!, m[1]!, m.index + m[0].length - m[2]!.length, tables, taken);
    if (hit) hits.push(hit);
  }
  hits.push(...readStateWords(text, tables, taken));
  return hits;
}

/**
 * "void invoices", "orders still processing", "with status lost": a state word said of the noun of a table
 * with a status column, or any word given after "status", as that column's value (`text`, the column as hint).
 */
function readStateWords(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  const add = (word: string, noun: string | null, start: number) => {
    const value = stateValue(word);
    const hit =
      noun === null
        ? anyStateHit(value, start, word.length, tables, taken)
        : stateHit(value, noun, start, tables, taken, word.length);
    if (hit) hits.push(hit);
  };
  STATE_BEFORE_NOUN.lastIndex = 0;
  for (let m = STATE_BEFORE_NOUN.exec(text); m !== null; m = STATE_BEFORE_NOUN.exec(text)) add(m[1]!, m[2]!, m.index);
  NOUN_THEN_STATE.lastIndex = 0;
  for (let m = NOUN_THEN_STATE.exec(text); m !== null; m = NOUN_THEN_STATE.exec(text))
    add(m[2]!, m[1]!, m.index + m[0].length - m[2]!.length);
  STATE_AFTER_COLUMN.lastIndex = 0;
  for (let m = STATE_AFTER_COLUMN.exec(text); m !== null; m = STATE_AFTER_COLUMN.exec(text)) {
    const word = m[1]!.toLowerCase();
    if (!isFunctionWord(word) && !NOT_A_STATE_VALUE.test(word)) add(m[1]!, null, m.index + m[0].length - m[1]!.length);
  }
  return hits;
}

/** A state word in the spelling a status column keeps ("On Hold" → "on_hold", "past-due" → "past_due"). */
function stateValue(word: string): string {
  const lower = word.toLowerCase();
  return /^on\s*hold$/.test(lower) ? 'on_hold' : lower.replace(/[\s-]+/g, '_');
}

/** The state at `start` on the first chosen table with a status column; null when none has one. */
function anyStateHit(
  value: string,
  start: number,
  length: number,
  tables: readonly TableColumns[],
  taken: SpanSet,
): ValueHit | null {
  const table = tables.find((t) => t.columns.some((c) => STATE_COLUMN.test(c)));
  return table ? stateHit(value, table.table, start, tables, taken, length) : null;
}

/** The participle at `start` as a state of the table the noun names, when that table keeps one; null otherwise. */
function stateHit(
  participle: string,
  noun: string,
  start: number,
  tables: readonly TableColumns[],
  taken: SpanSet,
  length = participle.length,
): ValueHit | null {
  const singular = noun.toLowerCase().replace(/s$/, '');
  const table = tables.find((t) => t.table.toLowerCase().replace(/s$/, '') === singular);
  const column = table?.columns.find((c) => STATE_COLUMN.test(c));
  if (!table || !column || NOT_A_STATE.test(participle)) return null;
  if (table.columns.some((c) => c.toLowerCase().startsWith(participle))) return null;
  // "orders in created_at order": a code naming a column of any chosen table is that column, not a state.
  if (tables.some((t) => t.columns.some((c) => c.toLowerCase() === participle))) return null;
  const end = start + length;
  if (taken.overlaps(start, end)) return null;
  taken.add(start, end);
  return { kind: 'text', value: participle, start, end, hint: `${table.table}.${column}` };
}

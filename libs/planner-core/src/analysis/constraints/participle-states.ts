import type { TableColumns } from './column-mapper';
import type { SpanSet, ValueHit } from './value-hit';

/** A lower-case past participle and the noun after it ("escalated tickets", "voided invoices"). */
const PARTICIPLE_BEFORE_NOUN = /(?<![\w'’-])([a-z]{3,20}ed)\s+([a-z]{3,30})\b/g;
/** The noun, then a participle said of it ("invoices that are escalated", "tickets were voided"). */
const NOUN_THEN_PARTICIPLE =
  /(?<![\w'’-])([a-z]{3,30})\s+(?:(?:that|which)\s+)?(?:are|were|is|was|got|get|have\s+been|has\s+been|had\s+been)\s+([a-z]{3,20}ed)\b/g;
/** Participles that describe how rows are picked or linked, not a state a row is in. */
const NOT_A_STATE =
  /^(?:selected|listed|related|associated|combined|detailed|named|linked|mentioned|affected|impacted|involved|compared|filtered|sorted|grouped|matched|specified|requested|needed|used|unused|placed|recorded|logged|registered|stored|saved|included|excluded|based|aggregated|expected|estimated|missed|owned|shared|added|allowed)$/;
/** A column holding a row's state. */
const STATE_COLUMN = /^(?:status|state)$/i;

/**
 * "escalated tickets", "voided invoices", "invoices that were voided": a past participle said of the noun of a
 * chosen table with a status column is a state of its rows, a `text` value with that column as its hint. A participle that names a time
 * column of the table (`shipped` beside `shipped_at`) says when, not which state.
 */
export function readParticipleStates(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
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
  return hits;
}

/** The participle at `start` as a state of the table the noun names, when that table keeps one; null otherwise. */
function stateHit(
  participle: string,
  noun: string,
  start: number,
  tables: readonly TableColumns[],
  taken: SpanSet,
): ValueHit | null {
  const singular = noun.replace(/s$/, '');
  const table = tables.find((t) => t.table.toLowerCase().replace(/s$/, '') === singular);
  const column = table?.columns.find((c) => STATE_COLUMN.test(c));
  if (!table || !column || NOT_A_STATE.test(participle)) return null;
  if (table.columns.some((c) => c.toLowerCase().startsWith(participle))) return null;
  const end = start + participle.length;
  if (taken.overlaps(start, end)) return null;
  taken.add(start, end);
  return { kind: 'text', value: participle, start, end, hint: `${table.table}.${column}` };
}

import type { TableColumns } from './column-mapper';
import type { SpanSet, ValueHit } from './value-hit';

/** A lower-case past participle and the noun after it ("escalated tickets", "voided invoices"). */
const PARTICIPLE_BEFORE_NOUN = /(?<![\w'’-])([a-z]{3,20}ed)\s+([a-z]{3,30})\b/g;
/** Participles that describe how rows are picked or linked, not a state a row is in. */
const NOT_A_STATE =
  /^(?:selected|listed|related|associated|combined|detailed|named|linked|mentioned|affected|impacted|involved|compared|filtered|sorted|grouped|matched|specified|requested|needed|used|unused|placed|recorded|logged|registered|stored|saved|included|excluded|based|aggregated|expected|estimated|missed|owned|shared|added|allowed)$/;
/** A column holding a row's state. */
const STATE_COLUMN = /^(?:status|state)$/i;

/**
 * "escalated tickets", "voided invoices": a past participle before the noun of a chosen table with a status
 * column is a state of its rows, a `text` value with that column as its hint. A participle that names a time
 * column of the table (`shipped` beside `shipped_at`) says when, not which state.
 */
export function readParticipleStates(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  PARTICIPLE_BEFORE_NOUN.lastIndex = 0;
  for (let m = PARTICIPLE_BEFORE_NOUN.exec(text); m !== null; m = PARTICIPLE_BEFORE_NOUN.exec(text)) {
    const participle = m[1]!;
    const noun = m[2]!.replace(/s$/, '');
    // The noun goes back to the scan: it may open the next pair ("refunded orders").
    PARTICIPLE_BEFORE_NOUN.lastIndex = m.index + participle.length;
    const table = tables.find((t) => t.table.toLowerCase().replace(/s$/, '') === noun);
    const column = table?.columns.find((c) => STATE_COLUMN.test(c));
    if (!table || !column || NOT_A_STATE.test(participle)) continue;
    if (table.columns.some((c) => c.toLowerCase().startsWith(participle))) continue;
    const end = m.index + participle.length;
    if (taken.overlaps(m.index, end)) continue;
    hits.push({ kind: 'text', value: participle, start: m.index, end, hint: `${table.table}.${column}` });
    taken.add(m.index, end);
  }
  return hits;
}

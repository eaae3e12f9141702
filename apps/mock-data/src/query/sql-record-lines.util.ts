import { compactName } from './column-kinds';
import type { SqlSchema } from './schema';
import { childrenOf, reachableParents } from './sql-relations.util';
import { singular } from './text-signals.util';

/** A line's count of units, which marks a table of a record's lines whatever it is named. */
const UNITS_COLUMN = /^(?:quantity|qty|units|unit_count)$/;

/**
 * "what was on invoice 31", "what did basket 7 contain", "the contents of shipment 9", "items in booking 12":
 * words asking what a record holds; the record's noun `[1]`.
 */
const CONTENTS_OF =
  /\b(?:what\s+(?:was|were|is|are)\s+(?:on|in)|what\s+did(?=\s+(?:the\s+)?[a-z_]+\s+(?:no\.?\s*|number\s+|#\s*)?[\w-]*\d[\w-]*\s+(?:contain|include|have|hold)\b)|contents?\s+of|(?:items?|lines?|products?|articles?)\s+(?:on|in|of|from))\s+(?:the\s+|that\s+|this\s+)?([a-z][a-z_]{1,30})\b/i;

/**
 * The tables of a record's lines: tables that reference it and are named for it (`basket_items` of baskets) or
 * count units (a quantity column).
 */
function linesOf(record: string, schema: SqlSchema): string[] {
  const name = singular(compactName(record));
  return childrenOf(record, schema)
    .map((edge) => edge.from)
    .filter(
      (t) => compactName(t).startsWith(name) || (schema.tables[t] ?? []).some((column) => UNITS_COLUMN.test(column)),
    );
}

/**
 * A list of what a filtered record holds is the rows of its lines, not the record's own row: "what was on order
 * 12", or one that asks to see columns the record cannot reach but its lines can ("… - product name and quantity":
 * order_items, with products joined). `records` are the tables the filters are on, `shown` those of the columns asked
 * for; undefined when neither is said.
 */
export function recordLinesTable(
  records: readonly string[],
  shown: readonly string[],
  schema: SqlSchema,
  question: string,
): string | undefined {
  const asked = CONTENTS_OF.exec(question)?.[1];
  for (const record of records) {
    const lines = linesOf(record, schema);
    if (lines.length === 0) continue;
    if (asked && singular(compactName(asked)) === singular(compactName(record))) return lines[0];
    const own = reachableParents(record, schema);
    const unreached = shown.filter((t) => !own.has(t));
    const reaching = lines.find((t) => {
      const reach = reachableParents(t, schema);
      return unreached.length > 0 && unreached.every((s) => reach.has(s));
    });
    if (reaching) return reaching;
  }
  return undefined;
}

/** Whether `fact` is the lines table of one of the filtered `records` (order_items of orders). */
export function isLinesOf(fact: string, records: readonly string[], schema: SqlSchema): boolean {
  return records.some((record) => linesOf(record, schema).includes(fact));
}

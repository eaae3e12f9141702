import { compactName } from './column-kinds';
import type { ConstraintFilter, QueryConstraints } from './constraints';
import type { SqlSchema } from './schema';
import { childrenOf, parentsOf } from './sql-relations.util';

/**
 * A column's word said right before a quoted value ("category 'Garden'", "(tier = 'Gold')", "region: 'North'"):
 * the word `[1]`, the value `[2]`.
 */
const COLUMN_BEFORE_QUOTED = /\b([a-z][a-z_]{2,30})\s*(?:[:=]\s*|\s+(?:is|of)\s+)?['‘"“]([^'’"”]{1,80})['’"”]/gi;
/** Characters of a question read for {@link COLUMN_BEFORE_QUOTED}. */
const MAX_GLOSS_TEXT = 2_000;

/** Whether a table takes part in a join: it references another, or another references it. */
function linked(table: string, schema: SqlSchema): boolean {
  return parentsOf(table, schema).length > 0 || childrenOf(table, schema).length > 0;
}

/**
 * The one `table.column` a column's word names across the whole database, among the tables that take part in a
 * join (a table of its own, such as a budget sheet, reaches no rows asked about); undefined when none or several do.
 */
function linkedColumnNamed(word: string, schema: SqlSchema): string | undefined {
  const key = compactName(word);
  const found = Object.entries(schema.tables).flatMap(([table, columns]) => {
    const column = columns.find((c) => compactName(c) === key);
    return column && linked(table, schema) ? [`${table}.${column}`] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * "clients who bought gift boxes (category 'Gifts')": a quoted value the planner placed on no column, said just
 * after a column's word, is that column's value, on the table of the database that has the column and joins the
 * rest (products.category), whether or not the planner chose that table; the fact then reaches it by a join.
 * Constraints without such a filter are kept as they are.
 */
export function withGlossedValues(c: QueryConstraints, schema: SqlSchema, question: string): QueryConstraints {
  const unplaced = c.filters.filter((f) => f.kind === 'text' && f.field === null && f.values.length === 1);
  if (unplaced.length === 0) return c;
  const placed = new Map<ConstraintFilter, ConstraintFilter>();
  for (const m of question.slice(0, MAX_GLOSS_TEXT).matchAll(COLUMN_BEFORE_QUOTED)) {
    const [word, value] = [m[1]!, m[2]!.trim()];
    const filter = unplaced.find((f) => f.values[0]!.toLowerCase() === value.toLowerCase() && !placed.has(f));
    const field = filter ? linkedColumnNamed(word, schema) : undefined;
    if (filter && field) placed.set(filter, { ...filter, operator: 'eq', values: [value], field });
  }
  return placed.size === 0 ? c : { ...c, filters: c.filters.map((f) => placed.get(f) ?? f) };
}

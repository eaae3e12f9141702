/** Characters of the question read for a value said before a table's name. */
const MAX_TEXT = 1_000;

/** A snake_case value (`password_reset`, `out_of_stock`, quoted or not: `'login_failed'`) and the word after it. */
const VALUE_THEN_WORD = /(?<![\w.:/-])([a-z][a-z0-9]*(?:_[a-z0-9]+)+)['"`\u2019\u201d]?\s+([A-Za-z][A-Za-z_]*)\b/g;

/**
 * The table a snake_case value qualifies, said as "<value> <table>" ("how many refund_issued events",
 * "the backorder_pending orders"): a value of one of its columns (a type, a status), so that table is
 * what the question counts or lists, before any other its words reach. Matched against the names given,
 * in either number; null when no value is said so.
 */
export function tableQualifiedByValue(text: string, tables: readonly string[]): string | null {
  return tables.length < 2 ? null : qualifiedByValue(text, tables);
}

/**
 * The one of `tables` (any number of them) a snake_case value qualifies ("login_failed events" → `events`),
 * or null: a table whose rows the question names by the value of one of their columns names that table as
 * plainly as writing it out.
 */
export function qualifiedByValue(text: string, tables: readonly string[]): string | null {
  // A snake_case value holds an underscore: without one, no table is looked up.
  if (tables.length === 0 || !text.slice(0, MAX_TEXT).includes('_')) return null;
  const byName = new Map<string, string>();
  for (const table of tables) {
    const lower = table.toLowerCase();
    byName.set(lower, table);
    byName.set(lower.endsWith('s') ? lower.slice(0, -1) : `${lower}s`, table);
  }
  VALUE_THEN_WORD.lastIndex = 0;
  const slice = text.slice(0, MAX_TEXT);
  for (let m = VALUE_THEN_WORD.exec(slice); m !== null; m = VALUE_THEN_WORD.exec(slice)) {
    const table = byName.get(m[2]!.toLowerCase());
    if (table && !byName.has(m[1]!)) return table;
  }
  return null;
}

import { columnType, type SqlSchema } from './schema';
import { timeColumnOf } from './sql-relations.util';

/** A measure of the time between two moments of each row, as the planner words it ("days from issued to paid"). */
const ELAPSED_OF = /^(minutes|hours|days|weeks) (?:from (.+) )?to (.+)$/;
const UNIT_SECONDS: Readonly<Record<string, number>> = { minutes: 60, hours: 3_600, days: 86_400, weeks: 604_800 };
const MOMENT = /_(?:at|date|on|time)$/;

export interface ElapsedColumns {
  readonly table: string;
  readonly start: string;
  readonly end: string;
  readonly unit: string;
  readonly seconds: number;
}

/** The time column of a table one of the words names ("issue", "issued" → issued_at; "payment", "pay" → paid_at). */
export function momentColumn(columns: readonly string[], words: string): string | undefined {
  const moments = columns.filter((c) => MOMENT.test(c));
  for (const word of words
    .toLowerCase()
    .split(/[^a-z]+/)
    .reverse()) {
    if (word.length < 3) continue;
    const stem = /^pa(?:y|id)/.test(word) ? 'paid' : word.slice(0, 4);
    const column = moments.find((c) => c.replace(MOMENT, '').startsWith(stem));
    if (column) return column;
  }
  return undefined;
}

/**
 * The two time columns of one table an elapsed measure names ("days from issued to paid" → invoices.issued_at,
 * paid_at); the start not said is the table's own time ("days to pay" → from issued_at). Undefined when `of` is
 * no elapsed measure or no table holds both.
 */
export function elapsedColumns(
  of: string | null,
  tables: readonly string[],
  schema: SqlSchema,
): ElapsedColumns | undefined {
  const m = ELAPSED_OF.exec(of ?? '');
  if (!m) return undefined;
  for (const table of tables) {
    const columns = schema.tables[table] ?? [];
    const end = momentColumn(columns, m[3]!);
    const start = m[2] ? momentColumn(columns, m[2]) : timeColumnOf(table, schema);
    if (end && start && start !== end) return { table, start, end, unit: m[1]!, seconds: UNIT_SECONDS[m[1]!]! };
  }
  return undefined;
}

/** `EXTRACT(EPOCH FROM (end - start)) / seconds`, a date column read as a timestamp. */
export function elapsedExpression(elapsed: ElapsedColumns, alias: string, schema: SqlSchema): string {
  const ref = (column: string) =>
    /^date$/i.test(columnType(schema, elapsed.table, column) ?? '')
      ? `${alias}.${column}::timestamptz`
      : `${alias}.${column}`;
  return `EXTRACT(EPOCH FROM (${ref(elapsed.end)} - ${ref(elapsed.start)})) / ${elapsed.seconds}`;
}

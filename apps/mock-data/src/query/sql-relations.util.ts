import type { SqlSchema } from './schema';
import { singular } from './text-signals.util';

/** The primary key of a table: `<singular>_id` (customers → customer_id), else its first `*_id` column. */
export function primaryKey(table: string, schema: SqlSchema): string | undefined {
  const columns = schema.tables[table] ?? [];
  const own = `${singular(table.toLowerCase())}_id`;
  return columns.find((c) => c.toLowerCase() === own) ?? (columns[0]?.endsWith('_id') ? columns[0] : undefined);
}

/** A many-to-one step: `from.column` references `to`'s primary key. Joining it never repeats rows of `from`. */
export interface ManyToOne {
  readonly from: string;
  readonly to: string;
  readonly column: string;
}

/** The tables `table` references (its foreign keys by name), one hop. */
export function parentsOf(table: string, schema: SqlSchema): ManyToOne[] {
  const columns = schema.tables[table] ?? [];
  const own = primaryKey(table, schema);
  const out: ManyToOne[] = [];
  for (const other of Object.keys(schema.tables)) {
    if (other === table) continue;
    const key = primaryKey(other, schema);
    if (key && key !== own && columns.includes(key)) out.push({ from: table, to: other, column: key });
  }
  return out;
}

/** The tables that reference `table` (its children: one row of `table`, many of theirs). */
export function childrenOf(table: string, schema: SqlSchema): ManyToOne[] {
  return Object.keys(schema.tables).flatMap((other) => parentsOf(other, schema).filter((edge) => edge.to === table));
}

/**
 * Every table reachable from `fact` through many-to-one steps (at most `depth` hops), nearest
 * first, with the path that reaches it. Joining along these paths keeps one row per fact row.
 */
export function reachableParents(fact: string, schema: SqlSchema, depth = 2): Map<string, ManyToOne[]> {
  const paths = new Map<string, ManyToOne[]>([[fact, []]]);
  let frontier = [fact];
  for (let hop = 0; hop < depth; hop += 1) {
    const next: string[] = [];
    for (const table of frontier) {
      for (const edge of parentsOf(table, schema)) {
        if (paths.has(edge.to)) continue;
        paths.set(edge.to, [...paths.get(table)!, edge]);
        next.push(edge.to);
      }
    }
    frontier = next;
  }
  return paths;
}

/** Time columns, most meaningful first, per kind of table: an order's date, an invoice's issue date, an event's time. */
const TIME_PREFERENCE = ['occurred_at', 'ordered_at', 'order_date', 'issued_at', 'created_at'];

/** The column that dates a row of the table (the fact's own time, not a related table's). */
export function timeColumnOf(table: string, schema: SqlSchema): string | undefined {
  const columns = schema.tables[table] ?? [];
  return (
    TIME_PREFERENCE.find((c) => columns.includes(c)) ??
    columns.find((c) => c.endsWith('_at')) ??
    columns.find((c) => c.endsWith('_date'))
  );
}

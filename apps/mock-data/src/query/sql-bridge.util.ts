import { compactName } from './column-kinds';
import type { QueryConstraints } from './constraints';
import type { SqlSchema } from './schema';
import { parentsOf, reachableParents, timeColumnOf } from './sql-relations.util';
import { singular } from './text-signals.util';
import { fieldParts } from './field-parts.util';

/** The table a group key names: the table of its `table.column` field, else the table named by its kind. */
function tableOfKey(key: { kind: string; field: string | null }, schema: SqlSchema): string | undefined {
  const tables = Object.keys(schema.tables);
  const named = key.field ? fieldParts(key.field).table?.toLowerCase() : undefined;
  if (named) {
    const table = tables.find((t) => t.toLowerCase() === named);
    if (table) return table;
  }
  const word = singular(compactName(key.kind));
  return tables.find((t) => singular(compactName(t)) === word);
}

/** Whether a table's rows are dated: a time of their own, or one of a parent they reference. */
function dated(table: string, schema: SqlSchema): boolean {
  return (
    timeColumnOf(table, schema) !== undefined ||
    parentsOf(table, schema).some((edge) => timeColumnOf(edge.to, schema) !== undefined)
  );
}

/**
 * "products bought by the most different customers", "orders per product": a distinct count (or a count of the
 * fact's own rows) of one entity (customers) per another
 * (products) that the fact does not reach is read over the table that links both (order_items → orders → customers,
 * order_items → products), dated ones first, then the one with the fewest joins. So is one whose filter is on a
 * column of a table the fact does not reach ("clients who bought items of the category 'Garden'": products.category).
 * Undefined when the fact reaches every group and filtered table already, the measure is no distinct count, or no
 * table links them.
 */
export function bridgeTable(fact: string, c: QueryConstraints, schema: SqlSchema): string | undefined {
  const kind = c.measure?.kind;
  const filtered = c.filters.flatMap((f) => {
    const table = f.field ? tableOfKey({ kind: '', field: f.field }, schema) : undefined;
    return table ? [table] : [];
  });
  if ((kind !== 'distinct_count' && kind !== 'count') || !c.measure?.of) return undefined;
  if (c.groupBy.length === 0 && filtered.length === 0) return undefined;
  const reach = reachableParents(fact, schema, 2);
  // "orders per product": a count of the fact's own rows per a group it does not reach is a distinct count of them.
  const counted =
    kind === 'count'
      ? tableOfKey({ kind: c.measure.of, field: null }, schema)
      : tableOfKey({ kind: c.measure.of, field: c.measure.field }, schema);
  if (kind === 'count' && counted !== fact) return undefined;
  const groups = c.groupBy.map((key) => tableOfKey(key, schema));
  if (counted === undefined || groups.some((t) => t === undefined)) return undefined;
  const needed = [...new Set([counted, ...(groups as string[]), ...filtered])];
  if (needed.every((t) => t === fact || reach.has(t))) return undefined;
  const candidates = Object.keys(schema.tables)
    .filter((t) => t !== fact)
    .map((t) => ({ table: t, reach: reachableParents(t, schema, 2) }))
    .filter((x) => needed.every((n) => x.reach.has(n)))
    .map((x) => ({
      table: x.table,
      dated: dated(x.table, schema),
      hops: needed.reduce((sum, n) => sum + (x.reach.get(n)?.length ?? 0), 0),
    }))
    .sort((a, b) => Number(b.dated) - Number(a.dated) || a.hops - b.hops);
  return candidates[0]?.table;
}

import type { ConstraintFilter, GroupKey, Measure, QueryConstraints } from './constraints';

/** One table's share of a question that measures values of two tables ("invoice amount and order total"). */
export interface MeasuredApart {
  readonly table: string;
  readonly constraints: QueryConstraints;
}

/** Kinds of measure that can be taken over one table's rows and then set beside another table's. */
const APART_KINDS: ReadonlySet<string> = new Set(['sum', 'avg', 'count', 'distinct_count', 'min', 'max']);

function tableOf(field: string | null, tables: readonly string[]): string | undefined {
  const dot = field?.indexOf('.') ?? -1;
  return field && dot > 0 ? tables.find((t) => t === field.slice(0, dot)) : undefined;
}

/** A key kept for the other table by its kind only, when its column is of the table measured apart. */
function keyFor(key: GroupKey, other: string, tables: readonly string[]): GroupKey {
  return tableOf(key.field, tables) === other ? { kind: key.kind, field: null } : key;
}

/** Filters of the other measured table stay with it; filters of any third table (a customer's country) go to both. */
function filtersFor(filters: readonly ConstraintFilter[], other: string, tables: readonly string[]) {
  return filters.filter((f) => tableOf(f.field, tables) !== other);
}

/**
 * "invoice amount and order total per client", "order count and bill count by month": measures of two tables that
 * neither references row for row, so one join would repeat the rows of one of them (fan-out). Each table's measures
 * are taken apart, with the keys, the window and the filters that are not the other table's; null when all the
 * measures are of one table or the question also asks a threshold, a comparison or a share.
 */
export function measuresApart(c: QueryConstraints, tables: readonly string[]): MeasuredApart[] | null {
  if (c.measure === null || c.extraMeasures.length === 0) return null;
  if (c.having || c.comparison || c.difference || c.ratio || c.share || c.shareOfTotal || c.periodChange) return null;
  if (c.inactivity || c.absence) return null;
  const all: Measure[] = [c.measure, ...c.extraMeasures];
  if (!all.every((m) => APART_KINDS.has(m.kind) && tableOf(m.field, tables) !== undefined)) return null;
  const owners = [...new Set(all.map((m) => tableOf(m.field, tables)!))];
  if (owners.length !== 2) return null;
  return owners.map((table) => {
    const other = owners.find((t) => t !== table)!;
    const [measure, ...extraMeasures] = all.filter((m) => tableOf(m.field, tables) === table);
    return {
      table,
      constraints: {
        ...c,
        measure: measure!,
        extraMeasures,
        filters: filtersFor(c.filters, other, tables),
        groupBy: c.groupBy.map((key) => keyFor(key, other, tables)),
        order: null,
        limit: null,
      },
    };
  });
}

/** The items of a SELECT list, split at its top-level commas. */
export function selectItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i += 1) {
    const ch = list[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (ch === ',' && depth === 0) {
      items.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  items.push(list.slice(start).trim());
  return items;
}

/** The column name a subquery exposes for a select item (`c.name` → name, `SUM(x) AS total` → total). */
export function exposedName(item: string): string {
  const alias = /\s+AS\s+("?[a-z_][a-z0-9_]*"?)$/i.exec(item);
  return alias ? alias[1]! : item.slice(item.lastIndexOf('.') + 1);
}

/** One table's grouped query, without its ordering and limit, and the names of its keys and measures. */
export interface GroupedPart {
  readonly table: string;
  readonly lines: readonly string[];
  readonly keys: readonly string[];
  readonly measures: readonly string[];
}

/** A grouped query read back into a {@link GroupedPart}: its last `measureCount` select items are its measures. */
export function groupedPart(table: string, query: string, measureCount: number): GroupedPart | null {
  const lines = query.split('\n').filter((line) => !/^(?:ORDER BY|LIMIT)\b/.test(line));
  const head = /^SELECT\s+([\s\S]+)$/.exec(lines[0] ?? '');
  if (!head) return null;
  const names = selectItems(head[1]!).map(exposedName);
  if (names.length < measureCount) return null;
  return {
    table,
    lines,
    keys: names.slice(0, names.length - measureCount),
    measures: names.slice(names.length - measureCount),
  };
}

/**
 * Two tables' grouped queries set side by side on their shared keys (FULL JOIN … USING, so a group only one of them
 * has is kept), each measure named for its table when both name one alike; null when their keys differ.
 */
export function sideBySide(first: GroupedPart, second: GroupedPart, limit: number | null): string | null {
  if (first.keys.join(',') !== second.keys.join(',')) return null;
  const clash = first.measures.some((m) => second.measures.includes(m));
  const shown = (part: GroupedPart, alias: string) =>
    part.measures.map((m) => `${alias}.${m}${clash ? ` AS ${part.table}_${m}` : ''}`);
  const indent = (part: GroupedPart) => part.lines.flatMap((line) => line.split('\n')).map((line) => `  ${line}`);
  const bucketed = first.keys.includes('bucket');
  const join = first.keys.length > 0 ? `FULL JOIN (` : 'CROSS JOIN (';
  const on = first.keys.length > 0 ? `) AS b USING (${first.keys.join(', ')})` : ') AS b';
  const firstMeasure = clash ? `${first.table}_${first.measures[0]}` : first.measures[0]!;
  return [
    `SELECT ${[...first.keys, ...shown(first, 'a'), ...shown(second, 'b')].join(', ')}`,
    'FROM (',
    ...indent(first),
    ') AS a',
    join,
    ...indent(second),
    on,
    ...(first.keys.length === 0 ? [] : [`ORDER BY ${bucketed ? 'bucket ASC' : `${firstMeasure} DESC NULLS LAST`}`]),
    ...(first.keys.length === 0 ? [] : [`LIMIT ${limit ?? (bucketed ? 1000 : 100)}`]),
  ].join('\n');
}

import type { ConstraintFilter, GroupKey, Measure, QueryConstraints } from './constraints';
import { columnType, type SqlSchema } from './schema';
import { fieldParts } from './field-parts.util';

/** One table's share of a question that measures values of two tables ("invoice amount and order total"). */
export interface MeasuredApart {
  readonly table: string;
  readonly constraints: QueryConstraints;
}

/** Kinds of measure that can be taken over one table's rows and then set beside another table's. */
const APART_KINDS: ReadonlySet<string> = new Set(['sum', 'avg', 'count', 'distinct_count', 'min', 'max']);

function tableOf(field: string | null, tables: readonly string[]): string | undefined {
  const table = field ? fieldParts(field).table : null;
  return table ? tables.find((t) => t === table) : undefined;
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

/** Words of a money value said of a table's rows ("order totals", "the sum of invoices"). */
const MONEY_WORD = String.raw`(?:totals?|amounts?|values?|sums?|revenue|sales|spend(?:ing)?)`;
/** "order totals", "invoiced amounts": a table's word before its money word (group 1, then the money word). */
const TABLE_THEN_MONEY = new RegExp(String.raw`\b([a-z]{3,30})\s+(${MONEY_WORD})\b`, 'gi');
/** "the sum of invoices": a money word of a table's word (the money word, then group 2). */
const MONEY_OF_TABLE = new RegExp(String.raw`\b(${MONEY_WORD})\s+of\s+(?:the\s+|all\s+|our\s+)?([a-z]{3,30})\b`, 'gi');
/** What sets two measured tables side by side between their mentions ("vs", "against", "compared with", "and"). */
const SET_BESIDE = /^\s*(?:,\s*)?(?:vs\.?|versus|against|compared\s+(?:to|with)|and|with|to)\s+(?:the\s+|our\s+)?$/i;
/** A money column's type. */
const MONEY_TYPE = /^(?:numeric|decimal|money|real|double)/i;

/** The table a word names, as a noun or a participle ("orders", "order", "invoiced"), or undefined. */
function tableNamed(word: string, schema: SqlSchema): string | undefined {
  const lower = word.toLowerCase();
  const stems = [lower, lower.replace(/s$/, ''), lower.replace(/d$/, ''), lower.replace(/ed$/, '')];
  return Object.keys(schema.tables).find((t) => stems.includes(t.toLowerCase().replace(/s$/, '')));
}

/** A table's money column: the one its money word names, else its first money-typed column. */
export function moneyColumn(table: string, said: string, schema: SqlSchema): string | undefined {
  const money = (schema.tables[table] ?? []).filter((c) => MONEY_TYPE.test(columnType(schema, table, c) ?? ''));
  const word = said.toLowerCase().replace(/s$/, '');
  return money.find((c) => c.toLowerCase() === word) ?? money[0];
}

/**
 * "order totals vs invoice amounts by month", "the sum of orders against the sum of invoices": two tables each named
 * with a money word and set side by side are measured apart, a sum of each table's money column (an average stays
 * one). A per-group or per-period reading replaces a comparison of the two values row by row. Null when the question
 * names no such pair, or the constraints ask a threshold, a share or an absence.
 */
export function measuresNamedApart(c: QueryConstraints, schema: SqlSchema, question: string): QueryConstraints | null {
  if (c.having || c.share || c.shareOfTotal || c.ratio || c.periodChange || c.inactivity || c.absence) return null;
  if (c.comparison && c.timeBucket === null && c.groupBy.length === 0) return null;
  const text = question.slice(0, 2_000);
  const mentions: Array<{ table: string; word: string; start: number; end: number }> = [];
  for (const [pattern, tableAt, moneyAt] of [
    [TABLE_THEN_MONEY, 1, 2],
    [MONEY_OF_TABLE, 2, 1],
  ] as const)
    for (const m of text.matchAll(pattern)) {
      const table = tableNamed(m[tableAt]!, schema);
      if (table) mentions.push({ table, word: m[moneyAt]!, start: m.index, end: m.index + m[0].length });
    }
  mentions.sort((x, y) => x.start - y.start);
  const pair = mentions.findIndex(
    (one, i) =>
      i > 0 && one.table !== mentions[i - 1]!.table && SET_BESIDE.test(text.slice(mentions[i - 1]!.end, one.start)),
  );
  if (pair < 1) return null;
  const [first, second] = [mentions[pair - 1]!, mentions[pair]!];
  const kind = c.measure?.kind === 'avg' ? 'avg' : 'sum';
  const measured = [first, second].map((one) => ({ ...one, column: moneyColumn(one.table, one.word, schema) }));
  if (measured.some((one) => !one.column)) return null;
  const [a, b] = measured.map((one): Measure => ({
    kind,
    of: one.word,
    field: `${one.table}.${one.column}`,
    percentile: null,
  }));
  return { ...c, measure: a!, extraMeasures: [b!], comparison: null, difference: null };
}

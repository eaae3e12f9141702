import { addKnowledgeNotes } from './knowledge-notes.util';
import { shapeFromConstraints, type GeneratedQuery, type QueryInput } from './query-input';
import type { SqlSchema } from './schema';
import { calendarPeriod } from './calendar-period.util';
import { aliasFor, buildConstrainedSql, timeClauses } from './sql-constrained.builder';
import { checkSql } from './sql-validator.util';
import { resolveTables } from './table-resolver.util';
import { groupColumnFromQuestion } from './text-signals.util';
import { binSeconds, sqlLookback, usesAbsoluteWindow } from './time-range.util';
import { nullPrototype } from './null-prototype.util';

/** The column a table is usually grouped by. */
const DEFAULT_GROUP: Readonly<Record<string, string>> = nullPrototype({
  customers: 'country',
  orders: 'status',
  order_items: 'product_id',
  products: 'category',
  invoices: 'status',
  users: 'role',
  events: 'event_type',
  budget: 'department',
});

/** Columns holding personal data, left out unless asked for. */
const PERSONAL = new Set(['email', 'name', 'display_name', 'ip_address']);
const TIME_PREFERENCE = ['created_at', 'occurred_at', 'issued_at'];
const AMOUNT_COLUMNS = ['total', 'amount', 'spent', 'unit_price', 'list_price'];
const ASKS_FOR_SUM = /\b(revenue|sales|totals?|amounts?|sum|spend|spent|value|billed|invoiced)\b/i;

function identifier(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

function timestampColumn(columns: readonly string[] | undefined): string | null {
  if (!columns) return null;
  return (
    TIME_PREFERENCE.find((c) => columns.includes(c)) ??
    columns.find((c) => c.endsWith('_at')) ??
    columns.find((c) => c.endsWith('_date')) ??
    null
  );
}

function aliasesFor(tables: readonly string[]): Map<string, string> {
  const aliases = new Map<string, string>();
  const used = new Set<string>();
  for (const table of tables) aliases.set(table, aliasFor(table, used));
  return aliases;
}

function sqlTimestamp(iso: string): string {
  return `TIMESTAMP '${iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, '')}'`;
}

interface JoinPlan {
  readonly joined: string[];
  readonly clauses: string[];
}

/** Joins every table that shares a `*_id` key with one already joined; the rest are left out with a note. */
function planJoins(
  tables: readonly string[],
  schema: SqlSchema,
  aliases: ReadonlyMap<string, string>,
  notes: string[],
): JoinPlan {
  const joined = [tables[0]!];
  const clauses: string[] = [];
  for (const table of tables.slice(1)) {
    const columns = schema.tables[table] ?? [];
    let done = false;
    for (const previous of joined) {
      const shared = (schema.tables[previous] ?? []).filter((c) => c.endsWith('_id') && columns.includes(c));
      const own = `${table.replace(/s$/, '')}_id`;
      const theirs = `${previous.replace(/s$/, '')}_id`;
      const key = shared.find((c) => c === own || c === theirs) ?? shared[0];
      if (!key) continue;
      clauses.push(
        `JOIN ${identifier(table)} ${aliases.get(table)} ON ${aliases.get(table)}.${key} = ${aliases.get(previous)}.${key}`,
      );
      notes.push(`${previous} joined with ${table} on ${key}`);
      joined.push(table);
      done = true;
      break;
    }
    if (!done) notes.push(`${table} shares no key column with ${joined.join(', ')}; it is left out of the query`);
  }
  return { joined, clauses };
}

/**
 * An SQL (PostgreSQL) SELECT for the analysis: a half-open time filter on the table's
 * timestamp column, GROUP BY for aggregations, DATE_TRUNC buckets for time series, JOINs on
 * shared key columns, and a LIMIT. Every query is parsed with node-sql-parser; a failure is
 * reported in the notes.
 */
export function buildSqlQuery(given: QueryInput, schema: SqlSchema): GeneratedQuery {
  const input = shapeFromConstraints(given);
  const resolved = resolveTables(input.tables, schema.tables, input.naturalLanguage, 'sql');
  const notes = [...resolved.notes, ...input.readNotes];
  if (input.constraints) {
    const built = buildConstrainedSql(input, input.constraints, schema, resolved.tables, notes);
    return finish(built.query, built.tables, input, notes);
  }
  const aliases = aliasesFor(resolved.tables);
  const { joined, clauses } = planJoins(resolved.tables, schema, aliases, notes);
  const main = joined[0]!;
  const a = aliases.get(main)!;
  const columns = schema.tables[main];
  const allColumns = joined.flatMap((t) => (schema.tables[t] ?? []).map((c) => ({ table: t, column: c })));
  const qualified = (entry: { table: string; column: string }) =>
    `${aliases.get(entry.table)}.${identifier(entry.column)}`;
  const findColumn = (name: string) => allColumns.find((e) => e.column.toLowerCase() === name.toLowerCase());

  const where: string[] = [];
  const time = timestampColumn(columns);
  if (input.time) {
    if (!time)
      notes.push(
        `${main} has no timestamp column; the time range (${input.time.description ?? 'given'}) is not applied`,
      );
    else if (calendarPeriod(input.time)) where.push(...timeClauses(input, `${a}.${time}`));
    else if (usesAbsoluteWindow(input.time))
      where.push(
        `${a}.${time} >= ${sqlTimestamp(input.time.start!)}`,
        `${a}.${time} < ${sqlTimestamp(input.time.end!)}`,
      );
    else if (input.time.durationSeconds) where.push(`${a}.${time} >= NOW() - INTERVAL '${sqlLookback(input.time)}'`);
  }

  const groupName =
    groupColumnFromQuestion(
      input.naturalLanguage,
      allColumns.map((e) => e.column),
    ) ??
    input.fields.find((f) => findColumn(f) && !findColumn(f)!.column.endsWith('_at')) ??
    DEFAULT_GROUP[main] ??
    null;
  const group = groupName ? findColumn(groupName) : undefined;
  const amount = ASKS_FOR_SUM.test(input.naturalLanguage)
    ? AMOUNT_COLUMNS.map((c) => findColumn(c)).find((e) => e !== undefined)
    : undefined;
  const measures = ['COUNT(*) AS count', ...(amount ? [`SUM(${qualified(amount)}) AS ${amount.column}_sum`] : [])];

  const select: string[] = [];
  const groupBy: string[] = [];
  let orderBy: string;
  let limit = 100;
  if (input.isTimeSeries && time) {
    const unit =
      ({ 300: 'minute', 3600: 'hour', 86400: 'day' } as Record<number, string>)[
        binSeconds(input.time?.durationSeconds ?? null)
      ] ?? 'week';
    const bucket = `DATE_TRUNC('${unit}', ${a}.${time})`;
    select.push(`${bucket} AS bucket`, ...(group && input.isAggregation ? [qualified(group)] : []), ...measures);
    groupBy.push(bucket, ...(group && input.isAggregation ? [qualified(group)] : []));
    orderBy = 'bucket';
    limit = 1000;
  } else if (input.isAggregation || input.isTimeSeries) {
    if (input.isTimeSeries) notes.push(`${main} has no timestamp column to bucket by; the query aggregates instead`);
    if (group) {
      select.push(qualified(group), ...measures);
      groupBy.push(qualified(group));
    } else select.push(...measures);
    orderBy = 'count DESC';
  } else {
    const wanted = input.fields.map(findColumn).filter((e): e is { table: string; column: string } => e !== undefined);
    const chosen = wanted.length > 0 ? wanted : allColumns.filter((e) => !PERSONAL.has(e.column)).slice(0, 8);
    select.push(...(chosen.length > 0 ? [...new Set(chosen.map(qualified))] : [`${a}.*`]));
    orderBy = time ? `${a}.${time} DESC` : '1';
  }

  const lines = [`SELECT ${select.join(', ')}`, `FROM ${identifier(main)} ${a}`, ...clauses];
  if (where.length > 0) lines.push(`WHERE ${where.join(' AND ')}`);
  if (groupBy.length > 0) lines.push(`GROUP BY ${groupBy.join(', ')}`);
  lines.push(`ORDER BY ${orderBy}`, `LIMIT ${limit}`);
  return finish(lines.join('\n'), joined, input, notes);
}

function finish(query: string, tables: string[], input: QueryInput, notes: string[]): GeneratedQuery {
  if (!input.time && !input.constraints?.inactivity)
    notes.push('no time range was given; add a WHERE on a timestamp column to keep the query cheap');
  addKnowledgeNotes(input, notes);
  const check = checkSql(query);
  notes.push(
    check.ok
      ? 'validated with node-sql-parser (PostgreSQL)'
      : `the generated SQL did not parse with node-sql-parser (PostgreSQL): ${check.message}`,
  );
  // The tables the query reads: the ones it was built from first, then any a subquery reads (`NOT EXISTS (… orders …)`).
  const read = check.ok ? [...tables, ...check.tables.filter((table) => !tables.includes(table))] : tables;
  return { platform: 'sql', query, tables: read, notes };
}

import { calendarPeriod, sinceCalendarPeriod } from './calendar-period.util';
import { ipv4RangeEnds } from './sql-address-range.util';
import { sqlComparedWindow, sqlPeriodKey } from './compared-periods.util';
import { columnFor, compactName, namedColumn } from './column-kinds';
import type { Absence, ConstraintFilter, GroupKey, Measure, QueryConstraints, Threshold } from './constraints';
import type { QueryInput } from './query-input';
import { columnType, type SqlSchema } from './schema';
import {
  childrenOf,
  parentsOf,
  primaryKey,
  reachableParents,
  timeColumnOf,
  type ManyToOne,
} from './sql-relations.util';
import { readAgeBound, readDueAhead, readDuePeriod } from './sql-age.util';
import { saysPaidAfterDue, withoutDueComparison } from './sql-paid-late.util';
import { withCategoryAdjective, withCategoryNoun, withQuotedCategory } from './sql-category-noun.util';
import { tableCreatedInWindow } from './sql-created-window.util';
import { periodChangeOf, ratioOf, shareOfTotalOf } from './sql-ratio.util';
import { elapsedColumns, elapsedExpression, momentColumn } from './sql-elapsed.util';
import { listedColumns, shownColumns } from './sql-shown.util';
import { isLinesOf, recordLinesTable } from './sql-record-lines.util';
import { sharePartOf } from './sql-share-part.util';
import { withUnitsPerLine } from './sql-line-rows.util';
import { measureOfPart, readPartBeside, saysPartState } from './sql-part-beside.util';
import { bridgeTable } from './sql-bridge.util';
import { withGlossedValues } from './sql-glossed-value.util';
import { partOfYearMonths, periodMonths, previousPeriodUnit } from './sql-fiscal-period.util';
import { elapsedConditionClause, readElapsedCondition } from './sql-elapsed-condition.util';
import { asksFirstTime, firstTimeClause } from './sql-first-time.util';
import { countedGroupKey, countOfGroups } from './sql-group-count.util';
import {
  groupedPart,
  measuresApart,
  measuresNamedApart,
  moneyColumn,
  sideBySide,
  type MeasuredApart,
} from './sql-measures-apart.util';
import { rankedSubject, singular, subjectOfWord } from './text-signals.util';
import { hoursOfDaySaid, sqlHoursCondition } from './hours-of-day.util';
import {
  dateBound,
  intervalText,
  isOpenEnded,
  sqlLookback,
  usesAbsoluteWindow,
  wordsAfter,
  wordsBefore,
} from './time-range.util';
import { fieldParts } from './field-parts.util';

const YEAR_COLUMN = /(?:^|_)year$/i;
const MONTH_COLUMN = /(?:^|_)month$/i;
const NUMERIC = /^(integer|int|bigint|smallint|numeric|decimal|real|double precision|float)/;
const CASE_INSENSITIVE = new Set(['user', 'email', 'host', 'domain', 'app', 'city']);
const LABEL_COLUMNS = ['name', 'display_name', 'email'];
const PERSONAL = new Set(['email', 'name', 'display_name', 'ip_address']);
/** Columns only a table of people or of parties has: beside them a `name` is a person's, else a thing's. */
const PARTY_COLUMNS = /^(?:email|e_?mail_address|display_name|phone|phone_number)$/;

/** Whether a column is personal: an email or an address always, a name only in a table of people or parties. */

/** A range on whole octets ("10.4.0.0/16"): its fixed octets. */
const OCTET_RANGE = /^(\d{1,3}(?:\.\d{1,3}){3})\/(8|16|24)$/;

/**
 * An address column within a range: on whole octets, the address's text begins with the fixed ones
 * (`host(ip) LIKE '10.4.%'`); on part of an octet, the span from the range's first to its last address
 * (`ip BETWEEN '100.64.0.0' AND '100.127.255.255'`); both plain to read and read by every SQL parser, where `<<=`
 * is not. Else (IPv6) network_subeq(a, b), the function form of `a <<= b`. `outside`: the address is in none of it
 * ("ip not in 10.0.0.0/8").
 */
function withinRange(ref: string, type: string, cidr: string, outside = false): string {
  const address = type === 'inet' ? ref : `${ref}::inet`;
  const octets = OCTET_RANGE.exec(cidr);
  if (octets?.[1] && octets[2]) {
    const fixed = octets[1].split('.').slice(0, Number(octets[2]) / 8);
    return `host(${address}) ${outside ? 'NOT LIKE' : 'LIKE'} ${sqlString(`${fixed.join('.')}.%`)}`;
  }
  const ends = ipv4RangeEnds(cidr);
  if (ends) return `${address} ${outside ? 'NOT BETWEEN' : 'BETWEEN'} ${sqlString(ends[0])} AND ${sqlString(ends[1])}`;
  return `${outside ? 'NOT ' : ''}network_subeq(${ref}::inet, ${sqlString(cidr)}::inet)`;
}

function isPersonal(column: string, columns: readonly string[]): boolean {
  if (!PERSONAL.has(column)) return false;
  return column !== 'name' || columns.some((col) => PARTY_COLUMNS.test(col));
}
const LOGIN_WORDS = /\b(log ?in|logon|sign[- ]?in|login|signin|logged|active|activity|seen)\b/i;

const QUANTITY = /^(?:quantity|qty|units|unit_count)$/;
const UNIT_PRICE = /^(?:unit_price|unit_amount|price|item_price|sale_price)$/;
/** What is sold (revenue, sales), as opposed to what is budgeted or spent. */
const SALES_WORDS = /\b(?:revenue|sales?|sold|turnover|income|gross)\b/i;
/** Words that ask an amount of money, not a number of rows ("how much", "the amount", "the total"). */
const ASKS_MONEY = /\b(?:how\s+much|amounts?|totals?|sums?|values?|money)\b/i;

interface LineItems {
  readonly table: string;
  readonly quantity: string;
  /** Null when units are summed ("units sold"), not money. */
  readonly price: string | null;
}

/**
 * Sales of a product (or of its category) live in the line items that reference it, as quantity ×
 * unit price: "top products by revenue" sums order_items, never the product's list price. The
 * table that references a grouped entity, or a filtered thing that references nothing ("revenue from
 * garden products"), and has a quantity and a unit price; null when none does.
 */
function lineItemsFor(c: QueryConstraints, schema: SqlSchema): LineItems | null {
  const units = c.measure?.kind === 'sum' && QUANTITY.test(c.measure.of ?? '');
  if (c.measure?.kind !== 'sum' || (!units && !SALES_WORDS.test(c.measure.of ?? ''))) return null;
  const filtered = c.filters
    .map((filter) => tableOfField(filter.field, schema))
    .filter((t): t is string => t !== undefined && parentsOf(t, schema).length === 0);
  for (const key of [...c.groupBy.map((g) => g.kind), ...filtered]) {
    const word = singular(compactName(key));
    const owners = Object.keys(schema.tables).filter(
      (t) =>
        singular(compactName(t)) === word ||
        (schema.tables[t] ?? []).some((col) => compactName(col) === word && !col.endsWith('_id')),
    );
    for (const owner of owners) {
      for (const edge of childrenOf(owner, schema)) {
        const columns = schema.tables[edge.from] ?? [];
        const quantity = columns.find((col) => QUANTITY.test(col));
        const price = columns.find((col) => UNIT_PRICE.test(col));
        if (quantity && (price || units)) return { table: edge.from, quantity, price: units ? null : price! };
      }
    }
  }
  return null;
}

/**
 * "how many units, and for how much": beside the units summed over the line items, what they sold for (quantity ×
 * unit price of each item, summed), never a value of the parent (an order's total would repeat once per item).
 */
function lineItemsBeside(
  c: QueryConstraints,
  lineItems: LineItems,
  alias: string,
  schema: SqlSchema,
  notes: string[],
): Array<{ expression: string; name: string }> {
  // "revenue and units sold per product": the units of the same items summed beside what they sold for.
  if (lineItems.price !== null)
    return c.extraMeasures.some((m) => m.kind === 'sum' && QUANTITY.test(m.of ?? ''))
      ? [{ expression: `SUM(${alias}.${identifier(lineItems.quantity)})`, name: 'units' }]
      : [];
  const sales = c.extraMeasures.filter((m) => m.kind === 'sum' && SALES_WORDS.test(m.of ?? ''));
  if (sales.length === 0) return [];
  const price = (schema.tables[lineItems.table] ?? []).find((col) => UNIT_PRICE.test(col));
  if (!price) {
    notes.push(`${lineItems.table} has no unit price; the sales beside the units are not computed`);
    return [];
  }
  return [
    {
      expression: `SUM(${alias}.${identifier(lineItems.quantity)} * ${alias}.${identifier(price)})`,
      name: 'revenue',
    },
  ];
}

/**
 * The table whose time dates the fact's rows when the fact has none (order_items → orders): a
 * reachable parent with a time column, transactions (tables with references of their own) before
 * dimensions (a product's creation date does not date a sale).
 */
function timeHolder(parts: SqlQueryParts): string | undefined {
  if (timeColumnOf(parts.fact, parts.schema)) return parts.fact;
  const candidates = [...parts.reachable.keys()].filter((t) => t !== parts.fact && timeColumnOf(t, parts.schema));
  const isTransaction = (t: string) => parentsOf(t, parts.schema).length > 0;
  return candidates.find(isTransaction) ?? candidates[0];
}

/** A table reachable from the fact whose rows the window dates by their creation ("customers who signed up in …"). */
function createdInWindow(input: QueryInput, parts: SqlQueryParts): string | undefined {
  const table = tableCreatedInWindow(input.naturalLanguage, input.time?.description, [
    parts.fact,
    ...parts.reachable.keys(),
  ]);
  return table && /^created/.test(timeColumnOf(table, parts.schema) ?? '') ? table : undefined;
}

/** Words that make a dimension's creation date the question's time: "new customers", "users created this week". */
const CREATION =
  /\b(?:new|newly|created|creat(?:e|ion)|registered|registrations?|sign(?:ed)?[\s-]?ups?|joined|added|onboarded|opened)\b/i;

/** "first and last order date", "earliest and latest login times": the time of the rows a noun names. */
const FIRST_LAST_OF =
  /\b(?:first|earliest)\s+(?:and|&|\/)\s+(?:the\s+)?(?:last|latest|most\s+recent)\s+([a-z][\w-]{2,30})\s+(?:dates?|times?|days?|timestamps?)\b/i;

/** "per month of issue", "by week of shipment": a bucket on the moment named after "of". */
const BUCKET_OF =
  /\b(?:per|by|each|every)\s+(?:hour|day|week|month|quarter|year)\s+of\s+(?:the\s+|its\s+|their\s+)?([a-z]{3,20})\b/i;
/** "per week of dispatch, last quarter": a bucket's moment said just before the window, which then dates that moment. */
const BUCKET_OF_BEFORE_WINDOW = new RegExp(
  `${BUCKET_OF.source}[\\s,;:\u2013\u2014-]*(?:(?:for|in|during|over|within|from)\\s+)?$`,
  'i',
);

/** "overdue", "past their due date", "past-due": the due date is before today. */
const DUE = /\b(?:overdue|past[\s-]+(?:(?:their|the|its)\s+)?due(?:\s+dates?)?|late\s+payments?)\b/i;
/** Paid, but after the date it was due ("paid late", "paid after their due date"): the payment time past the due date. */
const PAID_LATE =
  /\bpaid\s+(?:(?:too|very)\s+)?late\b|\bpaid\s+(?:only\s+)?after\s+(?:(?:their|the|its)\s+)?due(?:\s+dates?)?\b|\blate\s+payments?\b/i;
/** The column that keeps when a row is due ("due_date", "due_on"). */
const DUE_COLUMN = /^due(?:_date|_at|_on)?$/;
/** A column that keeps when a row was paid ("paid_at", "paid_on"). */
const PAID_COLUMN = /^paid(?:_at|_on|_date)$/;

/**
 * The due dates a question asks for ahead of today, as SQL bounds: a span from today ("due in the next 7 days") or a
 * calendar period ("due next week"). `coversWindow` when the question's time window is those same words (read as
 * one up to now): then the window is no other condition.
 */
function dueWindowAhead(
  input: QueryInput,
): { start: string; end: string; expression: string; coversWindow: boolean } | null {
  const span = readDueAhead(input.naturalLanguage);
  const bounds = span
    ? {
        start: 'CURRENT_DATE',
        end: `CURRENT_DATE + INTERVAL '${intervalText(span.seconds)}'`,
        expression: span.expression,
      }
    : readDuePeriod(input.naturalLanguage);
  if (!bounds) return null;
  // The window is read from the due words when the rest of the question does not say it ("next 7 days" read as the
  // last 7 days; "this month"): "issued last month, due next month" keeps its window.
  const rest = input.naturalLanguage.toLowerCase().replace(bounds.expression.toLowerCase(), ' ');
  const said = input.time?.description?.toLowerCase();
  const coversWindow =
    said !== undefined && !rest.includes(said) && !rest.includes(said.replace(/^(?:last|past)\s+/, ''));
  return { ...bounds, coversWindow };
}

/** Whether the question asks of a due date: past it, paid after it, or coming up to it. */
function asksOfDueDate(question: string): boolean {
  return (
    DUE.test(question) ||
    PAID_LATE.test(question) ||
    saysPaidAfterDue(question) ||
    readAgeBound(question)?.due === true ||
    readDueAhead(question) !== null ||
    readDuePeriod(question) !== null
  );
}

/**
 * "customers whose bills are 30 days past due": a due date the fact does not keep is asked of a table of its rows'
 * dealings that does (invoices of a customer), the tables the analysis chose first; undefined when none is needed.
 */
function dueHolding(fact: string, tables: readonly string[], schema: SqlSchema, question: string): string | undefined {
  const holdsDue = (t: string) => (schema.tables[t] ?? []).some((col) => DUE_COLUMN.test(col));
  if (holdsDue(fact) || !asksOfDueDate(question)) return undefined;
  const children = childrenOf(fact, schema)
    .map((edge) => edge.from)
    .filter(holdsDue);
  return children.find((t) => tables.includes(t)) ?? children[0];
}

export interface SqlParts {
  readonly query: string;
  readonly tables: string[];
}

interface Column {
  readonly table: string;
  readonly column: string;
}

function identifier(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function sqlTimestamp(iso: string): string {
  // CAST rather than the `TIMESTAMPTZ '…'` literal, which PostgreSQL reads but common SQL parsers reject.
  return `CAST('${iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, '')}+00' AS TIMESTAMPTZ)`;
}

/** Aliases from table initials (order_items → oi), unique. */
export function aliasFor(table: string, used: Set<string>): string {
  const base =
    table
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .map((part) => part[0])
      .join('') || 't';
  let alias = /^[a-z]/.test(base) ? base : `t${base}`;
  for (
    let n = 2;
    used.has(alias) || ['as', 'on', 'or', 'in', 'is', 'by', 'to', 'do', 'if', 'of', 'at'].includes(alias);
    n += 1
  )
    alias = `${base}${n}`;
  used.add(alias);
  return alias;
}

/** The table a `table.column` reference names, if the schema has it. */
function tableOfField(field: string | null, schema: SqlSchema): string | undefined {
  const name = field ? fieldParts(field).table?.toLowerCase() : undefined;
  if (!name) return undefined;
  return Object.keys(schema.tables).find((t) => t.toLowerCase() === name);
}

/**
 * "lines of 40 units or more - order id and price": rows listed (no measure, no grouping) with a filter on a table
 * whose columns are also the ones asked to see are that table's rows; "what was on order 12" lists that record's
 * lines.
 */
function listedRowsTable(c: QueryConstraints, schema: SqlSchema, question: string): string | undefined {
  if (c.measure || c.groupBy.length > 0) return undefined;
  const defined = (t: string | undefined): t is string => t !== undefined;
  const shown = c.show.map((key) => tableOfField(key.field, schema)).filter(defined);
  const filtered = c.filters.map((f) => tableOfField(f.field, schema)).filter(defined);
  return filtered.find((t) => shown.includes(t)) ?? recordLinesTable(filtered, shown, schema, question);
}

/**
 * The table a measure or a count is about (the fact): the table of the measured column, the
 * table holding a summed value, the table named by the counted entity; else the table of a
 * qualified filter, the first named table that can carry the time window, the first named table.
 */
function chooseFact(
  tables: readonly string[],
  c: QueryConstraints,
  schema: SqlSchema,
  hasWindow: boolean,
  yearWindow = false,
  question = '',
  subject: string | null = null,
): string {
  const known = tables.filter((t) => schema.tables[t]);
  const all = [...known, ...Object.keys(schema.tables).filter((t) => !known.includes(t))];
  const measure = c.measure;
  // "first and last order date per customer": the time of the rows the question names (orders), per group.
  const timed = measure?.of === 'time' ? FIRST_LAST_OF.exec(question) : null;
  const timedTable = timed ? all.find((t) => singular(compactName(t)) === singular(compactName(timed[1]!))) : undefined;
  if (timedTable && timeColumnOf(timedTable, schema)) return timedTable;
  // "average days to pay": the table that holds both moments.
  const elapsed = elapsedColumns(measure?.of ?? null, all, schema);
  if (elapsed) return elapsed.table;
  const listed = listedRowsTable(c, schema, question);
  if (listed) return listed;
  const counted = measure?.of ?? c.inactivity?.activity ?? null;
  if (counted && (!measure || measure.kind === 'count')) {
    const word = singular(compactName(counted));
    const named = all.find((t) => singular(compactName(t)) === word);
    // "how many users had a 'password_reset' event": a filter on what they did is read over that table.
    const acted = named
      ? c.filters
          .map((f) => tableOfField(f.field, schema))
          .find(
            (t) =>
              t !== undefined &&
              timeColumnOf(t, schema) !== undefined &&
              childrenOf(named, schema).some((edge) => edge.from === t),
          )
      : undefined;
    if (acted && measure) return acted;
    if (named) return named;
  }
  // "users in Finance with more than 3 failed_login events": rows counted per a key the analysis placed on a
  // dated table of records (events.user_id, not a dimension such as users) are that table's rows.
  const keyHolder =
    measure?.kind === 'count' && !measure.of
      ? c.groupBy
          .map((g) => tableOfField(g.field, schema))
          .find((t) => t !== undefined && timeColumnOf(t, schema) && parentsOf(t, schema).length > 0)
      : undefined;
  if (keyHolder) return keyHolder;
  // "top 5 members by number of visits": rows counted per a dimension's key are those of a dated table the question
  // names that references the dimension, not the dimension's own rows (one per key).
  const perKey = measure?.kind === 'count' && !measure.of ? countedPerDimension(known, c, schema, question) : undefined;
  if (perKey) return perKey;
  const measured = tableOfField(measure?.field ?? null, schema);
  // A sum grouped by an entity ("top customers by revenue") is about the table that points at that entity and
  // holds the summed value (orders), not a table that merely has a column of that name and no link to the entity.
  // A filter on a dimension ("from French customers") links the sum to it as a grouping does.
  const filteredOn = c.filters
    .map((f) => tableOfField(f.field, schema))
    .filter((t): t is string => t !== undefined && parentsOf(t, schema).length === 0);
  const keys = [
    ...c.groupBy.map((g) => `${singular(compactName(g.kind))}_id`),
    ...filteredOn.map((t) => `${singular(compactName(t))}_id`),
    // "customers who spent more than …": the entity ranked or thresholded is a key as a grouping is.
    ...(subject ? [`${singular(compactName(subject))}_id`] : []),
  ];
  const linked = (t: string) => keys.some((key) => schema.tables[t]!.includes(key));
  if (
    measure &&
    measure.kind !== 'count' &&
    measure.kind !== 'distinct_count' &&
    keys.length > 0 &&
    !(measured && linked(measured))
  ) {
    const holder = all.find((t) => linked(t) && columnFor(schema.tables[t]!, measure.of ?? '', null, t));
    if (holder) return holder;
  }
  // A window needs a dated table: a sum over a table without a time column ("monthly revenue since …" over
  // budget) yields to a table that holds the value and is dated.
  // A year column ("fiscal_year") dates a table for a window inside one year.
  const dates = (t: string) => !hasWindow || timeColumnOf(t, schema) !== undefined;
  // A year column ("fiscal_year") dates the measured table for a window inside one year, after a timestamp.
  const datesByYear = (t: string) =>
    dates(t) || (yearWindow && (schema.tables[t] ?? []).some((col) => YEAR_COLUMN.test(col)));
  // "distinct users who logged in": the users are counted over the rows of what they did (a filtered table
  // that references theirs), not over their own table.
  // The table of the entity counted distinctly, qualified or not ("user_id" of users).
  const actor =
    measured ??
    (measure?.kind === 'distinct_count' && measure.of
      ? known.find((t) => singular(compactName(t)) === singular(compactName(measure.of!)))
      : undefined);
  if (actor && measure?.kind === 'distinct_count') {
    const dimension = parentsOf(actor, schema).length === 0;
    const activity = c.filters
      .map((f) => tableOfField(f.field, schema))
      .find((t) => t !== undefined && t !== actor && childrenOf(actor, schema).some((edge) => edge.from === t));
    if (activity && dates(activity)) return activity;
    // "daily unique users per event type": a named table of what they did that groups or dates the count (the
    // users' own table is dated only by their creation).
    const actsOf = (t: string | undefined): t is string =>
      t !== undefined &&
      timeColumnOf(t, schema) !== undefined &&
      childrenOf(actor, schema).some((edge) => edge.from === t);
    const grouped = dimension ? c.groupBy.map((g) => tableOfField(g.field, schema)).find(actsOf) : undefined;
    if (grouped) return grouped;
    // Of several such tables, the one the question's words name ("ordered" → orders).
    const acts = dimension ? known.filter(actsOf) : [];
    const words = question.toLowerCase().match(/[a-z]+/g) ?? [];
    const said = acts.filter((t) => words.some((w) => w.startsWith(singular(compactName(t)).slice(0, 5))));
    // None named: a dimension dated only by its creation takes its one table of activity ("daily unique users"); of
    // several, the one the others reference ("weekly active clients": orders, which their invoices reference).
    const only = childrenOf(actor, schema).filter((edge) => timeColumnOf(edge.from, schema) !== undefined);
    const central = only.find((edge) =>
      only.some((other) => other !== edge && parentsOf(other.from, schema).some((p) => p.to === edge.from)),
    );
    const fallback = dimension && acts.length === 0 ? (only.length === 1 ? only[0]!.from : central?.from) : undefined;
    const named = said.length === 1 ? said[0] : acts.length === 1 ? acts[0] : fallback;
    if (named && (hasWindow || c.timeBucket !== null) && !CREATION.test(question)) return named;
  }
  // "countries that spent the most": a measured column whose table reaches no group's table yields to a table
  // that holds the value and reaches each of them (orders → customers).
  const grouped = c.groupBy.map((g) => tableOfField(g.field, schema)).filter((t): t is string => t !== undefined);
  const reachesGroups = (t: string) => {
    const reach = reachableParents(t, schema, 2);
    return grouped.every((g) => reach.has(g));
  };
  if (measured && measure && grouped.length > 0 && !reachesGroups(measured)) {
    const reaching = all.find(
      (t) =>
        t !== measured &&
        reachesGroups(t) &&
        datesByYear(t) &&
        columnFor(schema.tables[t]!, measure.of ?? '', null, t) !== undefined,
    );
    if (reaching) return reaching;
  }
  if (measured && datesByYear(measured)) return measured;
  if (measure && measure.kind !== 'count' && measure.kind !== 'distinct_count') {
    // A table the analysis named, then one that points at a named table (orders → customers), then any.
    const related = all.filter(
      (t) => !known.includes(t) && known.some((k) => schema.tables[t]!.includes(`${singular(compactName(k))}_id`)),
    );
    const ranked = [...known, ...related, ...all.filter((t) => !known.includes(t) && !related.includes(t))];
    const holds = (t: string) => columnFor(schema.tables[t]!, measure.of ?? '', measure.field, t) !== undefined;
    // A measure that names a column verbatim ("how much was spent" → spent) is about that column's table.
    const verbatim = ranked.find((t) => (schema.tables[t] ?? []).includes(measure.of ?? '') && datesByYear(t));
    // "spend per category": a table that holds the value and each key itself, before one that holds the value alone.
    const keyed = (t: string) =>
      c.groupBy.length > 0 && c.groupBy.every((g) => columnFor(schema.tables[t]!, g.kind, null, t) !== undefined);
    const holder =
      verbatim ??
      ranked.find((t) => holds(t) && keyed(t) && datesByYear(t)) ??
      ranked.find((t) => holds(t) && datesByYear(t)) ??
      ranked.find(holds);
    if (holder) return holder;
  }
  if (measured) return measured;
  const filtered = c.filters.map((f) => tableOfField(f.field, schema)).find((t) => t !== undefined);
  // A table without a time of its own is dated through a parent that has one (order_items through orders).
  const datable = (t: string) =>
    timeColumnOf(t, schema) !== undefined || parentsOf(t, schema).some((edge) => timeColumnOf(edge.to, schema));
  if (filtered && (!hasWindow || datable(filtered)))
    return transactionOf(filtered, known, schema, hasWindow || c.timeBucket !== null, question) ?? filtered;
  const dated = hasWindow ? known.find((t) => timeColumnOf(t, schema)) : undefined;
  return dated ?? known[0] ?? Object.keys(schema.tables)[0]!;
}

/** A dated table of `known` the question names by a word of its name that references `dimension` (orders of customers). */
function namedDatedChild(
  dimension: string,
  known: readonly string[],
  schema: SqlSchema,
  question: string,
): string | undefined {
  const words = new Set((question.toLowerCase().match(/[a-z_]+/g) ?? []).map((w) => singular(compactName(w))));
  return known.find(
    (t) =>
      t !== dimension &&
      words.has(singular(compactName(t))) &&
      timeColumnOf(t, schema) !== undefined &&
      parentsOf(t, schema).some((edge) => edge.to === dimension),
  );
}

/** A dated table the question names by a word of its name that references the dimension a count is grouped by. */
function countedPerDimension(
  known: readonly string[],
  c: QueryConstraints,
  schema: SqlSchema,
  question: string,
): string | undefined {
  const dimension = c.groupBy
    .map((g) => tableOfField(g.field, schema))
    .find((t) => t !== undefined && parentsOf(t, schema).length === 0);
  if (!dimension) return undefined;
  return namedDatedChild(dimension, known, schema, question);
}

/**
 * A table of what a dimension's rows did (a child with a time of its own) that holds a value kind the
 * dimension and its parents have no column for ("ip", "event_id"), or the column a measure is of; undefined
 * when the dimension holds each.
 */
function activityHolding(
  fact: string,
  c: QueryConstraints,
  schema: SqlSchema,
): { from: string; kind: string } | undefined {
  if (parentsOf(fact, schema).length > 0) return undefined;
  // "Canadian clients with unpaid bills": a value the analysis placed on a table of what they did is read there.
  for (const filter of c.filters) {
    const placed = tableOfField(filter.field, schema);
    const dated = placed !== undefined && placed !== fact && timeColumnOf(placed, schema) !== undefined;
    if (dated && childrenOf(fact, schema).some((edge) => edge.from === placed))
      return { from: placed, kind: filter.kind };
  }
  const reach = [fact, ...reachableParents(fact, schema, 2).keys()];
  const holds = (t: string, f: ConstraintFilter) => columnFor(schema.tables[t] ?? [], f.kind, null, t) !== undefined;
  for (const filter of c.filters) {
    if (filter.kind === 'text' || filter.kind === 'status' || reach.some((t) => holds(t, filter))) continue;
    const child = childrenOf(fact, schema).find(
      (edge) => timeColumnOf(edge.from, schema) !== undefined && holds(edge.from, filter),
    );
    if (child) return { from: child.from, kind: filter.kind };
  }
  // "users with 8+ events from 2 or more distinct IPs": a measure of a column only what they did holds.
  // "distinct IPs per user": a measure of a kind only such a table holds, its column not named.
  const holdsKind = (t: string, kind: string) => columnFor(schema.tables[t] ?? [], kind, null, t) !== undefined;
  for (const m of [c.measure, ...c.extraMeasures]) {
    const table = tableOfField(m?.field ?? null, schema);
    const unnamed = m && !m.field && m.of && m.kind !== 'count' && !reach.some((t) => holdsKind(t, m.of!));
    if (!m || (!table && !unnamed) || (table && reach.includes(table))) continue;
    const child = childrenOf(fact, schema).find(
      (edge) =>
        timeColumnOf(edge.from, schema) !== undefined && (table ? edge.from === table : holdsKind(edge.from, m.of!)),
    );
    if (child) return { from: child.from, kind: m.of ?? m.kind };
  }
  return undefined;
}

/**
 * "Invoices per week for clients in Spain": a filter on a dimension (customers, dated only by its
 * creation) in a question dated by something else is about a table the question names that points at
 * that dimension and has a time of its own (orders); the filter reaches the dimension through the join.
 */
function transactionOf(
  dimension: string,
  known: readonly string[],
  schema: SqlSchema,
  dated: boolean,
  question: string,
): string | undefined {
  if (!dated || CREATION.test(question) || parentsOf(dimension, schema).length > 0) return undefined;
  if (!/^created/.test(timeColumnOf(dimension, schema) ?? 'created')) return undefined;
  return namedDatedChild(dimension, known, schema, question);
}

class SqlQueryParts {
  readonly aliases = new Map<string, string>();
  readonly joins: string[] = [];
  private readonly used = new Set<string>();
  readonly reachable: Map<string, ManyToOne[]>;

  constructor(
    readonly fact: string,
    readonly schema: SqlSchema,
    readonly preferred: readonly string[],
  ) {
    this.aliases.set(fact, aliasFor(fact, this.used));
    this.reachable = reachableParents(fact, schema, 2);
  }

  alias(table: string): string {
    return this.aliases.get(table)!;
  }

  /** Joins the many-to-one path to `table` (once). */
  join(table: string): void {
    for (const edge of this.reachable.get(table) ?? []) {
      if (this.aliases.has(edge.to)) continue;
      this.aliases.set(edge.to, aliasFor(edge.to, this.used));
      this.joins.push(
        `JOIN ${identifier(edge.to)} ${this.alias(edge.to)} ON ${this.alias(edge.to)}.${edge.column} = ${this.alias(edge.from)}.${edge.column}`,
      );
    }
  }

  /**
   * A column for a kind or a word: on the fact, else on a table it references (named tables first).
   * With values, a numeric column is taken only for numeric values (an email never goes to user_id).
   */
  find(kind: string, field: string | null, values?: readonly string[]): Column | undefined {
    const order = [this.fact, ...this.preferred.filter((t) => this.reachable.has(t)), ...this.reachable.keys()];
    const numericValues = values?.every((v) => /^-?\d+(\.\d+)?$/.test(v)) ?? true;
    for (const table of new Set(order)) {
      const fits = (column: string) => numericValues || !NUMERIC.test(columnType(this.schema, table, column) ?? 'text');
      const column = columnFor(this.schema.tables[table] ?? [], kind, field, table, fits);
      if (column) return { table, column };
    }
    return undefined;
  }

  /** The column a `table.column` field names on a table the fact references (not the fact itself); undefined otherwise. */
  placed(field: string | null): Column | undefined {
    const dot = field?.lastIndexOf('.') ?? -1;
    if (dot <= 0) return undefined;
    const table = field!.slice(0, dot);
    const column = (this.schema.tables[table] ?? []).find((c) => c === field!.slice(dot + 1));
    return table !== this.fact && this.reachable.has(table) && column ? { table, column } : undefined;
  }

  /**
   * The `name` column of the fact or the nearest table it references that has one (order_items → products.name):
   * where a thing the question calls by its quoted name ("units of the 'Oak Desk'") is found.
   */
  findNameColumn(): Column | undefined {
    for (const table of [this.fact, ...[...this.reachable.keys()].sort((a, b) => this.depth(a) - this.depth(b))]) {
      const column = (this.schema.tables[table] ?? []).find((c) => c.toLowerCase() === 'name');
      if (column) return { table, column };
    }
    return undefined;
  }

  /** How many references lead from the fact to a reachable table (the fact itself: 0). */
  private depth(table: string): number {
    return this.reachable.get(table)?.length ?? 0;
  }

  /** The column a text filter names by its words ("fiscal year 2026" → budget.fiscal_year), on the fact or a parent. */
  findNamed(filter: ConstraintFilter): Column | undefined {
    const order = [this.fact, ...this.preferred.filter((t) => this.reachable.has(t)), ...this.reachable.keys()];
    for (const table of new Set(order)) {
      const column = namedColumn(this.schema.tables[table] ?? [], filter, table);
      if (column) return { table, column };
    }
    return undefined;
  }

  /**
   * A boolean column a status value names ("active" → products.active; "inactive" → the same, negated),
   * on the fact or a table it references: a flag of the rows beats a status column elsewhere.
   */
  findFlag(value: string): { entry: Column; negated: boolean } | undefined {
    const word = value.toLowerCase().replace(/[\s_-]+/g, '');
    const found = this.flagNamed(word);
    if (found) return found;
    const standIn = FLAG_STAND_INS[word];
    return standIn === undefined ? undefined : this.flagNamed(standIn);
  }

  /** A boolean column named by the state word itself, or negated by it without "in"/"un"/"non". */
  private flagNamed(word: string): { entry: Column; negated: boolean } | undefined {
    const base = /^(?:in|un|non)(?=[a-z]{4})/.exec(word) ? word.replace(/^(?:in|un|non)/, '') : undefined;
    const order = [this.fact, ...this.preferred.filter((t) => this.reachable.has(t)), ...this.reachable.keys()];
    for (const table of new Set(order))
      for (const column of this.schema.tables[table] ?? []) {
        if (!/^bool/i.test(columnType(this.schema, table, column) ?? '')) continue;
        const name = column.toLowerCase().replace(/^is_?/, '').replace(/_/g, '');
        if (name === word) return { entry: { table, column }, negated: false };
        if (base !== undefined && name === base) return { entry: { table, column }, negated: true };
      }
    return undefined;
  }

  ref(entry: Column): string {
    this.join(entry.table);
    return `${this.alias(entry.table)}.${identifier(entry.column)}`;
  }

  type(entry: Column): string {
    return columnType(this.schema, entry.table, entry.column) ?? 'text';
  }
}

/**
 * A state word said of an account that names no column of its own: the flag it means ("suspended" users are
 * not `active`), tried when no boolean column is named by the word itself.
 */
const FLAG_STAND_INS: Readonly<Record<string, string>> = {
  disabled: 'inactive',
  deactivated: 'inactive',
  suspended: 'inactive',
  locked: 'inactive',
  blocked: 'inactive',
  discontinued: 'inactive',
  retired: 'inactive',
  enabled: 'active',
  live: 'active',
};

function literalFor(value: string, type: string): string {
  if (NUMERIC.test(type) && /^0x[0-9a-f]{1,12}$/i.test(value)) return String(parseInt(value, 16));
  return NUMERIC.test(type) && /^-?\d+(\.\d+)?$/.test(value) ? value : sqlString(value);
}

/** A value said in quotes with no column ("the 'Oak Desk'"): the name of a thing. */
const QUOTED_NAME = /^\s*['"‘“].*['"’”]\s*$/;
/** A column that holds an email address. */
const EMAIL_COLUMN = /e-?mail/i;
/** A logon name without a domain ("jdoe", "m.lee"): compared with the local part of an email, before its "@". */
const LOGON_NAME = /^[a-z][\w.-]{1,63}$/i;

function isLogonName(value: string): boolean {
  return LOGON_NAME.test(value);
}

/** A value with LIKE's wildcards (and its escape) escaped, to match them as written. */
function likeEscaped(value: string): string {
  return value.replace(/[%_\\]/g, (m) => `\\${m}`);
}

/** Measures of money still owed ("outstanding balance", "amount owed"). */
const OWED_MEASURE = /^(?:outstanding|owed|owing|unpaid)$/i;

/**
 * The payment time of a table whose sum of what is still owed is asked for, when no status of the table says which
 * rows are meant: the rows without one are those still owed. Undefined otherwise.
 */
function owedUnpaidColumn(c: QueryConstraints, columns: readonly string[], schema: SqlSchema): string | undefined {
  if (!OWED_MEASURE.test(c.measure?.of ?? '')) return undefined;
  if (c.filters.some((x) => x.kind === 'status' && tableOfField(x.field, schema) !== undefined)) return undefined;
  return columns.find((col) => PAID_COLUMN.test(col));
}

/** The word right after a value's words ("suspended customers" → customers). */
const WORD_AFTER = /^\s+([a-z]+)\b/i;

/**
 * A status the analysis placed on a table the fact references, said of that table's rows by name ("unpaid bills of
 * suspended customers" → customers.status): that table's status, not the fact's.
 */
function qualifiedStatus(filter: ConstraintFilter, parts: SqlQueryParts, question: string): Column | undefined {
  const entry = parts.placed(filter.field);
  const noun = entry ? WORD_AFTER.exec(wordsAfter(question, filter.expression))?.[1] : undefined;
  return noun !== undefined && singular(noun.toLowerCase()) === singular(entry!.table) ? entry : undefined;
}

/** What a boolean column can be compared with. */
const BOOLEAN_LITERAL = /^(?:true|false|t|f|yes|no|y|n|1|0|on|off)$/i;

function filterClause(filter: ConstraintFilter, parts: SqlQueryParts, notes: string[], question: string): string[] {
  if (
    filter.kind === 'status' &&
    filter.values.length === 1 &&
    (filter.operator === 'eq' || filter.operator === 'neq')
  ) {
    const flag = parts.findFlag(filter.values[0]!);
    if (flag) return [`${parts.ref(flag.entry)} IS ${flag.negated !== (filter.operator === 'neq') ? 'NOT ' : ''}TRUE`];
  }
  const entry =
    filter.kind === 'text'
      ? (parts.findNamed(filter) ?? (QUOTED_NAME.test(filter.expression) ? parts.findNameColumn() : undefined))
      : ((filter.kind === 'status' ? qualifiedStatus(filter, parts, question) : undefined) ??
        parts.find(filter.kind, filter.field, filter.values));
  if (filter.kind === 'text' && !entry) return [];
  if (!entry) {
    notes.push(
      `no table reachable from ${parts.fact} has a column for the ${filter.kind} "${filter.expression || filter.values.join(', ')}"; it is not applied`,
    );
    return [];
  }
  const type = parts.type(entry);
  let ref = parts.ref(entry);
  // "active back-office accounts": a word read as the value of a flag column is no value a flag holds; the flag
  // said is the state asked for.
  if (/^bool/i.test(type) && !filter.values.every((v) => BOOLEAN_LITERAL.test(v))) {
    notes.push(
      `${entry.column} holds true or false, not "${filter.values.join(', ')}"; read as ${entry.column} IS TRUE`,
    );
    return [`${ref} IS TRUE`];
  }
  const ci = CASE_INSENSITIVE.has(filter.kind) && !NUMERIC.test(type) && type !== 'inet';
  if (ci) ref = `LOWER(${ref})`;
  const values = filter.values.map((v) => literalFor(ci ? v.toLowerCase() : v, type));
  const clauses: string[] = [];
  switch (filter.operator) {
    case 'eq':
    case 'in':
      if (filter.kind === 'cidr') clauses.push(`(${filter.values.map((v) => withinRange(ref, type, v)).join(' OR ')})`);
      else if (filter.kind === 'user' && EMAIL_COLUMN.test(entry.column) && filter.values.every(isLogonName))
        clauses.push(
          `(${filter.values.map((v) => `${ref} LIKE ${sqlString(`${likeEscaped(v.toLowerCase())}@%`)}`).join(' OR ')})`,
        );
      else clauses.push(values.length === 1 ? `${ref} = ${values[0]}` : `${ref} IN (${values.join(', ')})`);
      break;
    case 'neq':
    case 'not_in':
      // "ip not in 10.0.0.0/8": an address outside every range said, not one unequal to the range's text.
      if (filter.kind === 'cidr') clauses.push(...filter.values.map((v) => withinRange(ref, type, v, true)));
      // "not the svc-* accounts": a name written with wildcards is every name so made, left out.
      else if (filter.values.some((v) => v.includes('*')))
        clauses.push(
          ...filter.values.map((v) =>
            v.includes('*')
              ? `${ref}::text NOT ILIKE ${sqlString(v.split('*').map(likeEscaped).join('%'))}`
              : `${ref} <> ${literalFor(ci ? v.toLowerCase() : v, type)}`,
          ),
        );
      else clauses.push(values.length === 1 ? `${ref} <> ${values[0]}` : `${ref} NOT IN (${values.join(', ')})`);
      break;
    case 'contains':
      clauses.push(
        `(${filter.values.map((v) => `${ref}::text ILIKE ${sqlString(`%${likeEscaped(v)}%`)}`).join(' OR ')})`,
      );
      break;
    default: {
      const value = filter.values[0]!;
      if (!/^-?\d+(\.\d+)?$/.test(value)) {
        notes.push(
          `the ${filter.kind} filter "${filter.expression}" compares with a value that is not a number; it is not applied`,
        );
        return [];
      }
      const op = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[filter.operator];
      clauses.push(`${ref} ${op} ${value}`);
    }
  }
  if (filter.kind === 'amount' && filter.currency) {
    const currency = columnFor(parts.schema.tables[entry.table] ?? [], 'currency', null, entry.table);
    if (currency) clauses.push(`${parts.alias(entry.table)}.${currency} = ${sqlString(filter.currency)}`);
    else
      notes.push(`${entry.table} has no currency column; the amount is compared in whatever currency it is stored in`);
  }
  return clauses;
}

/** A column that names what happened on each row ("event_type", "action"), where an outcome can be part of the name. */
const EVENT_NAME_COLUMN = /^(?:event_?type|event_?name|action|activity)$/i;

/** The part of an outcome word its event names share ("failed", "failure" → "fail"; "succeeded" → "succe"). */
function outcomeStem(value: string): string {
  const word = value.toLowerCase();
  if (/^fail/.test(word)) return 'fail';
  if (/^succe/.test(word)) return 'succe';
  return word.replace(/(?:ed|ure|ing)$/, '');
}

/**
 * "failed login events" on a table with no status column: the outcome is part of the event's name
 * ("failed_login", "login_failure"), so both words are searched in the event-name column. Null when a
 * column holds the status, or no event name is filtered.
 */
function outcomeInEventType(
  filters: readonly ConstraintFilter[],
  parts: SqlQueryParts,
): { clauses: string[]; applied: ConstraintFilter[] } | null {
  const status = filters.find(
    (f) =>
      f.kind === 'status' &&
      f.operator === 'eq' &&
      f.values.length === 1 &&
      /^[a-z]{4,20}$/i.test(f.values[0]!) &&
      !parts.findFlag(f.values[0]!) &&
      !parts.find('status', f.field, f.values),
  );
  if (!status) return null;
  const named = filters.find((f) => {
    if (f.kind !== 'text' || f.operator !== 'eq' || f.values.length !== 1) return false;
    const entry = parts.findNamed(f);
    return entry !== undefined && EVENT_NAME_COLUMN.test(entry.column) && !NUMERIC.test(parts.type(entry));
  });
  const eventName = named
    ? parts.findNamed(named)
    : (parts.schema.tables[parts.fact] ?? [])
        .filter((column) => EVENT_NAME_COLUMN.test(column))
        .map((column) => ({ table: parts.fact, column }))
        .find((entry) => !NUMERIC.test(parts.type(entry)));
  if (!eventName) return null;
  const ref = parts.ref(eventName);
  const like = (word: string) => `${ref} ILIKE ${sqlString(`%${likeEscaped(word.toLowerCase())}%`)}`;
  // "failed logins from 10.0.0.9" with no event named: the outcome alone is part of the events' names.
  if (!named) return { clauses: [like(outcomeStem(status.values[0]!))], applied: [status] };
  return { clauses: [like(named.values[0]!), like(outcomeStem(status.values[0]!))], applied: [status, named] };
}

/** "last month", "previous quarter": in a business database, the calendar period before this one. */

/** Whole calendar months a bucket may span that `DATE_TRUNC` names: a quarter and a year. */
const MONTH_PERIODS: Readonly<Record<number, string>> = { 3: 'quarter', 12: 'year' };

/**
 * The `DATE_TRUNC` unit of a time bucket: its own unit, a quarter or a year for 3 or 12 months. A bucket of several
 * units that no calendar period is ("every 2 hours") is truncated to one unit, with a note.
 */
function truncUnit(bucket: { unit: string; size: number }, notes: string[]): string {
  if (bucket.size === 1) return bucket.unit;
  const period = bucket.unit === 'month' ? MONTH_PERIODS[bucket.size] : undefined;
  if (period) return period;
  notes.push(`buckets of ${bucket.size} ${bucket.unit}s are shown one ${bucket.unit} each`);
  return bucket.unit;
}

/** Words between a moment's verb and the window that name no moment: "paid an invoice, per week, over the last…". */
const PASSED_BEFORE_WINDOW =
  /^(?:an?|the|their|its|one|any|per|each|every|by|over|in|for|during|within|and|(?:hour|day|week|month|quarter|year)s?|hourly|daily|weekly|monthly|quarterly|yearly)$/;

/** Words that name a moment by another word than its column's ("payments in May", "settled last week" → paid_at). */
const MOMENT_SYNONYMS: Readonly<Record<string, string>> = {
  payment: 'paid',
  payments: 'paid',
  settled: 'paid',
  collected: 'paid',
  collect: 'paid',
  // Money said to have reached us ("how much we received last week", "what they paid us in May", "what came in").
  received: 'paid',
  came: 'paid',
  receive: 'paid',
  pay: 'paid',
};

/** "by payment date", "based on the paid date", "according to due date": the moment the question says to date rows by. */
const DATED_BY =
  /\b(?:by|on|using|per|based\s+on|according\s+to|going\s+by)\s+(?:the\s+|their\s+|its\s+)?([a-z]{3,20})\s+(?:date|day|time|timestamp)s?\b/gi;

/**
 * "put each one in the month it was paid", "count them in the week they shipped", "by when they were paid": the
 * period or the moment of a deed of each row, which dates the rows by that deed's column.
 */
const DATED_WHEN =
  /\b(?:in|into|by|under|to|according\s+to|based\s+on|going\s+by)\s+(?:the\s+)?(?:(?:hour|day|week|month|quarter|year)\s+(?:(?:it|they|each(?:\s+one)?)\s+(?:was|were|got)\s+|(?:it|they)\s+)|when\s+(?:it|they|each(?:\s+one)?)\s+(?:was|were|got)\s+)(?:actually\s+|first\s+)?([a-z]{3,20})\b/gi;

/** The time column a question says to date its rows by, anywhere in it ("weekly totals by payment date"), or undefined. */
function datedByColumn(table: string, schema: SqlSchema, question: string): string | undefined {
  const columns = (schema.tables[table] ?? []).filter((c) => /_(?:date|at|on)$/.test(c));
  for (const m of [...question.slice(0, 1_000).matchAll(DATED_BY), ...question.slice(0, 1_000).matchAll(DATED_WHEN)]) {
    const word = m[1]!.toLowerCase();
    const moment = MOMENT_SYNONYMS[word] ?? word;
    const column = columns.find((c) => c.replace(/_(?:date|at|on)$/, '') === moment) ?? momentColumn(columns, moment);
    if (column) return column;
  }
  return undefined;
}

/**
 * The time column the question names next to its window ("due before 31 Jan" → due_date, "paid in
 * March" → paid_at, "payments in March" → paid_at), when the dated table has one starting with that word; else
 * undefined.
 */
function namedTimeColumn(
  table: string,
  schema: SqlSchema,
  question: string,
  description: string | null,
): string | undefined {
  const before = wordsBefore(question, description);
  if (before === null) return undefined;
  const columns = (schema.tables[table] ?? []).filter((c) => /_(?:date|at|on)$/.test(c));
  const bucketed = BUCKET_OF_BEFORE_WINDOW.exec(before);
  const bucketMoment = bucketed ? momentColumn(columns, bucketed[1]!) : undefined;
  if (bucketMoment) return bucketMoment;
  // "paid after the due date this year": the due date is compared with, the window is on the payment.
  const own = singular(compactName(table));
  const words = (withoutDueComparison(before).match(/[a-z]+/g) ?? []).filter(
    (word) => !PASSED_BEFORE_WINDOW.test(word) && singular(word) !== own,
  );
  for (const word of words.slice(-4).reverse()) {
    const moment = MOMENT_SYNONYMS[word] ?? word;
    const column = columns.find((c) => c.replace(/_(?:date|at|on)$/, '') === moment);
    if (column) return column;
  }
  return undefined;
}

/**
 * "sum of payments by month": a sum or count of rows named by one word that names one of their moments (payments →
 * paid_at) dates them by it, not by the table's own time; undefined for any other measure. A measure named by the
 * state itself ("how much of it is already paid" → of "paid") names no rows: what was invoiced in October and is
 * paid by now keeps the table's own time.
 */
function measuredMoment(measure: Measure | null, columns: readonly string[]): string | undefined {
  const of = measure?.of?.toLowerCase() ?? '';
  if (!measure || (measure.kind !== 'sum' && measure.kind !== 'count') || !/^[a-z]+$/.test(of)) return undefined;
  if (columns.some((column) => column.replace(/_(?:date|at|on)$/, '') === of)) return undefined;
  return momentColumn(columns, of);
}

/** Whether the window falls in one calendar year ("this fiscal year", "in 2025", "last qtr", not "the last 365 days"). */
function withinOneYear(input: QueryInput): boolean {
  if (periodMonths(input.time, new Date())) return true;
  if (!input.time?.start) return false;
  const start = new Date(input.time.start);
  const end = input.time.end ? new Date(new Date(input.time.end).getTime() - 1) : new Date();
  return !Number.isNaN(start.getTime()) && start.getUTCFullYear() === end.getUTCFullYear();
}

/** The year of a window, and the month numbers of a part of that year ("last month" → 10 to 10). */
interface YearOfWindow {
  readonly column: string;
  readonly year: number;
  readonly month?: { readonly column: string; readonly from: number; readonly to: number };
}

/**
 * A table without a timestamp but with a year column (`fiscal_year`, `year`): a window inside one
 * calendar year ("this fiscal year", "in 2025", "last year") is that year's rows; a calendar month or
 * quarter of it ("last month", "Q3 2025") is those months' rows too, when a month column numbers them.
 */
function yearOfWindow(input: QueryInput, fact: string, schema: SqlSchema): YearOfWindow | undefined {
  const numbered = (pattern: RegExp) =>
    (schema.tables[fact] ?? []).find((col) => pattern.test(col) && NUMERIC.test(columnType(schema, fact, col) ?? ''));
  const column = numbered(YEAR_COLUMN);
  if (!column) return undefined;
  const period = periodMonths(input.time, new Date());
  // "the first six months of this fiscal year", "H2 of last year": a part of the year's months, when a column numbers them.
  const part = partOfYearMonths(input.naturalLanguage);
  const partColumn = part && (!period || (period.from === 1 && period.to === 12)) ? numbered(MONTH_COLUMN) : undefined;
  if (part && partColumn && (period || withinOneYear(input))) {
    const year = period?.year ?? new Date(input.time!.start!).getUTCFullYear();
    return { column, year, month: { column: partColumn, ...part } };
  }
  if (!period)
    return withinOneYear(input) ? { column, year: new Date(input.time!.start!).getUTCFullYear() } : undefined;
  const monthColumn = period.from > 1 || period.to < 12 ? numbered(MONTH_COLUMN) : undefined;
  return monthColumn
    ? { column, year: period.year, month: { column: monthColumn, from: period.from, to: period.to } }
    : { column, year: period.year };
}

/** The WHERE conditions of a year (and months) of a window, on the fact's own columns. */
function yearClauses(window: YearOfWindow, f: string): string[] {
  const year = `${f}.${identifier(window.column)} = ${window.year}`;
  const month = window.month;
  if (!month) return [year];
  const ref = `${f}.${identifier(month.column)}`;
  return [year, month.from === month.to ? `${ref} = ${month.from}` : `${ref} BETWEEN ${month.from} AND ${month.to}`];
}

/** The WHERE terms of the window on a time column: `DATE_TRUNC` for calendar periods, a half-open range, or an interval. */
export function timeClauses(input: QueryInput, ref: string): string[] {
  const when = hoursOfDaySaid(input.naturalLanguage);
  const window = windowClauses(input, ref);
  return when ? [...window, sqlHoursCondition(when, ref)] : window;
}

function windowClauses(input: QueryInput, ref: string): string[] {
  const time = input.time;
  if (!time) return [];
  if (input.constraints?.periodComparison) return sqlComparedWindow(input.constraints.periodComparison, ref);
  const unit = previousPeriodUnit(time);
  if (unit) {
    return [
      `${ref} >= DATE_TRUNC('${unit}', NOW()) - INTERVAL '${unit === 'quarter' ? '3 months' : `1 ${unit}`}'`,
      `${ref} < DATE_TRUNC('${unit}', NOW())`,
    ];
  }
  const bound = dateBound(time, input.naturalLanguage);
  if (bound) return [`${ref} ${bound.op} ${sqlTimestamp(bound.at)}`];
  const period = calendarPeriod(time);
  if (period === 'yesterday')
    return [`${ref} >= DATE_TRUNC('day', NOW()) - INTERVAL '1 day'`, `${ref} < DATE_TRUNC('day', NOW())`];
  if (period) return [`${ref} >= DATE_TRUNC('${period === 'today' ? 'day' : period}', NOW())`];
  const since = sinceCalendarPeriod(time);
  if (since === 'yesterday') return [`${ref} >= DATE_TRUNC('day', NOW()) - INTERVAL '1 day'`];
  if (since) return [`${ref} >= DATE_TRUNC('${since === 'today' ? 'day' : since}', NOW())`];
  if (usesAbsoluteWindow(time))
    return isOpenEnded(time)
      ? [`${ref} >= ${sqlTimestamp(time.start!)}`]
      : [`${ref} >= ${sqlTimestamp(time.start!)}`, `${ref} < ${sqlTimestamp(time.end!)}`];
  return time.durationSeconds ? [`${ref} >= NOW() - INTERVAL '${sqlLookback(time)}'`] : [];
}

/** A calendar period said as what to show ("the month", "which quarter"). */
const PERIOD_KIND = /^(?:day|week|month|quarter|year)$/;

/** Inactivity: a "last seen" column on the entity, else NOT EXISTS over the activity table that references it. */
function inactivityClause(
  c: QueryConstraints,
  input: QueryInput,
  parts: SqlQueryParts,
  notes: string[],
): string | null {
  const inactivity = c.inactivity!;
  const fact = parts.fact;
  const columns = parts.schema.tables[fact] ?? [];
  const interval = inactiveSince(inactivity);
  const lastSeen = columns.find(
    (col) =>
      /^last_.*_at$/.test(col) &&
      (!inactivity.activity ||
        LOGIN_WORDS.test(inactivity.activity) ||
        col.includes(singular(compactName(inactivity.activity)))),
  );
  const a = parts.alias(fact);
  if (lastSeen) return `(${a}.${lastSeen} < ${interval} OR ${a}.${lastSeen} IS NULL)`;
  const word = inactivity.activity ? singular(compactName(inactivity.activity)) : '';
  const children = childrenOf(fact, parts.schema).filter((edge) => timeColumnOf(edge.from, parts.schema));
  const child =
    children.find((edge) => singular(compactName(edge.from)) === word || compactName(edge.from).includes(word)) ??
    children[0];
  if (!child) return relatedInactivityClause(inactivity, interval, parts, notes);
  const time = timeColumnOf(child.from, parts.schema)!;
  const x = 'x';
  const idle = `NOT EXISTS (SELECT 1 FROM ${identifier(child.from)} ${x} WHERE ${x}.${child.column} = ${a}.${child.column} AND ${x}.${time} >= ${interval})`;
  const active = activeBeforeClause(input, inactivity, child.from, child.column, time, a);
  return active ? `${active} AND ${idle}` : idle;
}

/** Slack, in milliseconds, within which a window and an inactive span are read as starting at the same moment. */
const SAME_START_MS = 60_000;

/**
 * "placed orders in October but haven't ordered since 1 November", "ordered in the last 90 days but not in the last
 * 30": a window that starts before the inactive span says when the entity was active, so it has rows of the activity
 * in that window (EXISTS), beside none since (NOT EXISTS). Null when there is no such window, or it is the inactive
 * span itself ("not logged in for 30 days", read as a 30-day window too).
 */
function activeBeforeClause(
  input: QueryInput,
  inactivity: NonNullable<QueryConstraints['inactivity']>,
  table: string,
  column: string,
  time: string,
  owner: string,
): string | null {
  const window = input.time;
  if (!window) return null;
  const now = Date.now();
  const windowStart = usesAbsoluteWindow(window)
    ? Date.parse(window.start!)
    : window.durationSeconds
      ? now - window.durationSeconds * 1000
      : NaN;
  const idleStart = inactivity.before ? Date.parse(inactivity.before) : now - inactivity.durationSeconds * 1000;
  if (!Number.isFinite(windowStart) || !Number.isFinite(idleStart) || windowStart >= idleStart - SAME_START_MS)
    return null;
  const x = 'y';
  const within = windowClauses(input, `${x}.${time}`);
  if (within.length === 0) return null;
  return `EXISTS (SELECT 1 FROM ${identifier(table)} ${x} WHERE ${[`${x}.${column} = ${owner}.${column}`, ...within].join(' AND ')})`;
}

/** "not logged in since 1 August": before that date; "not in 45 days": before that long ago. */
function inactiveSince(inactivity: NonNullable<QueryConstraints['inactivity']>): string {
  return inactivity.before
    ? sqlTimestamp(inactivity.before)
    : `NOW() - INTERVAL '${sqlLookback({ description: inactivity.expression, durationSeconds: inactivity.durationSeconds })}'`;
}

/** The rows of an activity that reference the entity by `column`, measured per entity (see {@link inactiveMeasured}). */
interface MeasuredActivity {
  readonly table: string;
  readonly column: string;
  readonly money: string;
}

/**
 * "clients who have not ordered in 6 months but spent over 1,000 before": a measure of money asked beside an
 * entity's inactivity is over the dated rows of that activity that reference the entity (orders, by customer_id):
 * their money column, summed per entity. Undefined for a count, or when the entity has no such rows.
 */
function inactiveMeasured(entity: string, c: QueryConstraints, schema: SqlSchema): MeasuredActivity | undefined {
  const m = c.measure;
  if (!c.inactivity || !m || m.kind === 'count' || m.kind === 'distinct_count' || m.of === 'time') return undefined;
  const word = c.inactivity.activity ? singular(compactName(c.inactivity.activity)) : '';
  const children = childrenOf(entity, schema).filter((edge) => timeColumnOf(edge.from, schema));
  const child =
    children.find((edge) => word && compactName(edge.from).includes(word)) ??
    (children.length === 1 ? children[0] : undefined);
  if (!child) return undefined;
  const columns = schema.tables[child.from] ?? [];
  const money = columnFor(columns, m.of ?? '', m.field, child.from) ?? moneyColumn(child.from, m.of ?? '', schema);
  return money ? { table: child.from, column: child.column, money } : undefined;
}

/** None of the entity's rows of activity since then, the entity read through the reference of the fact's row. */
function ownInactivityClause(c: QueryConstraints, activity: MeasuredActivity, parts: SqlQueryParts): string {
  const time = timeColumnOf(activity.table, parts.schema)!;
  const a = parts.alias(parts.fact);
  return `NOT EXISTS (SELECT 1 FROM ${identifier(activity.table)} x WHERE x.${activity.column} = ${a}.${activity.column} AND x.${time} >= ${inactiveSince(c.inactivity!)})`;
}

/**
 * "products with no orders in the last 90 days": the activity's rows reference the entity without a time of their
 * own (line items), dated by a parent (their order); none of them since then.
 */
function relatedInactivityClause(
  inactivity: NonNullable<QueryConstraints['inactivity']>,
  interval: string,
  parts: SqlQueryParts,
  notes: string[],
): string | null {
  const fact = parts.fact;
  const related = inactivity.activity ? absentRows(fact, inactivity.activity, parts.schema) : undefined;
  const dated = related ? absentRowsTime(related.from, 'x', parts.schema) : undefined;
  if (!related || !dated) {
    notes.push(
      `${fact} has no last-activity column and no table of activity; the inactivity condition (${inactivity.expression}) is not applied`,
    );
    return null;
  }
  notes.push(`${related.from} rows are dated by their ${singular(dated.via)}`);
  return `NOT EXISTS (SELECT 1 FROM ${identifier(related.from)} x${dated.join} WHERE x.${related.column} = ${parts.alias(fact)}.${related.column} AND ${dated.ref} >= ${interval})`;
}

/** The entity the inactivity is about: the group key's table, the named dimension (customers, users), or the first table. */
function inactivityEntity(tables: readonly string[], c: QueryConstraints, schema: SqlSchema, question: string): string {
  // "Which customers haven't ordered …": the entity asked about, before the tables the analysis chose.
  const asked = rankedSubject(question);
  const tableNamed = (word: string) =>
    Object.keys(schema.tables).find((t) => singular(compactName(t)) === singular(compactName(word)));
  for (const word of [...c.groupBy.map((g) => g.kind), ...(asked ? [asked] : [])]) {
    const named = tableNamed(word);
    if (named) return named;
  }
  // "accounts that have not logged in for 45 days": no table named for them, the one that keeps when that last happened.
  const activity = c.inactivity?.activity ?? null;
  const keepsLast = (t: string) =>
    activity !== null &&
    (schema.tables[t] ?? []).some(
      (col) =>
        /^last_.*_at$/.test(col) && (LOGIN_WORDS.test(activity) || col.includes(singular(compactName(activity)))),
    );
  // A table of the schema keeps it when none the analysis chose does ("admins in our app database who …").
  const keeper = tables.find((t) => schema.tables[t] && keepsLast(t)) ?? Object.keys(schema.tables).find(keepsLast);
  if (keeper) return keeper;
  // "customers in Peru without any orders …": the rows of the activity (and their line items) are not who did not
  // do it; the table they reference is, or another table the analysis chose ("products not ordered …").
  const own = activity ? tableNamed(activity) : undefined;
  const doers = own ? parentsOf(own, schema).map((edge) => edge.to) : [];
  const ofActivity = (t: string) => t === own || parentsOf(t, schema).some((edge) => edge.to === own);
  // "SMB clients in Spain who have not ordered …": the table the analysis put the entity's own values on.
  const described = c.filters
    .map((f) => tableOfField(f.field, schema))
    .find((t): t is string => t !== undefined && !ofActivity(t));
  if (described) return described;
  const named = tables.map(tableNamed).filter((t): t is string => t !== undefined);
  const entity = named.find((t) => doers.includes(t)) ?? named.find((t) => !ofActivity(t)) ?? named[0];
  if (entity) return entity;
  return tables.find((t) => schema.tables[t]) ?? Object.keys(schema.tables)[0]!;
}

/** One aggregate: MIN/MAX of the time ("first and last seen"), PERCENTILE_CONT for a median or percentile, else SUM/AVG/…. */
function sqlMeasure(
  measure: Measure,
  parts: SqlQueryParts,
  timeRef: string | null,
  notes: string[],
): { expression: string; name: string } | null {
  if (measure.kind === 'count') return { expression: 'COUNT(*)', name: 'count' };
  if (measure.of === 'time' && (measure.kind === 'min' || measure.kind === 'max')) {
    if (timeRef)
      return {
        expression: `${measure.kind.toUpperCase()}(${timeRef})`,
        name: measure.kind === 'min' ? 'first_seen' : 'last_seen',
      };
    notes.push(`${parts.fact} has no timestamp column for the ${measure.kind === 'min' ? 'first' : 'last'} time`);
    return null;
  }
  const elapsed = elapsedColumns(
    measure.of,
    [parts.fact, ...[...parts.reachable.keys()].filter((t) => t !== parts.fact)],
    parts.schema,
  );
  if (elapsed) {
    parts.join(elapsed.table);
    const value = elapsedExpression(elapsed, parts.alias(elapsed.table), parts.schema);
    const fn = { avg: 'AVG', sum: 'SUM', min: 'MIN', max: 'MAX', median: '', percentile: '' }[measure.kind as string];
    const name = `${measure.kind}_${elapsed.unit}`;
    if (measure.kind === 'median' || measure.kind === 'percentile')
      return {
        expression: `ROUND((PERCENTILE_CONT(${(measure.percentile ?? 50) / 100}) WITHIN GROUP (ORDER BY ${value}))::numeric, 2)`,
        name,
      };
    if (fn) return { expression: `ROUND((${fn}(${value}))::numeric, 2)`, name };
  }
  const entry = parts.find(measure.of ?? '', measure.field);
  if (!entry) {
    notes.push(
      `no column holds "${measure.of ?? measure.field ?? '?'}" to ${measure.kind}; the query counts rows instead`,
    );
    return null;
  }
  const ref = parts.ref(entry);
  const per = measure.kind === 'avg' && measure.per ? parts.find(measure.per.kind, measure.per.field) : null;
  // "average number of orders per client": a key column averaged per key is its rows counted, over the keys.
  if (per && primaryKey(entry.table, parts.schema) === entry.column)
    return {
      expression: `ROUND(COUNT(DISTINCT ${ref})::numeric / NULLIF(COUNT(DISTINCT ${parts.ref(per)}), 0), 2)`,
      name: `avg_${singular(entry.table)}_per_${per.column}`,
    };
  // The mean of each key's sum is the whole sum over the number of keys: no subquery needed.
  if (per)
    return {
      expression: `ROUND(SUM(${ref})::numeric / NULLIF(COUNT(DISTINCT ${parts.ref(per)}), 0), 2)`,
      name: `avg_${entry.column}_per_${per.column}`,
    };
  if (measure.kind === 'median' || measure.kind === 'percentile') {
    const rank = measure.percentile ?? 50;
    const name =
      measure.kind === 'median' ? `median_${entry.column}` : `p${String(rank).replace('.', '_')}_${entry.column}`;
    return { expression: `PERCENTILE_CONT(${rank / 100}) WITHIN GROUP (ORDER BY ${ref})`, name };
  }
  const fn = { distinct_count: 'COUNT', sum: 'SUM', avg: 'AVG', min: 'MIN', max: 'MAX' }[measure.kind];
  const expression = `${fn}(${measure.kind === 'distinct_count' ? 'DISTINCT ' : ''}${ref})`;
  const name = `${{ distinct_count: 'distinct', sum: 'sum', avg: 'avg', min: 'min', max: 'max' }[measure.kind]}_${entry.column}`;
  return { expression: measure.kind === 'avg' ? `ROUND(${expression}, 2)` : expression, name };
}

/** A status filter that only says "active", with no column named for it. */
function isActiveWord(filter: ConstraintFilter): boolean {
  return (
    filter.kind === 'status' &&
    filter.field === null &&
    filter.values.length === 1 &&
    filter.values[0]!.toLowerCase() === 'active'
  );
}

/**
 * The amount column of the fact when the measure is the largest or smallest of the fact's own rows
 * ("the 5 biggest invoices", "smallest orders"): those rows are listed by it, not reduced to one value.
 */
function rankedRowsColumn(c: QueryConstraints, parts: SqlQueryParts): Column | undefined {
  const m = c.measure;
  if (!m || (m.kind !== 'max' && m.kind !== 'min') || !m.of || m.of === 'time' || c.having || c.comparison)
    return undefined;
  if (singular(compactName(m.of)) !== singular(compactName(parts.fact))) return undefined;
  const entry = parts.find('amount', null);
  return entry?.table === parts.fact ? entry : undefined;
}

/** The two distinct columns a pair of words names ("spent" and "budget"), or null with a note saying what is dropped. */
function twoColumns(
  parts: SqlQueryParts,
  pair: {
    readonly left: string;
    readonly right: string;
    readonly leftField: string | null;
    readonly rightField: string | null;
    readonly expression: string;
  },
  what: string,
  outcome: string,
  notes: string[],
) {
  const left = parts.find(pair.left, pair.leftField);
  const right = parts.find(pair.right, pair.rightField);
  if (!left || !right || left.column === right.column) {
    notes.push(
      `no two columns hold "${pair.left}" and "${pair.right}"; ${what} (${pair.expression}) is not ${outcome}`,
    );
    return null;
  }
  return { left, right };
}

/** The words between "by" and a comparison said after it ("by overspend", "by budget overrun"). */
const BY_BEFORE = /\bby\s+(?:[\w-]+\s+){0,2}$/i;
/** Characters before a comparison read for {@link BY_BEFORE}. */
const BY_REACH = 40;

/** Whether the question ranks by the comparison itself ("rank teams by overspend"), not by a measure beside it. */
function rankedByComparison(question: string, expression: string): boolean {
  const at = question.toLowerCase().indexOf(expression.toLowerCase());
  return at > 0 && BY_BEFORE.test(question.slice(Math.max(0, at - BY_REACH), at));
}

/** Two columns compared ("spent more than the budget"): the summed difference for groups, the row test for a list. */
function comparisonOf(
  c: QueryConstraints,
  parts: SqlQueryParts,
  notes: string[],
): { difference: string; name: string; groupTest: string; rowTest: string } | null {
  const comparison = c.comparison;
  if (!comparison) return null;
  const columns = twoColumns(parts, comparison, 'the comparison', 'applied', notes);
  if (!columns) return null;
  const { left, right } = columns;
  const operator = { gt: '>', gte: '>=', lt: '<', lte: '<=', eq: '=' }[comparison.operator];
  const l = parts.ref(left);
  const r = parts.ref(right);
  if (comparison.ratio !== 1) return shareComparison(comparison.ratio, operator, left, right, l, r);
  return {
    difference: `SUM(${l} - ${r})`,
    name: `${left.column}_minus_${right.column}`,
    // The sums compared, not the sum of differences: a row with one side NULL still counts on the other.
    groupTest: `SUM(${l}) ${operator} SUM(${r})`,
    rowTest: `${l} ${operator} ${r}`,
  };
}

/**
 * "used more than 90% of their budget": the left sum against that share of the right one, the share reached
 * shown as a percentage.
 */
function shareComparison(ratio: number, operator: string, left: Column, right: Column, l: string, r: string) {
  return {
    difference: `ROUND(100.0 * SUM(${l}) / NULLIF(SUM(${r}), 0), 2)`,
    name: `${left.column}_pct_of_${right.column}`,
    groupTest: `SUM(${l}) ${operator} ${ratio} * SUM(${r})`,
    rowTest: `${l} ${operator} ${ratio} * ${r}`,
  };
}

/** What is left of an allotment ("budget left"): the sum of one column less the sum of the other. */
function differenceOf(
  c: QueryConstraints,
  parts: SqlQueryParts,
  notes: string[],
): { expression: string; name: string } | null {
  const difference = c.difference;
  if (!difference) return null;
  const columns = twoColumns(parts, difference, 'the difference', 'computed', notes);
  if (!columns) return null;
  const { left, right } = columns;
  return {
    expression: `SUM(${parts.ref(left)}) - SUM(${parts.ref(right)})`,
    name: `${left.column}_left`,
  };
}

/**
 * "customers who never ordered", "products with no orders in 2026": NOT EXISTS over the table of the
 * related rows that references the subject, the window (if any) on that table's time; else a last-activity
 * column that is NULL.
 */
/** A verb saying when the subject rows came to be ("signed up", "registered", "joined", "created"). */
const SUBJECT_CREATED =
  /\b(?:signed\s+up|registered|joined|onboarded|created|opened\s+(?:an?\s+|their\s+)?accounts?)\b/gi;

/** What may stand between that verb and the window ("signed up between …", "joined during …"). */
const WINDOW_LEAD = /^\s*(?:(?:between|from|in|on|during|since|after|before|within|over|at)\s+)?(?:the\s+)?$/;

/** Whether the question's window follows a verb of the subject's creation ("signed up in October"). */
function windowDatesSubject(input: QueryInput): boolean {
  const said = input.time?.description?.trim().toLowerCase();
  if (!said) return false;
  const text = input.naturalLanguage.toLowerCase();
  for (const m of text.matchAll(SUBJECT_CREATED)) {
    const end = m.index + m[0].length;
    const at = text.indexOf(said, end);
    if (at >= 0 && at - end <= 24 && WINDOW_LEAD.test(text.slice(end, at))) return true;
  }
  return false;
}

/**
 * Whether a table's rows are records of a dated doing of their own (orders: they reference a party and keep a
 * time), not parties or things (customers, products) whose window is that of what they did.
 */
function datedRecord(table: string, schema: SqlSchema): boolean {
  return parentsOf(table, schema).length > 0 && timeColumnOf(table, schema) !== undefined;
}

/** Sales said as a noun or a verb ("no sales", "not sold"): the rows that sell something, not a table of that name. */
const SALE_WORD = /^(?:sales?|sold|sell|purchases?|purchased|bought)$/i;

/**
 * The table of the related rows an absence is about: the child of the subject named by the word; for sales,
 * the child that holds quantities (the line items that sell it) or, for a buyer, the child whose lines hold them
 * (its orders); else the subject's only child.
 */
function absentRows(fact: string, of: string, schema: SqlSchema): ManyToOne | undefined {
  const word = singular(compactName(of));
  const children = childrenOf(fact, schema);
  const named =
    children.find((edge) => singular(compactName(edge.from)) === word) ??
    children.find((edge) => compactName(edge.from).includes(word));
  if (named) return named;
  if (SALE_WORD.test(of)) {
    const sold = children.find((edge) => (schema.tables[edge.from] ?? []).some((col) => QUANTITY.test(col)));
    if (sold) return sold;
    // A buyer's sales are the records whose lines hold the quantities (a customer's orders, not its tickets).
    const bought = children.find((edge) =>
      childrenOf(edge.from, schema).some((line) => (schema.tables[line.from] ?? []).some((col) => QUANTITY.test(col))),
    );
    if (bought) return bought;
  }
  return children.length === 1 ? children[0] : undefined;
}

/**
 * The time of the related rows, on their table or, when it has none, on a parent that dates them (a line
 * item is dated by its order): the column reference and the join it needs inside the subquery.
 */
function absentRowsTime(
  table: string,
  x: string,
  schema: SqlSchema,
  used: ReadonlySet<string> = new Set(),
): { ref: string; join: string; via: string } | undefined {
  const own = timeColumnOf(table, schema);
  if (own) return { ref: `${x}.${own}`, join: '', via: table };
  const parent = parentsOf(table, schema).find(
    (edge) => timeColumnOf(edge.to, schema) !== undefined && parentsOf(edge.to, schema).length > 0,
  );
  if (!parent) return undefined;
  // The parent's own alias ("o" for orders), past those the outer query and the subquery already use.
  const y = aliasFor(parent.to, new Set([...used, x]));
  return {
    ref: `${y}.${timeColumnOf(parent.to, schema)!}`,
    join: ` JOIN ${identifier(parent.to)} ${y} ON ${y}.${parent.column} = ${x}.${parent.column}`,
    via: parent.to,
  };
}

function absenceClause(absence: Absence, input: QueryInput, parts: SqlQueryParts, notes: string[]): string | null {
  return relatedRowsClause(absence.of, absence.expression, input, parts, notes, 'NOT EXISTS');
}

/** "products that were still ordered", "clients billed": the rows that record that, of the entity listed. */
const DONE_TO: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:ordered|bought|purchased|sold|spent)\b/i, 'order'],
  [/\b(?:invoiced|billed)\b/i, 'invoice'],
  // "products that still appeared on orders this year", "items that showed up in orders": being on an order.
  [APPEARED_ON('orders?|purchases?'), 'order'],
  [APPEARED_ON('invoices?|bills?'), 'invoice'],
];

const NEGATED_DOING = /\b(?:not|never|no|nothing|none|without)\b|n['’]t\b/i;

/** "appeared on …", "showed up in …", "were listed on …": a row being on a record of the kind `nouns` names. */
function APPEARED_ON(nouns: string): RegExp {
  return new RegExp(
    String.raw`\b(?:appear(?:s|ed|ing)?|show(?:s|ed|ing)?\s+up|turn(?:s|ed|ing)?\s+up|(?:is|are|was|were|been)\s+(?:still\s+)?(?:listed|included))\s+(?:on|in)\s+(?:any\s+|an?\s+|some\s+|the\s+)?(?:${nouns})\b`,
    'i',
  );
}

/** The tables the question groups by (`customers` of `customers.segment`). */
function groupTables(c: QueryConstraints): string[] {
  return c.groupBy.flatMap((g) => (g.field ? [g.field.split('.')[0]!] : []));
}

/**
 * "buyers whose first order was last week": a dimension asked of its first doing is read over the dated rows that
 * record it (orders), where each one's first is kept. Undefined unless the question asks of a first time and the
 * dimension has such rows.
 */
function firstTimeRows(fact: string, schema: SqlSchema, question: string): string | undefined {
  if (parentsOf(fact, schema).length > 0 || !asksFirstTime(question)) return undefined;
  const rows = absentRows(fact, 'order', schema);
  return rows && timeColumnOf(rows.from, schema) ? rows.from : undefined;
}

/**
 * "shoppers who purchased over 3 times this quarter": rows of a dimension counted per its own key against a threshold
 * count one row each; what is counted is the dated rows that record the doing (orders), read instead. Undefined when
 * no count of rows with a threshold is grouped by the dimension's key, the doing is negated, or no such table is kept.
 */
function countedDoings(fact: string, c: QueryConstraints, schema: SqlSchema, question: string): string | undefined {
  if (c.measure?.kind !== 'count' || c.measure.field || !c.having || parentsOf(fact, schema).length > 0)
    return undefined;
  const key = primaryKey(fact, schema);
  // Grouped by the dimension's key, said of it or of a table that references it (`order_items.product_id`).
  const byKey = c.groupBy.some((g) => g.field === `${fact}.${key}` || g.field?.endsWith(`.${key}`));
  if (!key || !byKey || NEGATED_DOING.test(question)) return undefined;
  const of = DONE_TO.find(([pattern]) => pattern.test(question))?.[1];
  const rows = of ? absentRows(fact, of, schema) : undefined;
  return rows && absentRowsTime(rows.from, 'x', schema) ? rows.from : undefined;
}

/**
 * "inactive products that still got ordered in the past 30 days": a dimension listed by what was done to it in
 * the window — EXISTS over the rows that record it (dated by their own time or a parent's). Null when the
 * question says nothing was done to the rows or no table of such rows references them.
 */
function doneInWindowClause(input: QueryInput, parts: SqlQueryParts, notes: string[]): string | null {
  // "ordered nothing since May", "never bought": what was not done is no presence (an absence, read elsewhere).
  if (NEGATED_DOING.test(input.naturalLanguage)) return null;
  const of = DONE_TO.find(([pattern]) => pattern.test(input.naturalLanguage))?.[1];
  if (!of || !absentRows(parts.fact, of, parts.schema)) return null;
  return relatedRowsClause(of, of, input, parts, notes, 'EXISTS');
}

/** "logged in", "signed on": the rows' own sign-in said as done (see {@link signedInWindowClause}). */
const SIGNED_IN = /\b(?:logged|signed)[\s-]?(?:in|on)\b/i;
/** A column of the rows that keeps when they last signed in (`last_login_at`, `last_signin_at`). */
const LAST_SIGN_IN_COLUMN = /^last_(?:log_?(?:in|on)|sign_?(?:in|on))_at$/;

/** A sign-in said as a noun or a verb ("last login", "latest sign-in", "last logged on"). */
const SIGN_IN_SAID = /\b(?:log(?:ged)?[\s-]?(?:in|on)s?|logins?|logons?|sign(?:ed)?[\s-]?(?:in|on)s?|signins?)\b/i;

/**
 * "last login per department": the latest sign-in is the column that keeps when each row last signed in
 * (`last_login_at`), not the row's creation. Undefined when no latest time or no sign-in is asked, or no such column.
 */
function lastSignInMeasured(c: QueryConstraints, columns: readonly string[], question: string): string | undefined {
  const latest = [c.measure, ...c.extraMeasures].some((m) => m?.kind === 'max' && m.of === 'time');
  return latest && SIGN_IN_SAID.test(question) ? columns.find((col) => LAST_SIGN_IN_COLUMN.test(col)) : undefined;
}

/**
 * "disabled members who still signed in this week": a dimension that keeps when its rows last signed in, listed by
 * a sign-in in the window — the window is on that column. Null when the sign-in is negated or no such column is kept.
 */
function signedInWindowClause(input: QueryInput, parts: SqlQueryParts): string | null {
  if (!SIGNED_IN.test(input.naturalLanguage) || NEGATED_DOING.test(input.naturalLanguage)) return null;
  const column = (parts.schema.tables[parts.fact] ?? []).find((col) => LAST_SIGN_IN_COLUMN.test(col));
  if (!column) return null;
  return timeClauses(input, parts.ref({ table: parts.fact, column })).join(' AND ') || null;
}

/** "never logged in", "have never signed on": no sign-in at all. */
const NEVER_SIGNED_IN = /\bnever\s+(?:once\s+|even\s+|yet\s+)?(?:logged|signed)[\s-]?(?:in|on)\b/i;

/** "members who never logged in": the rows whose last sign-in column is empty; null when none is kept or said. */
function neverSignedInClause(input: QueryInput, parts: SqlQueryParts): string | null {
  if (!NEVER_SIGNED_IN.test(input.naturalLanguage)) return null;
  const column = (parts.schema.tables[parts.fact] ?? []).find((col) => LAST_SIGN_IN_COLUMN.test(col));
  return column ? `${parts.ref({ table: parts.fact, column })} IS NULL` : null;
}

function relatedRowsClause(
  of: string,
  expression: string,
  input: QueryInput,
  parts: SqlQueryParts,
  notes: string[],
  test: 'EXISTS' | 'NOT EXISTS',
): string | null {
  const fact = parts.fact;
  const word = singular(compactName(of));
  const child = absentRows(fact, of, parts.schema);
  const a = parts.alias(fact);
  if (!child) {
    const last = (parts.schema.tables[fact] ?? []).find(
      (col) => /^last_.*_at$/.test(col) && (LOGIN_WORDS.test(of) || col.includes(word)),
    );
    if (last) return `${a}.${last} IS ${test === 'EXISTS' ? 'NOT ' : ''}NULL`;
    notes.push(`no table of ${of} references ${fact}; "${expression}" is not applied`);
    return null;
  }
  const x = 'x';
  const time = input.time ? absentRowsTime(child.from, x, parts.schema, new Set(parts.aliases.values())) : undefined;
  const window = time ? timeClauses(input, time.ref) : [];
  if (input.time && !time) notes.push(`${child.from} has no time column; the time range is not applied`);
  if (time && time.via !== child.from) notes.push(`${child.from} rows are dated by their ${singular(time.via)}`);
  return `${test} (SELECT 1 FROM ${identifier(child.from)} ${x}${time?.join ?? ''} WHERE ${[`${x}.${child.column} = ${a}.${child.column}`, ...window].join(' AND ')})`;
}

/**
 * A PostgreSQL SELECT that answers the constraints: the fact table (what is counted or summed)
 * first, dimensions joined many-to-one only (never a join that repeats fact rows, so sums stay
 * right), filters on the columns that hold each value, the window on the fact's own time column,
 * GROUP BY / HAVING / DATE_TRUNC / ORDER BY … LIMIT, and inactivity as NOT EXISTS or a last-seen test.
 */
export function buildConstrainedSql(
  input: QueryInput,
  asked: QueryConstraints,
  schema: SqlSchema,
  tables: readonly string[],
  notes: string[],
): SqlParts {
  // "order totals vs invoice amounts by month": two tables named with their money, each measured on its own.
  const named = measuresNamedApart(asked, schema, input.naturalLanguage);
  const apart = measuresApart(named ?? asked, Object.keys(schema.tables));
  const combined = apart ? measuredSideBySide(input, apart, asked.limit, schema, tables, notes) : null;
  return combined ?? measuredOnce(input, asked, schema, tables, notes);
}

/** The SELECT over one fact table (see {@link buildConstrainedSql}); measures of two tables are set apart before. */
function measuredOnce(
  input: QueryInput,
  asked: QueryConstraints,
  schema: SqlSchema,
  tables: readonly string[],
  notes: string[],
): SqlParts {
  let c = withUnitsPerLine(
    withCategoryAdjective(
      withCategoryNoun(
        withQuotedCategory(withGlossedValues(asked, schema, input.naturalLanguage), schema, input.naturalLanguage),
        schema,
        input.naturalLanguage,
      ),
      schema,
      input.naturalLanguage,
    ),
    input.naturalLanguage,
  );
  // "clients whose spend is above the average": each client's measure held to the average of them all.
  const versusAverage = c.measure && c.having === null ? AGAINST_AVERAGE.exec(input.naturalLanguage) : null;
  const subject =
    c.groupBy.length === 0 && (c.having || c.limit || c.comparison || versusAverage) && c.measure
      ? (rankedSubject(input.naturalLanguage) ?? (versusAverage ? openingSubject(input.naturalLanguage) : null))
      : null;
  // Held to the average of them all, each one is a group of its own, wherever its measure is read.
  if (versusAverage && subject) c = { ...c, groupBy: [{ kind: subject, field: null }] };
  let fact = c.inactivity
    ? inactivityEntity(tables, c, schema, input.naturalLanguage)
    : c.absence
      ? inactivityEntity(
          tables,
          { ...c, groupBy: c.absence.subject ? [{ kind: c.absence.subject, field: null }] : c.groupBy },
          schema,
          input.naturalLanguage,
        )
      : chooseFact(tables, c, schema, input.time !== null, withinOneYear(input), input.naturalLanguage, subject);
  // "clients idle for 6 months who spent over 1,000": the money of their activity's rows, summed per client.
  const measuredActivity = inactiveMeasured(fact, c, schema);
  if (measuredActivity) {
    const key = primaryKey(fact, schema);
    notes.push(`sums ${measuredActivity.table} per ${singular(fact)}; none of them within the inactivity period`);
    c = {
      ...c,
      measure: { ...c.measure!, field: `${measuredActivity.table}.${measuredActivity.money}` },
      groupBy:
        c.groupBy.length > 0 || !key ? c.groupBy : [{ kind: singular(compactName(fact)), field: `${fact}.${key}` }],
    };
    fact = measuredActivity.table;
  }
  // "users with more than 5 …": what is counted lives in a table that references the users (their events).
  if (
    subject &&
    !c.inactivity &&
    c.measure?.kind === 'count' &&
    singular(compactName(subject)) === singular(compactName(fact))
  ) {
    const activity = childrenOf(fact, schema).find((edge) => timeColumnOf(edge.from, schema));
    if (activity) {
      notes.push(
        `counts ${activity.from} per ${singular(fact)}: the ${fact} table holds one row per ${singular(fact)}`,
      );
      fact = activity.from;
    }
  }
  // "clients who bought more than 4 times": the count is of the rows that record the doing, not of the clients.
  const doings = c.inactivity || c.absence ? undefined : countedDoings(fact, c, schema, input.naturalLanguage);
  if (doings) {
    notes.push(`counts ${doings} per ${singular(fact)}: the ${fact} table holds one row per ${singular(fact)}`);
    fact = doings;
  }
  // "clients whose first purchase was this week": the purchases are read, each client's first one kept.
  const firsts = c.inactivity || c.absence ? undefined : firstTimeRows(fact, schema, input.naturalLanguage);
  if (firsts) {
    notes.push(`reads ${firsts} for each ${singular(fact)}'s first one`);
    fact = firsts;
  }
  // "failed logins from 198.51.100.7" over users: a value only what the users did holds (events.ip_address) is
  // read over that table, which reaches the users through its reference.
  const activity = c.inactivity || c.absence ? undefined : activityHolding(fact, c, schema);
  if (activity) {
    notes.push(`${activity.from} holds the ${activity.kind} asked about; it is read instead of ${fact}`);
    fact = activity.from;
  }
  // "clients with bills overdue by 2 weeks": the due date is of the bills, read instead of the clients.
  const dueRows = c.inactivity || c.absence ? undefined : dueHolding(fact, tables, schema, input.naturalLanguage);
  if (dueRows) {
    notes.push(`${dueRows} holds the due date asked about; it is read instead of ${fact}`);
    fact = dueRows;
  }
  // "products bought by the most different customers": the table that links the counted entity and the group.
  const bridge = c.inactivity || c.absence ? undefined : bridgeTable(fact, c, schema);
  if (bridge) {
    notes.push(`${bridge} links ${fact} to each group; the distinct ${fact} are counted over it`);
    const key = primaryKey(fact, schema);
    if (c.measure?.kind === 'count' && key)
      c = { ...c, measure: { ...c.measure, kind: 'distinct_count', field: `${fact}.${key}` } };
    fact = bridge;
  }
  const lineItems = c.inactivity || c.absence ? null : lineItemsFor(c, schema);
  if (lineItems && lineItems.table !== fact) {
    notes.push(
      lineItems.price
        ? `sales are summed over ${lineItems.table} (${lineItems.quantity} × ${lineItems.price}), one row per item sold`
        : `units are summed over ${lineItems.table} (${lineItems.quantity}), one row per item sold`,
    );
    fact = lineItems.table;
  }
  const parts = new SqlQueryParts(fact, schema, tables);
  const f = parts.alias(fact);
  for (const t of tables) {
    if (t !== fact && schema.tables[t] && !parts.reachable.has(t))
      notes.push(
        `${t} is not joined: each ${singular(fact)} row would repeat once per ${singular(t)} row (join fan-out)`,
      );
  }
  const where: string[] = [];
  const age = c.inactivity || c.absence ? null : readAgeBound(input.naturalLanguage);
  // Users counted over what they did ("active users who logged in"): being active is that activity, not a flag.
  const actors = c.measure?.kind === 'distinct_count' ? tableOfField(c.measure.field, schema) : undefined;
  const countsActors = actors !== undefined && actors !== fact && timeColumnOf(fact, schema) !== undefined;
  const part: string[] = [];
  /** Statuses naming the rows a share is of ("share of the active accounts …"): the part when nothing else is. */
  const statedWhole: string[] = [];
  // "how much we billed and how much of it is paid": the state is a part measured beside the whole, not a filter.
  const beside = c.share || c.inactivity || c.absence ? null : readPartBeside(input.naturalLanguage);
  const partBeside: string[] = [];
  // "the amount billed and the amount settled": the whole is the rows' money summed, not the rows counted.
  const besideMoney =
    beside &&
    (c.measure === null || (c.measure.kind === 'count' && c.measure.of === null)) &&
    ASKS_MONEY.test(input.naturalLanguage)
      ? moneyColumn(fact, 'amount', schema)
      : undefined;
  if (besideMoney)
    c = { ...c, measure: { kind: 'sum', of: besideMoney, field: `${fact}.${besideMoney}`, percentile: null } };
  const outcome = outcomeInEventType(c.filters, parts);
  if (outcome) where.push(...outcome.clauses);
  for (const filter of c.filters) {
    if (outcome?.applied.includes(filter)) continue;
    if (countsActors && isActiveWord(filter)) {
      notes.push(`"${filter.expression}" is read as having ${fact} rows in the window, not as a flag`);
      continue;
    }
    if (
      beside &&
      (filter.kind === 'status' || filter.kind === 'text') &&
      saysPartState(beside, filter.values, filter.expression)
    ) {
      partBeside.push(...filterClause(filter, parts, notes, input.naturalLanguage));
      continue;
    }
    // "refund rate": the status is the part counted, not a filter on all the rows.
    // "share of the active accounts that …": a status naming the rows is a filter; what follows is the part.
    const ofShare = sharePartOf(filter, c.share, input.naturalLanguage);
    if (ofShare?.part) part.push(...filterClause(ofShare.part, parts, notes, input.naturalLanguage));
    const whole = ofShare?.whole ? filterClause(ofShare.whole, parts, notes, input.naturalLanguage) : [];
    if (ofShare?.whole?.kind === 'status') statedWhole.push(...whole);
    where.push(...whole);
    if (!ofShare) where.push(...filterClause(filter, parts, notes, input.naturalLanguage));
  }
  // "… and how much was collected": money settled is the rows with a payment time, when no status says so.
  const settledAt = beside?.settled ? (schema.tables[fact] ?? []).find((col) => PAID_COLUMN.test(col)) : undefined;
  if (beside && partBeside.length === 0 && settledAt) partBeside.push(`${f}.${settledAt} IS NOT NULL`);
  const never = c.inactivity || c.absence ? null : neverSignedInClause(input, parts);
  if (never) where.push(never);
  if (c.filters.some((x) => x.kind === 'text' && !parts.findNamed(x)))
    notes.push('free-text filters are not applied in SQL; name the column that holds the text');
  let dated = timeHolder(parts);
  let done: string | null = null;
  // A dimension (a table that references nothing: users, customers, products) is dated by its creation: a window
  // applies to it only when the question is about new rows, never because another source's window was given.
  if (
    dated === fact &&
    input.time &&
    parentsOf(fact, schema).length === 0 &&
    /^created/.test(timeColumnOf(fact, schema) ?? '') &&
    !CREATION.test(input.naturalLanguage)
  ) {
    // "products that were still ordered this month": the window is on what was done to them.
    // "members that signed in this week": the window is on when they last signed in.
    done =
      c.inactivity || c.absence
        ? null
        : (doneInWindowClause(input, parts, notes) ?? signedInWindowClause(input, parts));
    if (done) where.push(done);
    else
      notes.push(
        `the time range (${input.time.description ?? 'given'}) is not applied to ${fact}.${timeColumnOf(fact, schema)}: the question is not about new ${fact}`,
      );
    dated = undefined;
  }
  // "orders by customers who signed up in the last 30 days": the window dates the customers, by their creation.
  // The rows' own time still buckets and orders them ("daily orders of customers who joined this month").
  const created = input.time && !c.inactivity && !c.absence ? createdInWindow(input, parts) : undefined;
  const createdRef = created ? parts.ref({ table: created, column: timeColumnOf(created, schema)! }) : null;
  const time = dated
    ? (datedByColumn(dated, schema, input.naturalLanguage) ??
      namedTimeColumn(dated, schema, input.naturalLanguage, input.time?.description ?? null) ??
      measuredMoment(c.measure, schema.tables[dated] ?? []) ??
      lastSignInMeasured(c, schema.tables[dated] ?? [], input.naturalLanguage) ??
      timeColumnOf(dated, schema))
    : undefined;
  const timeRef = dated && time ? parts.ref({ table: dated, column: time }) : null;
  if (dated && dated !== fact && input.time)
    notes.push(`${fact} has no time of its own; the window is on ${dated}.${time}`);
  const ahead = c.inactivity ? null : dueWindowAhead(input);
  if (c.inactivity) {
    const clause = measuredActivity
      ? ownInactivityClause(c, measuredActivity, parts)
      : inactivityClause(c, input, parts, notes);
    // "what % of users have not logged in for 90 days": being idle is the part of the share, when no status is.
    if (clause) (c.share && part.length === 0 ? part : where).push(clause);
  } else if (c.absence && !windowDatesSubject(input) && !datedRecord(fact, schema)) {
    const clause = absenceClause(c.absence, input, parts, notes);
    if (clause) (c.share && part.length === 0 ? part : where).push(clause);
  } else if (c.absence) {
    // "customers who signed up this year but have no orders": the window says when the customers came, and
    // the absence is of any order at all. So it does for records of their own time ("orders without an invoice
    // this month": this month's orders, with no invoice at all).
    const clause = absenceClause(c.absence, { ...input, time: null }, parts, notes);
    if (clause) where.push(clause);
    if (timeRef) where.push(...timeClauses(input, timeRef));
  } else if (age && !age.due && timeRef) {
    // "older than 14 days", "more than 2 weeks ago": the row's time is before then, not within a window up to now.
    // "30+ days since we shipped it": the time of the event named, when the row keeps one, else its own time.
    const event = age.since && dated ? momentColumn(schema.tables[dated] ?? [], age.since) : undefined;
    const ageRef = event && dated ? parts.ref({ table: dated, column: event }) : timeRef;
    where.push(`${ageRef} < NOW() - INTERVAL '${intervalText(age.seconds)}'`);
    if (input.time && !/\bago\b/i.test(input.time.description ?? '')) where.push(...timeClauses(input, timeRef));
  } else if (input.time && !done && !ahead?.coversWindow) {
    const windowRef = createdRef ?? timeRef;
    const yearColumn = windowRef ? undefined : yearOfWindow(input, fact, schema);
    if (windowRef) where.push(...timeClauses(input, windowRef));
    else if (yearColumn) where.push(...yearClauses(yearColumn, f));
    else
      notes.push(
        `${fact} has no timestamp column; the time range (${input.time.description ?? 'given'}) is not applied`,
      );
  } else if (!input.time && (createdRef ?? timeRef)) {
    // "orders placed outside business hours", no window: the hours alone.
    const when = hoursOfDaySaid(input.naturalLanguage);
    if (when) where.push(sqlHoursCondition(when, (createdRef ?? timeRef)!));
  }

  const paidLate = PAID_LATE.test(input.naturalLanguage) || saysPaidAfterDue(input.naturalLanguage);
  if (paidLate) {
    const columns = schema.tables[fact] ?? [];
    const paid = columns.find((col) => PAID_COLUMN.test(col));
    const due = columns.find((col) => DUE_COLUMN.test(col));
    // "what % of invoices were paid late": being late is the part of a share, else a condition on all rows.
    if (paid && due) (c.share ? part : where).push(`${f}.${paid} > ${f}.${due}`);
    else notes.push(`${fact} has no payment and due dates; "paid late" is not applied`);
  }
  // "paid more than 30 days after they were issued": one moment of each row against another plus that long.
  // "still open 10 days after they were created" is an age up to now, not a gap between two moments of the row.
  const gap = c.inactivity || age?.since ? null : readElapsedCondition(input.naturalLanguage);
  const gapClause = gap ? elapsedConditionClause(gap, schema.tables[fact] ?? [], f, timeColumnOf(fact, schema)) : null;
  if (gapClause) (c.share ? part : where).push(gapClause);
  else if (gap) notes.push(`${fact} has no time columns for "${gap.expression}"; it is not applied`);
  // "first and last order date per customer": the earliest time is a measure over all the rows, not a condition.
  const timeMeasured = [c.measure, ...c.extraMeasures].some((m) => m?.kind === 'min' && m.of === 'time');
  const first =
    c.inactivity || c.absence || timeMeasured || !asksFirstTime(input.naturalLanguage)
      ? null
      : firstTimeClause(fact, f, schema, groupTables(c));
  if (first) where.push(first);
  // "what % of the paid invoices were paid": with nothing else said of them, the status is the part after all.
  if (c.share && part.length === 0 && statedWhole.length > 0) {
    part.push(...statedWhole);
    where.splice(0, where.length, ...where.filter((w) => !statedWhole.includes(w)));
  }
  if (c.share && part.length === 0) notes.push(`no status filter says which rows make "${c.share.expression}"`);
  if (!c.inactivity && !paidLate && (DUE.test(input.naturalLanguage) || age?.due)) {
    const due = (schema.tables[fact] ?? []).find((col) => DUE_COLUMN.test(col));
    // "more than 30 days overdue": the due date is that long before today.
    if (due)
      where.push(
        age?.due
          ? `${f}.${due} < CURRENT_DATE - INTERVAL '${intervalText(age.seconds)}'`
          : `${f}.${due} < CURRENT_DATE`,
      );
    else notes.push(`${fact} has no due date; "past due" is not applied`);
    // Past due and still owed: not paid yet, unless a status the question gives says which rows.
    const paid = (schema.tables[fact] ?? []).find((col) => PAID_COLUMN.test(col));
    if (due && paid && !c.filters.some((x) => x.kind === 'status' && tableOfField(x.field, schema) !== undefined))
      where.push(`${f}.${paid} IS NULL`);
  }
  // "outstanding balance per client": what is still owed is the rows not paid yet, unless a status says which rows.
  const owedPaid = owedUnpaidColumn(c, schema.tables[fact] ?? [], schema);
  if (owedPaid && !where.includes(`${f}.${owedPaid} IS NULL`)) where.push(`${f}.${owedPaid} IS NULL`);
  // "due in the next 7 days", "due next week": the due date from today to then, or in that calendar period, soonest
  // first unless the question orders otherwise.
  const dueAhead = ahead ? (schema.tables[fact] ?? []).find((col) => DUE_COLUMN.test(col)) : undefined;
  if (ahead && dueAhead) where.push(`${f}.${dueAhead} >= ${ahead.start}`, `${f}.${dueAhead} < ${ahead.end}`);
  else if (ahead) notes.push(`${fact} has no due date; "${ahead.expression}" is not applied`);

  const select: string[] = [];
  const groupBy: string[] = [];
  const keys =
    subject && singular(compactName(subject)) !== singular(compactName(fact))
      ? [{ kind: subject, field: null }]
      : (c.inactivity || c.absence) && !c.measure && !c.having && !c.share
        ? [] // "which users have not logged in …": one row per user, listed, not counted; a share is per group
        : c.groupBy;
  const measuredColumn =
    lineItems !== null
      ? { table: fact, column: lineItems.quantity }
      : c.measure && c.measure.kind !== 'count' && c.measure.kind !== 'distinct_count' && c.measure.of !== 'time'
        ? parts.find(c.measure.of ?? '', c.measure.field)
        : undefined;
  /** The tables grouped by their key: one row of each per group. */
  const grouped = new Set<string>();
  // "customers per e-mail domain": with no column of domains, the part of each address after its "@".
  const mailbox = emailDomainKey(keys, parts);
  if (mailbox) groupBy.push(mailbox.expression);
  for (const key of keys) {
    if (['hour', 'day', 'week', 'month', 'minute', 'time', 'date'].includes(key.kind)) continue;
    if (mailbox && (key.kind === 'domain' || key.field === mailbox.column || key.kind === 'mail')) continue;
    const entry = parts.find(key.kind, key.field);
    if (!entry) {
      notes.push(`no table reachable from ${fact} has a column to group by ${key.kind}; left out of the grouping`);
      continue;
    }
    // "units per product, top 20 by quantity": the column summed or averaged is what is ranked, never a key.
    if (measuredColumn && measuredColumn.table === entry.table && measuredColumn.column === entry.column) {
      notes.push(`${entry.column} is what is measured; it is not also a key of the grouping`);
      continue;
    }
    const refs = [parts.ref(entry)];
    // Grouping by an id of a table with a name: show the name too (customers by customer_id → c.name).
    const target =
      [...parts.reachable.keys()].find((t) => t !== entry.table && primaryKey(t, schema) === entry.column) ??
      (primaryKey(entry.table, schema) === entry.column ? entry.table : undefined);
    const label = target ? LABEL_COLUMNS.find((l) => (schema.tables[target] ?? []).includes(l)) : undefined;
    if (target && label) refs.push(parts.ref({ table: target, column: label }));
    if (target) grouped.add(target);
    for (const ref of refs) if (!groupBy.includes(ref)) groupBy.push(ref);
  }
  // "customers with more than five orders - name, email and number of orders": a column asked for of the
  // entity grouped by its key is one value per group, so it is grouped by and shown too.
  // "password resets per day + which departments they came from": beside a count per time bucket, what is asked of
  // the rows counted is a key of each bucket too.
  const bucketed = c.timeBucket !== null && (c.measure === null || c.measure.kind === 'count');
  for (const key of c.show) {
    const entry = grouped.size > 0 || bucketed ? parts.find(key.kind, key.field) : undefined;
    if (!entry || (!grouped.has(entry.table) && !bucketed)) continue;
    const ref = parts.ref(entry);
    if (!groupBy.includes(ref)) groupBy.push(ref);
  }
  // "which departments went over budget in a month? Show the department, the month, …": a period the fact keeps as a
  // column of its own (budget.fiscal_month), shown beside the groups, is a key too: one row per group and period.
  for (const key of c.show) {
    if (groupBy.length === 0 || !PERIOD_KIND.test(key.kind)) continue;
    const entry = parts.find(key.kind, key.field);
    if (!entry || entry.table !== fact) continue;
    const ref = parts.ref(entry);
    if (!groupBy.includes(ref)) groupBy.push(ref);
  }
  const bucketUnit = c.timeBucket ? truncUnit(c.timeBucket, notes) : input.isTimeSeries ? 'day' : null;
  // "per month of issue": the bucket is on the moment named, which may not be the window's ("paid since July").
  const bucketOf = BUCKET_OF.exec(input.naturalLanguage);
  const bucketColumn = bucketOf && dated ? momentColumn(schema.tables[dated] ?? [], bucketOf[1]!) : undefined;
  const bucketRef = bucketColumn ? parts.ref({ table: dated!, column: bucketColumn }) : timeRef;
  // "this month compared with last month": each row's period, named, is a key beside the groups.
  const periodKey = c.periodComparison && timeRef ? sqlPeriodKey(c.periodComparison, timeRef) : null;
  if (periodKey) groupBy.push(periodKey);
  if (bucketUnit && bucketRef) groupBy.unshift(`DATE_TRUNC('${bucketUnit}', ${bucketRef})`);
  else if (bucketUnit) {
    // "by month" on a table that stores its period as a number (budget.fiscal_month): group by that column.
    const period = (schema.tables[fact] ?? []).find((col) => new RegExp(`(?:^|_)${bucketUnit}$`).test(col));
    if (period) groupBy.push(`${f}.${identifier(period)}`);
    else notes.push(`${fact} has no timestamp column to bucket by ${bucketUnit}`);
  }

  // "the 20 largest orders": the rows themselves, ranked by their amount, not one MAX over them.
  const rankedBy = keys.length === 0 && !bucketUnit ? rankedRowsColumn(c, parts) : undefined;
  const measure = rankedBy ? null : c.measure;
  const shared = part.length > 0 && (measure === null || measure.kind === 'count');
  const aggregate =
    shared ||
    (!rankedBy &&
      (measure !== null || groupBy.length > 0 || c.having !== null || input.isAggregation || partBeside.length > 0));

  let measureExpression = 'COUNT(*)';
  let measureName = 'count';
  // "how many users had …" over their events: each user once.
  const countedKey =
    c.measure?.kind === 'count' && c.measure.of && singular(compactName(c.measure.of)) !== singular(compactName(fact))
      ? `${singular(compactName(c.measure.of))}_id`
      : undefined;
  // Per a grouping too ("clients with bills past due, per country"), unless the counted entity is itself the key.
  const keyedByCounted = keys.some((k) => `${singular(compactName(k.kind))}_id` === countedKey);
  if (countedKey && !keyedByCounted && (schema.tables[fact] ?? []).includes(countedKey)) {
    measureExpression = `COUNT(DISTINCT ${f}.${countedKey})`;
    measureName = `distinct_${countedKey}`;
  } else if (lineItems) {
    measureExpression = lineItems.price
      ? `SUM(${f}.${lineItems.quantity} * ${f}.${lineItems.price})`
      : `SUM(${f}.${lineItems.quantity})`;
    measureName = lineItems.price ? 'revenue' : 'units';
  } else if (shared) {
    measureExpression = `ROUND(100.0 * COUNT(*) FILTER (WHERE ${[...new Set(part)].join(' AND ')}) / NULLIF(COUNT(*), 0), 2)`;
    measureName = 'percent';
  } else if (measure && measure.kind !== 'count') {
    const one = sqlMeasure(measure, parts, timeRef, notes);
    if (one) ({ expression: measureExpression, name: measureName } = one);
  }
  const extra: Array<{ expression: string; name: string; threshold?: Threshold }> = lineItems
    ? lineItemsBeside(c, lineItems, f, schema, notes)
    : c.extraMeasures
        .map((m) => {
          const one = sqlMeasure(m, parts, timeRef, notes);
          return one && m.threshold ? { ...one, threshold: m.threshold } : one;
        })
        .filter((m): m is { expression: string; name: string } => m !== null && m.name !== measureName);
  // The part asked beside the whole, measured over its rows only; a measure no FILTER can follow keeps it a filter.
  const ofPart = beside ? measureOfPart(measureExpression, partBeside) : null;
  if (ofPart) extra.unshift({ expression: ofPart, name: `${beside!.state}_${measureName}` });
  else where.push(...partBeside);
  // "customers with 5 or more orders: total spent": the rows counted by the threshold are shown beside the sum.
  if (c.having?.rows && measureExpression !== 'COUNT(*)' && !extra.some((m) => m.expression === 'COUNT(*)'))
    extra.unshift({ expression: 'COUNT(*)', name: measureName === 'count' ? 'row_count' : 'count' });
  const compared = comparisonOf(c, parts, notes);
  const left = aggregate ? differenceOf(c, parts, notes) : null;
  // "utilisation as a % of budget"; "what % of revenue came from each category".
  const ratio = aggregate ? ratioOf(c, parts, notes) : null;
  const ofTotal =
    aggregate && !shared && !ratio
      ? shareOfTotalOf(c, { expression: measureExpression, name: measureName }, groupBy.length > 0, notes)
      : null;
  const change = aggregate
    ? periodChangeOf(c, { expression: measureExpression, name: measureName }, groupBy, notes)
    : null;

  let orderBy: string;
  if (aggregate) {
    select.push(
      ...groupBy.map((g, i) =>
        i === 0 && g.startsWith('DATE_TRUNC')
          ? `${g} AS bucket`
          : g === periodKey
            ? `${g} AS period`
            : g === mailbox?.expression
              ? `${g} AS email_domain`
              : g,
      ),
      `${measureExpression} AS ${measureName}`,
      ...extra.map((m) => `${m.expression} AS ${m.name}`),
      // "customers with 3 or more invoices - how many and the total": the rows the threshold counts, shown too.
      ...(c.having?.rows && measureName !== 'count' && !extra.some((m) => m.name === 'count')
        ? ['COUNT(*) AS count']
        : []),
      ...(compared ? [`${compared.difference} AS ${compared.name}`] : []),
      ...(left ? [`${left.expression} AS ${left.name}`] : []),
      ...[ratio, ofTotal, change].flatMap((m) => (m ? [`${m.expression} AS ${m.name}`] : [])),
    );
    const byTime = groupBy[0]?.startsWith('DATE_TRUNC') && (c.order?.by === 'time' || (!c.order && !c.limit));
    // "budget and spend, biggest spenders first": the measure beside the first that the ordering names.
    const orderedBeside = c.extraMeasures.find((m) => c.order !== null && m.field === c.order.by);
    const besideName = orderedBeside ? sqlMeasure(orderedBeside, parts, timeRef, [])?.name : undefined;
    // "… per department, ordered by department": the rows in the order of a key they are grouped by.
    const orderedKey =
      c.order && c.order.by !== 'measure' && c.order.by !== 'time' ? parts.find(c.order.by, c.order.by) : undefined;
    const keyRef = orderedKey ? parts.ref(orderedKey) : undefined;
    orderBy = byTime
      ? `bucket ${c.order?.direction === 'desc' ? 'DESC' : 'ASC'}`
      : keyRef && groupBy.includes(keyRef)
        ? `${keyRef} ${c.order?.direction === 'desc' ? 'DESC' : 'ASC'}`
        : `${besideName ?? (compared && (!c.order || (c.order.by === 'measure' && rankedByComparison(input.naturalLanguage, c.comparison!.expression))) ? compared.name : left && (!c.order || c.order.by === 'measure') ? left.name : ratio && (!c.order || c.order.by === 'measure') ? ratio.name : measureName)} ${c.order?.direction === 'asc' ? 'ASC' : 'DESC'}`;
  } else {
    // "… - email, department and last login": the columns asked for are shown, personal ones too.
    const shown = shownColumns(c.show, (kind, field) => parts.find(kind, field));
    const columns = listedColumns(
      schema.tables[fact] ?? [],
      shown.filter((s) => s.table === fact).map((s) => s.column),
      (col) =>
        isPersonal(col, schema.tables[fact] ?? []) &&
        !c.filters.some((x) => parts.find(x.kind, x.field)?.column === col),
    );
    select.push(...columns.map((col) => `${f}.${identifier(col)}`));
    for (const entry of shown)
      if (entry.table !== fact && !select.includes(parts.ref(entry))) select.push(parts.ref(entry));
    // "… and the number of days past the due date": how overdue each row is, in days, beside its columns.
    const due = c.show.find((key) => key.kind === 'days_overdue');
    const dueAt = due ? parts.find(due.kind, due.field) : undefined;
    if (dueAt) select.push(`CURRENT_DATE - ${parts.ref(dueAt)} AS days_overdue`);
    // "unpaid invoices with the customer and amount": the referenced entity the question names is shown by its name,
    // one reference away or two ("order lines with the buyer's customer name": order_items → orders → customers).
    const said = new Set((input.naturalLanguage.toLowerCase().match(/[a-z]+/g) ?? []).map((w) => singular(w)));
    // "what was in order 12": each line shows what it holds by its name (the product's).
    const records = c.filters.map((x) => tableOfField(x.field, schema)).filter((t): t is string => t !== undefined);
    const lines = isLinesOf(fact, records, schema);
    const parents = new Set(parentsOf(fact, schema).map((edge) => edge.to));
    for (const table of parts.reachable.keys()) {
      const label = LABEL_COLUMNS.find((l) => (schema.tables[table] ?? []).includes(l));
      if (table === fact || !label) continue;
      const lineHolds = lines && parents.has(table) && !records.includes(table);
      if (!said.has(singular(compactName(table))) && !lineHolds) continue;
      const ref = parts.ref({ table, column: label });
      if (!select.includes(ref)) select.push(ref);
    }
    // "biggest amount first": a list ordered by the column the ordering names, else by time.
    const byField =
      c.order && c.order.by !== 'time' && c.order.by !== 'measure' ? parts.find(c.order.by, c.order.by) : undefined;
    const direction = c.order?.direction === 'asc' ? 'ASC' : 'DESC';
    orderBy = rankedBy
      ? `${parts.ref(rankedBy)} ${c.measure?.kind === 'min' ? 'ASC' : 'DESC'}`
      : byField
        ? `${parts.ref(byField)} ${direction}`
        : dueAhead && !c.order
          ? `${f}.${dueAhead} ASC`
          : timeRef
            ? `${timeRef} ${direction}`
            : '1';
  }

  if (compared && !aggregate) where.push(compared.rowTest);
  const lines = [`SELECT ${select.join(', ')}`, `FROM ${identifier(fact)} ${f}`, ...parts.joins];
  if (where.length > 0) lines.push(`WHERE ${[...new Set(where)].join('\n  AND ')}`);
  if (aggregate && groupBy.length > 0) lines.push(`GROUP BY ${groupBy.join(', ')}`);
  const having: string[] = [];
  // "categories with at least ten products": the rows of each group are counted, whatever is measured.
  // "those whose failure rate exceeds 20 percent": a threshold in percent holds the share (a share of the total is
  // held over the grouped rows below, a window being no part of HAVING).
  if (c.having?.percent) {
    if (shared) having.push(heldTo(measureExpression, c.having));
  } else if (c.having) having.push(heldTo(c.having.rows ? 'COUNT(*)' : measureExpression, c.having));
  // "… from more than 4 different IPs": a measure beside the first held to a threshold of its own.
  if (aggregate && c.measure?.threshold && measure === c.measure)
    having.push(heldTo(measureExpression, c.measure.threshold));
  if (aggregate) for (const m of extra) if (m.threshold) having.push(heldTo(m.expression, m.threshold));
  if (compared && aggregate) having.push(compared.groupTest);
  if (versusAverage && aggregate && groupBy.length > 0)
    having.push(aboveAverage(measureExpression, lines.slice(1), versusAverage[1]!, groupBy));
  if (having.length > 0) lines.push(`HAVING ${having.join(' AND ')}`);
  // "how many clients placed more than 3 orders": the groups that meet the condition, counted, not listed.
  const countedGroups =
    aggregate && having.length > 0 && c.limit === null
      ? countedGroupKey(input.naturalLanguage, keys, Object.keys(schema.tables), c.measure?.of ?? null)
      : null;
  if (countedGroups) {
    const name = `${singular(compactName(countedGroups.kind))}_count`;
    notes.push(`counts the ${countedGroups.kind} groups that meet the condition, over the grouped rows`);
    return { query: countOfGroups(lines, select, name).join('\n'), tables: [...parts.aliases.keys()] };
  }
  // "the top 3 products in each category by revenue": the first N of each group, ranked within it.
  const partition =
    aggregate && c.limit !== null && groupBy.length >= 2 ? rankedWithin(input.naturalLanguage, keys, groupBy) : null;
  if (partition) {
    notes.push(`ranks within each ${partition.word} and keeps the first ${c.limit}`);
    const direction = c.order?.direction === 'asc' ? 'ASC' : 'DESC';
    return {
      query: firstOfEachGroup(lines, select, partition.ref, `${measureExpression} ${direction}`, c.limit!).join('\n'),
      tables: [...parts.aliases.keys()],
    };
  }
  // "categories that made up more than 15% of units sold": the groups' shares of the total, then those held.
  if (ofTotal && c.having?.percent) {
    const held = `${ofTotal.name} ${SQL_OPERATORS[c.having.operator]} ${c.having.value}`;
    return {
      query: [
        'SELECT *',
        'FROM (',
        ...lines.map((line) => `  ${line}`),
        ') AS shares',
        `WHERE ${held}`,
        `ORDER BY ${ofTotal.name} DESC`,
        `LIMIT ${c.limit ?? 100}`,
      ].join('\n'),
      tables: [...parts.aliases.keys()],
    };
  }
  lines.push(
    `ORDER BY ${orderBy}`,
    `LIMIT ${c.limit ?? (aggregate && groupBy[0]?.startsWith('DATE_TRUNC') ? 1000 : 100)}`,
  );
  return { query: lines.join('\n'), tables: [...parts.aliases.keys()] };
}

/** The noun a question opens with, past a question word or an article ("products whose …", "which clients …"). */
const OPENING_NOUN = /^\W*(?:(?:which|what|show|list|find|all|the|our|me|any)\s+)*([a-z]{3,30})\b/i;

/** The entity the question's opening noun names ("products whose revenue …" → product), or null. */
function openingSubject(question: string): string | null {
  const noun = OPENING_NOUN.exec(question)?.[1];
  return noun ? subjectOfWord(noun) : null;
}

/** "above the average", "below average", "more than the mean": each group's measure against the average of them all. */
const AGAINST_AVERAGE =
  /\b(above|over|more\s+than|greater\s+than|higher\s+than|exceed(?:s|ing)?|below|under|less\s+than|lower\s+than)\s+(?:the\s+)?(?:average|mean|avg)\b/i;

/**
 * The HAVING test of a group's measure against the average of the same measure over every group: the grouped
 * FROM … GROUP BY lines read again in a subquery (their aliases its own), the measure of each group averaged.
 */
function aboveAverage(measure: string, from: readonly string[], said: string, groupBy: readonly string[]): string {
  const op = /^(?:below|under|less|lower)/i.test(said) ? '<' : '>';
  const grouped = from.map((line) => (line.startsWith('GROUP BY') ? `GROUP BY ${groupBy.join(', ')}` : line));
  return `${measure} ${op} (SELECT AVG(v) FROM (SELECT ${measure} AS v ${grouped.join(' ')}) per_group)`;
}

/** "in each category", "for every month", "per region", "within each team": the group a ranking is kept within `[1]`. */
const WITHIN_EACH = /\b(?:(?:in|for|within|across|of|from)\s+(?:each|every)|per|each)\s+([a-z][a-z_-]{1,30})\b/gi;
/** Rows a ranking within groups keeps at most, in all. */
const MAX_RANKED_ROWS = 1000;

/**
 * The GROUP BY expression of the key a ranking is kept within ("top 3 products in each category": the category),
 * when the question names one of the keys after the first, or the time bucket, after "each" or "per"; null
 * otherwise (a ranking of the groups themselves).
 */
function rankedWithin(
  question: string,
  keys: readonly GroupKey[],
  groupBy: readonly string[],
): { ref: string; word: string } | null {
  const bucket = groupBy[0]?.startsWith('DATE_TRUNC') ? groupBy[0] : undefined;
  for (const m of question.slice(0, 2_000).matchAll(WITHIN_EACH)) {
    const word = singular(compactName(m[1]!));
    if (bucket && /^(?:minute|hour|day|week|month|quarter|year|period)$/.test(word)) return { ref: bucket, word };
    // The first key is what is ranked ("top 3 products"), never the group it is ranked within.
    const at = keys.findIndex((key) => singular(compactName(key.kind)) === word);
    const ref = at > 0 ? groupBy.find((g) => g.endsWith(`.${keys[at]!.field?.split('.').pop() ?? ''}`)) : undefined;
    if (ref) return { ref, word };
  }
  return null;
}

/** The grouped SELECT with each row's rank within its group, and only the first `limit` of each kept. */
function firstOfEachGroup(
  lines: readonly string[],
  select: readonly string[],
  partition: string,
  rankedBy: string,
  limit: number,
): string[] {
  const [, ...rest] = lines;
  const rank = `ROW_NUMBER() OVER (PARTITION BY ${partition} ORDER BY ${rankedBy}) AS rank_in_group`;
  const name = partition.startsWith('DATE_TRUNC') ? 'bucket' : partition.slice(partition.lastIndexOf('.') + 1);
  return [
    'SELECT *',
    'FROM (',
    `SELECT ${[...select, rank].join(', ')}`,
    ...rest,
    ') ranked',
    `WHERE rank_in_group <= ${limit}`,
    `ORDER BY ${name}, rank_in_group`,
    `LIMIT ${MAX_RANKED_ROWS}`,
  ];
}

/**
 * "invoice amount and order total per client": each table's measures grouped on their own, then set side by side on
 * the shared keys, so neither table's rows repeat once per row of the other. Null when the two groupings differ.
 */
function measuredSideBySide(
  input: QueryInput,
  apart: readonly MeasuredApart[],
  limit: number | null,
  schema: SqlSchema,
  tables: readonly string[],
  notes: string[],
): SqlParts | null {
  const own: string[] = [];
  const parts = apart.map((one) => {
    const other = apart.find((a) => a !== one)!.table;
    const mine = [one.table, ...tables.filter((t) => t !== one.table && t !== other)];
    const built = measuredOnce(input, one.constraints, schema, mine, own);
    const count = 1 + one.constraints.extraMeasures.length;
    return { built, part: groupedPart(one.table, built.query, count) };
  });
  const [first, second] = parts;
  const query = first?.part && second?.part ? sideBySide(first.part, second.part, limit) : null;
  if (!query) return null;
  notes.push(
    ...own.filter((note) => !/is not joined/.test(note)),
    `${apart.map((a) => a.table).join(' and ')} are measured apart and set side by side: one join would repeat rows`,
  );
  return { query, tables: [...new Set(parts.flatMap((p) => p.built.tables))] };
}

const SQL_OPERATORS = { gt: '>', gte: '>=', lt: '<', lte: '<=', eq: '=' } as const;

/** A measure's expression held to a threshold, on the exact value ("COUNT(DISTINCT e.ip) > 4"). */
function heldTo(expression: string, threshold: Threshold): string {
  return `${unrounded(expression)} ${SQL_OPERATORS[threshold.operator]} ${threshold.value}`;
}

/** A measure as computed, without the rounding for display: a threshold compares the exact value ("average above 250"). */
function unrounded(expression: string): string {
  const m = /^ROUND\(([\s\S]+), 2\)$/.exec(expression);
  if (!m) return expression;
  // Only one ROUND around the whole expression: its inside is balanced ("ROUND(a, 2) / ROUND(b, 2)" is not).
  let depth = 0;
  for (const ch of m[1]!) {
    depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    if (depth < 0) return expression;
  }
  return depth === 0 ? m[1]! : expression;
}

/**
 * A grouping by the domain of e-mail addresses ("customers per e-mail domain") where no column holds domains: the part
 * of the address column after its "@"; undefined when no domain key is asked, a column holds domains, or none holds
 * addresses.
 */
function emailDomainKey(
  keys: readonly { readonly kind: string; readonly field: string | null }[],
  parts: SqlQueryParts,
): { expression: string; column: string } | undefined {
  if (!keys.some((key) => key.kind === 'domain') || parts.find('domain', null)) return undefined;
  const address = parts.find('email', null);
  return address ? { expression: `split_part(${parts.ref(address)}, '@', 2)`, column: address.column } : undefined;
}

import { calendarPeriod, sinceCalendarPeriod, type CalendarPeriod } from './calendar-period.util';
import { kqlComparedWindow, kqlPeriodKey } from './compared-periods.util';
import { actorCount, columnFor, namesProviderNamespace } from './column-kinds';
import type { Inactivity, Measure, MeasureRatio, QueryConstraints } from './constraints';
import { inactiveUnlessSucceeded } from './constraints';
import { bestSourceFirst, canExpress, retargetSources } from './event-sources.util';
import {
  holdsInAccountBags,
  KQL_OUTCOME,
  kqlColumn,
  kqlFilterClauses,
  kqlMeasure,
  kqlString,
  kqlThreshold,
  type KqlTable,
} from './kql-constraints.util';
import { foreignAction } from './kql-foreign-actions.util';
import { namedKqlTable, type NamedTable } from './kql-named-table.util';
import { kqlBagPartKey, kqlGroupKey } from './kql-group-keys.util';
import { addKnowledgeNotes } from './knowledge-notes.util';
import { averagesRowsPerBucket, bucketsInWindow, bucketWord } from './bucket-average.util';
import { operationFilter } from './operation-words.util';
import { topicalSource, topicScore } from './table-topics';
import { shapeFromConstraints, type GeneratedQuery, type QueryInput, type TimeFilter } from './query-input';
import { columnType, type KqlSchema } from './schema';
import { resolveTables } from './table-resolver.util';
import {
  aadstsCodes,
  asksForFailures,
  asksForLogons,
  asksToCombine,
  eventIdsFromKnowledge,
  groupColumnFromQuestion,
  rankedSubject,
  windowsEventIds,
} from './text-signals.util';
import { hoursOfDaySaid, kqlHoursCondition } from './hours-of-day.util';
import {
  binSeconds,
  bucketDuration,
  compactDuration,
  dateBound,
  isOpenEnded,
  usesAbsoluteWindow,
} from './time-range.util';
import { nullPrototype } from './null-prototype.util';

/** The column a table is usually summarised by. */
/** The start of the calendar period of N months a row falls in: a month, a quarter (its first month) or a year. */
const CALENDAR_MONTHS: Readonly<Record<number, (time: string) => string>> = {
  1: (time) => `startofmonth(${time})`,
  3: (time) => `datetime_add('month', -((getmonth(${time}) - 1) % 3), startofmonth(${time}))`,
  12: (time) => `startofyear(${time})`,
};

const DEFAULT_GROUP: Readonly<Record<string, string>> = nullPrototype({
  SigninLogs: 'UserPrincipalName',
  AuditLogs: 'OperationName',
  SecurityEvent: 'TargetUserName',
  DeviceProcessEvents: 'DeviceName',
  DeviceNetworkEvents: 'RemoteIP',
  AzureActivity: 'Caller',
  OfficeActivity: 'UserId',
});

/** What "failed" means in each table. */
const FAILURE_FILTER: Readonly<Record<string, string>> = nullPrototype({
  SigninLogs: 'ResultType != "0"',
  SecurityEvent: 'EventID == 4625',
  AuditLogs: 'Result != "success"',
  AzureActivity: 'ActivityStatusValue == "Failure"',
  OfficeActivity: 'ResultStatus != "Succeeded"',
});

/** Join keys, most specific first. */
const JOIN_KEYS = [
  'CorrelationId',
  'DeviceId',
  'UserPrincipalName',
  'UserId',
  'AccountName',
  'IPAddress',
  'Computer',
  'DeviceName',
];

const TIME_COLUMNS = ['TimeGenerated', 'Timestamp'];

/** What an audit record is about: who did it and what it was done to, shown in every list of such records. */
const AUDIT_SUBJECTS = ['InitiatedBy', 'TargetResources', 'OfficeObjectId'];

/** A table name as KQL accepts it: bare when it is an identifier, else `['quoted']`. */
function tableRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `['${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

function timeColumn(columns: readonly string[] | undefined): string {
  return TIME_COLUMNS.find((c) => columns?.includes(c)) ?? 'TimeGenerated';
}

/**
 * The start of this calendar period in KQL: `startofday/week/month/year(now())`. KQL has no
 * `startofquarter()`, so a quarter starts at the date the analysis worked out for it.
 */
function periodStart(period: Exclude<CalendarPeriod, 'yesterday'>, time: TimeFilter): string {
  if (period === 'quarter')
    return time.start
      ? `datetime(${time.start})`
      : `datetime_add('month', -((getmonth(now()) - 1) % 3), startofmonth(now()))`;
  return `${period === 'today' ? 'startofday' : `startof${period}`}(now())`;
}

/**
 * "seen in the last 30 days but silent for the last 3": a rolling window longer than the inactivity is where
 * the entity must have been seen; any other window is the inactivity's own and bounds nothing.
 */
function seenWindowClause(input: QueryInput, column: string): string | null {
  const window = input.time?.relative ? input.time.durationSeconds : null;
  const idle = input.constraints?.inactivity?.durationSeconds ?? null;
  return window && idle && window > idle ? `${column} > ago(${compactDuration(window)})` : null;
}

/**
 * The instant the last activity must be before: the date said ("not since 1 August" → `datetime(…)`), else the
 * duration back from now ("not in 90 days" → `ago(90d)`).
 */
function inactivityBound(inactivity: Inactivity): string {
  return inactivity.before ? `datetime(${inactivity.before})` : `ago(${compactDuration(inactivity.durationSeconds)})`;
}

/** `startof…()` for calendar periods, `between` for fixed dates, `ago()` for rolling windows. */
function timeClause(input: QueryInput, column: string): string | null {
  if (!input.time) return null;
  if (input.constraints?.inactivity) return seenWindowClause(input, column);
  if (input.constraints?.periodComparison) return kqlComparedWindow(input.constraints.periodComparison, column);
  const period = calendarPeriod(input.time);
  if (period === 'yesterday') return `${column} >= startofday(ago(1d)) and ${column} < startofday(now())`;
  if (period) return `${column} >= ${periodStart(period, input.time)}`;
  const since = sinceCalendarPeriod(input.time);
  if (since === 'yesterday') return `${column} >= startofday(ago(1d))`;
  if (since) return `${column} >= ${periodStart(since, input.time)}`;
  const bound = dateBound(input.time, input.naturalLanguage);
  if (bound) return `${column} ${bound.op} datetime(${bound.at})`;
  if (usesAbsoluteWindow(input.time) && isOpenEnded(input.time)) return `${column} >= datetime(${input.time.start})`;
  if (usesAbsoluteWindow(input.time))
    return `${column} between (datetime(${input.time.start}) .. datetime(${input.time.end}))`;
  return input.time.durationSeconds ? `${column} > ago(${compactDuration(input.time.durationSeconds)})` : null;
}

/** The hours or weekdays the question keeps rows to ("outside business hours", "on weekends"), on the time column. */
function hoursClause(input: QueryInput, column: string): string | null {
  const when = hoursOfDaySaid(input.naturalLanguage);
  return when ? kqlHoursCondition(when, column) : null;
}

/** Filters the question (and, for event ids, the best knowledge) call for on one table. */
function filtersFor(
  table: string,
  columns: readonly string[] | undefined,
  input: QueryInput,
  notes: string[],
  schema: KqlSchema,
): string[] {
  const constraints = input.constraints;
  if (constraints) {
    const own = kqlFilterClauses(kqlTable(table, columns, schema), constraints, notes);
    // A provider's namespace alone ("Microsoft.Cdn deletes") leaves the operation's verb to the question's words.
    const operation = constraints.filters.some(
      (f) => f.kind === 'action' && !foreignAction(table, f) && !namesProviderNamespace(f),
    )
      ? null
      : operationFilter(table, columns ?? [], input.naturalLanguage);
    // A quoted activity the operation filter names is searched there, not again in every column.
    if (operation) {
      const named = new Set(operation.values.map((v) => `* has ${kqlString(v)}`));
      own.splice(0, own.length, ...own.filter((clause) => !named.has(clause)));
    }
    if (operation?.operator === 'contains')
      own.push(operation.values.map((v) => `${operation.column} contains ${kqlString(v)}`).join(' or '));
    else if (operation)
      own.push(
        operation.values.length === 1
          ? `${operation.column} == ${kqlString(operation.values[0]!)}`
          : `${operation.column} in (${operation.values.map(kqlString).join(', ')})`,
      );
    const kinds = new Set(constraints.filters.map((f) => f.kind));
    // "successes and failures separately": the outcome is a key, so the question's failure words filter nothing.
    const outcomeKey = constraints.groupBy.some((key) => key.kind === 'status');
    if (kinds.has('event_id') || kinds.has('status') || outcomeKey) return own;
    // Event ids from knowledge stand in only for a question that says nothing of what it wants: a runbook
    // on lockouts (4740, 4625) must not narrow "logons of type 10" to its own events.
    const fallback = {
      ...input,
      constraints: null,
      useKnowledge: input.useKnowledge && constraints.filters.length === 0,
    };
    return [...own, ...filtersFor(table, columns, fallback, notes, schema).filter((c) => !own.includes(c))];
  }
  const filters: string[] = [];
  const has = (column: string) => columns?.includes(column) ?? false;
  const eventIds = windowsEventIds(input.naturalLanguage);
  const codes = aadstsCodes(input.naturalLanguage);
  if (has('EventID') && eventIds.length > 0) {
    filters.push(eventIds.length === 1 ? `EventID == ${eventIds[0]}` : `EventID in (${eventIds.join(', ')})`);
  } else if (has('ResultType') && codes.length > 0) {
    filters.push(`ResultType in (${codes.map((c) => `"${c}"`).join(', ')})`);
  } else if (has('EventID') && input.useKnowledge) {
    const fromKnowledge = eventIdsFromKnowledge(input.knowledge);
    if (fromKnowledge.ids.length > 0) {
      filters.push(`EventID in (${fromKnowledge.ids.join(', ')})`);
      notes.push(
        `EventID filter ${fromKnowledge.ids.join(', ')} on ${table} taken from knowledge ${fromKnowledge.from.join(', ')}`,
      );
    } else if (asksForFailures(input.naturalLanguage) && FAILURE_FILTER[table]) {
      filters.push(FAILURE_FILTER[table]!);
    }
  } else if (asksForFailures(input.naturalLanguage) && FAILURE_FILTER[table]) {
    filters.push(FAILURE_FILTER[table]!);
  } else if (
    has('EventID') &&
    KQL_OUTCOME[table]?.success.startsWith('EventID') &&
    asksForLogons(input.naturalLanguage)
  ) {
    // "logons to FS01": a logon with no outcome said is the successful logon event.
    filters.push(KQL_OUTCOME[table]!.success);
  }
  return filters;
}

function groupColumn(table: string, columns: readonly string[] | undefined, input: QueryInput): string | null {
  if (!columns) return null;
  const candidates = columns.filter((c) => !TIME_COLUMNS.includes(c));
  return (
    groupColumnFromQuestion(input.naturalLanguage, candidates) ??
    input.fields
      .map((f) => candidates.find((c) => c.toLowerCase() === f.toLowerCase()))
      .find((c): c is string => c !== undefined) ??
    (DEFAULT_GROUP[table] && candidates.includes(DEFAULT_GROUP[table]!) ? DEFAULT_GROUP[table]! : null) ??
    null
  );
}

/** The columns the constraints' filters name (`SigninLogs.RiskLevelDuringSignIn` → RiskLevelDuringSignIn), lower case. */
function filteredColumns(input: QueryInput): Set<string> {
  return new Set(
    (input.constraints?.filters ?? []).flatMap((f) =>
      f.field ? [f.field.slice(f.field.lastIndexOf('.') + 1).toLowerCase()] : [],
    ),
  );
}

/**
 * The columns a list shows: those the question names, else the table's first ones and who did what to what. A column
 * named only to filter on ("where RiskLevelDuringSignIn is high") is shown beside the usual ones, not instead of them.
 */
function projection(columns: readonly string[] | undefined, input: QueryInput, time: string): string[] {
  if (!columns) return [];
  const wanted = input.fields
    .map((f) => columns.find((c) => c.toLowerCase() === f.toLowerCase()))
    .filter((c): c is string => c !== undefined && c !== time);
  const usual = [
    ...columns.filter((c) => !TIME_COLUMNS.includes(c)).slice(0, 6),
    ...AUDIT_SUBJECTS.filter((c) => columns.includes(c)),
  ];
  const filtered = filteredColumns(input);
  const onlyFiltered = wanted.length > 0 && wanted.every((c) => filtered.has(c.toLowerCase()));
  const chosen = wanted.length === 0 ? usual : onlyFiltered ? [...usual, ...wanted] : wanted;
  return [time, ...new Set(chosen)];
}

function kqlTable(name: string, columns: readonly string[] | undefined, schema: KqlSchema): KqlTable {
  return { name, columns: columns ?? [], type: (column) => columnType(schema, name, column) };
}

const BUCKET_KINDS = new Set(['minute', 'hour', 'day', 'week', 'month', 'time', 'date', 'hourly', 'daily', 'weekly']);

/** The tail of a query the constraints describe: summarise (measure, groups, bins), threshold, top-N; or a list. */
function constrainedShape(
  lines: string[],
  input: QueryInput,
  c: QueryConstraints,
  table: KqlTable,
  time: string,
  notes: string[],
  part: readonly string[] = [],
): void {
  const groups: string[] = [];
  for (const key of c.groupBy) {
    if (BUCKET_KINDS.has(key.kind)) continue;
    const column = columnFor(table.columns, key.kind, key.field, table.name);
    const part = column ? null : kqlBagPartKey(table, key.kind);
    if (part !== null) {
      if (!groups.includes(part)) groups.push(part);
    } else if (!column) notes.push(`${table.name} has no column to group by ${key.kind}; left out of the grouping`);
    else if (!groups.includes(kqlGroupKey(table, column))) groups.push(kqlGroupKey(table, column));
  }
  if (c.inactivity) {
    const entity =
      groups[0] ??
      columnFor(table.columns, 'user', null, table.name) ??
      columnFor(table.columns, 'host', null, table.name);
    const days = c.inactivity.durationSeconds;
    // "no successful sign-in for 60 days": only the activity that succeeded keeps an entity active.
    const succeeded = inactiveUnlessSucceeded(c.inactivity) ? KQL_OUTCOME[table.name]?.success : undefined;
    if (succeeded) lines.push(`| where ${succeeded}`);
    lines.push(
      `| summarize LastSeen=max(${time}) by ${entity ?? 'Type'}`,
      `| where LastSeen < ${inactivityBound(c.inactivity)}`,
      '| order by LastSeen asc',
    );
    if (c.limit) lines.push(`| take ${c.limit}`);
    notes.push(
      `inactivity (${c.inactivity.expression || compactDuration(days)}): the last ${c.inactivity.activity ?? 'event'} of each ${entity ?? 'row'} is ${c.inactivity.before ? `before ${c.inactivity.before}` : `older than ${compactDuration(days)}`}; the table's retention bounds how far back that can be seen`,
    );
    return;
  }
  if (part.length > 0 && (c.measure === null || c.measure.kind === 'count')) {
    // A rate: the rows the status filter matches, as a percentage of all rows, per group and per time bucket asked
    // ("how many sign-ins in each hour, and how many of those failed").
    const bucket = c.timeBucket ? `bin(${time}, ${bucketDuration(c.timeBucket.seconds)})` : null;
    const keys = bucket ? [bucket, ...groups] : groups;
    lines.push(
      `| summarize Total=count(), Matching=countif(${part.join(' and ')})${keys.length > 0 ? ` by ${keys.join(', ')}` : ''}`,
      '| extend Percent=round(100.0 * Matching / Total, 2)',
    );
    // "only callers with more than 20 operations": a count held beside a share is of all the rows, not of the part.
    // "those whose failure rate exceeds 20 percent": a threshold in percent holds the share itself.
    if (c.having) lines.push(kqlThreshold(c.having, c.having.percent ? 'Percent' : 'Total'));
    if (bucket) lines.push(`| order by ${time} asc`);
    else if (groups.length > 0) lines.push('| order by Percent desc');
    return;
  }
  const bucketSeconds =
    c.timeBucket?.seconds ??
    (input.isTimeSeries || c.groupBy.some((g) => BUCKET_KINDS.has(g.kind))
      ? binSeconds(input.time?.durationSeconds ?? null)
      : null);
  // "the average number of failed logons per day for each server": the rows of each group counted per bucket, averaged.
  const measured = c.measure ? columnFor(table.columns, c.measure.of ?? '', c.measure.field, table.name) : undefined;
  if (averagesRowsPerBucket(c.measure, bucketSeconds, measured !== undefined)) {
    averagePerBucket(lines, input, c, groups, time, bucketSeconds!, notes);
    return;
  }
  const aggregate =
    c.measure !== null ||
    groups.length > 0 ||
    c.having !== null ||
    bucketSeconds !== null ||
    input.isAggregation ||
    c.periodComparison !== null;
  if (!aggregate) {
    // "command lines", "who did it": the columns the question asks to see come first, the usual ones after them.
    const shown = c.show
      .map((key) => columnFor(table.columns, key.kind, key.field, table.name))
      .filter((col): col is string => col !== undefined && col !== time);
    const columnsOut = [...new Set([time, ...shown, ...projection(table.columns, input, time)])];
    if (columnsOut.length > 1) lines.push(`| project ${columnsOut.join(', ')}`);
    const byField =
      c.order && c.order.by !== 'time' && c.order.by !== 'measure'
        ? columnFor(table.columns, c.order.by, c.order.by, table.name)
        : undefined;
    const direction =
      c.order?.direction === 'asc' && (byField || c.order.by === 'time' || c.order.by === 'measure') ? 'asc' : 'desc';
    lines.push(`| order by ${byField ? kqlColumn(byField) : time} ${direction}`, `| take ${c.limit ?? 1000}`);
    return;
  }
  const measure = kqlMeasure(actorCount(c.measure, c.groupBy), table, notes);
  // "show image and command line per device": each group's values of what the question asks to see; beside a
  // count per group too ("top devices by connections, and which urls"), or a first/last time seen per group
  // ("device, account + first time seen per box").
  const shownSets =
    c.measure === null ||
    (groups.length > 0 &&
      (c.measure.kind === 'count' || c.measure.kind === 'distinct_count' || isTimeMeasure(c.measure)))
      ? [
          ...new Set(
            c.show
              .map((key) => columnFor(table.columns, key.kind, key.field, table.name))
              .filter((col): col is string => col !== undefined && !groups.includes(col)),
          ),
        ].map((col) => `${kqlColumn(col)}=make_set(${kqlColumn(col)}, 100)`)
      : [];
  const extras = c.extraMeasures.map((m) => ({ threshold: m.threshold, ...kqlMeasure(m, table, notes) }));
  const measures = [
    measure.expression,
    ...extras.map((m) => m.expression).filter((e) => e !== measure.expression),
    ...shownSets,
  ].join(', ');
  if (groups.length === 0 && bucketSeconds === null && (c.having || c.limit || input.isAggregation)) {
    const subject = rankedSubject(input.naturalLanguage);
    const fallback =
      (subject ? columnFor(table.columns, subject, null, table.name) : undefined) ?? DEFAULT_GROUP[table.name];
    if (fallback && table.columns.includes(fallback)) groups.push(fallback);
  }
  // Calendar months are no fixed length: one month is startofmonth(), a quarter or a year its first month's, not bin(…, 90d).
  const bucket =
    c.timeBucket?.unit === 'month' && CALENDAR_MONTHS[c.timeBucket.size]
      ? `${time} = ${CALENDAR_MONTHS[c.timeBucket.size]!(time)}`
      : bucketSeconds !== null
        ? `bin(${time}, ${bucketDuration(bucketSeconds)})`
        : null;
  // "this week compared with last week": each row's period is a key beside the groups.
  const period = c.periodComparison ? [kqlPeriodKey(c.periodComparison, time)] : [];
  const by = [...(bucket !== null ? [bucket] : []), ...groups, ...period];
  // "the ratio of bytes sent to bytes received": both summed, then the first over the second.
  const quotient = c.ratio ? kqlQuotient(c.ratio, table) : null;
  const summed = quotient ? [measures, ...quotient.sums.filter((s) => !measures.includes(s))].join(', ') : measures;
  lines.push(`| summarize ${summed}${by.length > 0 ? ` by ${by.join(', ')}` : ''}`);
  if (quotient) lines.push(`| extend ${quotient.name}=${quotient.expression}`);
  // A threshold said of a value summed ("above 1 GB") means nothing against the count the query fell back to.
  const counted = c.measure !== null && c.measure.kind !== 'count' && c.measure.kind !== 'distinct_count';
  if (c.having && counted && measure.name === 'count_')
    notes.push(`the threshold on "${c.measure?.of ?? '?'}" is not applied: the query counts events instead`);
  else if (c.having) lines.push(kqlThreshold(c.having, measure.name));
  // "… from more than 4 different IPs": a measure beside the first held to a threshold of its own.
  for (const m of extras) if (m.threshold && m.name !== 'count_') lines.push(kqlThreshold(m.threshold, m.name));
  const byTime = c.order?.by === 'time';
  const direction = c.order?.direction ?? (bucketSeconds !== null && groups.length === 0 ? 'asc' : 'desc');
  const orderColumn =
    byTime || (bucketSeconds !== null && !c.order && !c.limit) ? time : (quotient?.name ?? measure.name);
  if (c.limit) lines.push(`| top ${c.limit} by ${orderColumn} ${direction}`);
  else if (by.length > 0)
    lines.push(`| order by ${orderColumn} ${orderColumn === time && !c.order ? 'asc' : direction}`);
}

/** A ratio of two sums: the two summed and the quotient (in percent unless plain); null without both columns. */
function kqlQuotient(
  ratio: MeasureRatio,
  table: KqlTable,
): { sums: string[]; name: string; expression: string } | null {
  const part = kqlMeasure({ kind: 'sum', of: ratio.part, field: ratio.partField, percentile: null }, table, []);
  const whole = kqlMeasure({ kind: 'sum', of: ratio.whole, field: ratio.wholeField, percentile: null }, table, []);
  if (part.name === 'count_' || whole.name === 'count_' || part.name === whole.name) return null;
  return {
    sums: [part.expression, whole.expression],
    name: ratio.plain ? 'Ratio' : 'Percent',
    expression: `round(${ratio.plain ? '1.0' : '100.0'} * ${part.name} / ${whole.name}, 2)`,
  };
}

/**
 * An average of how many rows fall in each bucket, per group: the rows counted over the window and divided by its
 * buckets (those without a row count as zero), or, when the window holds no whole number of them, the counts of the
 * buckets averaged.
 */
function averagePerBucket(
  lines: string[],
  input: QueryInput,
  c: QueryConstraints,
  groups: readonly string[],
  time: string,
  bucketSeconds: number,
  notes: string[],
): void {
  const name = `AvgPer${bucketWord(bucketSeconds)}`;
  const by = groups.length > 0 ? ` by ${groups.join(', ')}` : '';
  const buckets = bucketsInWindow(input.time?.durationSeconds, bucketSeconds);
  if (buckets !== null) {
    lines.push(`| summarize Total=count()${by}`, `| extend ${name}=round(Total / ${buckets}.0, 2)`);
    notes.push(
      `the average per ${bucketDuration(bucketSeconds)}: the events of the window over its ${buckets} buckets`,
    );
  } else {
    const bucket = `bin(${time}, ${bucketDuration(bucketSeconds)})`;
    lines.push(
      `| summarize Count=count() by ${[bucket, ...groups].join(', ')}`,
      `| summarize ${name}=round(avg(Count), 2)${by}`,
    );
    notes.push(`the average per ${bucketDuration(bucketSeconds)}: buckets without events are not counted`);
  }
  if (c.having) lines.push(kqlThreshold(c.having, name));
  const direction = c.order?.direction ?? 'desc';
  if (c.limit) lines.push(`| top ${c.limit} by ${name} ${direction}`);
  else if (groups.length > 0) lines.push(`| order by ${name} ${direction}`);
}

/** The tail of a query: summarise, chart or list. */
function shape(
  lines: string[],
  input: QueryInput,
  group: string | null,
  time: string,
  columns: readonly string[] | undefined,
): void {
  if (input.isTimeSeries) {
    const bin = compactDuration(binSeconds(input.time?.durationSeconds ?? null));
    lines.push(
      `| summarize count() by bin(${time}, ${bin})${group && input.isAggregation ? `, ${group}` : ''}`,
      `| order by ${time} asc`,
    );
  } else if (input.isAggregation) {
    lines.push(
      group ? `| summarize count() by ${group}` : '| summarize count()',
      ...(group ? ['| order by count_ desc'] : []),
    );
  } else {
    const columnsOut = projection(columns, input, time);
    if (columnsOut.length > 1) lines.push(`| project ${columnsOut.join(', ')}`);
    lines.push(`| order by ${time} desc`, '| take 1000');
  }
}

/** Tables that share a column to join on (besides the time). */
function joinable(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return (a ?? []).some((c) => !TIME_COLUMNS.includes(c) && (b ?? []).includes(c) && JOIN_KEYS.includes(c));
}

/** How many of the question's group keys (time buckets aside) a table has a column for. */
function groupKeysHeld(table: string, columns: readonly string[], c: QueryConstraints): number {
  return c.groupBy.filter((key) => !BUCKET_KINDS.has(key.kind) && columnFor(columns, key.kind, key.field, table))
    .length;
}

/**
 * The tables a constrained query reads: retargeted to the ones that can hold its strong filters,
 * then the one that holds most of its filters (the planner's order breaks ties) unless a join was
 * asked for and the tables share a key.
 */
function kqlSources(
  named: readonly string[],
  question: string,
  schema: KqlSchema,
  c: QueryConstraints,
  hasJoins: boolean,
  notes: string[],
): string[] {
  let requested = named;
  const inactiveIn = c.inactivity?.activity ? topicalSource(requested, schema.tables, c.inactivity.activity) : null;
  if (inactiveIn) {
    notes.push(`the last ${c.inactivity!.activity} is read from ${inactiveIn}, the table of that activity`);
    // "no logon (4740) for 30 days": a code of the activity names the table that holds it.
    return retargetSources([inactiveIn], schema.tables, c.filters, notes);
  }
  const topical = topicalSource(requested, schema.tables, question);
  if (topical && !requested.includes(topical)) {
    notes.push(
      `the question is about ${topical}'s data, not ${requested.join(', ') || 'no table'}'s; the query reads ${topical}`,
    );
    requested = [topical];
  }
  const tables = retargetSources(requested, schema.tables, c.filters, notes);
  if (
    hasJoins &&
    tables.length > 1 &&
    tables.slice(1).every((t) => joinable(schema.tables[tables[0]!], schema.tables[t]))
  )
    return tables;
  // The filters a table can hold, then the keys it can group by ("… by country": the sign-ins, not the activity log).
  const othersUnsaid = (table: string) => tables.every((t) => t === table || topicScore(t, question) === 0);
  // An account an audit log keeps in its bags of who acted and what was acted on is held there as in a column.
  const fits = (table: string) =>
    c.filters.filter(
      (f) =>
        (f.kind === 'status' && KQL_OUTCOME[table]) ||
        canExpress(table, schema.tables[table] ?? [], f) ||
        holdsInAccountBags(f, schema.tables[table] ?? []),
    ).length +
    groupKeysHeld(table, schema.tables[table] ?? [], c) +
    (othersUnsaid(table) ? processRunsHeld(table, schema.tables[table] ?? [], c) : 0);
  return bestSourceFirst(tables, fits, notes);
}

/** The column of a process that started the row's own action (Defender's InitiatingProcess…): not the process run. */
const INITIATOR_COLUMN = /^initiating/i;
/** Less than one filter held: a tiebreak between tables that hold the same filters. */
const RUNS_TIEBREAK = 0.5;
/** Values of where traffic went or came from: a process said with one is what made the traffic, not a run. */
const TRAFFIC_KINDS: ReadonlySet<string> = new Set(['ip', 'cidr', 'port', 'domain', 'url']);

/**
 * "AnyDesk on any of our machines": a process asked about, with nothing said of what another table records
 * (connections, ports, addresses), is a process run. A table that holds it as the process its rows ran (FileName) is
 * read before one that holds it only as the initiator of something else (a connection's InitiatingProcessFileName).
 */
function processRunsHeld(table: string, columns: readonly string[], c: QueryConstraints): number {
  if (c.filters.some((f) => TRAFFIC_KINDS.has(f.kind))) return 0;
  const runs = c.filters.some((f) => {
    if (f.kind !== 'process' || f.operator === 'neq' || f.operator === 'not_in') return false;
    const column = columnFor(columns, f.kind, f.field, table);
    return column !== undefined && !INITIATOR_COLUMN.test(column);
  });
  return runs ? RUNS_TIEBREAK : 0;
}

/**
 * What the table the question names means for the query: one the schema lists is read; one it does not list is not
 * queried (the agent reads only tables its schema has), and the note says so.
 */
function namedTableNotes(named: NamedTable): string[] {
  return named.listed
    ? [`the question names ${named.table}; the query reads it`]
    : [`the question names ${named.table}, which the kql schema does not list; the query reads the tables it has`];
}

/**
 * A KQL query for the analysis: the table, a time filter from the duration, filters the
 * question asks for, then `summarize count() by` (aggregation), `bin()` (time series) or a
 * projection. Several tables are joined on a shared column, or unioned.
 */
export function buildKqlQuery(given: QueryInput, schema: KqlSchema): GeneratedQuery {
  const input = shapeFromConstraints(given);
  // "… in the AWSCloudTrail table", "CloudTrail in Sentinel": the table the question names is the one read.
  const said = namedKqlTable(input.naturalLanguage, schema.tables);
  const named = said?.listed ? said : null;
  const resolved = named
    ? { tables: [named.table], notes: [] }
    : resolveTables(input.tables, schema.tables, input.naturalLanguage, 'kql');
  const notes = [...(said ? namedTableNotes(said) : []), ...resolved.notes, ...input.readNotes];
  const constraints = input.constraints;
  const tables = named
    ? resolved.tables
    : constraints
      ? kqlSources(
          resolved.tables,
          input.naturalLanguage,
          schema,
          constraints,
          input.hasJoins && (!input.naturalLanguage || asksToCombine(input.naturalLanguage)),
          notes,
        )
      : resolved.tables;
  const columnsOf = (table: string) => schema.tables[table];
  const first = tables[0]!;
  const time = timeColumn(columnsOf(first));

  const pipeline = (table: string): string[] => {
    const column = timeColumn(columnsOf(table));
    const clauses = [
      timeClause(input, column),
      hoursClause(input, column),
      ...filtersFor(table, columnsOf(table), input, notes, schema),
    ].filter((c): c is string => c !== null);
    return [tableRef(table), ...clauses.map((c) => `| where ${c}`)];
  };

  const lines: string[] = [];
  if (tables.length === 1) {
    // "what % of … failed": the status filter is the part counted, not a filter on the rows.
    // Without one, the filters the share's own words name ("… were single-factor only") are the part.
    const outcomes = constraints?.share ? constraints.filters.filter((f) => f.kind === 'status') : [];
    const statusFilters =
      outcomes.length > 0 || !constraints?.share
        ? outcomes
        : constraints.filters.filter(
            (f) => f.expression !== '' && constraints.share!.expression.includes(f.expression),
          );
    const part =
      statusFilters.length > 0
        ? filtersFor(
            first,
            columnsOf(first),
            { ...input, constraints: { ...constraints!, filters: statusFilters } },
            [],
            schema,
          )
        : [];
    const piped = pipeline(first);
    lines.push(...(part.length > 0 ? piped.filter((line) => !part.some((p) => line === `| where ${p}`)) : piped));
    if (constraints)
      constrainedShape(lines, input, constraints, kqlTable(first, columnsOf(first), schema), time, notes, part);
    else shape(lines, input, groupColumn(first, columnsOf(first), input), time, columnsOf(first));
  } else {
    const joinKey = (a: string, b: string) => {
      const shared = (columnsOf(a) ?? []).filter((c) => (columnsOf(b) ?? []).includes(c) && !TIME_COLUMNS.includes(c));
      return JOIN_KEYS.find((k) => shared.includes(k)) ?? shared[0] ?? null;
    };
    const keys = tables.slice(1).map((t) => joinKey(first, t));
    if (input.hasJoins && keys.some((k) => k !== null)) {
      lines.push(...pipeline(first));
      tables.slice(1).forEach((table, i) => {
        const key = keys[i];
        if (!key) {
          notes.push(`${table} shares no column with ${first}; it is left out of the join`);
          return;
        }
        lines.push(`| join kind=inner (${pipeline(table).join(' ')}) on ${key}`);
        notes.push(`${first} joined with ${table} on ${key}`);
      });
      if (constraints)
        constrainedShape(lines, input, constraints, kqlTable(first, columnsOf(first), schema), time, notes);
      else shape(lines, input, groupColumn(first, columnsOf(first), input), time, columnsOf(first));
    } else {
      const timeClauses = timeClause(input, time);
      lines.push(`union withsource=SourceTable ${tables.map(tableRef).join(', ')}`);
      if (timeClauses) lines.push(`| where ${timeClauses}`);
      const hours = hoursClause(input, time);
      if (hours) lines.push(`| where ${hours}`);
      if (input.hasJoins) notes.push(`the tables share no column to join on; they are unioned instead`);
      if (input.isAggregation || input.isTimeSeries) {
        const bin = compactDuration(binSeconds(input.time?.durationSeconds ?? null));
        lines.push(
          input.isTimeSeries
            ? `| summarize count() by bin(${time}, ${bin}), SourceTable`
            : '| summarize count() by SourceTable',
        );
      } else {
        lines.push(`| order by ${time} desc`, '| take 1000');
      }
    }
  }

  if (!input.time)
    notes.push(
      'no time range was given; add one (for example | where TimeGenerated > ago(1d)) to keep the query cheap',
    );
  addKnowledgeNotes(input, notes);
  return { platform: 'kql', query: lines.join('\n'), tables, notes };
}

/** A first or last time seen ("first time seen per box"): the earliest or latest time of each group's rows. */
function isTimeMeasure(measure: Measure): boolean {
  return measure.of === 'time' && (measure.kind === 'min' || measure.kind === 'max');
}

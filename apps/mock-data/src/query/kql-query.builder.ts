import { addKnowledgeNotes } from './knowledge-notes.util';
import type { GeneratedQuery, QueryInput } from './query-input';
import type { KqlSchema } from './schema';
import { resolveTables } from './table-resolver.util';
import { aadstsCodes, asksForFailures, eventIdsFromKnowledge, groupColumnFromQuestion, windowsEventIds } from './text-signals.util';
import { binSeconds, compactDuration, usesAbsoluteWindow } from './time-range.util';
import { nullPrototype } from './null-prototype.util';

/** The column a table is usually summarised by. */
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
const JOIN_KEYS = ['CorrelationId', 'DeviceId', 'UserPrincipalName', 'UserId', 'AccountName', 'IPAddress', 'Computer', 'DeviceName'];

const TIME_COLUMNS = ['TimeGenerated', 'Timestamp'];

/** A table name as KQL accepts it: bare when it is an identifier, else `['quoted']`. */
function tableRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `['${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

function timeColumn(columns: readonly string[] | undefined): string {
  return TIME_COLUMNS.find((c) => columns?.includes(c)) ?? 'TimeGenerated';
}

function timeClause(input: QueryInput, column: string): string | null {
  if (!input.time) return null;
  if (usesAbsoluteWindow(input.time)) return `${column} between (datetime(${input.time.start}) .. datetime(${input.time.end}))`;
  return input.time.durationSeconds ? `${column} > ago(${compactDuration(input.time.durationSeconds)})` : null;
}

/** Filters the question (and, for event ids, the best knowledge) call for on one table. */
function filtersFor(table: string, columns: readonly string[] | undefined, input: QueryInput, notes: string[]): string[] {
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
      notes.push(`EventID filter ${fromKnowledge.ids.join(', ')} on ${table} taken from knowledge ${fromKnowledge.from.join(', ')}`);
    } else if (asksForFailures(input.naturalLanguage) && FAILURE_FILTER[table]) {
      filters.push(FAILURE_FILTER[table]!);
    }
  } else if (asksForFailures(input.naturalLanguage) && FAILURE_FILTER[table]) {
    filters.push(FAILURE_FILTER[table]!);
  }
  return filters;
}

function groupColumn(table: string, columns: readonly string[] | undefined, input: QueryInput): string | null {
  if (!columns) return null;
  const candidates = columns.filter((c) => !TIME_COLUMNS.includes(c));
  return (
    groupColumnFromQuestion(input.naturalLanguage, candidates) ??
    input.fields.map((f) => candidates.find((c) => c.toLowerCase() === f.toLowerCase())).find((c): c is string => c !== undefined) ??
    (DEFAULT_GROUP[table] && candidates.includes(DEFAULT_GROUP[table]!) ? DEFAULT_GROUP[table]! : null) ??
    null
  );
}

function projection(columns: readonly string[] | undefined, input: QueryInput, time: string): string[] {
  if (!columns) return [];
  const wanted = input.fields.map((f) => columns.find((c) => c.toLowerCase() === f.toLowerCase())).filter((c): c is string => c !== undefined && c !== time);
  const chosen = wanted.length > 0 ? wanted : columns.filter((c) => !TIME_COLUMNS.includes(c)).slice(0, 6);
  return [time, ...new Set(chosen)];
}

/** The tail of a query: summarise, chart or list. */
function shape(lines: string[], input: QueryInput, group: string | null, time: string, columns: readonly string[] | undefined): void {
  if (input.isTimeSeries) {
    const bin = compactDuration(binSeconds(input.time?.durationSeconds ?? null));
    lines.push(`| summarize count() by bin(${time}, ${bin})${group && input.isAggregation ? `, ${group}` : ''}`, `| order by ${time} asc`);
  } else if (input.isAggregation) {
    lines.push(group ? `| summarize count() by ${group}` : '| summarize count()', ...(group ? ['| order by count_ desc'] : []));
  } else {
    const columnsOut = projection(columns, input, time);
    if (columnsOut.length > 1) lines.push(`| project ${columnsOut.join(', ')}`);
    lines.push(`| order by ${time} desc`, '| take 1000');
  }
}

/**
 * A KQL query for the analysis: the table, a time filter from the duration, filters the
 * question asks for, then `summarize count() by` (aggregation), `bin()` (time series) or a
 * projection. Several tables are joined on a shared column, or unioned.
 */
export function buildKqlQuery(input: QueryInput, schema: KqlSchema): GeneratedQuery {
  const resolved = resolveTables(input.tables, schema.tables, input.naturalLanguage, 'kql');
  const notes = [...resolved.notes];
  const tables = resolved.tables;
  const columnsOf = (table: string) => schema.tables[table];
  const first = tables[0]!;
  const time = timeColumn(columnsOf(first));

  const pipeline = (table: string): string[] => {
    const column = timeColumn(columnsOf(table));
    const clauses = [timeClause(input, column), ...filtersFor(table, columnsOf(table), input, notes)].filter((c): c is string => c !== null);
    return [tableRef(table), ...clauses.map((c) => `| where ${c}`)];
  };

  const lines: string[] = [];
  if (tables.length === 1) {
    lines.push(...pipeline(first));
    shape(lines, input, groupColumn(first, columnsOf(first), input), time, columnsOf(first));
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
      shape(lines, input, groupColumn(first, columnsOf(first), input), time, columnsOf(first));
    } else {
      const timeClauses = timeClause(input, time);
      lines.push(`union withsource=SourceTable ${tables.map(tableRef).join(', ')}`);
      if (timeClauses) lines.push(`| where ${timeClauses}`);
      if (input.hasJoins) notes.push(`the tables share no column to join on; they are unioned instead`);
      if (input.isAggregation || input.isTimeSeries) {
        const bin = compactDuration(binSeconds(input.time?.durationSeconds ?? null));
        lines.push(input.isTimeSeries ? `| summarize count() by bin(${time}, ${bin}), SourceTable` : '| summarize count() by SourceTable');
      } else {
        lines.push(`| order by ${time} desc`, '| take 1000');
      }
    }
  }

  if (!input.time) notes.push('no time range was given; add one (for example | where TimeGenerated > ago(1d)) to keep the query cheap');
  addKnowledgeNotes(input, notes);
  return { platform: 'kql', query: lines.join('\n'), tables, notes };
}

import { columnFor, filterKind, holdsValues, namedColumn } from './column-kinds';
import type { ConstraintFilter, Measure, QueryConstraints, Threshold } from './constraints';
import { accountEventUser, scopedToSource, namesItsColumn } from './event-sources.util';
import { nullPrototype } from './null-prototype.util';
import {
  isFailureWord,
  isSuccessWord,
  outcomeNamedByOperation,
  splitOutcome,
  wordOnCodeColumn,
} from './status-words.util';
import { actionAsPathSegment, foreignAction } from './kql-foreign-actions.util';
import { GUEST_MARK, guestByPrincipal, guestMarkNote } from './guest-mark.util';
import { textAffix } from './text-affix.util';
import { clausesByProgram } from './program-alternatives.util';
import { isOwnProductName } from './table-topics';

/** Kinds compared without regard to case (`=~`, `in~`). */
const CASE_INSENSITIVE = new Set([
  'user',
  'email',
  'host',
  'domain',
  'url',
  'hash',
  'process',
  'file',
  'country',
  'city',
  'app',
  'action',
  'severity',
]);
/**
 * Columns of Azure resource names, which Azure compares without case (AzureActivity often records them upper-cased),
 * and of a flow's transport protocol, which each source writes in its own case ("Tcp", "TCP").
 */
const CASE_INSENSITIVE_COLUMNS: ReadonlySet<string> = new Set([
  'ResourceGroup',
  'ResourceProviderValue',
  'SubscriptionId',
  'Protocol',
]);
const TIME_COLUMNS = ['TimeGenerated', 'Timestamp'];
const NUMERIC_TYPES = new Set(['int', 'long', 'real', 'decimal', 'double']);

/** What "failed" and "succeeded" mean in each table. */
export const KQL_OUTCOME: Readonly<Record<string, { failure: string; success: string }>> = nullPrototype({
  SigninLogs: { failure: 'ResultType != "0"', success: 'ResultType == "0"' },
  SecurityEvent: { failure: 'EventID == 4625', success: 'EventID == 4624' },
  AuditLogs: { failure: 'Result != "success"', success: 'Result == "success"' },
  AzureActivity: { failure: 'ActivityStatusValue == "Failure"', success: 'ActivityStatusValue == "Success"' },
  OfficeActivity: { failure: 'ResultStatus != "Succeeded"', success: 'ResultStatus == "Succeeded"' },
});

export interface KqlTable {
  readonly name: string;
  readonly columns: readonly string[];
  readonly type: (column: string) => string | undefined;
}

/** An audit log's bags of accounts: who acted (`InitiatedBy`) and what was acted on (`TargetResources`). */
const AUDIT_ACCOUNT_BAGS = ['InitiatedBy', 'TargetResources'];
/** Filter kinds whose values are an account's name. */
const ACCOUNT_KINDS: ReadonlySet<string> = new Set(['user', 'email', 'actor']);

/**
 * An account named on an audit log whose accounts sit in bags ("password resets by ops@contoso.com" on Entra's
 * AuditLogs): the name looked for in both bags, as the record may hold it as who acted or as the target. Null for
 * another filter, a left-out account, or a table without both bags.
 */
function accountBagsClause(filter: ConstraintFilter, columns: readonly string[]): string | null {
  if (!holdsInAccountBags(filter, columns)) return null;
  const terms = filter.values.flatMap((v) => AUDIT_ACCOUNT_BAGS.map((bag) => `${bag} has ${kqlString(v)}`));
  return terms.length === 1 ? terms[0]! : `(${terms.join(' or ')})`;
}

/**
 * Whether a table keeps the account a filter names in an audit log's bags (see {@link accountBagsClause}): it holds
 * the filter as a table with an account column does.
 */
export function holdsInAccountBags(filter: ConstraintFilter, columns: readonly string[]): boolean {
  return (
    ACCOUNT_KINDS.has(filter.kind) &&
    filter.values.length > 0 &&
    (filter.operator === 'eq' || filter.operator === 'in') &&
    AUDIT_ACCOUNT_BAGS.every((bag) => columns.includes(bag))
  );
}

/** A KQL string literal. */
export function kqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** A column reference: bare when it is an identifier, else `['quoted']`. */
export function kqlColumn(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `['${name.replace(/'/g, "\\'")}']`;
}

function literal(value: string, type: string | undefined): string {
  if (type && NUMERIC_TYPES.has(type) && /^-?\d+(\.\d+)?$/.test(value)) return value;
  // A hex code on a number column ("logon type 0x2") is compared as the number it writes.
  if (type && NUMERIC_TYPES.has(type) && /^0x[0-9a-f]{1,12}$/i.test(value)) return String(parseInt(value, 16));
  if (type === 'bool' && /^(true|false)$/i.test(value)) return value.toLowerCase();
  return kqlString(value);
}

/** A column holding a file's whole path (`FolderPath`, `InitiatingProcessFolderPath`, `NewProcessName`, `Image`). */
const PATH_COLUMN = /(?:path|^newprocessname|^image)$/i;
/** A folder written as a path: separated by backslashes, its last part no file name with an extension. */
const FOLDER_PATH = /\\(?:[^\\.]+\\?)?$/;

/** A name written with one wildcard, at its start (`*$`) or at its end (`svc_*`). */
const WILDCARD_AFFIX = /^\*[^*\s]+$|^[^*\s]+\*$/;
/** A part of a name written between two wildcards (`*UptimeRobot*`). */
const WILDCARD_PART = /^\*[^*\s]+\*$/;
/** A class of HTTP status codes as a question says it: `5xx`. */
const STATUS_CLASS = /^[1-5]xx$/i;
/** A column holding whole addresses (`RemoteUrl`, `FileOriginUrl`, `RequestUri`). */
const ADDRESS_COLUMN = /(?:url|uri)$/i;

function comparison(filter: ConstraintFilter, table: KqlTable, column: string, notes: string[]): string | null {
  const type = table.type(column);
  const ref = type === 'dynamic' ? `tostring(${kqlColumn(column)})` : kqlColumn(column);
  const numeric = type !== undefined && NUMERIC_TYPES.has(type);
  const ci = !numeric && (CASE_INSENSITIVE.has(filter.kind) || CASE_INSENSITIVE_COLUMNS.has(column));
  const values = filter.values.map((v) => literal(v, numeric ? type : 'string'));
  const list = `(${values.join(', ')})`;
  switch (filter.operator) {
    case 'eq':
    case 'in':
      // A class of HTTP status codes ("5xx"): every code that begins with its digit.
      if (filter.values.every((v) => STATUS_CLASS.test(v))) {
        const tests = filter.values.map((v) =>
          numeric ? `${ref} between (${v[0]}00 .. ${v[0]}99)` : `tostring(${ref}) startswith ${kqlString(v[0]!)}`,
        );
        return tests.length === 1 ? tests[0]! : `(${tests.join(' or ')})`;
      }
      if (filter.kind === 'cidr')
        return values.length === 1
          ? `ipv4_is_in_range(${ref}, ${values[0]})`
          : `(${values.map((v) => `ipv4_is_in_range(${ref}, ${v})`).join(' or ')})`;
      // A dynamic column (DeviceDetail) holds a bag: a value is a term in it, not the whole of it.
      if (type === 'dynamic') return values.map((v) => `${ref} has ${v}`).join(' or ');
      // A domain on a column of addresses (RemoteUrl) is a name in the address, a subdomain's too, not all of it.
      if (filter.kind === 'domain' && ADDRESS_COLUMN.test(column))
        return values.length === 1 ? `${ref} has ${values[0]}` : `${ref} has_any ${list}`;
      if (values.length === 1) return `${ref} ${ci ? '=~' : '=='} ${values[0]}`;
      return `${ref} ${ci ? 'in~' : 'in'} ${list}`;
    case 'neq':
    case 'not_in':
      if (filter.kind === 'cidr') return `not(${values.map((v) => `ipv4_is_in_range(${ref}, ${v})`).join(' or ')})`;
      // "not in C:\Windows\System32": a folder left out of a path column is every path under it, not one equal to it.
      if (PATH_COLUMN.test(column) && filter.values.every((v) => FOLDER_PATH.test(v)))
        return filter.values
          .map((v) => `${ref} ${/^[a-z]:\\/i.test(v) ? '!startswith' : '!contains'} ${kqlString(v)}`)
          .join(' and ');
      // "not counting bots (user agent containing UptimeRobot)" (`*UptimeRobot*`): a part anywhere in the text.
      if (filter.values.every((v) => WILDCARD_PART.test(v)))
        return filter.values.map((v) => `${ref} !contains ${kqlString(v.slice(1, -1))}`).join(' and ');
      // "excluding machine accounts" (`*$`), "not svc_*": a name written with a wildcard at one end is left out by that end.
      if (filter.values.every((v) => WILDCARD_AFFIX.test(v)))
        return filter.values
          .map((v) =>
            v.startsWith('*')
              ? `${ref} !endswith ${kqlString(v.slice(1))}`
              : `${ref} !startswith ${kqlString(v.slice(0, -1))}`,
          )
          .join(' and ');
      // "leave out svchost": a program named without its extension is no part of the name (`svchost.exe`).
      if (filter.kind === 'process' && filter.values.every((v) => /^[\w-]+$/.test(v)))
        return filter.values.map((v) => `${ref} !contains ${kqlString(v)}`).join(' and ');
      if (values.length === 1) return `${ref} ${ci ? '!~' : '!='} ${values[0]}`;
      return `${ref} ${ci ? '!in~' : '!in'} ${list}`;
    case 'contains': {
      // A domain suffix (".example.org") is the end of the name, not anywhere in it; "starting with adm-" its start.
      const affix = textAffix(filter.expression);
      const text = filter.values.map(
        (v) =>
          `${ref} ${(filter.kind === 'domain' && v.startsWith('.')) || affix === 'suffix' ? 'endswith' : affix === 'prefix' ? 'startswith' : 'contains'} ${kqlString(v)}`,
      );
      return text.length === 1 ? text[0]! : `(${text.join(' or ')})`;
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const value = filter.values[0]!;
      if (!/^-?\d+(\.\d+)?$/.test(value)) {
        notes.push(
          `the ${filter.kind} filter "${filter.expression}" compares with a value that is not a number; it is not applied`,
        );
        return null;
      }
      const op = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[filter.operator];
      return `${numeric ? ref : `toreal(${ref})`} ${op} ${value}`;
    }
  }
}

/** Columns that hold an account's bare name, and the column beside each that holds its domain. */
const ACCOUNT_DOMAIN_COLUMN: Readonly<Record<string, string>> = nullPrototype({
  TargetUserName: 'TargetDomainName',
  SubjectUserName: 'SubjectDomainName',
  AccountName: 'AccountDomain',
  InitiatingProcessAccountName: 'InitiatingProcessAccountDomain',
});

/**
 * `CONTOSO\svc_backup` on a column of bare names (TargetUserName): the name there, and the domain on the
 * column beside it when the table has one. Null for anything else (compared as it is).
 */
function qualifiedAccount(filter: ConstraintFilter, table: KqlTable, column: string, notes: string[]): string | null {
  const domainColumn = ACCOUNT_DOMAIN_COLUMN[column];
  if (filter.kind !== 'user' || !domainColumn || filter.values.length !== 1) return null;
  if (filter.operator !== 'eq' && filter.operator !== 'neq') return null;
  const m = /^([^\\\s]{1,64})\\([^\\\s]{1,64})$/.exec(filter.values[0]!);
  if (!m) return null;
  const name = comparison({ ...filter, values: [m[2]!] }, table, column, notes);
  if (!name || !table.columns.includes(domainColumn)) return name;
  const domain = comparison({ ...filter, values: [m[1]!] }, table, domainColumn, notes);
  return filter.operator === 'eq' ? `(${name} and ${domain})` : `(${name} or ${domain})`;
}

/** A user principal name (`first.last@corp.example`): the logon name before the `@` and the domain after it. */
const PRINCIPAL_NAME = /^([^@\s\\]{1,64})@[a-z0-9.-]{1,253}\.[a-z]{2,24}$/i;

/** Operators that still list values once each user principal name is read both ways. */
const LISTED_OPERATOR: Readonly<Partial<Record<ConstraintFilter['operator'], ConstraintFilter['operator']>>> = {
  eq: 'in',
  in: 'in',
  neq: 'not_in',
  not_in: 'not_in',
};

/**
 * A user principal name on a column of bare names (TargetUserName of Windows events holds the SAM name `j.doe`,
 * never `j.doe@corp.example`): the name before the `@` as well as the whole of it. Null for anything else.
 */
function principalOnBareName(filter: ConstraintFilter, column: string): ConstraintFilter | null {
  const operator = LISTED_OPERATOR[filter.operator];
  if (filter.kind !== 'user' || !ACCOUNT_DOMAIN_COLUMN[column] || !operator) return null;
  if (!filter.values.some((v) => PRINCIPAL_NAME.test(v))) return null;
  const values = filter.values.flatMap((v) => {
    const logon = PRINCIPAL_NAME.exec(v)?.[1];
    return logon ? [logon, v] : [v];
  });
  return { ...filter, operator, values: [...new Set(values)] };
}

/** Columns that name an action in a sentence or a compound name ("… has blocked a connection.", `ConnectionBlocked`). */
const DESCRIBED_ACTION_COLUMNS: ReadonlySet<string> = new Set(['Activity', 'ActionType']);

/**
 * A verdict said as a plain word ("blocked", "allowed") on a column that names actions in a sentence or a compound
 * name: a part of the name, never all of it. Other filters unchanged.
 */
function verdictAsTerm(filter: ConstraintFilter, column: string): ConstraintFilter {
  if (filter.kind !== 'action' || !DESCRIBED_ACTION_COLUMNS.has(column)) return filter;
  if (filter.operator !== 'eq' && filter.operator !== 'in') return filter;
  return filter.values.every((v) => /^[a-z]+$/.test(v)) ? { ...filter, operator: 'contains' } : filter;
}

/**
 * "denied sign-ins", "blocked logins": a verdict word on a table that records no action but an outcome is that
 * outcome (a failure or a success). Other filters unchanged.
 */
function verdictAsOutcome(filter: ConstraintFilter, table: KqlTable): ConstraintFilter {
  if (filter.kind !== 'action' || !KQL_OUTCOME[table.name] || !filter.values.every(isOutcome)) return filter;
  return columnFor(table.columns, 'action', filter.field, table.name) ? filter : { ...filter, kind: 'status' };
}

function isOutcome(value: string): boolean {
  return isFailureWord(value) || isSuccessWord(value);
}

/**
 * Windows events logged on success and on failure alike, which say which in their `Status` code (`0x0` on success):
 * Kerberos ticket requests (4768, 4769) and NTLM credential validation (4776).
 */
const STATUS_CODED_EVENTS: ReadonlySet<string> = new Set(['4768', '4769', '4776']);
const SUCCESS_CODE = '"0x0"';

/** A result code as Windows writes it (`0xC000006A`). */
const HEX_CODE = /^0x[0-9a-f]+$/i;

/**
 * The outcome as a `Status` comparison when every event id the filters name is status-coded; else null (and when
 * the filters name a code, which says the outcome itself).
 */
function statusCodedOutcome(table: KqlTable, filters: readonly ConstraintFilter[], failure: boolean): string | null {
  if (!table.columns.includes('Status') || filters.some((f) => f.values.some((v) => HEX_CODE.test(v)))) return null;
  const ids = filters
    .filter((f) => f.kind === 'event_id' && (f.operator === 'eq' || f.operator === 'in'))
    .flatMap((f) => f.values);
  if (ids.length === 0 || !ids.every((id) => STATUS_CODED_EVENTS.has(id))) return null;
  return `Status ${failure ? '!=' : '=='} ${SUCCESS_CODE}`;
}

/** A registry path's hive as written at its start (`HKLM\`, `HKCU:\`, `HKEY_LOCAL_MACHINE\`). */
const HIVE = /^(?:HKLM|HKCU|HKCR|HKU|HKEY_[A-Z_]+):?\\/i;

/**
 * A registry key searched for on a table of processes without a registry column: the command line column, where
 * the commands that write the key name it, and the key without its hive (reg.exe, PowerShell and .reg files each
 * write it their way); null for other filters or tables.
 */
function registryCommandLine(
  filter: ConstraintFilter,
  table: KqlTable,
): { column: string; filter: ConstraintFilter } | null {
  if (filter.kind !== 'registry' || filter.operator !== 'contains') return null;
  const column = columnFor(table.columns, 'command_line', null, table.name);
  return column ? { column, filter: { ...filter, values: filter.values.map((v) => v.replace(HIVE, '')) } } : null;
}

/**
 * The `where` clauses of a table for the constraints' filters. A filter the table cannot hold
 * is left out with a note; event ids of another log (4625 on Sysmon) are never applied.
 */
export function kqlFilterClauses(table: KqlTable, constraints: QueryConstraints, notes: string[]): string[] {
  // "tool-a purge x or tool-b setting y": one process is never both; each program with its arguments is an alternative.
  const split = clausesByProgram(
    constraints.filters,
    notes,
    (own, n) => filterClauses(table, constraints, own, n),
    (clauses) => clauses.length > 0,
  );
  if (!split) return filterClauses(table, constraints, constraints.filters, notes);
  const alternatives = split.alternatives.map((group) => (group.length === 1 ? group[0]! : `(${group.join(' and ')})`));
  return [...split.common, alternatives.join(' or ')];
}

/** The `where` clauses of some of the question's filters (the rest of them read as their context). */
function filterClauses(
  table: KqlTable,
  constraints: QueryConstraints,
  own: readonly ConstraintFilter[],
  notes: string[],
): string[] {
  const clauses: string[] = [];
  const namesEvents = constraints.filters.some((f) => f.kind === 'event_id');
  for (const filter of own
    .map((f) => verdictAsOutcome(f, table))
    .flatMap((f) => splitOutcome(f, isOutcome))
    .map((f) => accountEventUser(f, constraints.filters, table.name, table.columns))) {
    if (filter.kind === 'status' && filter.values.every((v) => isFailureWord(v) || isSuccessWord(v))) {
      const outcome = KQL_OUTCOME[table.name];
      const failure = isFailureWord(filter.values[0]!) !== (filter.operator === 'neq' || filter.operator === 'not_in');
      const clause = outcome ? (failure ? outcome.failure : outcome.success) : null;
      // "failed logons 4740": the event ids say which events; an outcome on EventID would contradict them. Events
      // that log both outcomes (4776) tell them apart by their status code instead.
      if (clause && namesEvents && clause.startsWith('EventID')) {
        const coded = statusCodedOutcome(table, constraints.filters, failure);
        if (coded) clauses.push(coded);
        continue;
      }
      // "failed logins (UserLoginFailed)": the operation named says the outcome; the result column may say otherwise.
      if (
        clause &&
        outcomeNamedByOperation(constraints.filters) &&
        columnFor(table.columns, 'action', null, table.name)
      ) {
        notes.push(`the operation named says the outcome "${filter.expression}"; it is not applied again`);
        continue;
      }
      if (clause) {
        clauses.push(clause);
        continue;
      }
    }
    if (
      (filter.kind === 'status' || filter.kind === 'action') &&
      namesEvents &&
      table.columns.includes('EventID') &&
      filter.values.every((v) => /^[a-z]+$/i.test(v))
    ) {
      // "locked out (4740)", "blocked (5157)": the event ids say what happened; a word on the Status code column
      // or the Activity title would match nothing.
      notes.push(
        `the event ids say what "${filter.expression}" means; it is not applied as ${filter.kind === 'status' ? 'a status' : 'an action'}`,
      );
      continue;
    }
    // "Office 365 sign-ins", "failures in Azure AD": the product named is the table's own source, not an app in it.
    if (
      filter.kind === 'app' &&
      filter.values.length > 0 &&
      filter.values.every((v) => isOwnProductName(table.name, v))
    ) {
      notes.push(
        `"${filter.expression}" names the source of ${table.name}, the table searched; no app filter is added`,
      );
      continue;
    }
    if (foreignAction(table.name, filter)) {
      notes.push(
        `${table.name} names no operation "${filter.values.join(', ')}" (another cloud's API call); it is not applied`,
      );
      continue;
    }
    const named = filter.kind === 'text' ? namedColumn(table.columns, filter, table.name) : undefined;
    if (named) {
      const clause = comparison(filter, table, named, notes);
      if (clause) clauses.push(clause);
      continue;
    }
    const guests = guestByPrincipal(filter, table.columns);
    if (guests) {
      clauses.push(
        `${kqlColumn(guests.column)} ${guests.excluded ? '!contains' : 'contains'} ${kqlString(GUEST_MARK)}`,
      );
      notes.push(guestMarkNote(table.name, guests));
      continue;
    }
    if (filter.kind === 'text' && (filter.field || namesItsColumn(filter))) {
      notes.push(
        `${table.name} has no column ${filter.field ?? 'named'} for "${filter.expression}"; it is not applied`,
      );
      continue;
    }
    if (filter.kind === 'text') {
      clauses.push(
        filter.values.length === 1
          ? `* has ${kqlString(filter.values[0]!)}`
          : `(${filter.values.map((v) => `* has ${kqlString(v)}`).join(' or ')})`,
      );
      continue;
    }
    if (
      filter.kind === 'currency' ||
      (filter.kind === 'amount' && !columnFor(table.columns, filter.kind, filter.field, table.name))
    ) {
      notes.push(
        `${table.name} has no column for the ${filter.kind} "${filter.expression || filter.values.join(', ')}"; it is not applied`,
      );
      continue;
    }
    const column = columnFor(table.columns, filterKind(filter), filter.field, table.name, (col) =>
      holdsValues(col, filter),
    );
    const setBy = column ? null : registryCommandLine(filter, table);
    if (setBy) {
      const clause = comparison(setBy.filter, table, setBy.column, notes);
      if (clause) clauses.push(clause);
      notes.push(
        `${table.name} has no registry column; the key "${setBy.filter.values.join(', ')}" is looked for in ${setBy.column}, where the commands that set it (reg add, Set-ItemProperty) name it`,
      );
      continue;
    }
    const bags = column ? null : accountBagsClause(filter, table.columns);
    if (bags) {
      clauses.push(bags);
      notes.push(
        `${table.name} keeps accounts in ${AUDIT_ACCOUNT_BAGS.join(' and ')}; "${filter.values.join(', ')}" is looked for in both (who acted or was acted on)`,
      );
      continue;
    }
    if (!column) {
      notes.push(
        `${table.name} has no column for the ${filter.kind} "${filter.expression || filter.values.join(', ')}"; it is not applied`,
      );
      continue;
    }
    // "expired", "locked": a status word is no value of a column that records result codes (0xc0000234, 50053).
    if (wordOnCodeColumn(filter, column)) {
      notes.push(
        `${table.name}.${column} holds result codes, not the status "${filter.values.join(', ')}"; it is not applied`,
      );
      continue;
    }
    const effective = scopedToSource(table.name, actionAsPathSegment(verdictAsTerm(filter, column), column), notes);
    if (!effective) continue;
    const clause =
      qualifiedAccount(effective, table, column, notes) ??
      comparison(principalOnBareName(effective, column) ?? effective, table, column, notes);
    if (clause) clauses.push(clause);
  }
  return [...new Set(clauses)];
}

/** The aggregate of a measure and the name of the column it produces (`count()` → count_, `dcount(X)` → dcount_X). */
export function kqlMeasure(
  measure: Measure | null,
  table: KqlTable,
  notes: string[],
): { expression: string; name: string } {
  if (!measure || measure.kind === 'count') return { expression: 'count()', name: 'count_' };
  const time = TIME_COLUMNS.find((c) => table.columns.includes(c));
  // "first and last seen": the earliest and the latest time.
  if (measure.of === 'time' && time && (measure.kind === 'min' || measure.kind === 'max')) {
    const name = measure.kind === 'min' ? 'FirstSeen' : 'LastSeen';
    return { expression: `${name}=${measure.kind}(${time})`, name };
  }
  const column = columnFor(table.columns, measure.of ?? '', measure.field, table.name);
  if (!column || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(column)) {
    notes.push(
      `${table.name} has no column for "${measure.of ?? measure.field ?? '?'}" to ${measure.kind}; the query counts events instead`,
    );
    return { expression: 'count()', name: 'count_' };
  }
  if (measure.kind === 'median' || measure.kind === 'percentile') {
    const rank = measure.percentile ?? 50;
    const name = `p${String(rank).replace('.', '_')}_${column}`;
    return { expression: `${name}=percentile(${column}, ${rank})`, name };
  }
  const fn = { distinct_count: 'dcount', sum: 'sum', avg: 'avg', min: 'min', max: 'max' }[measure.kind];
  return { expression: `${fn}(${column})`, name: `${fn}_${column}` };
}

export function kqlThreshold(threshold: Threshold, name: string): string {
  const op = { gt: '>', gte: '>=', lt: '<', lte: '<=', eq: '==' }[threshold.operator];
  return `| where ${name} ${op} ${threshold.value}`;
}

import { calendarPeriod, sinceCalendarPeriod } from './calendar-period.util';
import { splComparedTimeTerms, splPeriodEval } from './compared-periods.util';
import { actorCount, columnFor, namedColumn, pathAwareKind } from './column-kinds';
import type { ConstraintFilter, Inactivity, Measure, MeasureRatio, QueryConstraints, Threshold } from './constraints';
import { inactiveUnlessSucceeded } from './constraints';
import {
  accountEventUser,
  eventFamilyOfSource,
  eventOwnFields,
  scopedToSource,
  namesItsColumn,
  sysmonEventsFor,
} from './event-sources.util';
import { GUEST_MARK, guestByPrincipal, guestMarkNote } from './guest-mark.util';
import { operationFilter } from './operation-words.util';
import { clausesByProgram } from './program-alternatives.util';
import { countryLookup } from './spl-geo.util';
import { splShareCommands } from './spl-share.util';
import { averagesRowsPerBucket, bucketsInWindow, bucketWord } from './bucket-average.util';
import { rankedSubject } from './text-signals.util';
import type { QueryInput } from './query-input';
import { hoursOfDaySaid, splHoursCommands } from './hours-of-day.util';
import {
  binSeconds,
  bucketDuration,
  compactDuration,
  dateBound,
  isOpenEnded,
  usesAbsoluteWindow,
} from './time-range.util';
import { nullPrototype } from './null-prototype.util';
import {
  isFailureWord,
  isSuccessWord,
  outcomeNamedByOperation,
  splitOutcome,
  wordOnCodeColumn,
} from './status-words.util';
import { textAffix } from './text-affix.util';

export interface SplSource {
  readonly name: string;
  readonly kind: 'datamodel' | 'index' | 'sourcetype';
  readonly fields: readonly string[] | undefined;
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const BUCKET_KINDS = new Set(['minute', 'hour', 'day', 'week', 'month', 'time', 'date']);

/** What "failed" means in each source. */
export const SPL_FAILURE: Readonly<Record<string, string>> = nullPrototype({
  Authentication: 'action="failure"',
  wineventlog: 'EventCode=4625',
  o365: 'ResultStatus="Failed"',
  aws: 'errorCode=*',
  azure: 'properties.status.errorCode!=0',
  'azure:monitor:aad': 'properties.status.errorCode!=0',
  'aws:cloudtrail': 'errorCode=*',
  'o365:management:activity': 'ResultStatus="Failed"',
  'WinEventLog:Security': 'EventCode=4625',
  XmlWinEventLog: 'EventCode=4625',
  Network_Traffic: 'action="blocked"',
  // A web request fails with a client or server error status ("failed requests", "failed POSTs to /pay").
  Web: 'status>=400',
});

/** What "succeeded" means in each source (the CIM's action value, a success event, an empty error code). */
export const SPL_SUCCESS: Readonly<Record<string, string>> = nullPrototype({
  Authentication: 'action="success"',
  wineventlog: 'EventCode=4624',
  o365: 'ResultStatus="Succeeded"',
  aws: 'NOT errorCode=*',
  azure: 'properties.status.errorCode=0',
  'azure:monitor:aad': 'properties.status.errorCode=0',
  'aws:cloudtrail': 'NOT errorCode=*',
  'o365:management:activity': 'ResultStatus="Succeeded"',
  'WinEventLog:Security': 'EventCode=4624',
  XmlWinEventLog: 'EventCode=4624',
  Network_Traffic: 'action="allowed"',
  Web: 'status<400',
});

/** The field prefix of a data model dataset: `Endpoint.Processes` → Processes, `Network_Traffic` → All_Traffic. */
export function datasetPrefix(datamodel: string): string {
  if (datamodel === 'Network_Traffic') return 'All_Traffic';
  const parts = datamodel.split('.');
  return parts[parts.length - 1]!;
}

export function splQuote(value: string): string {
  return /^[A-Za-z0-9_.:*\-/@]+$/.test(value) ? value : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A field in an `eval`/`where` expression: bare when it is a plain name, in single quotes when it has dots or other marks. */
export function whereField(field: string): string {
  return /^[A-Za-z_]\w*$/.test(field) ? field : `'${field}'`;
}

function splTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `"${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}"`;
}

/**
 * The instant the last event must be before: the date said ("not since 1 August" → that day, in UTC), else the
 * duration back from now ("not in 90 days" → `relative_time(now(), "-90d")`).
 */
function splInactivityBound(inactivity: Inactivity): string {
  if (!inactivity.before) return `relative_time(now(), "-${compactDuration(inactivity.durationSeconds)}")`;
  return `strptime("${inactivity.before.slice(0, 19)}+0000", "%Y-%m-%dT%H:%M:%S%z")`;
}

/** earliest=/latest= for the window: snapped to the calendar (`@w1`, `@mon`, `@y`) for calendar periods. */
export function splTimeTerms(input: QueryInput): string[] {
  const time = input.time;
  if (!time || input.constraints?.inactivity) return [];
  if (input.constraints?.periodComparison) return splComparedTimeTerms(input.constraints.periodComparison);
  const period = calendarPeriod(time);
  if (period === 'yesterday') return ['earliest=-1d@d', 'latest=@d'];
  if (period) return [`earliest=${{ today: '@d', week: '@w1', month: '@mon', quarter: '@q', year: '@y' }[period]}`];
  const since = sinceCalendarPeriod(time);
  if (since === 'yesterday') return ['earliest=-1d@d'];
  if (since) return [`earliest=${{ today: '@d', week: '@w1', month: '@mon', quarter: '@q', year: '@y' }[since]}`];
  // "before 1 Oct": all time up to the date (earliest=0 keeps the time picker's default from cutting it short).
  const bound = dateBound(time, input.naturalLanguage);
  if (bound)
    return bound.op === '<' ? ['earliest=0', `latest=${splTime(bound.at)}`] : [`earliest=${splTime(bound.at)}`];
  if (usesAbsoluteWindow(time) && isOpenEnded(time)) return [`earliest=${splTime(time.start!)}`];
  if (usesAbsoluteWindow(time)) return [`earliest=${splTime(time.start!)}`, `latest=${splTime(time.end!)}`];
  return time.durationSeconds ? [`earliest=-${compactDuration(time.durationSeconds)}`] : [];
}

/** Fields that hold an executable's or a file's full path, not its name (Sysmon's Image, 4688's New_Process_Name). */
const PATH_FIELD =
  /^(?:Image|ParentImage|SourceImage|TargetImage|ImageLoaded|TargetFilename|New_Process_Name|Creator_Process_Name|NewProcessName|ParentProcessName|process_path|parent_process_path)$/;

/** Fields that hold the address of the object an audit record acted on (Microsoft 365's `ObjectId`). */
const OBJECT_ADDRESS_FIELD = /^(?:ObjectId|OfficeObjectId)$/;

/** A file name with no directory and no wildcard ("mshta.exe"). */
function isBareFileName(value: string): boolean {
  return /^[\w.-]+\.[A-Za-z0-9]{1,8}$/.test(value);
}

/** A folder's path ("C:\\Windows", "\\AppData\\Local\\Temp\\"): it has a separator and ends in no file's extension. */
function isFolderPath(value: string): boolean {
  return value.includes('\\') && !/\.[A-Za-z0-9]{1,8}$/.test(value);
}

/** The paths under a folder: from a drive, every path that begins with it; else every path that holds it. */
function folderPattern(folder: string): string {
  const inside = `${folder.replace(/\\+$/, '')}\\*`;
  return /^[A-Za-z]:/.test(folder) ? inside : `*${inside}`;
}

/** A field that holds an AWS resource name (`userIdentity.arn`): `arn:aws:iam::…:user/NAME`, `…:assumed-role/ROLE/SESSION`. */
const ARN_FIELD = /^(?:\w+Arn|arn)$/i;
/** A field holding an account's sign-in name with its domain (`bob@contoso.com`). */
const UPN_FIELD = /^(?:userPrincipalName|upn)$/i;

/** A logon name said without its domain ("jdoe") matches the sign-in names it opens (`jdoe@*`); an address stays whole. */
function upnPatterns(values: readonly string[]): string[] {
  return values.map((v) => (/[@*\\]/.test(v) ? v : `${v}@*`));
}

/** A field holding the name a DNS lookup asked for (Sysmon's QueryName, the CIM's query). */
const DNS_QUERY_FIELD = /^(?:QueryName|query|query_name|dns_query)$/i;

/** A field holding whole addresses (the CIM's `url`, `Site_Url`). */
const URL_FIELD = /(?:url|uri)$/i;

/** The names a lookup of a domain asks for: the domain itself and every name under it (`*.example.org`). */
function domainAndSubdomains(values: readonly string[]): string[] {
  return values.flatMap((v) => (v.startsWith('*') ? [v] : [v, `*.${v}`]));
}

/** An IAM role's ARN (`arn:aws:iam::123456789012:role/NAME`): its partition `[1]`, account `[2]` and name `[3]`. */
const ROLE_ARN = /^arn:(aws[\w-]*):iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/;

/**
 * The ARNs of a user named by a name or an e-mail address, not by an ARN: the ARN ends with it (an IAM user's
 * `user/NAME`, a federated session's `assumed-role/ROLE/NAME`); a person's address may also name an IAM user by
 * its local part. A value that is an ARN already stays as it is; a role's ARN also stands for the sessions of the
 * role, which is how CloudTrail names who called (`arn:aws:sts::…:assumed-role/NAME/SESSION`).
 */
function arnEndings(values: readonly string[]): string[] {
  const names = values.flatMap((v) => {
    const role = ROLE_ARN.exec(v);
    if (role) return [v, `arn:${role[1]}:sts::${role[2]}:assumed-role/${role[3]}/*`];
    return v.startsWith('arn:') ? [v] : /^[^@\s]+@/.test(v) ? [v, v.split('@')[0]!] : [v];
  });
  return [...new Set(names)].map((v) => (v.startsWith('arn:') ? v : `*/${v}`));
}

/** Whether the ARNs of a user differ from the values said (a name, an address, a role's ARN): see {@link arnEndings}. */
function needsArnEndings(values: readonly string[]): boolean {
  return values.some((v) => !v.startsWith('arn:') || ROLE_ARN.test(v));
}

/**
 * A search-language term for a filter on a field, or a `where` expression when search terms cannot say it.
 * In a data model search (`inTstats`) an address range is a term of tstats' own `where` (`field="10.0.0.0/8"`,
 * which matches the range as the search command does): after `tstats … by` only the grouped fields are left,
 * so a later `| where cidrmatch(…)` on another field would drop every row.
 */
function filterTerm(filter: ConstraintFilter, field: string, inTstats = false): { search?: string; where?: string } {
  const values = filter.values.map(splQuote);
  if (filter.kind === 'cidr' && inTstats) {
    const terms = filter.values.map((v) => `${field}=${splQuote(v)}`);
    if (filter.operator === 'eq' || filter.operator === 'in')
      return { search: terms.length === 1 ? terms[0] : `(${terms.join(' OR ')})` };
    if (filter.operator === 'neq' || filter.operator === 'not_in')
      return { search: terms.map((t) => `NOT ${t}`).join(' ') };
  }
  switch (filter.operator) {
    case 'eq':
    case 'in':
      // A class of HTTP status codes ("5xx"): every code that begins with its digit (`status=5*`).
      if (filter.values.every((v) => /^[1-5]xx$/i.test(v))) {
        const classes = filter.values.map((v) => `${field}=${v[0]}*`);
        return { search: classes.length === 1 ? classes[0] : `(${classes.join(' OR ')})` };
      }
      if (filter.kind === 'cidr')
        return {
          where:
            values.length === 1
              ? `cidrmatch("${filter.values[0]}", ${whereField(field)})`
              : `(${filter.values.map((v) => `cidrmatch("${v}", ${whereField(field)})`).join(' OR ')})`,
        };
      // Sysmon's Hashes holds every algorithm in one string ("MD5=…,SHA256=…"): a hash is a part of it.
      if (filter.kind === 'hash' && /^Hashes$/i.test(field.slice(field.lastIndexOf('.') + 1))) {
        const parts = filter.values.map((v) => `${field}=${splQuote(`*${v}*`)}`);
        return { search: parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})` };
      }
      // A user of an AWS account said by a name or an address: the ARNs that end with it.
      if (ARN_FIELD.test(field.slice(field.lastIndexOf('.') + 1)) && needsArnEndings(filter.values)) {
        const ends = arnEndings(filter.values).map((v) => `${field}=${splQuote(v)}`);
        return { search: ends.length === 1 ? ends[0] : `(${ends.join(' OR ')})` };
      }
      if (filter.kind === 'user' && UPN_FIELD.test(field.slice(field.lastIndexOf('.') + 1))) {
        const names = upnPatterns(filter.values).map((v) => `${field}=${splQuote(v)}`);
        return { search: names.length === 1 ? names[0] : `(${names.join(' OR ')})` };
      }
      // A lookup "for" a domain asks for names under it as often as for the domain itself ("tunnel.example.org").
      if (filter.kind === 'domain' && DNS_QUERY_FIELD.test(field.slice(field.lastIndexOf('.') + 1)))
        return { search: `${field} IN (${domainAndSubdomains(filter.values).map(splQuote).join(', ')})` };
      // A domain on a field of whole addresses (`Web.url`): the name anywhere in the address, a subdomain's too.
      if (filter.kind === 'domain' && URL_FIELD.test(field.slice(field.lastIndexOf('.') + 1))) {
        const parts = filter.values.map((v) => `${field}=${splQuote(`*${v}*`)}`);
        return { search: parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})` };
      }
      // An audited object's address (a SharePoint or OneDrive file's URL): a bare name is its last part.
      if (OBJECT_ADDRESS_FIELD.test(field.slice(field.lastIndexOf('.') + 1)) && filter.values.every(isBareFileName)) {
        const ends = filter.values.map((v) => `${field}=${splQuote(`*/${v}`)}`);
        return { search: ends.length === 1 ? ends[0] : `(${ends.join(' OR ')})` };
      }
      if (PATH_FIELD.test(field.slice(field.lastIndexOf('.') + 1)) && filter.values.every(isBareFileName)) {
        // The field holds a full path (C:\Windows\System32\mshta.exe): a bare name matches its last part.
        const ends = filter.values.map((v) => `${field}=${splQuote(`*\\${v}`)}`);
        return { search: ends.length === 1 ? ends[0] : `(${ends.join(' OR ')})` };
      }
      return { search: values.length === 1 ? `${field}=${values[0]}` : `${field} IN (${values.join(', ')})` };
    case 'neq':
    case 'not_in':
      if (filter.kind === 'cidr')
        return { where: filter.values.map((v) => `NOT cidrmatch("${v}", ${whereField(field)})`).join(' AND ') };
      // "calls made by anyone but ci-runner", "excluding the role arn:…:role/audit": no ARN is the name or the role's ARN
      // alone, every ARN that ends with it (or is a session of the role) is left out.
      if (ARN_FIELD.test(field.slice(field.lastIndexOf('.') + 1)) && needsArnEndings(filter.values))
        return {
          search: arnEndings(filter.values)
            .map((v) => `NOT ${field}=${splQuote(v)}`)
            .join(' '),
        };
      // "anything other than svchost.exe" on a full path: no path ends with the name (`Image!=svchost.exe` excludes nothing).
      if (PATH_FIELD.test(field.slice(field.lastIndexOf('.') + 1)) && filter.values.every(isBareFileName))
        return { search: filter.values.map((v) => `NOT ${field}=${splQuote(`*\\${v}`)}`).join(' ') };
      // "leave out svchost": a program named without its extension is in no path at all.
      if (filter.kind === 'process' && filter.values.every((v) => /^[\w-]+$/.test(v)))
        return { search: filter.values.map((v) => `NOT ${field}=${splQuote(`*${v}*`)}`).join(' ') };
      // "the image is not under C:\Windows\": no path begins with the folder.
      if (PATH_FIELD.test(field.slice(field.lastIndexOf('.') + 1)) && filter.values.every(isFolderPath))
        return { search: filter.values.map((v) => `NOT ${field}=${splQuote(folderPattern(v))}`).join(' ') };
      return { search: values.length === 1 ? `${field}!=${values[0]}` : `NOT ${field} IN (${values.join(', ')})` };
    case 'contains': {
      // A domain suffix on a field of whole addresses (`Web.url`): the name is followed by the address's path.
      if (filter.kind === 'domain' && URL_FIELD.test(field.slice(field.lastIndexOf('.') + 1))) {
        const parts = filter.values.map((v) => `${field}=${splQuote(`*${v}*`)}`);
        return { search: parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})` };
      }
      // A domain suffix (".example.org") is the end of the name, not anywhere in it; "svc_*" is its start.
      const affix = textAffix(filter.expression);
      const pattern = (v: string) =>
        (filter.kind === 'domain' && v.startsWith('.')) || affix === 'suffix'
          ? `*${v}`
          : affix === 'prefix'
            ? `${v}*`
            : `*${v}*`;
      return {
        search:
          filter.values.length === 1
            ? `${field}=${splQuote(pattern(filter.values[0]!))}`
            : `(${filter.values.map((v) => `${field}=${splQuote(pattern(v))}`).join(' OR ')})`,
      };
    }
    default: {
      const op = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[filter.operator];
      return NUMBER.test(filter.values[0]!) ? { where: `'${field}' ${op} ${filter.values[0]}` } : {};
    }
  }
}

/** A device's verdict in the words of the CIM, whose data models hold only `allowed`, `blocked` and `dropped`. */
const CIM_ACTIONS: Readonly<Record<string, string>> = nullPrototype({
  denied: 'blocked',
  deny: 'blocked',
  rejected: 'blocked',
  refused: 'blocked',
  block: 'blocked',
  permitted: 'allowed',
  accepted: 'allowed',
  allow: 'allowed',
  drop: 'dropped',
});

/** An action filter on a data model with its values as the CIM spells them ("denied" → blocked). */
function cimAction(filter: ConstraintFilter): ConstraintFilter {
  if (filter.kind !== 'action') return filter;
  const values = [...new Set(filter.values.map((v) => CIM_ACTIONS[v.toLowerCase()] ?? v))];
  return values.join() === filter.values.join() ? filter : { ...filter, values };
}

/** A PowerShell cmdlet's name ("Invoke-WebRequest", "Get-ADUser"). */
const CMDLET = /^[A-Z][a-z]+-[A-Z][A-Za-z]+$/;

/**
 * A cmdlet read as an action, on a source whose `action` is a device's verdict (the CIM's allowed / blocked): no
 * verdict, so words of the event's text ("Invoke-Mimikatz" in a script block), searched as free text.
 */
function cmdletAsText(filter: ConstraintFilter, fields: readonly string[]): ConstraintFilter {
  if (filter.kind !== 'action' || !fields.includes('action') || !filter.values.every((v) => CMDLET.test(v)))
    return filter;
  return { ...filter, kind: 'text', field: null };
}

/** A code written in hexadecimal ("0x17", "0xC000006A"): as distinctive in an event's raw text as in its field. */
const HEX_CODE = /^0x[0-9a-f]{1,16}$/i;

/** An HTTP status code or class ("429", "5xx"). */
const HTTP_CODE = /^[1-5](?:\d\d|xx)$/i;

/**
 * The status field of a source of web requests (one with a `url` and a `status` field) for HTTP codes the planner
 * read with no column of its own ("404s on /api/cart" where the tables it chose keep no web requests); else undefined.
 */
function webStatusField(fields: readonly string[], filter: ConstraintFilter): string | undefined {
  if (filter.field !== null || filter.values.length === 0 || !filter.values.every((v) => HTTP_CODE.test(v)))
    return undefined;
  return fields.includes('url') && fields.includes('status') ? 'status' : undefined;
}

/** An API's error code as clouds write them ("AccessDenied", "ThrottlingException", "UnauthorizedOperation"). */
const API_ERROR_CODE =
  /^(?:[A-Z][a-z]+)+(?:Denied|Exception|Exceeded|NotFound|Unauthorized|Forbidden|Failure|Error|Operation|Expired|Invalid)$/;

/** The error-code field of a source that keeps one, for a free value written as an API's error code ("AccessDenied"). */
function errorCodeField(fields: readonly string[], filter: ConstraintFilter): string | undefined {
  if (filter.field !== null || filter.values.length === 0 || !filter.values.every((v) => API_ERROR_CODE.test(v)))
    return undefined;
  return fields.find((f) => /^errorcode$/i.test(f));
}

interface Clauses {
  readonly search: string[];
  readonly where: string[];
  /** Commands a raw search pipes its events through before they are counted (a lookup, then a test on it). */
  readonly lookups: string[];
}

/** The source's own term for an outcome filter ("failed", "not successful" → its failure term), or null. */
function outcomeTerm(filter: ConstraintFilter, source: string): string | null {
  const negated = filter.operator === 'neq' || filter.operator === 'not_in';
  const failure = isFailureWord(filter.values[0]!) !== negated;
  return (failure ? SPL_FAILURE : SPL_SUCCESS)[source] ?? null;
}

/** "okta logins" read from Okta's own logs: the app named is the source itself, not a value its events hold. */
function namesTheSource(filter: ConstraintFilter, source: SplSource): boolean {
  const name = source.name.toLowerCase();
  return (
    filter.kind === 'app' && filter.values.length > 0 && filter.values.every((v) => name.includes(v.toLowerCase()))
  );
}

/**
 * The filters a source can hold, as search terms (field=value) and `where` tests; the rest noted. Programs named
 * each with its own arguments ("tool-a purge x or tool-b setting y") are searched as alternatives, one group each.
 */
export function splFilters(source: SplSource, c: QueryConstraints, notes: string[], prefix = ''): Clauses {
  // A group with a `where` test or no term cannot be one search alternative: every filter is then searched together.
  const split = clausesByProgram(
    c.filters,
    notes,
    (own, n) => filterClauses(source, c, own, n, prefix),
    (g) => g.where.length === 0 && g.lookups.length === 0 && g.search.length > 0,
  );
  if (!split) return filterClauses(source, c, c.filters, notes, prefix);
  const alternatives = split.alternatives.map((g) =>
    g.search.length === 1 ? g.search[0]! : `(${g.search.join(' ')})`,
  );
  return {
    search: [...split.common.search, `(${alternatives.join(' OR ')})`],
    where: split.common.where,
    lookups: split.common.lookups,
  };
}

/** The search terms and `where` tests of some of the question's filters (the rest of them read as their context). */
function filterClauses(
  source: SplSource,
  c: QueryConstraints,
  own: readonly ConstraintFilter[],
  notes: string[],
  prefix: string,
): Clauses {
  const search: string[] = [];
  const where: string[] = [];
  const lookups: string[] = [];
  const fields = source.fields ?? [];
  const namesEvents = c.filters.some((f) => f.kind === 'event_id');
  const isOutcome = (value: string) => isFailureWord(value) || isSuccessWord(value);
  for (const filter of own
    .flatMap((f) => (SPL_FAILURE[source.name] ? splitOutcome(f, isOutcome) : [f]))
    .map((f) => cmdletAsText(accountEventUser(f, c.filters, source.name, fields), fields))) {
    if (namesTheSource(filter, source)) {
      notes.push(`"${filter.expression}" names ${source.name}, the source searched; no app filter is added`);
      continue;
    }
    const outcome =
      filter.kind === 'status' && filter.values.every(isOutcome) ? outcomeTerm(filter, source.name) : null;
    if (outcome) {
      // "failed logons 4740": the event codes say which events; EventCode=4625 would contradict them. So does an
      // operation named by its outcome ("UserLoginFailed").
      if (outcomeNamedByOperation(c.filters) && columnFor(fields, 'action', null, source.name))
        notes.push(`the operation named says the outcome "${filter.expression}"; it is not applied again`);
      else if (!(namesEvents && outcome.startsWith('EventCode'))) search.push(`${prefix}${outcome}`);
      continue;
    }
    const named =
      filter.kind === 'text'
        ? (namedColumn(fields, filter, source.name) ?? webStatusField(fields, filter) ?? errorCodeField(fields, filter))
        : undefined;
    if (named) {
      const term = filterTerm(filter, `${prefix}${named}`, prefix !== '');
      if (term.search) search.push(term.search);
      if (term.where) where.push(term.where);
      continue;
    }
    const guests = prefix ? null : guestByPrincipal(filter, fields);
    if (guests) {
      search.push(`${guests.excluded ? 'NOT ' : ''}${guests.column}="*${GUEST_MARK}*"`);
      notes.push(guestMarkNote(source.name, guests));
      continue;
    }
    // "CommandLine containing 'whoami'", "encryption type 0x17" on a log without that field: the words, or a code no
    // other word is written as, are still in its raw events.
    if (
      filter.kind === 'text' &&
      (filter.operator === 'contains' || filter.values.every((v) => HEX_CODE.test(v))) &&
      !prefix &&
      (filter.field || namesItsColumn(filter))
    ) {
      search.push(...filter.values.map((v) => `"${v.replace(/"/g, '\\"')}"`));
      notes.push(
        `${source.name} has no field ${filter.field ?? 'named'} for "${filter.expression}"; it is searched in the raw events`,
      );
      continue;
    }
    if (filter.kind === 'text' && (filter.field || namesItsColumn(filter))) {
      notes.push(
        `${source.name} has no field ${filter.field ?? 'named'} for "${filter.expression}"; it is not applied`,
      );
      continue;
    }
    if (filter.kind === 'text') {
      if (prefix)
        notes.push(
          `free text "${filter.values.join(', ')}" cannot be searched in a tstats data model query; not applied`,
        );
      else search.push(...filter.values.map((v) => `"${v.replace(/"/g, '\\"')}"`));
      continue;
    }
    const ends = eitherEnd(filter, fields);
    if (ends) {
      const terms = ends.map((end) => filterTerm(filter, `${prefix}${end}`, prefix !== ''));
      const excluded = filter.operator === 'neq' || filter.operator === 'not_in';
      // Searched for: on either end; left out: on neither (each test holds, as separate terms do).
      const searched = terms.flatMap((t) => (t.search ? [t.search] : []));
      const tested = terms.flatMap((t) => (t.where ? [t.where] : []));
      if (searched.length > 0) search.push(...(excluded ? searched : [`(${searched.join(' OR ')})`]));
      if (tested.length > 0) where.push(...(excluded ? tested : [`(${tested.join(' OR ')})`]));
      continue;
    }
    const field = columnFor(fields, pathAwareKind(filter), filter.field, source.name);
    // "Sysmon registry events on the Run key": an index search can look for a key's path in the raw event.
    if (!field && !prefix && RAW_TEXT_KINDS.has(filter.kind) && filter.operator === 'contains') {
      search.push(`(${filter.values.map((v) => splQuote(`*${v}*`)).join(' OR ')})`);
      notes.push(
        `${source.name} has no field for the ${filter.kind} "${filter.expression || filter.values.join(', ')}"; it is searched in the raw events`,
      );
      continue;
    }
    const located = field || prefix ? null : countryLookup(filter, fields);
    if (located) {
      lookups.push(...located.commands);
      notes.push(`${source.name} has no country field; the country is looked up from ${located.field} (iplocation)`);
      continue;
    }
    if (!field) {
      notes.push(
        `${source.name} has no field for the ${filter.kind} "${filter.expression || filter.values.join(', ')}"; it is not applied`,
      );
      continue;
    }
    if (wordOnCodeColumn(filter, field)) {
      notes.push(
        `${source.name}.${field} holds result codes, not the status "${filter.values.join(', ')}"; it is not applied`,
      );
      continue;
    }
    const scoped = scopedToSource(source.name, filter, notes);
    if (!scoped) continue;
    const effective = source.kind === 'datamodel' ? cimAction(scoped) : scoped;
    const term = filterTerm(effective, `${prefix}${field}`, prefix !== '');
    if (term.search) search.push(term.search);
    if (term.where) where.push(term.where);
    if (!term.search && !term.where)
      notes.push(
        `the ${filter.kind} filter "${filter.expression}" compares with a value that is not a number; it is not applied`,
      );
  }
  return { search: [...new Set(search)], where: [...new Set(where)], lookups: [...new Set(lookups)] };
}

/** A flow's address fields, the end it came from and the end it went to (the CIM's `src_ip` and `dest_ip`). */
const FLOW_ENDS = [/^(?:src_ip|src|source_ip|SourceIp)$/i, /^(?:dest_ip|dest|destination_ip|DestinationIp)$/i];

/**
 * The two address fields of a flow source for an address the planner put on no column ("fw traffic involving
 * 10.0.0.5": no side said): either end may hold it. Null for other filters, or a source without both ends.
 */
function eitherEnd(filter: ConstraintFilter, fields: readonly string[]): [string, string] | null {
  if ((filter.kind !== 'ip' && filter.kind !== 'cidr') || filter.field !== null) return null;
  const [src, dest] = FLOW_ENDS.map((end) => fields.find((f) => end.test(f)));
  return src && dest ? [src, dest] : null;
}

/** Values searched for as a part of a path, which a raw event holds as written when no field keeps them. */
const RAW_TEXT_KINDS: ReadonlySet<string> = new Set(['registry']);

/** The field a value measure sums or averages (`bytes_out` of "by bytes out"): no group of its own. */
function measuredField(source: SplSource, measure: Measure | null): string | undefined {
  if (!valueMeasure(measure) || measure!.of === 'time') return undefined;
  return columnFor(source.fields ?? [], measure!.of ?? '', measure!.field, source.name);
}

/** Words for a machine, grouped by in a log of flows that names machines only by their addresses. */
const MACHINE_KINDS: ReadonlySet<string> = new Set([
  'host',
  'device',
  'machine',
  'computer',
  'endpoint',
  'workstation',
]);

/**
 * "which hosts talked to …" in a log of flows (no host field, only both ends' addresses): the machine is the flow's
 * source address (`src_ip`); "top users by bytes out" in a web log without users: its client (`src`). Undefined
 * for another kind, or a log that names them.
 */
function standInGroup(source: SplSource, kind: string, notes: string[]): string | undefined {
  const fields = source.fields ?? [];
  const address =
    MACHINE_KINDS.has(kind) && fields.includes('dest_ip')
      ? fields.find((f) => f === 'src_ip')
      : kind === 'user' && fields.includes('url')
        ? fields.find((f) => f === 'src')
        : undefined;
  if (address)
    notes.push(`${source.name} has no ${kind} field; the ${kind}s are its ${address} (the client's address)`);
  return address;
}

function groupFields(source: SplSource, c: QueryConstraints, notes: string[]): string[] {
  const out: string[] = [];
  const measured = measuredField(source, c.measure);
  for (const key of c.groupBy) {
    if (BUCKET_KINDS.has(key.kind)) continue;
    const field =
      columnFor(source.fields ?? [], key.kind, key.field, source.name) ?? standInGroup(source, key.kind, notes);
    if (!field) notes.push(`${source.name} has no field to group by ${key.kind}; left out of the grouping`);
    else if (field === measured) notes.push(`${field} is what the search adds up; it is no group`);
    else if (!out.includes(field)) out.push(field);
  }
  return out;
}

function measureOf(
  source: SplSource,
  c: QueryConstraints,
  notes: string[],
  prefix: string,
): { expression: string; name: string; held: string[] } {
  const first = oneMeasure(source, actorCount(c.measure, c.groupBy), notes, prefix);
  const extras = c.extraMeasures.map((m) => ({ threshold: m.threshold, ...oneMeasure(source, m, notes, prefix) }));
  const more = extras.map((m) => m.expression).filter((e) => e !== first.expression);
  // "… from more than 4 different IPs": a measure beside the first held to a threshold of its own.
  const held = extras.flatMap((m) => (m.threshold && m.name !== 'count' ? [splThreshold(m.threshold, m.name)] : []));
  // "the ratio of bytes sent out to bytes received": both summed, then the first over the second.
  const quotient = c.ratio ? splQuotient(source, c.ratio, prefix) : null;
  if (quotient) {
    const sums = [first.expression, ...more, ...quotient.sums].filter((e, i, all) => all.indexOf(e) === i);
    return { expression: sums.join(' '), name: quotient.name, held: [quotient.eval, ...held] };
  }
  return { expression: [first.expression, ...more].join(' '), name: first.name, held };
}

/** A measure held to a threshold, as a search command ("| where dc_src > 4"). */
function splThreshold(threshold: Threshold, name: string): string {
  return `| where ${name} ${{ gt: '>', gte: '>=', lt: '<', lte: '<=', eq: '==' }[threshold.operator]} ${threshold.value}`;
}

/** A ratio of two sums: the two summed and the eval that divides them (in percent unless plain); null without both fields. */
function splQuotient(
  source: SplSource,
  ratio: MeasureRatio,
  prefix: string,
): { sums: string[]; name: string; eval: string } | null {
  const part = oneMeasure(
    source,
    { kind: 'sum', of: ratio.part, field: ratio.partField, percentile: null },
    [],
    prefix,
  );
  const whole = oneMeasure(
    source,
    { kind: 'sum', of: ratio.whole, field: ratio.wholeField, percentile: null },
    [],
    prefix,
  );
  if (part.name === 'count' || whole.name === 'count' || part.name === whole.name) return null;
  const name = ratio.plain ? 'ratio' : 'percent';
  return {
    sums: [part.expression, whole.expression],
    name,
    eval: `| eval ${name}=round(${ratio.plain ? '' : '100 * '}${part.name} / ${whole.name}, 2)`,
  };
}

function oneMeasure(
  source: SplSource,
  measure: Measure | null,
  notes: string[],
  prefix: string,
): { expression: string; name: string } {
  if (!measure || measure.kind === 'count') return { expression: 'count', name: 'count' };
  // "first and last seen": the earliest and the latest event time.
  if (measure.of === 'time' && (measure.kind === 'min' || measure.kind === 'max')) {
    const name = measure.kind === 'min' ? 'first_seen' : 'last_seen';
    return { expression: `${measure.kind}(_time) as ${name}`, name };
  }
  const field = columnFor(source.fields ?? [], measure.of ?? '', measure.field, source.name);
  if (!field) {
    notes.push(
      `${source.name} has no field for "${measure.of ?? measure.field ?? '?'}" to ${measure.kind}; the search counts events instead`,
    );
    return { expression: 'count', name: 'count' };
  }
  const fn =
    measure.kind === 'median'
      ? 'median'
      : measure.kind === 'percentile'
        ? `perc${measure.percentile ?? 50}`
        : { distinct_count: 'dc', sum: 'sum', avg: 'avg', min: 'min', max: 'max' }[measure.kind];
  const name = `${fn}_${field.replace(/[^A-Za-z0-9_]/g, '_')}`;
  return { expression: `${fn}(${prefix}${field}) as ${name}`, name };
}

function tail(lines: string[], c: QueryConstraints, measure: { name: string; held: string[] }, notes: string[]): void {
  const { name } = measure;
  // A threshold said of a value summed ("above 1 GB") means nothing against the count the search fell back to.
  if (c.having && valueMeasure(c.measure) && name === 'count')
    notes.push(`the threshold on "${c.measure?.of ?? '?'}" is not applied: the search counts events instead`);
  else if (c.having) lines.push(splThreshold(c.having, name));
  lines.push(...measure.held);
  const direction = c.order?.direction === 'asc' ? '+' : '-';
  if (c.order?.by !== 'time') lines.push(`| sort ${direction} ${name}`);
  if (c.limit) lines.push(`| head ${c.limit}`);
}

/** A measure of a column's values (a sum, an average, a percentile), not a count of events or of distinct values. */
function valueMeasure(measure: Measure | null): boolean {
  return measure !== null && measure.kind !== 'count' && measure.kind !== 'distinct_count';
}

/** Whether the constraints ask for a summary (a measure, groups, a threshold, buckets) rather than events. */
function aggregates(input: QueryInput, c: QueryConstraints): boolean {
  return (
    c.measure !== null ||
    c.groupBy.some((g) => !BUCKET_KINDS.has(g.kind)) ||
    c.having !== null ||
    c.timeBucket !== null ||
    c.periodComparison !== null ||
    input.isAggregation ||
    input.isTimeSeries
  );
}

function spanOf(input: QueryInput, c: QueryConstraints): string | null {
  // Calendar months are no fixed length: span=1mon, not 30d.
  if (c.timeBucket?.unit === 'month') return `${c.timeBucket.size}mon`;
  if (c.timeBucket) return bucketDuration(c.timeBucket.seconds);
  if (input.isTimeSeries || c.groupBy.some((g) => BUCKET_KINDS.has(g.kind)))
    return compactDuration(binSeconds(input.time?.durationSeconds ?? null));
  return null;
}

/**
 * The filters that say which rows are the part of a share ("what % … returned 5xx"): a status or a value of a status
 * field; without one, the filters the share's own words name ("% of requests with 4xx or 5xx").
 */
function sharePart(c: QueryConstraints): ConstraintFilter[] {
  if (!c.share) return [];
  const outcomes = c.filters.filter((f) => f.kind === 'status' || (f.field !== null && /status$/i.test(f.field)));
  if (outcomes.length > 0) return outcomes;
  return c.filters.filter((f) => f.expression !== '' && c.share!.expression.includes(f.expression));
}

/**
 * An average of how many events fall in each bucket, per group, after a raw search: the events counted over the window
 * and divided by its buckets (those without events count as zero), or, when the window holds no whole number of them,
 * the counts of the buckets averaged.
 */
function splAveragePerBucket(
  input: QueryInput,
  c: QueryConstraints,
  groups: readonly string[],
  bucketSeconds: number,
  notes: string[],
): string[] {
  const name = `avg_per_${bucketWord(bucketSeconds).toLowerCase()}`;
  const by = groups.length > 0 ? ` by ${groups.join(' ')}` : '';
  const buckets = bucketsInWindow(input.time?.durationSeconds, bucketSeconds);
  const lines =
    buckets !== null
      ? [`| stats count as total${by}`, `| eval ${name}=round(total / ${buckets}, 2)`]
      : [
          `| bin _time span=${bucketDuration(bucketSeconds)}`,
          `| stats count by ${['_time', ...groups].join(' ')}`,
          `| stats avg(count) as ${name}${by}`,
          `| eval ${name}=round(${name}, 2)`,
        ];
  notes.push(
    buckets !== null
      ? `the average per ${bucketDuration(bucketSeconds)}: the events of the window over its ${buckets} buckets`
      : `the average per ${bucketDuration(bucketSeconds)}: buckets without events are not counted`,
  );
  if (c.having) lines.push(splThreshold(c.having, name));
  lines.push(`| sort ${c.order?.direction === 'asc' ? '+' : '-'} ${name}`);
  if (c.limit) lines.push(`| head ${c.limit}`);
  return lines;
}

/**
 * The search terms that mark the part of a share in a raw search ("errorCode=AccessDenied"), or null when the share's
 * part is no plain search term of the source.
 */
function searchShareTest(source: SplSource, c: QueryConstraints): string | null {
  const part = sharePart(c);
  if (part.length === 0) return null;
  const terms = splFilters(source, { ...c, filters: part }, []);
  return terms.search.length > 0 && terms.where.length === 0 && terms.lookups.length === 0
    ? terms.search.join(' ')
    : null;
}

/**
 * A share over a data model: the counts by the part's fields (and the groups), then the part's
 * counts over all of them as a percentage. Null when the part's filters are no plain search terms.
 */
function shareTstats(source: SplSource, input: QueryInput, c: QueryConstraints, notes: string[]): string | null {
  const part = sharePart(c);
  if (part.length === 0) return null;
  const prefix = `${datasetPrefix(source.name)}.`;
  const partTerms = splFilters(source, { ...c, filters: part }, [], prefix);
  if (partTerms.search.length === 0 || partTerms.where.length > 0) return null;
  const rest = splFilters(source, { ...c, filters: c.filters.filter((f) => !part.includes(f)) }, notes, prefix);
  const groups = groupFields(source, c, notes);
  const partFields = part
    .map((f) => columnFor(source.fields ?? [], f.kind, f.field, source.name))
    .filter((f): f is string => f !== undefined);
  const where = [...splTimeTerms(input), ...rest.search];
  // "% of requests with 4xx or 5xx per hour": each bucket's share.
  const span = spanOf(input, c);
  const by = [
    ...[...new Set([...groups, ...partFields])].map((g) => `${prefix}${g}`),
    ...(span ? [`_time span=${span}`] : []),
  ];
  const keys = [...(span ? ['_time'] : []), ...groups];
  const test = partTerms.search.map((t) => t.split(prefix).join('')).join(' ');
  const lines = [
    `| tstats summariesonly=false count from datamodel=${source.name}${where.length > 0 ? ` where ${where.join(' ')}` : ''}${by.length > 0 ? ` by ${by.join(', ')}` : ''}`,
    `| rename ${prefix}* as *`,
    ...rest.where.map((w) => `| where ${w.split(prefix).join('')}`),
    `| eval matching=if(searchmatch("${test.replace(/["\\]/g, '\\$&')}"), count, 0)`,
    `| stats sum(count) as total sum(matching) as matching${keys.length > 0 ? ` by ${keys.join(' ')}` : ''}`,
    '| eval percent=round(100 * matching / total, 2)',
  ];
  // "only hosts with more than 50 requests": a count held beside a share is of all the events.
  if (c.having?.percent) lines.push(splThreshold(c.having, 'percent'));
  else if (c.having && (c.measure === null || c.measure.kind === 'count')) lines.push(splThreshold(c.having, 'total'));
  if (span) lines.push('| sort + _time');
  else if (groups.length > 0) lines.push('| sort - percent');
  notes.push(`the share: events matching ${test} as a percentage of all the events searched`);
  return lines.join('\n');
}

/** The fields a question shows that a data model holds and no group already is (tstats can return no others). */
function shownGroups(source: SplSource, c: QueryConstraints, groups: readonly string[]): string[] {
  const shown = c.show
    .map(
      (key) => columnFor(source.fields ?? [], key.kind, key.field, source.name) ?? standInGroup(source, key.kind, []),
    )
    .filter((f): f is string => f !== undefined && !groups.includes(f));
  return [...new Set(shown)];
}

/** The data models of what happens on a machine (`Endpoint.Processes`, `Endpoint.Registry`). */
const ENDPOINT_MODEL = /^Endpoint\./;

/** `| tstats` over a CIM data model with the constraints in its `where` and `by`. */
export function constrainedTstats(source: SplSource, input: QueryInput, c: QueryConstraints, notes: string[]): string {
  const share = c.inactivity ? null : shareTstats(source, input, c, notes);
  if (share) return share;
  const prefix = `${datasetPrefix(source.name)}.`;
  const filters = splFilters(source, c, notes, prefix);
  // "no successful logon in 30 days": only the activity that succeeded keeps an entity active.
  const succeeded = inactiveUnlessSucceeded(c.inactivity) ? SPL_SUCCESS[source.name] : undefined;
  const where = [...splTimeTerms(input), ...filters.search, ...(succeeded ? [`${prefix}${succeeded}`] : [])];
  const groups = groupFields(source, c, notes);
  const subject = rankedSubject(input.naturalLanguage);
  const fallback =
    (subject ? columnFor(source.fields ?? [], subject, null, source.name) : undefined) ??
    (source.fields?.includes('user') ? 'user' : source.fields?.[0]);
  const whereText = where.length > 0 ? ` where ${where.join(' ')}` : '';
  const lines: string[] = [];
  if (c.inactivity) {
    const entity = groups[0] ?? fallback ?? 'dest';
    lines.push(
      `| tstats summariesonly=false max(_time) as last_seen from datamodel=${source.name}${whereText} by ${prefix}${entity}`,
      `| rename ${prefix}* as *`,
    );
    lines.push(...filters.where.map((w) => `| where ${w.replace(new RegExp(prefix.replace('.', '\\.'), 'g'), '')}`));
    lines.push(`| where last_seen < ${splInactivityBound(c.inactivity)}`, '| sort + last_seen');
    if (c.limit) lines.push(`| head ${c.limit}`);
    return lines.join('\n');
  }
  const measure = measureOf(source, c, notes, prefix);
  // "this week compared with last week": counts per hour (per day for calendar periods) added up per period after.
  const compared = c.periodComparison && measure.expression === 'count' ? c.periodComparison : null;
  if (c.periodComparison && !compared)
    notes.push(`"${c.periodComparison.expression}": tstats measures both periods together; only counts are split`);
  const span = compared ? (compared.calendar ? '1d' : '1h') : spanOf(input, c);
  const by = [...groups.map((g) => `${prefix}${g}`), ...(span ? [`_time span=${span}`] : [])];
  // "command lines": a list shows what it names (tstats always aggregates, so it groups by those fields); "the host" in a
  // log of flows is the address it connected from (see standInGroup).
  const shown = aggregates(input, c)
    ? []
    : c.show
        .map(
          (key) =>
            columnFor(source.fields ?? [], key.kind, key.field, source.name) ?? standInGroup(source, key.kind, notes),
        )
        .filter((f): f is string => f !== undefined);
  if (by.length === 0 && shown.length > 0)
    by.push(
      ...[...new Set([...shown, ...['dest', 'user'].filter((f) => source.fields?.includes(f))])].map(
        (f) => `${prefix}${f}`,
      ),
    );
  // "which hosts and which users": with no measure asked, a shown field of the model is one more group (tstats
  // returns only its `by` fields).
  if (groups.length > 0 && c.measure === null && !c.having && !c.limit && !span)
    by.push(...shownGroups(source, c, groups).map((f) => `${prefix}${f}`));
  // A list of an endpoint's events (processes, registry changes): which machine too, as a raw search shows its host.
  const listedHost =
    !aggregates(input, c) && !subject && ENDPOINT_MODEL.test(source.name) && source.fields?.includes('dest')
      ? ['dest']
      : [];
  if (by.length === 0 && (c.having || c.limit || !aggregates(input, c)) && fallback)
    by.push(...[...new Set([...listedHost, fallback])].map((f) => `${prefix}${f}`));
  if (!aggregates(input, c)) notes.push('tstats always aggregates; the search counts events by the most useful fields');
  lines.push(
    `| tstats summariesonly=false ${measure.expression} from datamodel=${source.name}${whereText}${by.length > 0 ? ` by ${by.join(', ')}` : ''}`,
    `| rename ${prefix}* as *`,
  );
  lines.push(...filters.where.map((w) => `| where ${w.split(prefix).join('')}`));
  if (compared)
    lines.push(`| ${splPeriodEval(compared)}`, `| stats sum(count) as count by ${[...groups, 'period'].join(' ')}`);
  else if (span && groups.length === 0 && !c.limit && !c.having) return lines.join('\n');
  tail(lines, c, measure, notes);
  return lines.join('\n');
}

/** A raw search (`index=… sourcetype=…`) with the constraints as terms, then stats / timechart / a table. */
export function constrainedSearch(
  sources: readonly SplSource[],
  head: (source: SplSource) => string,
  input: QueryInput,
  c: QueryConstraints,
  notes: string[],
): string {
  const namesEvents = c.filters.some((f) => f.kind === 'event_id');
  // "% AccessDenied per arn": the part's events are marked after the search, not searched for alone.
  const shareTest = sources.length === 1 && !c.inactivity ? searchShareTest(sources[0]!, c) : null;
  const searched = shareTest ? { ...c, filters: c.filters.filter((f) => !sharePart(c).includes(f)) } : c;
  const scoped = sources.map((s) => {
    const filters = splFilters(s, searched, notes);
    const activity =
      !namesEvents && eventFamilyOfSource(s.name) === 'sysmon' ? sysmonEventsFor(input.naturalLanguage) : [];
    if (activity.length > 0) notes.push(`Sysmon EventCode ${activity.join(', ')} for the activity the question names`);
    const events =
      activity.length === 0
        ? []
        : [activity.length === 1 ? `EventCode=${activity[0]}` : `EventCode IN (${activity.join(', ')})`];
    const operation = c.filters.some((f) => f.kind === 'action')
      ? null
      : operationFilter(s.name, s.fields ?? [], input.naturalLanguage);
    const operationTerm = !operation
      ? []
      : operation.operator === 'contains'
        ? [`(${operation.values.map((v) => `${operation.column}=${splQuote(`*${v}*`)}`).join(' OR ')})`]
        : [
            operation.values.length === 1
              ? `${operation.column}=${splQuote(operation.values[0]!)}`
              : `${operation.column} IN (${operation.values.map(splQuote).join(', ')})`,
          ];
    return {
      terms: [head(s), ...events, ...operationTerm, ...filters.search].join(' '),
      where: filters.where,
      lookups: filters.lookups,
    };
  });
  const first = sources[0]!;
  const searchText = [
    sources.length === 1 ? scoped[0]!.terms : scoped.map((s) => `(${s.terms})`).join(' OR '),
    ...splTimeTerms(input),
  ].join(' ');
  const when = hoursOfDaySaid(input.naturalLanguage);
  if (when) notes.push(`${when.said}: the hour and weekday of _time, in the search's time zone`);
  const lines = [
    searchText,
    ...[...new Set(scoped.flatMap((s) => s.where))].map((w) => `| where ${w}`),
    ...(when ? splHoursCommands(when).map((command) => `| ${command}`) : []),
    ...[...new Set(scoped.flatMap((s) => s.lookups))].map((command) => `| ${command}`),
  ];
  const groups = groupFields(first, c, notes);
  const subject = rankedSubject(input.naturalLanguage);
  const fallback =
    (subject ? columnFor(first.fields ?? [], subject, null, first.name) : undefined) ??
    ((first.fields ?? []).includes('user') ? 'user' : (first.fields ?? []).find((f) => /user/i.test(f)));
  if (c.inactivity) {
    const entity = groups[0] ?? fallback ?? 'host';
    const succeeded = inactiveUnlessSucceeded(c.inactivity) ? SPL_SUCCESS[first.name] : undefined;
    if (succeeded) lines[0] = `${lines[0]} ${succeeded}`;
    lines.push(
      `| stats max(_time) as last_seen by ${entity}`,
      `| where last_seen < ${splInactivityBound(c.inactivity)}`,
      '| sort + last_seen',
    );
    if (c.limit) lines.push(`| head ${c.limit}`);
    notes.push(
      `inactivity: the last event of each ${entity} is ${c.inactivity.before ? `before ${c.inactivity.before}` : `older than ${compactDuration(c.inactivity.durationSeconds)}`}; search a period longer than that (the time picker bounds what can be seen)`,
    );
    return lines.join('\n');
  }
  if (shareTest && (c.measure === null || c.measure.kind === 'count')) {
    lines.push(...splShareCommands({ test: shareTest, groups, span: spanOf(input, c), having: c.having }));
    notes.push(`the share: events matching ${shareTest} as a percentage of all the events searched`);
    return lines.join('\n');
  }
  if (!aggregates(input, c)) {
    const wanted = [
      ...new Set([
        ...c.show
          .map((key) => columnFor(first.fields ?? [], key.kind, key.field, first.name))
          .filter((f): f is string => !!f),
        ...c.filters
          .map((f) => columnFor(first.fields ?? [], f.kind, f.field, first.name))
          .filter((f): f is string => !!f),
        // What the events asked for record of their own (a lockout's calling computer).
        ...eventOwnFields(c.filters, first.fields ?? []),
        ...(first.fields ?? []).slice(0, 6),
        // Which machine each event came from, as Defender's listings show DeviceName.
        ...[columnFor(first.fields ?? [], 'host', null, first.name)].filter((f): f is string => !!f),
      ]),
    ];
    lines.push(
      `| table _time${sources.length > 1 ? ' index sourcetype' : ''}${wanted.length ? ` ${wanted.join(' ')}` : ''}`,
    );
    const byField =
      c.order && c.order.by !== 'time' && c.order.by !== 'measure'
        ? columnFor(first.fields ?? [], c.order.by, c.order.by, first.name)
        : undefined;
    if (byField) lines.push(`| sort ${c.order!.direction === 'asc' ? '+' : '-'} ${byField}`);
    else if (c.order?.direction === 'asc') lines.push('| sort + _time');
    lines.push(`| head ${c.limit ?? 1000}`);
    return lines.join('\n');
  }
  // "the average number of failed logons per day for each host": the events of each group counted per bucket, averaged.
  const bucketSeconds = c.timeBucket?.seconds ?? null;
  const measured = c.measure
    ? columnFor(first.fields ?? [], c.measure.of ?? '', c.measure.field, first.name)
    : undefined;
  if (averagesRowsPerBucket(c.measure, bucketSeconds, measured !== undefined)) {
    lines.push(...splAveragePerBucket(input, c, groups, bucketSeconds!, notes));
    return lines.join('\n');
  }
  const counted = measureOf(first, c, notes, '');
  // "show image and command line per host": each group's values of what the question asks to see; beside a count per
  // group too ("failed logins per user and from which client IPs"), as the KQL agent lists them; beside a distinct
  // count, the values counted ("more than 3 countries per user, with the list of countries").
  const shownValues =
    c.measure === null || c.measure.kind === 'distinct_count' || (groups.length > 0 && c.measure.kind === 'count')
      ? c.show
          .map((key) => columnFor(first.fields ?? [], key.kind, key.field, first.name))
          .filter((f): f is string => f !== undefined && !groups.includes(f))
      : [];
  const measure = {
    ...counted,
    expression: [counted.expression, ...[...new Set(shownValues)].map((f) => `values(${f}) as ${f}`)].join(' '),
  };
  const span = spanOf(input, c);
  // "this week compared with last week": each event's period, named, is a key beside the groups.
  if (c.periodComparison) {
    lines.push(`| ${splPeriodEval(c.periodComparison)}`);
    lines.push(`| stats ${measure.expression} by ${[...groups, 'period'].join(' ')}`);
    tail(lines, c, measure, notes);
    return lines.join('\n');
  }
  if (span && groups.length <= 1 && !c.having && !c.limit) {
    lines.push(`| timechart span=${span} ${measure.expression}${groups[0] ? ` by ${groups[0]}` : ''}`);
    return lines.join('\n');
  }
  if (span) lines.push(`| bin _time span=${span}`);
  const by = [...(span ? ['_time'] : []), ...groups];
  if (by.length === 0 && (c.having || c.limit) && fallback) by.push(fallback);
  lines.push(`| stats ${measure.expression}${by.length > 0 ? ` by ${by.join(' ')}` : ''}`);
  tail(lines, c, measure, notes);
  return lines.join('\n');
}

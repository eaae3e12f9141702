import { nullPrototype } from './null-prototype.util';
import { columnFor, holdsValues, namedColumn, namesProviderOperation } from './column-kinds';
import type { ConstraintFilter } from './constraints';
import { fieldParts } from './field-parts.util';

/** Which log an event id belongs to: Sysmon numbers its events 1-29 (255 for errors); Windows logs use 1000 and up. */
export type EventFamily = 'sysmon' | 'windows';

/** The family of the events a source holds, from its name: `sysmon`, Sysmon sourcetypes → sysmon; Windows logs → windows. */
export function eventFamilyOfSource(name: string): EventFamily | null {
  const lower = name.toLowerCase();
  if (lower.includes('sysmon')) return 'sysmon';
  if (lower === 'securityevent' || lower === 'windowsevent' || lower.includes('wineventlog') || lower === 'event')
    return 'windows';
  return null;
}

export function eventFamilyOfId(value: string): EventFamily | null {
  if (!/^\d{1,6}$/.test(value)) return null;
  const id = Number(value);
  if ((id >= 1 && id <= 29) || id === 255) return 'sysmon';
  if (id >= 1000) return 'windows';
  return null;
}

/** The event ids of a filter that may not be applied to a source of another family (4625 on Sysmon, 1 on Security). */
export function foreignEventIds(source: string, values: readonly string[]): string[] {
  const family = eventFamilyOfSource(source);
  if (!family) return [];
  return values.filter((v) => {
    const own = eventFamilyOfId(v);
    return own !== null && own !== family;
  });
}

/**
 * Windows Security events about an account, where the account the event happened to is the target
 * (TargetUserName: the one logged on, failed, locked out, unlocked, created, changed, asked a ticket for) and
 * the subject is whoever logged it (a domain controller's machine account) or did it.
 */
const ACCOUNT_EVENT_IDS: ReadonlySet<string> = new Set(
  (
    '4624 4625 4634 4647 4648 4672 4720 4722 4723 4724 4725 4726 4738 4740 4767 4768 4769 4770 4771 4776 ' + '4781 4794'
  ).split(' '),
);

/**
 * "adm.jlee keeps getting locked out (4740)": a user of account events is the account they happened to. Its
 * field, when the analysis took it from another table (Defender's AccountName, a process's account), is
 * dropped so the table's own column for a user is used (TargetUserName, not the subject's Account); any
 * other filter, or a field the table has itself, stays as it is.
 */
export function accountEventUser(
  filter: ConstraintFilter,
  filters: readonly ConstraintFilter[],
  source: string,
  columns: readonly string[],
): ConstraintFilter {
  if (filter.kind !== 'user' || eventFamilyOfSource(source) !== 'windows') return filter;
  const ids = filters.filter((f) => f.kind === 'event_id' && f.operator !== 'neq' && f.operator !== 'not_in');
  if (ids.length === 0 || !ids.every((f) => f.values.every((v) => ACCOUNT_EVENT_IDS.has(v)))) return filter;
  const named = withLogonNames(filter);
  if (named.field === null) return named;
  const lower = named.field.toLowerCase();
  const own = columns.some((c) => c.toLowerCase() === lower || lower === `${source.toLowerCase()}.${c.toLowerCase()}`);
  return own ? named : { ...named, field: null };
}

/**
 * Fields a Windows event records of its own, which say what happened more than the log's usual fields: a lockout's
 * calling computer (4740, where the lockout came from; the host that logged it is a domain controller).
 */
const EVENT_OWN_FIELDS: Readonly<Record<string, readonly string[]>> = nullPrototype({
  '4740': ['Caller_Computer_Name', 'CallerComputerName'],
});

/**
 * The fields of `columns` that every event the filters ask for records of its own (see {@link EVENT_OWN_FIELDS}),
 * to show beside a list of those events; none when the filters ask for no event, or for events of several kinds.
 */
export function eventOwnFields(filters: readonly ConstraintFilter[], columns: readonly string[]): string[] {
  const ids = filters.filter((f) => f.kind === 'event_id' && (f.operator === 'eq' || f.operator === 'in'));
  const values = new Set(ids.flatMap((f) => f.values));
  if (values.size !== 1) return [];
  const own = EVENT_OWN_FIELDS[[...values][0]!] ?? [];
  return columns.filter((column) => own.includes(column));
}

/**
 * An account named by its email ("k.osei@corp.com"): a domain's events name it by its logon name, most often
 * the part before the @, so both are matched. Other values, and a filter that excludes, stay as they are.
 */
function withLogonNames(filter: ConstraintFilter): ConstraintFilter {
  if (filter.operator !== 'eq' && filter.operator !== 'in') return filter;
  const values = [...filter.values];
  for (const value of filter.values) {
    const at = value.indexOf('@');
    const local = value.slice(0, at);
    if (at >= 2 && !values.some((v) => v.toLowerCase() === local.toLowerCase())) values.push(local);
  }
  return values.length === filter.values.length ? filter : { ...filter, operator: 'in', values };
}

/** Filter kinds that only a few tables can hold: a table without them cannot answer the question. */
export const STRONG_KINDS: ReadonlySet<string> = new Set([
  'event_id',
  // An address is what the question looks for: a source with no address column cannot answer it.
  'ip',
  'cidr',
  // So is a name looked up or visited (`cdn.example.org`): only a source of lookups or addresses keeps it.
  'domain',
  // A web path asked for (`/api/orders`): only a log of web requests keeps it.
  'url',
  'port',
  'hash',
  'process',
  'command_line',
  'registry',
]);

/** Text as said, for comparing a value with the words it was read from: unquoted, one space, lower case. */
function asSaid(text: string): string {
  return text
    .trim()
    .replace(/^["'“`]|["'”`]$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * A text value said with the name of what it is ("logon type 10"): only a source with that column can hold it.
 * A value written in other case or spacing than said ("domain admins" read as "Domain Admins") names no column.
 */
export function namesItsColumn(filter: ConstraintFilter): boolean {
  return filter.kind === 'text' && !spelledOut(asSaid(filter.expression), asSaid(filter.values[0] ?? ''));
}

/**
 * Whether a value is the words said, each perhaps written out in full ("global admins" → "global administrator"):
 * as many words, each said one (less a plural `s`) beginning the value's.
 */
function spelledOut(said: string, value: string): boolean {
  if (said === value) return true;
  const saidWords = said.split(' ');
  const valueWords = value.split(' ');
  return (
    saidWords.length === valueWords.length &&
    saidWords.every((word, i) => valueWords[i]!.startsWith(word) || valueWords[i]!.startsWith(word.replace(/s$/, '')))
  );
}

/** Whether a source can express a filter: it has a column for the kind and, for event ids, holds that family. */
export function canExpress(source: string, columns: readonly string[], filter: ConstraintFilter): boolean {
  if (filter.kind === 'text') return namedColumn(columns, filter, source) !== undefined;
  if (!columnFor(columns, filter.kind, filter.field, source, (column) => holdsValues(column, filter))) return false;
  return filter.kind !== 'event_id' || foreignEventIds(source, filter.values).length < filter.values.length;
}

/** The leading word of a source's name (`Device` of DeviceNetworkEvents, `azure` of azure:monitor:aad): its family of tables. */
const SOURCE_FAMILY = /^[A-Za-z][a-z0-9]*/;

function sourceFamily(name: string): string {
  return (SOURCE_FAMILY.exec(name)?.[0] ?? name).toLowerCase();
}

/** Less than one filter: a mapped column breaks ties between sources that hold as many filters. */
const MAPPED_COLUMN_BONUS = 0.25;

/** Whether a source has the column a filter was mapped to ("FileName", "DeviceProcessEvents.FileName"). */
function hasMappedColumn(source: string, columns: readonly string[], filter: ConstraintFilter): boolean {
  if (!filter.field) return false;
  const { table, column } = fieldParts(filter.field);
  return (table === null || table === source) && columns.includes(column);
}

/**
 * The sources to query when the chosen ones cannot hold the question's strong filters (an event
 * id, a port, a hash, a process…) but another source of the schema can hold them all: that source,
 * with a note. Otherwise the chosen sources, unchanged.
 */
export function retargetSources(
  chosen: readonly string[],
  catalog: Readonly<Record<string, readonly string[]>>,
  filters: readonly ConstraintFilter[],
  notes: string[],
): string[] {
  const strong = filters.filter((f) => STRONG_KINDS.has(f.kind) || namesItsColumn(f) || namesProviderOperation(f));
  if (strong.length === 0 || chosen.length === 0) return [...chosen];
  const fits = (source: string) => strong.every((f) => canExpress(source, catalog[source] ?? [], f));
  if (chosen.some((source) => catalog[source] !== undefined && fits(source))) {
    const kept = chosen.filter((s) => catalog[s] === undefined || fits(s));
    const dropped = chosen.filter((s) => !kept.includes(s));
    if (dropped.length > 0)
      notes.push(`${dropped.join(', ')} left out: it cannot hold the ${strong.map((f) => f.kind).join(', ')} filter`);
    return kept;
  }
  const families = new Set(chosen.map(sourceFamily));
  let best: { source: string; score: number; kin: boolean } | null = null;
  for (const [source, columns] of Object.entries(catalog)) {
    if (!fits(source)) continue;
    // A source with the very column the planner mapped a value to ("InitiatingProcessFileName") holds it as meant.
    const score =
      filters.filter((f) => canExpress(source, columns, f)).length +
      MAPPED_COLUMN_BONUS * filters.filter((f) => hasMappedColumn(source, columns, f)).length;
    const kin = families.has(sourceFamily(source));
    if (!best || score > best.score || (score === best.score && kin && !best.kin)) best = { source, score, kin };
  }
  if (!best) return [...chosen];
  const kinds = [...new Set(strong.map((f) => f.kind))].join(', ');
  notes.push(
    `${chosen.join(', ')} cannot hold the ${kinds} the question names; the query reads ${best.source} instead`,
  );
  return [best.source];
}

/**
 * One source for a constrained query: the one whose columns hold most of the filters, the
 * planner's order breaking ties. A union of unrelated sources would mix rows the filters do not fit.
 */
export function bestSourceFirst(
  sources: readonly string[],
  fits: (source: string) => number,
  notes: string[],
): string[] {
  if (sources.length <= 1) return [...sources];
  let best = sources[0]!;
  for (const source of sources.slice(1)) if (fits(source) > fits(best)) best = source;
  notes.push(
    `the query reads ${best}; ${sources.filter((s) => s !== best).join(', ')} left out (one source answers the question)`,
  );
  return [best];
}

/** Sysmon event ids by the activity a question names, most specific first. */
const SYSMON_ACTIVITIES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [
    // "domains it looked up", "which sites did X query", "hosts that looked up <a name>": names asked of a resolver.
    /\bdns\b|\bresolv(?:e|ed|es|ing)\b|\blook(?:ed|s|ing)?\s+up\s+(?:the\s+)?(?:domain\s+)?[\w-]+\.[a-z]|\blookups?\s+(?:of|for)\b|\bdomain (?:lookups?|quer(?:y|ies))\b|\b(?:domains?|hostnames?|sites?)\b[^.?!;]{0,40}?\b(?:quer(?:y|ied|ies|ying)|look(?:ed|s|ing)?\s+up)\b/i,
    ['22'],
  ],
  [/\bnetwork conn\w*|\b(?:outbound|inbound|tcp|udp) conn\w*|\bconnections?\b/i, ['3']],
  [/\bregistry\b|\brun keys?\b/i, ['12', '13', '14']],
  [/\bimage loads?\b|\bdll(?:s)? load(?:ed|s)?\b|\bloaded (?:dlls?|modules?)\b/i, ['7']],
  [/\bremote threads?\b|\bcreateremotethread\b/i, ['8']],
  [/\bprocess access\b|\baccess(?:ed|ing)? lsass\b|\blsass(?:\.exe)? (?:(?:was|being|been|got) )?access\w*/i, ['10']],
  // Files deleted ("files removed under C:\\Finance", "deleted 30 documents"): Sysmon's FileDelete and FileDeleteDetected.
  [
    /\b(?:files?|documents?) (?:(?:were|was|got|being|been) )?(?:deleted|removed|deletions?)\b|\b(?:deleted|removed|deleting|deletions? of) (?:[\w+,.-]+ ){0,4}?(?:files?|documents?)\b/i,
    ['23', '26'],
  ],
  [
    /\bfiles? (?:created|written|dropped|creations?|writes?|drops?)\b|\b(?:created|wrote|dropped) (?:a |the )?files?\b/i,
    ['11'],
  ],
  [
    /\bprocess(?:es)? (?:creat\w*|start\w*|launch\w*|spawn\w*|execut\w*)|\bexecut(?:ed|ion|ions)\b|\bprocess (?:images?|names?)\b|\bcommand lines?\b|\b(?:launched|spawned|ran)\b/i,
    ['1'],
  ],
];

/**
 * The Sysmon event ids for the activity a question names ("network connections" → 3, "DNS" → 22,
 * "process executions" → 1), for a Sysmon source when the question names no event id; [] when it
 * names no known activity.
 */
export function sysmonEventsFor(text: string): readonly string[] {
  for (const [pattern, ids] of SYSMON_ACTIVITIES) if (pattern.test(text)) return ids;
  return [];
}

/**
 * An event-id filter kept to the ids that belong to `source` (a note names the others); the filter unchanged for any
 * other kind; null when none of its ids belongs there.
 */
export function scopedToSource<F extends { readonly kind: string; readonly values: readonly string[] }>(
  source: string,
  filter: F,
  notes: string[],
): F | null {
  if (filter.kind !== 'event_id') return filter;
  const foreign = foreignEventIds(source, filter.values);
  if (foreign.length === 0) return filter;
  const family = eventFamilyOfSource(source)!;
  const translated = foreign.flatMap((v) => {
    const same = EQUIVALENT_EVENTS.get(`${family}:${v}`);
    return same ? [{ from: v, to: same }] : [];
  });
  for (const { from, to } of translated)
    notes.push(`event id ${from} is recorded as event ${to} in ${source}; applied as ${to}`);
  const dropped = foreign.filter((v) => !translated.some((t) => t.from === v));
  if (dropped.length > 0)
    notes.push(`event id ${dropped.join(', ')} belongs to another log than ${source}; not applied there`);
  const own = [
    ...filter.values.filter((v) => !foreign.includes(v)),
    ...translated.map((t) => t.to).filter((v) => !filter.values.includes(v)),
  ];
  return own.length === 0 ? null : { ...filter, values: [...new Set(own)] };
}

/** The same activity as Sysmon records it, keyed `family of the source:id asked`: process creation (4688 → 1), a network connection (5156 → 3). */
const EQUIVALENT_EVENTS: ReadonlyMap<string, string> = new Map([
  ['sysmon:4688', '1'],
  ['sysmon:5156', '3'],
]);

/** A Windows event log and the event ids it records (Service Control Manager's 7045 is the System log's, not Security's). */
interface WindowsLog {
  /** The log's channel name as a sourcetype or a `source` ends with it (`WinEventLog:System`). */
  readonly channel: string;
  readonly records: (id: number) => boolean;
}

const WINDOWS_LOGS: readonly WindowsLog[] = [
  {
    channel: 'Security',
    records: (id) =>
      (id >= 4608 && id <= 4999) ||
      (id >= 5024 && id <= 5999) ||
      (id >= 6144 && id <= 6424) ||
      [1100, 1102].includes(id),
  },
  {
    channel: 'System',
    records: (id) => (id >= 7000 && id <= 7045) || [104, 1074, 1076, 6005, 6006, 6008, 6009, 6013].includes(id),
  },
  { channel: 'Microsoft-Windows-PowerShell/Operational', records: (id) => id >= 4100 && id <= 4106 },
  { channel: 'Windows PowerShell', records: (id) => [400, 403, 600, 800].includes(id) },
];

/** The channel of the Windows log that records every one of the ids; null when they span logs or one is unknown. */
export function windowsLogOfEvents(ids: readonly string[]): string | null {
  let channel: string | null = null;
  for (const value of ids) {
    const log = /^\d{1,5}$/.test(value) ? WINDOWS_LOGS.find((l) => l.records(Number(value))) : undefined;
    if (!log || (channel !== null && channel !== log.channel)) return null;
    channel = log.channel;
  }
  return channel;
}

/** The Windows log a source's name says it holds (`WinEventLog:Security` → Security); null for a source of every log. */
export function windowsLogOfSource(name: string): string | null {
  if (eventFamilyOfSource(name) !== 'windows') return null;
  const lower = name.toLowerCase();
  return WINDOWS_LOGS.find((l) => lower.endsWith(`:${l.channel.toLowerCase()}`))?.channel ?? null;
}

import { lookupTable } from '../../lookup-table.util';
import { CUSTOMER_NOUNS } from '../vocabulary';

/** The columns of the tables an analysis chose, to map values and keys to the column that holds them. */
export interface TableColumns {
  readonly table: string;
  readonly columns: readonly string[];
}

/** A column name squashed for matching: lower case, letters and digits only (`src_ip` → `srcip`). */
function squash(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const IP_SOURCE = [
  /^ipaddress$/,
  /^(?:client|caller|src|source|calling)ip(?:address)?$/,
  /^(?:ip|src|srcaddr|sourceaddress|clientip)$/,
];
const IP_DEST = [/^(?:dest|destination|dst|remote)ip(?:address)?$/, /^(?:dest|dst|destinationaddress|remoteaddress)$/];
const IP_ANY = [/ip(?:address|addr|v4|v6)?$/];
const PORT_DEST = [/^(?:destinationport|destport|dstport|remoteport)$/, /^port$/, /(?:dest|remote|dst)port$/];
const PORT_SOURCE = [/^(?:sourceport|srcport|localport)$/, /(?:src|source|local)port$/];

/** The size of what a server sent back (a web log's bytes out), and of what the client sent it (bytes in). */
const SIZE_OUT = [/^(?:responsesize|responsebytes|bytesout|bytessent|sentbytes|scbytes)$/];
const SIZE_IN = [/^(?:requestsize|requestbytes|bytesin|bytesreceived|receivedbytes|csbytes)$/];

const HOST = [
  /^(?:devicename|computer|computername|host|hostname|desthost|dvc|workstationname|machinename|device)$/,
  /(?:device|computer|host|machine|workstation)name$/,
  /host$/,
];

/** Column patterns by value kind, most specific first. */
const PATTERNS: Readonly<Record<string, readonly RegExp[]>> = lookupTable({
  'response size': SIZE_OUT,
  'response sizes': SIZE_OUT,
  'request size': SIZE_IN,
  'request sizes': SIZE_IN,
  // "per api call", "by API": the cloud audit log's name of the call.
  'api call': [/^eventname$/, /^(?:apiname|apicall|api|operationname|operation)$/],
  api: [/^eventname$/, /^(?:apiname|apicall|api|operationname|operation)$/],
  ip: [...IP_SOURCE, ...IP_DEST, ...IP_ANY],
  'ip:destination': [...IP_DEST, ...IP_SOURCE, ...IP_ANY],
  // An address traffic came from: a device's own side (Defender's LocalIP) before the far end.
  'ip:source': [...IP_SOURCE, /^localip(?:address)?$/, ...IP_ANY],
  // A grouping key of where traffic went: the destination column, else the source's only address.
  dest_ip: [...IP_DEST, ...IP_SOURCE, ...IP_ANY],
  // A key written as a field's name ("per src_ip", "by dst_ip") on a source that names its columns otherwise.
  src_ip: [...IP_SOURCE, /^localip(?:address)?$/, ...IP_ANY],
  dst_ip: [...IP_DEST, ...IP_SOURCE, ...IP_ANY],
  // "by dest" alone: where traffic went (a `dest` column, else its address or host), never the port a
  // longer column's name begins with ("dest" is no abbreviation of dest_port).
  // A logon's dest is the machine logged on to: a host column where the source has no address of where traffic went.
  dest: [
    /^dest$/,
    ...IP_DEST,
    /^(?:dest|destination|dst|remote)(?:host|hostname|computer|device)$/,
    /^(?:computer|computername|devicename|host|hostname|dvc)$/,
  ],
  // "by src" alone: where it came from (a `src` column, else its address, a device's own side of a connection, else the
  // machine it came from).
  src: [
    /^src$/,
    ...IP_SOURCE,
    /^localip(?:address)?$/,
    /^(?:src|source|client)(?:host|hostname|computer|device|workstation)$/,
    /^workstationname$/,
  ],
  user: [
    /^userprincipalname$/,
    // The account an event happened to (Windows' TargetUserName: the one locked out, logged on, created), as near
    // as a user name of any other log (the first table's wins), before the combined `Account` and the subject that
    // logged it (a domain controller's machine account).
    /^(?:upn|accountupn|username|user|accountname|targetusername)$/,
    /^(?:subjectusername|useridentityusername|account|initiatedbyuser)$/,
    /(?:user|account)(?:principal)?name$/,
    /^(?:identity|actor|userid)$/,
    /^(?:email|emailaddress)$/,
  ],
  // Who did what a row records ("by who created them"): the acting account, before any user column.
  actor: [
    /^(?:subjectusername|subjectaccount|initiatedbyuser|initiatedby|caller|actor|useridentityarn|performedby|createdby|changedby|modifiedby|deletedby)$/,
    // Not the initiating program's file name or account (the parent's), nor the caller's computer: no one who acted.
    /^(?:subject|initiat|actor|caller)(?!\w*(?:file|computer|machine|host|process))\w*(?:user|account|name|upn)$/,
    /^(?:account|accountname|initiatingprocessaccountname|userid|user|username|userprincipalname)$/,
  ],
  // An account said as the one that acted ("deleted by svc_idm"): the acting account's column, else the user's. Not a
  // cloud identity's ARN, which a name is no whole value of (the data agent matches the ARN's end).
  'user:actor': [
    /^(?:subjectusername|subjectaccount|initiatedbyuser|initiatedby|caller|actor|performedby|createdby|changedby|modifiedby|deletedby)$/,
    /^(?:subject|initiat|actor|caller)(?!\w*(?:file|computer|machine|host|process))\w*(?:user|account|name|upn)$/,
    /^(?:account|accountname|initiatingprocessaccountname|userid|user|username|userprincipalname)$/,
  ],
  email: [
    /^(?:senderfromaddress|sender|senderaddress|from|email|emailaddress|mail)$/,
    /^(?:recipientemailaddress|recipient|to)$/,
    /email|mail|sender|recipient/,
    /^userprincipalname$/,
  ],
  // An address said as a mailbox's: the mailbox's owner, else the object an office audit record acted on.
  'email:mailbox': [/^(?:mailboxownerupn|mailboxowner|mailbox|mailboxupn)$/, /^(?:officeobjectid|objectid)$/],
  // A machine acted on in a cloud activity log ("which vm was deallocated"): the Azure resource's id, where no column
  // names a machine.
  host: [...HOST, /^resourceid$/],
  // "per workstation": the machine a sign-in came from where the log keeps it apart (Windows' WorkstationName
  // beside Computer, the controller that logged it), else the host itself.
  workstation: [/^(?:workstationname|workstation)$/, ...HOST],
  // "per kiosk", "by terminal", "each till": a column of their own where a table keeps one (a shop's till id), else
  // the machine's name.
  kiosk: [/^kiosk(?:id|name)?$/, ...HOST],
  terminal: [/^terminal(?:id|name)?$/, ...HOST],
  till: [/^till(?:id|name)?$/, ...HOST],
  // "by calling computer": the machine a call came from (Windows' Caller_Computer_Name), else where a logon came from.
  caller_host: [/^caller(?:computer|machine|host|workstation)(?:name)?$/, /^(?:workstationname|workstation)$/, ...HOST],
  domain: [
    /^(?:domain|destdomain|querydomain|dnsdomain|queryname|query|dnsquery)$/,
    /^(?!account|subject|target|user|initiating)\w*domain$/,
  ],
  url: [/^(?:url|remoteurl|requesturl|uri|requesturi|urlpath|fileoriginurl)$/, /(?:url|uri)$/],
  // The SharePoint or OneDrive site a Microsoft 365 file operation happened on, kept as its address.
  site: [/^(?:siteurl|site|sitename)$/],
  'hash:sha256': [/^(?:sha256|filehashsha256)$/, /sha256/, /^(?:hash|filehash|hashes)$/],
  'hash:sha1': [/^(?:sha1|filehashsha1)$/, /sha1/, /^(?:hash|filehash|hashes)$/],
  'hash:md5': [/^(?:md5|filehashmd5)$/, /md5/, /^(?:hash|filehash|hashes)$/],
  // A digest asked for without its algorithm ("distinct hashes"): SHA-256 where kept, else any digest column.
  hash: [/^(?:sha256|filehashsha256)$/, /sha256/, /^(?:hash|filehash|hashes|processhash)$/, /sha1/, /md5/],
  port: [...PORT_DEST, ...PORT_SOURCE, /port$/],
  'port:source': [...PORT_SOURCE, ...PORT_DEST, /port$/],
  // A port traffic came in on: a device's own (local) port on a log kept from its side, else the destination's.
  'port:inbound': [/^localport$/, ...PORT_DEST, ...PORT_SOURCE, /port$/],
  event_id: [/^(?:eventid|eventcode|eventidentifier)$/, /event(?:id|code)$/],
  // The process that ran (FileName on Defender's process events), before the one that started it.
  process: [
    /^(?:processname|newprocessname|image|process|processfilename|exe|processpath)$/,
    /^filename$/,
    /^initiatingprocessfilename$/,
    /process(?:file)?name$/,
    /filename$/,
  ],
  'process:parent': [
    /^(?:parentimage|parentprocessname|parentprocess|parentprocessfilename|initiatingprocessfilename)$/,
    /^parent\w*(?:image|name|process)$/,
  ],
  // A grouping key: the process that started the one the row is about.
  parent_process: [
    /^(?:parentimage|parentprocessname|parentprocess|parentprocessfilename|initiatingprocessfilename)$/,
    /^parent\w*(?:image|name|process)$/,
  ],
  file: [/^(?:filename|targetfilename|filepath|folderpath|file|path|objectname)$/, /file(?:name|path)$/, /path$/],
  // A path with folders: the column holding the whole path, before one holding a name alone.
  // The folder a process ran from: the image's path.
  'process:folder': [
    /^(?:folderpath|image|processpath|newprocessname|process_path|exepath)$/,
    /(?:process|image)path$/,
  ],
  'file:folder': [
    /^(?:folderpath|targetfilename|filepath|path|objectname)$/,
    /(?:file|folder)path$/,
    // Where a process's image lies, when no column holds files (Endpoint.Processes' process_path).
    /^(?:processpath|image)$/,
    /path$/,
    /filename$/,
  ],
  // An error or result code: the record's own code before a description of it.
  error_code: [
    /^(?:resulttype|errorcode|resultcode|statuscode|returncode|status|substatus)$/,
    /(?:error|result|status|return)code$/,
    /^(?:resultdescription|resultreason|failurereason|errormessage)$/,
  ],
  // What an error was, in words: the record's description of it before its code.
  // Where a file or a process's image lies: its folder's path.
  folder: [/^(?:folderpath|filepath|processpath|image)$/, /(?:folder|file)path$/],
  // A service: a Windows service's name, or the cloud service an API call went to (CloudTrail's `eventSource`).
  service: [/^(?:servicename|service|eventsource|servicetype)$/, /servicename$/],
  'error description': [
    /^(?:resultdescription|resultreason|failurereason|errormessage|errordescription|statusreason)$/,
    /(?:error|failure|result)(?:message|description|reason)$/,
    /^(?:resulttype|errorcode|resultcode|substatus)$/,
  ],
  // The command line of the process that started the row's (Defender's InitiatingProcessCommandLine).
  'parent command line': [
    /^(?:initiatingprocesscommandline|parentcommandline|parentprocesscommandline)$/,
    /^parent\w*commandline$/,
  ],
  command_line: [/^(?:processcommandline|commandline|cmdline|process|command)$/, /commandline|cmdline/],
  registry: [/^(?:registrykey|registryvaluename|registrypath|targetobject|objectname)$/, /registry/],
  // "the key" of a registry change: the key's path or name (a value's name and data are other columns).
  key: [/^(?:registrykey|registrykeyname|registrypath|targetobject|keyname|keypath)$/, /key(?:name|path)$/],
  // Not ConditionalAccessStatus or SubStatus: a policy outcome and a code, not the record's status.
  status: [
    /^(?:status|state|orderstatus|paymentstatus|invoicestatus|resultstatus)$/,
    /^(?!conditionalaccess|sub)\w*status$/,
    /state$/,
  ],
  amount: [
    /^(?:amount|total|totalamount|price|value|revenue|cost|spend|ordertotal|totalprice|grandtotal|paymentamount)$/,
    /(?:amount|total|price|revenue|cost|spend)$/,
  ],
  currency: [/currency/],
  country: [/^(?:country|countryorregion|countrycode|countryname|location|billingcountry|shippingcountry)$/, /country/],
  city: [/^city$/, /city/],
  // The client a sign-in came through (browser, mobile app, legacy protocol), else the app signed in to.
  'client app': [
    /^(?:clientappused|clientapp|clientapplication)$/,
    /^(?:appdisplayname|app|application|appname|applicationname)$/,
  ],
  app: [
    /^(?:appdisplayname|app|application|appname|applicationname|resourcedisplayname)$/,
    /app(?:lication)?(?:display)?name$/,
    /workload$/,
  ],
  severity: [/^(?:severity|alertseverity|level|priority)$/, /severity/],
  action: [/^(?:action|deviceaction|disposition|activity)$/, /action$/],
  // The mailbox an Exchange operation acted on: Microsoft 365's object id holds it.
  mailbox: [/^(?:mailbox|mailboxowner(?:upn)?|targetmailbox)$/, /^(?:officeobjectid|objectid)$/],
  // What an audited action was done to ("for which app", "on which files"): the record's targets.
  target: [
    /^targetresources?$/,
    /^(?:officeobjectid|objectid|targetobject|objectname)$/,
    /^target(?:resource|object)\w*$/,
  ],
});

/** A column's name as a field: qualified with its table when the analysis has more than one table. */
function fieldName(tables: readonly TableColumns[], table: TableColumns, column: string): string {
  return tables.length > 1 ? `${table.table}.${column}` : column;
}

/** A columns list's names squashed, and each nested field's own name squashed ("" for a flat one). */
interface SquashedColumns {
  readonly flat: readonly string[];
  readonly nested: readonly string[];
}

/**
 * Squashed names by columns list: a chosen table's columns are its catalog entry's list, the same for every question
 * asked of that catalog, and every value and key of a question is looked up in them. Held weakly.
 */
const squashedByColumns = new WeakMap<readonly string[], SquashedColumns>();

function squashedOf(columns: readonly string[]): SquashedColumns {
  let squashed = squashedByColumns.get(columns);
  if (!squashed) {
    squashed = { flat: columns.map(squash), nested: columns.map(nestedName) };
    squashedByColumns.set(columns, squashed);
  }
  return squashed;
}

/** The first column, over the tables in order, that the patterns match (earlier patterns win). */
function firstMatch(tables: readonly TableColumns[], patterns: readonly RegExp[]): string | null {
  for (const pattern of patterns) {
    for (const table of tables) {
      const { flat, nested } = squashedOf(table.columns);
      for (let i = 0; i < flat.length; i += 1)
        if (pattern.test(flat[i]!) || pattern.test(nested[i]!)) return fieldName(tables, table, table.columns[i]!);
    }
  }
  return null;
}

/** Most patterns made from a question's words kept (they are a few per question; the words are the client's). */
const MAX_WORD_PATTERNS = 2_000;
const wordPatterns = new Map<string, RegExp>();

/** `new RegExp(source)` for a pattern made from a squashed word (letters and digits only), made once. */
function wordPattern(source: string): RegExp {
  let pattern = wordPatterns.get(source);
  if (pattern === undefined) {
    if (wordPatterns.size >= MAX_WORD_PATTERNS) wordPatterns.clear();
    pattern = new RegExp(source);
    wordPatterns.set(source, pattern);
  }
  return pattern;
}

/** A nested field's own name (`properties.status.errorCode` → errorcode), or "" for a flat one. */
function nestedName(column: string): string {
  const dot = column.lastIndexOf('.');
  return dot > 0 ? squash(column.slice(dot + 1)) : '';
}

/** A flow's own address columns, one for each end (`src_ip` and `dest_ip`, Defender's `LocalIP` and `RemoteIP`). */
const SOURCE_END = /^(?:src|source|local|client)ip(?:address)?$/;
const DEST_END = /^(?:dest|destination|dst|remote)ip(?:address)?$/;

/**
 * Whether the table whose column an address goes on keeps both ends of a flow, each in a column of its own: an
 * address said with no side ("traffic involving 10.0.0.5") is then in either, and no one column holds it.
 */
export function keepsBothEnds(tables: readonly TableColumns[]): boolean {
  for (const pattern of PATTERNS.ip!) {
    const table = tables.find((t) => t.columns.some((c) => pattern.test(squash(c))));
    if (!table) continue;
    const squashed = table.columns.map(squash);
    return squashed.some((c) => SOURCE_END.test(c)) && squashed.some((c) => DEST_END.test(c));
  }
  return false;
}

/** The column that holds an id of an entity ("order" → `order_id`, or `id` on the orders table). */
function idColumn(tables: readonly TableColumns[], entity: string): string | null {
  const key = squash(entity);
  const own = tables.filter((t) => squash(t.table).replace(/e?s$/, '') === key || squash(t.table) === key);
  for (const table of own) {
    const id = table.columns.find((c) => squash(c) === 'id' || squash(c) === `${key}id`);
    if (id) return fieldName(tables, table, id);
  }
  return firstMatch(tables, [wordPattern(`^${key}(?:id|number|no)$`)]);
}

/**
 * The catalog column that holds a value of `kind` (with a hint: the hash algorithm, 'source' or
 * 'destination', the entity of an id), or null when the chosen tables say nothing of it.
 */
export function columnFor(kind: string, tables: readonly TableColumns[], hint?: string): string | null {
  // Free text has no column of its own: the agent searches where it fits.
  if (tables.length === 0 || kind === 'text') return null;
  if (kind === 'id') return hint ? idColumn(tables, hint) : null;
  const base = kind === 'cidr' ? 'ip' : kind;
  const patterns =
    PATTERNS[hint ? `${kind}:${hint}` : kind] ?? (hint ? PATTERNS[`${base}:${hint}`] : undefined) ?? PATTERNS[base];
  if (patterns) return firstMatch(tables, patterns);
  // A word of the question ("segment", "category", "region"): a column named for it.
  const key = squash(kind);
  if (key.length < 2) return null;
  // A phrase of two words or more also names a column it begins ("client app" → ClientAppUsed).
  const phrase = /\s/.test(kind.trim()) && key.length >= 6 ? [wordPattern(`^${key}`)] : [];
  return (
    firstMatch(tables, [
      wordPattern(`^${key}$`),
      wordPattern(`^${key}(?:name|id|code)?$`),
      wordPattern(`${key}$`),
      ...phrase,
    ]) ??
    idColumn(tables, kind) ??
    abbreviatedColumn(key, tables) ??
    ownerNameColumn(kind, tables) ??
    endColumn(key, tables)
  );
}

/** The short words the ends of an event go by in field names (the CIM's `dest` and `src`), by the whole word. */
const END_WORDS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  destination: 'dest',
  destinations: 'dest',
  source: 'src',
  sources: 'src',
});

/** "by destination" where no column spells the word: the end its short word names (`dest`, `src`), or null. */
function endColumn(key: string, tables: readonly TableColumns[]): string | null {
  const short = END_WORDS[key];
  return short ? firstMatch(tables, PATTERNS[short]!) : null;
}

/** "patient name", "product names": the noun of whose name a phrase asks `[1]`. */
const OWNER_NAME = /^([a-z]{3,30})\s+names?$/;

/**
 * The status column of the table a noun names ("orders" → `orders.status`, "payment" → `payments.state`), or null
 * when no chosen table is named by the noun or the one named keeps no status.
 */
export function statusColumnOf(noun: string, tables: readonly TableColumns[]): string | null {
  const key = squash(noun).replace(/ies$/, 'y').replace(/s$/, '');
  const table = tables.find((t) => singularTable(t.table) === key);
  if (!table) return null;
  for (const pattern of PATTERNS['status']!) {
    const column = table.columns.find((c) => pattern.test(squash(c)));
    if (column) return fieldName(tables, table, column);
  }
  return null;
}

/** A table's name squashed and in the singular (`order_items` → orderitem, `customers` → customer). */
function singularTable(table: string): string {
  return squash(table).replace(/ies$/, 'y').replace(/s$/, '');
}

/**
 * The name column of the table a phrase names the owner of ("product name" → products.name, "client name" →
 * customers.name, "patient name" on a table of customers): a column `name`, else one ending in it (`display_name`).
 * The owner is the table named for the noun, or, for a word of who a business sells to, the table of customers.
 */
function ownerNameColumn(kind: string, tables: readonly TableColumns[]): string | null {
  const said = OWNER_NAME.exec(kind.trim().toLowerCase())?.[1];
  if (!said) return null;
  // "clients' names", "parties name": the noun in the singular ("class" and "status" keep their s).
  const owner = said.replace(/ies$/, 'y').replace(/(?<![su])s$/, '');
  const customer = CUSTOMER_NOUNS.includes(owner);
  const table = tables.find((t) => {
    const name = singularTable(t.table);
    return name === owner || (customer && CUSTOMER_NOUNS.includes(name));
  });
  const column =
    table?.columns.find((c) => squash(c) === 'name') ?? table?.columns.find((c) => /name$/.test(squash(c)));
  return table && column ? fieldName(tables, table, column) : null;
}

/** Lengths of a word read as a column's abbreviation ("qty", "dept"): shorter is too vague, longer is a word. */
const ABBREVIATION = { min: 3, max: 5, shorterBy: 3 } as const;
/** Time units, which group by a bucket of the time and never abbreviate a column ("date" is no `data_source`). */
const TIME_UNIT = /^(?:sec|secs|min|mins|hour|hours|day|days|week|weeks|month|year|years|date|dates|time|times)$/;

/** Where the letters of `short` appear in order in `long`, the end of the last one; -1 when they do not all appear. */
function lettersInOrder(short: string, long: string): number {
  let at = 0;
  for (const letter of short) {
    at = long.indexOf(letter, at) + 1;
    if (at === 0) return -1;
  }
  return at;
}

/**
 * The column a short word abbreviates ("dept" → department, "qty" → quantity, "amt" → amount): a word ending on a
 * consonant, as abbreviations do ("kio" is no cut of kiosk), and a column whose squashed name, at least three letters
 * longer, begins with the word's first letter and holds all its letters in order; the one where they end soonest wins
 * ("dept" is department before description), else the first.
 */
function abbreviatedColumn(key: string, tables: readonly TableColumns[]): string | null {
  if (
    key.length < ABBREVIATION.min ||
    key.length > ABBREVIATION.max ||
    !/^[a-z]+[b-df-hj-np-tv-z]$/.test(key) ||
    TIME_UNIT.test(key)
  )
    return null;
  let best: { field: string; end: number } | null = null;
  for (const table of tables) {
    for (const column of table.columns) {
      const name = squash(column);
      if (name.length < key.length + ABBREVIATION.shorterBy || name[0] !== key[0]) continue;
      const end = lettersInOrder(key, name);
      if (end > 0 && (best === null || end < best.end)) best = { field: fieldName(tables, table, column), end };
    }
  }
  return best?.field ?? null;
}

/**
 * A column a state word names on a table the question names ("inactive products" → products.active, "disabled
 * accounts" → accounts.disabled): a flag of those rows, before a status column of another table. Null when no
 * table the question names has a column of that word (or of it without "in"/"un"/"non").
 */
export function flagColumn(value: string, text: string, tables: readonly TableColumns[]): string | null {
  const word = squash(value);
  const base = /^(?:in|un|non)(?=[a-z]{4})/.test(word) ? word.replace(/^(?:in|un|non)/, '') : word;
  const said = new Set((text.toLowerCase().match(/[a-z]+/g) ?? []).map((w) => w.replace(/s$/, '')));
  for (const table of tables) {
    if (!said.has(squash(table.table).replace(/s$/, ''))) continue;
    const column = table.columns.find((c) => {
      const name = squash(c).replace(/^is/, '');
      return name === word || name === base;
    });
    if (column) return fieldName(tables, table, column);
  }
  return null;
}

/** The word right after a state word ("suspended customers" → customers). */
const NOUN_AFTER_STATE = /^\s+([a-z][a-z-]{2,30})\b/i;
/** Characters after a state word read for the noun it qualifies. */
const NOUN_AFTER_STATE_REACH = 40;

/**
 * The status column of the chosen table a state word qualifies by naming it right after ("unpaid bills of suspended
 * customers" → customers.status): of two or more tables, the state is that table's, whatever the others keep. Null
 * with one table, or when the next word names no chosen table with a status column.
 */
export function qualifiedTableStatus(text: string, end: number, tables: readonly TableColumns[]): string | null {
  if (tables.length < 2) return null;
  const noun = NOUN_AFTER_STATE.exec(text.slice(end, end + NOUN_AFTER_STATE_REACH))?.[1];
  if (noun === undefined) return null;
  const said = squash(noun).replace(/s$/, '');
  const table = tables.find((t) => squash(t.table).replace(/s$/, '') === said);
  const status = table?.columns.find((c) => squash(c) === 'status');
  return table && status ? fieldName(tables, table, status) : null;
}

/**
 * The status column of records ("refunds", "cancellations" are orders in a state): on the first table that has one
 * and references another table (an `_id` besides its own), before a party's own status (a customer's).
 */
export function recordStatusColumn(tables: readonly TableColumns[]): string | null {
  for (const table of tables) {
    const own = `${squash(table.table).replace(/s$/, '')}id`;
    const status = table.columns.find((c) => squash(c) === 'status');
    const references = table.columns.some((c) => /_id$/i.test(c) && squash(c) !== own);
    if (status && references) return fieldName(tables, table, status);
  }
  return columnFor('status', tables);
}

/**
 * The columns of the tables chosen per platform, in the order chosen (the catalog's entries, looked up by name).
 * A chosen name without columns of its own kept in an index that has them (a sourcetype of `sourcetype_indexes`)
 * reads that index's columns, under the index's name.
 */
export function chosenTableColumns(
  catalog: {
    readonly platforms: ReadonlyMap<
      string,
      {
        readonly entries: ReadonlyArray<{
          readonly name: string;
          readonly columns: readonly string[];
          readonly index?: string;
        }>;
      }
    >;
  },
  chosen: ReadonlyArray<{ readonly platform: string; readonly tables: readonly string[] }>,
): TableColumns[] {
  const out: TableColumns[] = [];
  for (const { platform, tables } of chosen) {
    const entries = catalog.platforms.get(platform)?.entries ?? [];
    for (const name of tables) {
      const named = entries.find((e) => e.name === name);
      const entry =
        named && named.columns.length === 0 && named.index ? entries.find((e) => e.name === named.index) : named;
      if (entry && entry.columns.length > 0 && !out.some((t) => t.table === entry.name))
        out.push({ table: entry.name, columns: entry.columns });
    }
  }
  return out;
}

/** Short forms analysts write for a column's words ("cmdline", "cmd line"), squashed, with the words they stand for. */
const SHORT_COLUMN_WORDS: Readonly<Record<string, string>> = Object.assign(
  Object.create(null) as Record<string, string>,
  {
    cmdline: 'commandline',
    cmdlines: 'commandline',
    commandlines: 'commandline',
  },
);

/** Another name a column of a word goes by where no column has the word ("protocol" → the CIM's `transport`). */
const OTHER_COLUMN_NAMES: Readonly<Record<string, string>> = Object.assign(
  Object.create(null) as Record<string, string>,
  { protocol: 'transport' },
);

/** Short words that are no start of the word they stand for ("src" → source), squashed. */
const SHORT_WORD_STANDS_FOR: Readonly<Record<string, string>> = Object.assign(
  Object.create(null) as Record<string, string>,
  { src: 'source', dst: 'destination', dest: 'destination', msg: 'message', pkg: 'package', svc: 'service' },
);
/** A word of a column's name: a run of capitals before another word (`IP` of `IPAddress`), a capitalised or lower-case word, or digits. */
const COLUMN_NAME_WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g;
/** At most this many words said of a column, read as the starts of its last words. */
const MAX_SHORTENED_WORDS = 4;

/**
 * A column named by the starts of its last words, two to four of them ("enc type" → TicketEncryptionType, "logon typ"
 * → LogonType, "auth pkg name" → AuthenticationPackageName): each said word begins the column's word in its place,
 * the first at least 3 letters; "src" and "dst" stand for source and destination.
 */
function columnByWordStarts(words: string, tables: readonly TableColumns[]): string | null {
  const said = words
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => SHORT_WORD_STANDS_FOR[w] ?? w);
  if (said.length < 2 || said.length > MAX_SHORTENED_WORDS || said[0]!.length < 3) return null;
  for (const table of tables)
    for (const column of table.columns) {
      const parts = (column.match(COLUMN_NAME_WORD) ?? []).map((w) => w.toLowerCase());
      const from = parts.length - said.length;
      if (from >= 0 && said.every((w, i) => parts[from + i]!.startsWith(w))) return fieldName(tables, table, column);
    }
  return null;
}

/**
 * The column the question names by its words ("encryption type" → TicketEncryptionType, "logon
 * type" → LogonType, "status" → Status): a column whose squashed name is, or ends with, the
 * squashed words (at least 4 letters), else whose last words the words begin ("enc type", "src port");
 * null when none does.
 */
export function columnNamed(words: string, tables: readonly TableColumns[]): string | null {
  const key = SHORT_COLUMN_WORDS[squash(words)] ?? squash(words);
  if (key.length < 4 || tables.length === 0) return null;
  const other = OTHER_COLUMN_NAMES[key];
  return (
    firstMatch(tables, [wordPattern(`^${key}$`), wordPattern(`${key}$`)]) ??
    (other === undefined ? null : firstMatch(tables, [wordPattern(`^${other}$`)])) ??
    columnByWordStarts(words, tables)
  );
}

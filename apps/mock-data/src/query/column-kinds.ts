import * as ipaddr from 'ipaddr.js';
import { nullPrototype } from './null-prototype.util';

/**
 * Which columns hold which kind of value, best first, across the three platforms' usual names
 * (Sentinel / Defender tables, Splunk indexes and CIM data models, a business database). The
 * builders take the first candidate the chosen table has; one table for every builder.
 */
export const KIND_COLUMNS: Readonly<Record<string, readonly string[]>> = nullPrototype({
  ip: [
    'IPAddress',
    'IpAddress',
    'RemoteIP',
    'CallerIpAddress',
    'ClientIP',
    'SourceIp',
    'LocalIP',
    'src_ip',
    'src',
    'sourceIPAddress',
    'properties.ipAddress',
    'DestinationIp',
    'dest_ip',
    'ip_address',
    'ip',
  ],
  // Where traffic went: the destination column first, else whatever address the source has.
  dest_ip: [
    'RemoteIP',
    'DestinationIp',
    'dest_ip',
    'dest',
    'DestinationIP',
    'IPAddress',
    'IpAddress',
    'ClientIP',
    'CallerIpAddress',
    'src_ip',
    'ip_address',
  ],
  cidr: [
    'IPAddress',
    'IpAddress',
    'RemoteIP',
    'CallerIpAddress',
    'ClientIP',
    'LocalIP',
    'src_ip',
    'src',
    'sourceIPAddress',
    'properties.ipAddress',
    'DestinationIp',
    'dest_ip',
    'ip_address',
  ],
  user: [
    'UserPrincipalName',
    'TargetUserName',
    'Account',
    'AccountName',
    'InitiatingProcessAccountName',
    'Caller',
    'UserId',
    'SubjectUserName',
    'user',
    'User',
    'properties.userPrincipalName',
    'userIdentity.arn',
    'UserIdentityArn',
    'email',
    'display_name',
    'user_id',
  ],
  // Who did what a row records ("by who created them"): the acting account before the one acted on.
  actor: [
    'SubjectUserName',
    'Caller',
    'InitiatedBy',
    'userIdentity.arn',
    'UserIdentityArn',
    'Account',
    'AccountName',
    'InitiatingProcessAccountName',
    'UserId',
    'UserPrincipalName',
    'properties.userPrincipalName',
    'user',
    'User',
    'user_id',
  ],
  email: ['UserPrincipalName', 'UserId', 'Caller', 'user', 'UserId', 'properties.userPrincipalName', 'email'],
  host: ['DeviceName', 'Computer', 'WorkstationName', 'host', 'dest', 'Caller_Computer_Name'],
  domain: ['RemoteUrl', 'TargetDomainName', 'AccountDomain', 'QueryName', 'url', 'Site_Url'],
  url: ['RemoteUrl', 'Site_Url', 'url'],
  hash: ['SHA256', 'SHA1', 'MD5', 'Hashes', 'process_hash'],
  port: ['RemotePort', 'LocalPort', 'DestinationPort', 'dest_port'],
  event_id: ['EventID', 'EventCode', 'signature_id'],
  process: ['FileName', 'Process', 'NewProcessName', 'InitiatingProcessFileName', 'process_name', 'Image', 'process'],
  // The folder a process ran from ("run out of C:\\Users\\Public"): its image's path, not its name.
  image_folder: ['FolderPath', 'Image', 'process_path', 'NewProcessName', 'FilePath', 'Process'],
  // The process that started the row's process (Defender's initiating process, Sysmon's ParentImage, the CIM's parent).
  parent_process: [
    'InitiatingProcessFileName',
    'ParentImage',
    'parent_process_name',
    'ParentProcessName',
    'Creator_Process_Name',
    'parent_process',
  ],
  // Microsoft 365's audit keeps a file as its object: the whole address (`OfficeObjectId`, Splunk's `ObjectId`).
  file: ['FileName', 'SourceFileName', 'FolderPath', 'TargetFilename', 'OfficeObjectId', 'file_name', 'ObjectId'],
  command_line: ['ProcessCommandLine', 'CommandLine', 'InitiatingProcessCommandLine', 'process', 'CommandLine'],
  registry: ['RegistryKey', 'registry_path', 'registry_key_name', 'TargetObject'],
  // "the key" of a registry change (the planner's `key` kind).
  key: ['RegistryKey', 'registry_path', 'registry_key_name', 'TargetObject'],
  status: [
    'status',
    'ResultType',
    'ResultStatus',
    'ActivityStatusValue',
    'Result',
    'Status',
    'action',
    'errorCode',
    'properties.status.errorCode',
  ],
  // What went wrong, as the record codes it: the code before its description.
  error_code: [
    'ResultType',
    'errorCode',
    'properties.status.errorCode',
    'SubStatus',
    'Sub_Status',
    'Status',
    'status',
    'ResultDescription',
    'ResultReason',
    'ResultStatus',
  ],
  // Where a file or an image lies ("devicename, acct, folder").
  folder: ['FolderPath', 'process_path', 'Image', 'FilePath', 'TargetFilename'],
  // A Windows service's name, or the cloud service an API call went to.
  service: ['ServiceName', 'service', 'eventSource', 'ServiceType'],
  // What went wrong, in words: the record's description before its code.
  'error description': [
    'ResultDescription',
    'ResultReason',
    'FailureReason',
    'errorMessage',
    'ResultType',
    'errorCode',
    'properties.status.errorCode',
    'SubStatus',
    'Sub_Status',
    'Status',
  ],
  amount: ['total', 'amount', 'spent', 'unit_price', 'list_price'],
  currency: ['currency'],
  country: ['country', 'Location', 'Country', 'awsRegion'],
  city: ['city', 'City'],
  // The client a sign-in came through, else the app signed in to.
  'client app': ['ClientAppUsed', 'AppDisplayName', 'app', 'properties.appDisplayName'],
  app: [
    'AppDisplayName',
    'app',
    'properties.appDisplayName',
    'OfficeWorkload',
    'Workload',
    'ClientAppUsed',
    'eventSource',
  ],
  target: ['TargetResources', 'OfficeObjectId', 'TargetObject', 'objectName', 'ObjectName'],
  id: ['CorrelationId', 'DeviceId', 'order_id', 'invoice_id', 'customer_id', 'user_id', 'product_id'],
  severity: ['Severity', 'RiskLevelDuringSignIn', 'Level', 'severity'],
  action: [
    'ActionType',
    'OperationName',
    'Operation',
    'OperationNameValue',
    'Activity',
    'eventName',
    'action',
    'event_type',
    'operationName',
  ],
});

/** Words of group keys and measures ("segment", "revenue") mapped to the columns that hold them. */
export const WORD_COLUMNS: Readonly<Record<string, readonly string[]>> = nullPrototype({
  revenue: ['total', 'amount'],
  sales: ['total', 'amount'],
  'order value': ['total'],
  value: ['total', 'amount'],
  spend: ['total', 'spent', 'amount'],
  spent: ['spent', 'total'],
  // What was spent said as a noun: the spent column where a table keeps one.
  spending: ['spent', 'spend', 'total'],
  expenditure: ['spent', 'spend', 'expenditure'],
  // What is still owed on a bill: its amount (a balance column first where the table keeps one).
  outstanding: ['balance', 'amount_due', 'outstanding', 'amount', 'total'],
  owed: ['balance', 'amount_due', 'outstanding', 'amount', 'total'],
  balance: ['balance', 'amount_due', 'amount', 'total'],
  price: ['unit_price', 'list_price'],
  quantity: ['quantity'],
  bytes: ['bytes_out', 'SentBytes', 'bytes', 'bytes_in', 'ReceivedBytes'],
  'bytes out': ['bytes_out', 'SentBytes', 'BytesSent', 'bytes'],
  'bytes in': ['bytes_in', 'ReceivedBytes', 'BytesReceived', 'bytes'],
  location: ['Location', 'country'],
  // A person's or an account's name, where the table keeps it as a display name.
  name: ['name', 'display_name', 'full_name', 'DisplayName'],
  application: ['AppDisplayName', 'app'],
  device: ['DeviceName', 'Computer', 'host', 'dest'],
  computer: ['Computer', 'DeviceName', 'host'],
  machine: ['DeviceName', 'Computer', 'host', 'dest'],
  account: ['Account', 'TargetUserName', 'AccountName', 'UserPrincipalName', 'user'],
  operation: ['OperationName', 'Operation', 'OperationNameValue', 'operationName', 'eventName'],
  'event type': ['event_type'],
  'event id': ['EventID', 'EventCode'],
  'logon type': ['LogonType', 'Logon_Type'],
  result: ['ResultType', 'Result', 'ResultStatus', 'status'],
  'resource group': ['ResourceGroup'],
  subscription: ['SubscriptionId'],
  workload: ['OfficeWorkload', 'Workload'],
  // The SharePoint or OneDrive site a Microsoft 365 file operation happened on, kept as its address.
  site: ['Site_Url', 'SiteUrl', 'site_url', 'site'],
  // The mailbox an Exchange operation acted on (Microsoft 365 keeps it as the object id).
  mailbox: ['MailboxOwnerUPN', 'OfficeObjectId', 'ObjectId', 'mailbox'],
  protocol: ['Protocol', 'transport'],
  'source ip': ['IPAddress', 'IpAddress', 'src_ip', 'src', 'LocalIP', 'ip_address'],
  'src ip': ['IPAddress', 'IpAddress', 'src_ip', 'src', 'sourceIPAddress', 'LocalIP', 'ip_address'],
  'destination ip': ['RemoteIP', 'dest_ip', 'DestinationIp', 'dest'],
  // The two ends' ports said in full: Splunk's short field, the remote or local side, or the field spelt out.
  'destination port': ['dest_port', 'RemotePort', 'DestinationPort'],
  'source port': ['src_port', 'LocalPort', 'SourcePort'],
  destination: ['RemoteIP', 'RemoteUrl', 'dest_ip', 'dest'],
  source: ['IPAddress', 'src_ip', 'src'],
  // What sends the most traffic ("top talkers"): the address it came from, or the device that sent it.
  talker: ['src_ip', 'src', 'DeviceName', 'Computer', 'host', 'IPAddress', 'IpAddress'],
  // Splunk's short names for the two ends: the field of that name where the source has one, else its address.
  dest: ['dest', 'dest_ip', 'DestinationIp', 'RemoteIP'],
  src: ['src', 'src_ip', 'sourceIPAddress', 'IPAddress', 'IpAddress', 'LocalIP'],
  // A key written as a field's name ("per src_ip", "by dst_ip"): that field, else the same end under its source's name.
  src_ip: ['src_ip', 'src', 'IPAddress', 'IpAddress', 'sourceIPAddress', 'SourceIp', 'LocalIP', 'ip_address'],
  dst_ip: ['dest_ip', 'dest', 'RemoteIP', 'DestinationIp', 'DestinationIP'],
  region: ['awsRegion', 'Location', 'country'],
  order: ['order_id'],
  customer: ['customer_id'],
  product: ['product_id'],
  invoice: ['invoice_id'],
  month: [],
});

/** Columns that play one role across sources, for a kind of value, by the compact name of a field in that role. */
const FIELD_ROLES: ReadonlyArray<readonly [kind: string, field: RegExp, columns: readonly string[]]> = [
  // A folder searched for: the path of files or images (a process's own name stays with the process kind).
  [
    'file',
    /^(?:folderpath|processpath|image|newprocessname|filepath)$/,
    ['FolderPath', 'Image', 'process_path', 'NewProcessName', 'FilePath'],
  ],
  // An address another source keeps as where traffic went (Defender's RemoteIP, the CIM's dest): the destination
  // column here too.
  [
    'ip',
    /^(?:remoteip|destinationip|destip|dstip|destinationaddress|remoteaddress|dest|dst|destination)$/,
    KIND_COLUMNS['dest_ip']!,
  ],
  ['process', /^(?:parentimage|parentprocessname|parentprocess|creatorprocessname)$/, KIND_COLUMNS['parent_process']!],
  // The account a process ran as (Defender's AccountName), not the account a logon was for (TargetUserName).
  [
    'user',
    /^(?:accountname|initiatingprocessaccountname|subjectusername)$/,
    ['Account', 'SubjectUserName', 'AccountName', 'InitiatingProcessAccountName', 'User', 'user'],
  ],
];

/** Another source's field for where traffic came from (`src_ip`, `LocalIP`), by its compact name. */
const SOURCE_SIDE_FIELD = /^(?:srcip|src|srcaddr|sourceip|sourceipaddress|sourceaddress|localip|localipaddress)$/;
const INTERNAL_RANGES: ReadonlySet<string> = new Set(['private', 'loopback', 'linkLocal', 'uniqueLocal']);

function isInternalAddress(value: string): boolean {
  try {
    return INTERNAL_RANGES.has((value.includes('/') ? ipaddr.parseCIDR(value)[0] : ipaddr.parse(value)).range());
  } catch {
    return false;
  }
}

/** What a filter's kind and values say of its column. */
interface KindedFilter {
  readonly kind: string;
  readonly operator: string;
  readonly field: string | null;
  readonly values: readonly string[];
}

/** A folder's path: a back slash, or a slash before a name (`/tmp/`); no program's name holds one. */
const PATH_VALUE = /\\|\/\w/;

/**
 * The kind to look a process filter's column up by: a folder the program ran from ("out of C:\\Users\\Public") is
 * the image's path (Defender's FolderPath, Sysmon's Image), whatever field another source gave it; else the kind.
 */
export function pathAwareKind(filter: Pick<KindedFilter, 'kind' | 'values'>): string {
  return filter.kind === 'process' && filter.values.length > 0 && filter.values.every((v) => PATH_VALUE.test(v))
    ? 'image_folder'
    : filter.kind;
}

/**
 * The kind to look a filter's column up by: internal addresses another source keeps on the side traffic came
 * from (`src_ip`) are a source address here too (Defender's LocalIP, not RemoteIP); a process's folder is its
 * image's path (see {@link pathAwareKind}); else the filter's kind.
 */
export function filterKind(filter: KindedFilter): string {
  if (
    (filter.kind === 'ip' || filter.kind === 'cidr') &&
    (filter.operator === 'eq' || filter.operator === 'in') &&
    filter.field !== null &&
    SOURCE_SIDE_FIELD.test(compactName(filter.field.slice(filter.field.lastIndexOf('.') + 1))) &&
    filter.values.length > 0 &&
    filter.values.every(isInternalAddress)
  )
    return 'source ip';
  return pathAwareKind(filter);
}

/** Lower-case, without separators: `User_Principal-Name` → userprincipalname. */
export function compactName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The column of `columns` for a kind of value or a word: the analysis's own field first (when the
 * table has it, with or without a `table.` prefix), then the kind's candidates, then a column whose
 * name is the word. Undefined when the table holds no such column.
 */
export function columnFor(
  columns: readonly string[],
  kind: string,
  field: string | null,
  table?: string,
  accept: (column: string) => boolean = () => true,
): string | undefined {
  const byLower = new Map(columns.filter(accept).map((c) => [c.toLowerCase(), c]));
  columns = [...byLower.values()];
  if (field) {
    const lower = field.toLowerCase();
    const own = byLower.get(lower);
    if (own) return own;
    // `table.column`, where the table's own name may hold dots (`Endpoint.Registry.registry_value_name`).
    const prefix = table ? `${table.toLowerCase()}.` : null;
    const dot = prefix && lower.startsWith(prefix) ? prefix.length - 1 : lower.indexOf('.');
    // The same field named under another name of the same data (`aws.eventName` for the `aws:cloudtrail`
    // sourcetype): a column of exactly that name is it.
    if (dot > 0) {
      const bare = byLower.get(lower.slice(dot + 1));
      if (bare) return bare;
    }
  }
  const word = kind.toLowerCase().trim();
  // A field of another source in the same role ("process_path" on Sysmon is its Image): that role's columns first.
  const own = field ? compactName(field.slice(field.lastIndexOf('.') + 1)) : '';
  const role = own ? FIELD_ROLES.find(([roleKind, pattern]) => roleKind === word && pattern.test(own)) : undefined;
  const candidates = [...(role?.[2] ?? []), ...(KIND_COLUMNS[word] ?? WORD_COLUMNS[word] ?? [])];
  // Exact spelling first (Splunk's `process` is not Windows' `Process`), then any case.
  const exact = candidates.find((candidate) => columns.includes(candidate));
  if (exact) return exact;
  for (const candidate of candidates) {
    const found = byLower.get(candidate.toLowerCase());
    if (found) return found;
  }
  const compact = compactName(word);
  if (compact.length < 2) return undefined;
  return (
    columns.find((c) => compactName(c) === compact) ??
    columns.find((c) => compactName(c) === `${compact}name` || compactName(c) === `${compact}id`) ??
    // "by activity" on Entra's audit log: the activity's display name (`ActivityDisplayName`).
    columns.find((c) => compactName(c) === `${compact}displayname`) ??
    (compact.endsWith('s') ? columns.find((c) => compactName(c) === compact.slice(0, -1)) : undefined) ??
    columns.find((c) => compactName(c) === `${compact}s`) ??
    // The last part of a nested field ("arn" → `userIdentity.arn`), when the word is more than a bare "id".
    (compact.length >= 3
      ? columns.find((c) => c.includes('.') && compactName(c.slice(c.lastIndexOf('.') + 1)) === compact)
      : undefined)
  );
}

/** Names of codes that no column spells out, and the columns that hold them ("error code 50126" → ResultType). */
const CODE_COLUMNS: Readonly<Record<string, readonly string[]>> = nullPrototype({
  errorcode: ['ResultType', 'errorCode', 'properties.status.errorCode', 'Status'],
  error: ['ResultType', 'errorCode', 'properties.status.errorCode', 'Status'],
  errors: ['ResultType', 'errorCode', 'properties.status.errorCode', 'Status'],
  errorcodes: ['ResultType', 'errorCode', 'properties.status.errorCode', 'Status'],
  statuscode: ['Status', 'ResultType', 'properties.status.errorCode', 'status'],
  failurecode: ['Status', 'SubStatus', 'ResultType'],
  failurereason: ['Status', 'SubStatus', 'ResultType', 'ResultReason'],
  resultcode: ['ResultType', 'ResultStatus'],
  // A sign-in's result type (Entra's ResultType) as other sources keep it.
  resulttype: ['ResultType', 'properties.status.errorCode', 'errorCode', 'ResultStatus'],
});

/** A transport protocol said alone ("4444/tcp"): the value of a flow's protocol column. */
const TRANSPORT = /^(?:tcp|udp|icmp)$/i;
/** The column of a network log that keeps a flow's transport protocol (`Protocol`, the CIM's `transport`). */
const TRANSPORT_COLUMN = /^(?:protocol|transport)$/i;
/** A class of HTTP statuses ("4xx", "5XX"): no other log's value is spelt so. */
const HTTP_STATUS_CLASS = /^[1-5]xx$/i;
/** The column of a web log that keeps a response's status (`status`, `sc_status`, `http_status`, `HttpStatusCode`). */
const HTTP_STATUS_COLUMN = /(?:^|[._])(?:sc_?status|http_?status(?:_?code)?|status(?:_?code)?)$/i;
/** A column only a log of web requests has (its url, its request method, its user agent). */
const WEB_REQUEST_COLUMN =
  /(?:^|[._])(?:url|uri|uri_path|cs_?uri(?:_?stem)?|http_?method|cs_?method|http_?user_?agent)$/i;
/** An HTTP method as access logs write it. */
const HTTP_METHOD = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;
/** The column of a web log that keeps a request's method (`http_method`, `cs_method`, `RequestMethod`). */
const METHOD_COLUMN =
  /(?:^|[._])(?:http_?method|cs_?method|request_?method|method)$|^(?:HttpMethod|RequestMethod|csMethod)$/i;

/**
 * The column a text filter's own words name ("encryption type 0x17" → TicketEncryptionType,
 * "logon type 10" → LogonType): the analysis's field when the table has it, else a column whose
 * name is, or ends with, the words before the value (at least 4 letters). Undefined otherwise.
 */
export function namedColumn(
  columns: readonly string[],
  filter: { readonly field: string | null; readonly expression: string; readonly values: readonly string[] },
  table?: string,
): string | undefined {
  if (filter.field) {
    const own = columnFor(columns, '', filter.field, table);
    if (own) return own;
    // The same field as another source spells it (`LogonType` for Splunk's `Logon_Type`).
    const spelt = compactName(filter.field.slice(filter.field.lastIndexOf('.') + 1));
    const same = spelt.length >= 4 ? columns.find((c) => compactName(c) === spelt) : undefined;
    if (same) return same;
    // A code's column another source spells its own way (ResultType → properties.status.errorCode).
    const coded = CODE_COLUMNS[compactName(filter.field)]?.find((candidate) => columns.includes(candidate));
    if (coded) return coded;
  }
  const value = filter.values[0] ?? '';
  // "GET on /health", "POST requests": a request's method said alone, in capitals, is its method column's.
  if (filter.values.length > 0 && filter.values.every((v) => HTTP_METHOD.test(v))) {
    const method = columns.find((c) => METHOD_COLUMN.test(c));
    if (method) return method;
  }
  // "4xx or 5xx", "the 5xx": a class of HTTP statuses said alone is the status column of a log of web requests.
  if (filter.values.length > 0 && filter.values.every((v) => HTTP_STATUS_CLASS.test(v))) {
    const status = columns.some((c) => WEB_REQUEST_COLUMN.test(c))
      ? columns.find((c) => HTTP_STATUS_COLUMN.test(c))
      : undefined;
    if (status) return status;
  }
  if (filter.values.length > 0 && filter.values.every((v) => TRANSPORT.test(v))) {
    const transport = columns.find((c) => TRANSPORT_COLUMN.test(c));
    if (transport) return transport;
  }
  const at = value ? filter.expression.lastIndexOf(value) : -1;
  const said = compactName(at > 0 ? filter.expression.slice(0, at) : '').replace(/(?:of|is)$/, '');
  // "failing w/ 50126", "failed with error 50074": the code something failed with is its error code.
  const failedWith = /^fail(?:ing|ed|s)?(?:with|w)(?:an|a|the)?(.*)$/.exec(said);
  const words = failedWith ? failedWith[1] || 'error' : said;
  if (words.length < 4) return undefined;
  return (
    columns.find((c) => compactName(c) === words) ??
    columns.find((c) => compactName(c).endsWith(words)) ??
    CODE_COLUMNS[words]?.find((candidate) => columns.includes(candidate))
  );
}

/** Kinds of actor a log names in a column: "how many devices", "how many users" count each once. */
const ACTOR_KINDS: ReadonlySet<string> = new Set(['user', 'host', 'ip', 'dest_ip', 'app', 'country', 'city', 'domain']);

/**
 * "How many devices ran …", "number of users who …": a count of actors in an event log is the
 * distinct actors, not their events. Unchanged when the actor is also a group key ("count by host")
 * or the measure is anything else.
 */
export function actorCount<M extends { readonly kind: string; readonly of: string | null }>(
  measure: M | null,
  groupBy: ReadonlyArray<{ readonly kind: string }>,
): M | null {
  if (measure?.kind !== 'count' || measure.of === null || !ACTOR_KINDS.has(measure.of)) return measure;
  if (groupBy.some((key) => key.kind === measure.of)) return measure;
  return { ...measure, kind: 'distinct_count' };
}

/** Columns of an account's domain (`CONTOSO`), squashed: they never hold a DNS name. */
const ACCOUNT_DOMAIN = /^(?:account|subject|target|initiatingprocessaccount)domain(?:name)?$/;

/** An Azure resource provider's namespace or an operation under it (`Microsoft.Sql`, `Microsoft.Web/sites/write`). */
const PROVIDER_OPERATION = /^microsoft\.[a-z]{2,40}(?:\/|$)/i;
/** Columns that record an operation by its resource provider's path (Azure Monitor's `operationName`, not Entra's `OperationName`). */
const PROVIDER_PATH_COLUMNS: ReadonlySet<string> = new Set([
  'OperationNameValue',
  'ResourceProviderValue',
  'ResourceProvider',
  'operationName',
]);

/** Whether an action filter names Azure resource provider operations: only a log of such operations holds them. */
export function namesProviderOperation(filter: { readonly kind: string; readonly values: readonly string[] }): boolean {
  return filter.kind === 'action' && filter.values.length > 0 && filter.values.every((v) => PROVIDER_OPERATION.test(v));
}

/** Whether an action filter names resource providers by their namespace alone (`Microsoft.Cdn`), no operation under it. */
export function namesProviderNamespace(filter: { readonly kind: string; readonly values: readonly string[] }): boolean {
  return namesProviderOperation(filter) && filter.values.every((v) => !v.includes('/'));
}

/**
 * Whether a column can hold a filter's values: a DNS name ("*.example.com") is no account's domain; a resource
 * provider's operation is in no device's or mailbox's action column.
 */
export function holdsValues(
  column: string,
  filter: { readonly kind: string; readonly values: readonly string[] },
): boolean {
  if (namesProviderOperation(filter)) return PROVIDER_PATH_COLUMNS.has(column);
  return !(
    filter.kind === 'domain' &&
    filter.values.some((value) => value.includes('.')) &&
    ACCOUNT_DOMAIN.test(compactName(column))
  );
}

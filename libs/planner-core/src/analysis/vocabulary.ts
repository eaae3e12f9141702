/**
 * Public vocabulary the analyzer reads questions with: product and query-language names,
 * common security and analytics words, synonyms an analyst takes for granted. Nothing here
 * names a table of any particular catalog: schema knowledge comes from `schema_hints`.
 */
import { lookupTable } from '../lookup-table.util';
import type { WritingStyle } from './writing-style.util';

/** A phrase pointing at a platform, with how strongly it does. */
export interface VocabularyCue {
  readonly phrase: string;
  readonly weight: number;
  /** The phrase names the platform itself (its product or store: "Sentinel", "Splunk", "the database"): decisive. */
  readonly names?: true;
  /**
   * Words that, written just after the phrase, make it something else: "the database server", "db hosts"
   * are machines (whose logs a SIEM keeps), not the store. Said only so, the phrase is no cue.
   */
  readonly notBefore?: readonly string[];
}

/**
 * Words that make a store's name a machine's or its network's: "the database server", "db hosts", "the sql box",
 * "devices with open database ports", "sql traffic".
 */
const MACHINE_WORDS: readonly string[] = [
  'server',
  'servers',
  'host',
  'hosts',
  'machine',
  'machines',
  'box',
  'boxes',
  'vm',
  'vms',
  'node',
  'nodes',
  'port',
  'ports',
  'traffic',
  'listener',
  'listeners',
];

/**
 * Words that make a database product's name a program running on a host: "the mysql process", "postgres
 * binaries". Hunting for what such a program launched reads endpoint telemetry, not the store.
 */
const PROGRAM_WORDS: readonly string[] = ['process', 'processes', 'executable', 'executables', 'binary', 'binaries'];

/** A database product's name said as a running program: right before a program word, or its server's (`… server process`). */
const AS_PROGRAM: readonly string[] = [...PROGRAM_WORDS, ...PROGRAM_WORDS.map((word) => `server ${word}`)];

/**
 * The words a Splunk CIM data model goes by ("auth", "network traffic", "fw"): said before "dm" ("auth dm:", "the web
 * dm"), the shorthand names that data model, where "dm" alone would be a direct message.
 */
const CIM_MODEL_WORDS: readonly string[] = [
  'auth',
  'authentication',
  'network traffic',
  'traffic',
  'network',
  'fw',
  'firewall',
  'web',
  'proxy',
  'endpoint',
  'processes',
  'dns',
  'network resolution',
  'change',
  'email',
  'malware',
  'ids',
  'intrusion detection',
];

/**
 * A Splunk CIM data model named as the source to read, by a name no other store's data goes by: "using the
 * authentication data", "from the Network_Traffic data model", "in the endpoint process data". Only said so (after
 * "using", "from", "in" …) does it name the source; the bare word ("authentication") is any store's topic.
 */
export const CIM_DATA_SAID = {
  platform: 'spl',
  weight: 2.5,
  pattern:
    /\b(?:using|use|from|in|within|across|against|query(?:ing)?|search(?:ing)?|based\s+on)\s+(?:the\s+|our\s+)?(?:cim\s+)?(?:authentication|network[\s_]+(?:traffic|resolution)|endpoint(?:[\s._]+(?:process(?:es)?|registry|filesystem|services?))?|intrusion[\s_]+detection)\s+data\b/i,
} as const;

/**
 * Splunk's own components, roles and configuration files ("the indexers", "search head cluster", "universal forwarders",
 * "outputs.conf", "splunkd.log"): an administrator's question about them reads the data Splunk keeps of itself. Words
 * other products share ("forwarder" of syslog, "bucket" of a cloud store, "dashboard", "lookup") are left out.
 */
const SPLUNK_OWN_PARTS: readonly string[] = [
  'indexer',
  'indexers',
  'indexer cluster',
  'indexing tier',
  'indexing peers',
  'search head',
  'search heads',
  'search head cluster',
  'search peers',
  'universal forwarder',
  'universal forwarders',
  'heavy forwarder',
  'heavy forwarders',
  'smartstore',
  'smart store',
  'splunkd',
  'kv store',
  'kvstore',
  'license master',
  'license manager',
  'deployment server',
  'knowledge objects',
  'summary index',
  'outputs.conf',
  'inputs.conf',
  'props.conf',
  'transforms.conf',
  'savedsearches.conf',
  'limits.conf',
  'remote_searches.log',
  'splunkd.log',
  'metrics.log',
  'scheduler.log',
];

/** Product, service and language names that point at a platform (KQL: Microsoft's log stores; SPL: Splunk; SQL: relational databases). */
export const PLATFORM_VOCABULARY: Readonly<Record<string, readonly VocabularyCue[]>> = lookupTable({
  kql: [
    { phrase: 'kql', weight: 4, names: true },
    { phrase: 'kusto', weight: 4, names: true },
    { phrase: 'sentinel', weight: 3, names: true },
    { phrase: 'log analytics', weight: 3, names: true },
    { phrase: 'advanced hunting', weight: 3, names: true },
    { phrase: 'defender for endpoint', weight: 2.5 },
    { phrase: 'defender atp', weight: 2.5 },
    { phrase: 'defender for identity', weight: 2.5 },
    { phrase: 'defender for office', weight: 2.5 },
    { phrase: 'defender for cloud', weight: 2.5 },
    { phrase: 'microsoft defender', weight: 2, names: true },
    { phrase: 'microsoft 365 defender', weight: 2.5, names: true },
    { phrase: 'mde', weight: 2, names: true },
    { phrase: 'microsoft', weight: 0.5 },
    { phrase: 'entra', weight: 2 },
    // An app registration is an object of the cloud directory (Entra) alone: its changes are in the directory's audit log.
    { phrase: 'app registration', weight: 1 },
    { phrase: 'app registrations', weight: 1 },
    { phrase: 'azure ad', weight: 0.5 },
    { phrase: 'azure active directory', weight: 0.5 },
    // Defender's own word for an onboarded device ("machines where …", `MachineGroup`): its hunting content says it.
    { phrase: 'machine', weight: 1, notBefore: ['learning'] },
    { phrase: 'machines', weight: 1 },
  ],
  spl: [
    { phrase: 'splunk', weight: 4, names: true },
    { phrase: 'spl', weight: 4, names: true },
    { phrase: 'sourcetype', weight: 3 },
    { phrase: 'source type', weight: 2 },
    { phrase: 'tstats', weight: 3 },
    { phrase: 'cim', weight: 2.5 },
    { phrase: 'datamodel', weight: 2.5 },
    { phrase: 'data model', weight: 2.5 },
    ...CIM_MODEL_WORDS.map((model) => ({ phrase: `${model} dm`, weight: 2.5 })),
    { phrase: 'add on', weight: 1.5 },
    { phrase: 'EventCode', weight: 3 },
    { phrase: 'event codes', weight: 3 },
    { phrase: 'enterprise security', weight: 2 },
    { phrase: 'lookup file', weight: 1 },
    // Splunk's own parts and files: a question about them reads Splunk's internal and audit data, kept nowhere else.
    ...SPLUNK_OWN_PARTS.map((phrase) => ({ phrase, weight: 2.5 })),
  ],
  sql: [
    { phrase: 'sql', weight: 4, notBefore: AS_PROGRAM },
    { phrase: 'postgres', weight: 3, names: true, notBefore: AS_PROGRAM },
    { phrase: 'postgresql', weight: 3, names: true, notBefore: AS_PROGRAM },
    { phrase: 'mysql', weight: 3, notBefore: AS_PROGRAM },
    { phrase: 'sqlite', weight: 3, names: true },
    { phrase: 'sql server', weight: 3, notBefore: PROGRAM_WORDS },
    { phrase: 'database', weight: 2, names: true, notBefore: [...MACHINE_WORDS, ...PROGRAM_WORDS] },
    { phrase: 'db', weight: 2, names: true, notBefore: [...MACHINE_WORDS, ...PROGRAM_WORDS] },
    { phrase: 'relational', weight: 1.5 },
  ],
});

/** A product word that names a platform only when the question lists it beside another store it names. */
export interface ListedSourceCue {
  readonly word: string;
  readonly weight: number;
  /** Words that, written just before it, make it another product (`Windows Defender`, whose logs either SIEM holds). */
  readonly notAfter: readonly string[];
}

/**
 * Products named bare, as one of two sources listed side by side with a store ("in both Defender and
 * Splunk", "Splunk or Defender"): the other source of the pair is that product's own store. Alone, the
 * word is ambiguous (Windows Defender's event log reaches either SIEM), so it is no cue on its own.
 */
export const LISTED_SOURCE_CUES: Readonly<Record<string, readonly ListedSourceCue[]>> = lookupTable({
  kql: [{ word: 'defender', weight: 2, notAfter: ['windows'] }],
});

/**
 * An application's own records said by its possessive, as one of two sources listed side by side ("the
 * ticketing app's logins", "our application's audit events"): the application's own database, whatever records it names.
 */
export const APP_OWN_RECORDS: { readonly platform: string; readonly pattern: RegExp } = {
  platform: 'sql',
  pattern: /\b(?:app|application)['’]s\b/i,
};

/**
 * Windows, Azure and Exchange sources both telemetry platforms ingest (Sentinel natively, Splunk
 * through an add-on): a question naming one says what the data is, not where it is stored, so a catalog
 * name holding the product's name (`…PowerShell…`, `azure…`) does not settle the platform alone.
 * Office 365 is left out on purpose: measured, its audit questions name the store they read.
 */
export const SHARED_PRODUCT_WORDS: readonly string[] = [
  'powershell',
  'pwsh',
  'windows',
  'defender',
  'azure',
  'aad',
  'active directory',
  'ad',
  'exchange',
];

/** Tiers a business sorts its customers into ("enterprise", "SMB", "mid-market"). */
const CUSTOMER_SEGMENTS = ['enterprise', 'smb', 'mid-market', 'midmarket', 'b2b', 'b2c', 'wholesale', 'key'];
/** "enterprise accounts", "SMB account": accounts said with a customer tier are customers, not sign-in accounts. */
const SEGMENT_ACCOUNTS = CUSTOMER_SEGMENTS.flatMap((segment) => [`${segment} account`, `${segment} accounts`]);

/**
 * People a business serves, named by its trade ("patients" of a clinic, "donors" of a charity, "passengers" of a
 * carrier): its customers. Singular; words that also name sign-in accounts ("guest", "member", "student") are left out.
 */
const PATRON_NOUNS: readonly string[] = [
  'patient',
  'supporter',
  'donor',
  'patron',
  'subscriber',
  'passenger',
  'policyholder',
  'purchaser',
  // Who buys advertising or sponsorship ("which advertisers have overdue invoices"): a media business's customers.
  'advertiser',
  'sponsor',
];

/** The words for who a business sells to (singular), its trade's names for them included. */
export const CUSTOMER_NOUNS: readonly string[] = ['customer', 'client', 'buyer', 'shopper', ...PATRON_NOUNS];

/**
 * Words and phrases an analyst reads as the same thing. When a question uses one, the
 * others are looked for in the catalog too (at a discount).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['sign in', 'signin', 'login', 'log in', 'sign into', 'log into'],
  ['logon', 'log on', 'login'],
  ['azure ad', 'azure active directory', 'aad', 'entra id', 'entra'],
  ['active directory', 'ad'],
  ['office 365', 'office365', 'o365', 'microsoft 365', 'm365', 'sharepoint', 'share point', 'onedrive', 'one drive'],
  ['google workspace', 'gsuite', 'g suite', 'gws'],
  ['kubernetes', 'kube', 'k8s'],
  ['powershell', 'pwsh'],
  ['process creation', 'process execution', 'process', 'processes'],
  ['command line', 'commandline', 'cmdline', 'process'],
  ['file system', 'filesystem', 'file'],
  ['registry', 'reg'],
  ['dns', 'resolution'],
  ['network connection', 'network', 'connection'],
  ['execute', 'execution', 'executed', 'launch', 'spawn', 'process', 'command', 'binary', 'ran'],
  ['application', 'app'],
  ['authentication', 'auth'],
  ['device', 'endpoint', 'host', 'machine', 'computer'],
  ['email', 'mail'],
  ['web request', 'http', 'web'],
  // A client's self-description in a request header: one thing, not a user of the app nor an agent.
  ['user agent', 'useragent'],
  ['cloudtrail', 'cloud trail'],
  ['country', 'nation'],
  // A sale booked with a customer, whatever the sales team calls it.
  ['order', 'deal'],
  // A request for payment, whatever the finance team calls it.
  ['invoice', 'bill'],
  // Who a business sells to, whatever the sales team calls them: accounts said with a customer tier are customers.
  ['customer', 'client', 'buyer', 'shopper', ...SEGMENT_ACCOUNTS],
  // The accounts staff sign in with, said by who holds them ("staff accounts", "employee accounts"): the users' own records.
  ['user', 'staff account', 'employee account'],
  // New customers said as their joining ("daily signups", "sign-ups per week"): the customers' own records.
  ['signup', 'sign up', 'customer'],
];

/**
 * People named by the job they do in the business ("support agents", "sales reps", "technicians"), as a regex
 * source without anchors: the accounts they use, as "users" or "employees" are.
 */
export const JOB_TITLE_NOUNS =
  '(?:(?:support|service|sales|call[\\s-]?cent(?:er|re)|help[\\s-]?desk)\\s+)?(?:agents?|reps?|representatives?|technicians?|techs|analysts?|operators?|engineers?|managers?|developers?|devs)';

/** Abbreviations written for a word schema names spell out (`dept` → `department`). */
export const ABBREVIATIONS: Readonly<Record<string, string>> = lookupTable({
  dept: 'department',
  depts: 'departments',
  cust: 'customer',
  custs: 'customers',
  acct: 'account',
  accts: 'accounts',
  mgr: 'manager',
  qty: 'quantity',
  amt: 'amount',
  txn: 'transaction',
  emp: 'employee',
  org: 'organization',
  pwd: 'password',
  // Calendar periods as typed in chat ("per wk", "by mth", "each qtr").
  wk: 'week',
  wks: 'weeks',
  mth: 'month',
  mths: 'months',
  qtr: 'quarter',
  qtrs: 'quarters',
  // Chat shorthand of telemetry ("net conns to 9001", "by proc").
  conn: 'connection',
  conns: 'connections',
  proc: 'process',
  procs: 'processes',
  dau: 'daily active users',
  wau: 'weekly active users',
  mau: 'monthly active users',
});

/**
 * Words of log and security telemetry: a question full of them is about events a SIEM holds,
 * not about business records.
 */
export const TELEMETRY_WORDS: readonly string[] = [
  'malware',
  'malicious',
  'attack',
  'attacker',
  'adversary',
  'threat',
  'suspicious',
  'detect',
  'detection',
  'exploit',
  'exploitation',
  'vulnerability',
  'cve',
  'ransomware',
  'payload',
  'persistence',
  'lateral',
  'exfiltration',
  'phishing',
  'compromise',
  'ioc',
  'process',
  'registry',
  'logon',
  'log on',
  'login',
  'log in',
  'sign in',
  'sign into',
  'log into',
  'signin',
  'authentication',
  'auth',
  'credential',
  'password',
  'privilege',
  'privileged',
  'powershell',
  'cmdlet',
  'command line',
  'exe',
  'dll',
  'host',
  'device',
  'endpoint',
  'ip',
  'dns',
  'domain',
  'port',
  'network',
  'traffic',
  'firewall',
  'alert',
  'audit',
  'log',
  'logs',
  'event id',
  'eventcode',
  'kerberos',
  'token',
  'oauth',
  'tenant',
  'admin',
  'service principal',
  'mfa',
  'conditional access',
  // The directory's accounts invited from outside ("guest users"): a hotel's guests are not accounts.
  'guest user',
  'guest account',
  'impossible travel',
  'brute force',
  'lockout',
  'locked out',
  'beacon',
  'c2',
  'hash',
  'sha256',
  'url',
  'proxy',
  'syslog',
  'windows',
  'linux',
  'aws',
  'azure',
  'cloud',
  'api',
  'utility',
  'tool',
  'execution',
  'executed',
  'execute',
  'spawn',
  'script',
  'hunting',
  'hunt',
  'telemetry',
  'siem',
  'edr',
  'antivirus',
  'defender',
  'sysmon',
  'certificate',
  'role',
  // A grant of a role on a scope, as a cloud or a directory records it; a business record keeps only the role held.
  'role assignment',
  'permission',
  'consent',
  'mailbox',
  'inbox rule',
  'forwarding rule',
  'sharepoint',
  'share point',
  'onedrive',
  'one drive',
];

/**
 * Words of {@link TELEMETRY_WORDS} no business question uses ("MFA", "malware", "exploit"): one of them is
 * enough for a question to read as security work, where the others (`process`, `role`, `audit`) need a second.
 */
export const SECURITY_ONLY_WORDS: readonly string[] = [
  'malware',
  'malicious',
  'attacker',
  'adversary',
  'exploit',
  'exploitation',
  'vulnerability',
  'cve',
  'ransomware',
  'payload',
  'exfiltration',
  'phishing',
  'ioc',
  'mfa',
  // The identity provider's sign-in policies: no business table keeps them.
  'conditional access',
  'kerberos',
  'brute force',
  'lockout',
  'locked out',
  // Windows's word for signing in to a machine ("logon", "log on"); apps say login.
  'logon',
  'log on',
  // The directory's built-in roles named as such: no business table's role is called so.
  'global admin',
  'global admins',
  'global administrator',
  'global administrators',
  'privileged role administrator',
  // A mail server's boxes and their rules: no business table keeps them.
  'mailbox',
  'inbox rule',
  'forwarding rule',
  // An identity provider's detection of sign-ins too far apart to travel between.
  'impossible travel',
  'c2',
  'sysmon',
  'edr',
  'siem',
  'antivirus',
  'cmdlet',
];

/** How a business or analytics question is usually put to a database. */
export const ANALYTICS_WORDS: readonly string[] = [
  'how many',
  'how much',
  'number of',
  'average',
  'total',
  'sum of',
  'percentage',
  'percent',
  'ratio',
  'highest',
  'lowest',
  'most',
  'least',
  'maximum',
  'minimum',
  'list',
  'name of',
  'names of',
  'full name',
  'what is the',
  'what are the',
  'what was the',
  'which',
  'calculate',
  'difference',
  'tell',
  'give the',
  'customer',
  'order',
  'product',
  'price',
  'sales',
  // What sold best: products ranked by their sales.
  'best seller',
  'best sellers',
  'bestseller',
  'bestsellers',
  'best selling',
  'revenue',
  'money',
  'employee',
  'salary',
  'invoice',
  'payment',
  'amount',
  'cost',
  'refund',
  'cancellation',
  'deal',
];

/** What a file name with this extension in a question is about (`wmic.exe` runs as a process). */
export const FILE_EXTENSION_HINTS: Readonly<Record<string, readonly string[]>> = lookupTable({
  exe: ['process', 'file'],
  dll: ['image', 'load', 'file'],
  bat: ['process', 'file', 'script'],
  ps1: ['powershell', 'script', 'file'],
  vbs: ['script', 'file'],
  js: ['script', 'file'],
  sh: ['process', 'script', 'file'],
});

/** Separators that start a second, separate request inside one question. */
export const SEGMENT_BREAKS: readonly string[] = [
  '; additionally',
  '; also',
  '; and also',
  '; in addition',
  '; separately',
  '. additionally',
  '. also,',
  '. in addition',
];

/**
 * Cues that one request spans two data sources side by side. "against" is one only after a verb of checking (see
 * {@link CHECKED_AGAINST}): "attempts against the tenant" says what was attacked, not a second source.
 */
export const MULTI_SOURCE_CUES: readonly string[] = [
  'compare',
  'correlate',
  'cross reference',
  'together with',
  'combined with',
  'join',
  'versus',
  'vs',
];

/** "match the hashes against the feed", "checked … against a list": one source checked against another. */
export const CHECKED_AGAINST =
  /\b(?:check|match|compare|cross[\s-]?check|verify|validate|reconcile|test|look\s+up)(?:s|es|ed|ing)?\b[^.;]{0,80}?\bagainst\b/i;

/**
 * Words schema names are padded with (`…Logs`, `…Events`, `Microsoft-Windows-…`): they count
 * for little in a name, unless the name has nothing else (a table called `event`).
 */
export const NAME_FILLER_WORDS: readonly string[] = [
  'log',
  'logs',
  'event',
  'events',
  'info',
  'activity',
  'microsoft',
  'windows',
  'all',
];

/** Words too common in schema names and questions to say anything about where data lives. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'to',
  'for',
  'by',
  'with',
  'from',
  'and',
  'or',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'at',
  'as',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'all',
  'any',
  'each',
  'some',
  'no',
  'not',
  'there',
  'their',
  'they',
  'which',
  'what',
  'who',
  'when',
  'where',
  'how',
  'show',
  'find',
  'get',
  'list',
  'give',
  'me',
  'my',
  'our',
  'your',
  'can',
  'do',
  'data',
  'info',
  'information',
  'id',
  'ids',
  'name',
  'names',
  'type',
  'types',
  'value',
  'values',
  'time',
  'date',
  'count',
  'number',
  'table',
  'tables',
  'record',
  'records',
  'row',
  'rows',
  'field',
  'fields',
  'item',
  'items',
  'detail',
  'details',
  'xml',
  'win',
  'json',
  'operational',
  'use',
  'used',
  'using',
  'via',
  'into',
  'over',
  'within',
  'after',
  'before',
  // Prepositions of time say when, never which column ("during the last two weeks", not `RiskLevelDuringSignIn`).
  'during',
  'since',
  'until',
  'throughout',
  'such',
  'than',
  'more',
  'less',
  'other',
  'also',
  'only',
  'new',
  'specific',
  'identify',
  'look',
  'check',
  'may',
  'which',
  'could',
  'result',
  'results',
  'status',
  'all',
  's',
  't',
  'e',
  'g',
  'i',
  'x',
]);

/** What a firewall does or keeps, said after "fw" ("fw denies", "fw logs"). */
const FIREWALL_DOINGS: readonly string[] = [
  'block',
  'blocks',
  'blocked',
  'deny',
  'denies',
  'denied',
  'denials',
  'drop',
  'drops',
  'dropped',
  'allow',
  'allows',
  'allowed',
  'log',
  'logs',
  'traffic',
  'rule',
  'rules',
  'events',
  'hits',
];
/** "fw" said with what a firewall does or keeps, or as the firewall itself ("fw denies", "the fw"). */
const FIREWALL_SHORT_PHRASES: readonly string[] = [...FIREWALL_DOINGS.map((word) => `fw ${word}`), 'the fw', 'our fw'];

/** What kind of data a known platform holds: security and ops telemetry, or business records. */
export const PLATFORM_DOMAINS: Readonly<Record<string, 'telemetry' | 'records'>> = lookupTable({
  kql: 'telemetry',
  spl: 'telemetry',
  sql: 'records',
});

/** Words in a platform's description that say which kind of data it holds (for platforms the table above does not know). */
export const DOMAIN_DESCRIPTION_WORDS: Readonly<Record<'telemetry' | 'records', readonly string[]>> = {
  telemetry: [
    'log',
    'logs',
    'siem',
    'events',
    'telemetry',
    'security',
    'monitoring',
    'observability',
    'traces',
    'metrics',
  ],
  records: ['database', 'relational', 'business', 'warehouse', 'records', 'crm', 'erp', 'sql'],
};

/**
 * A small lean when telemetry questions carry nothing else to go on, by whose data it is:
 * Windows, Entra ID, Defender, Office 365 and Azure telemetry is Microsoft's own, and its native
 * store is a Log Analytics workspace; data from other vendors (AWS, Okta, Google Workspace,
 * Linux hosts, Kubernetes, network appliances) reaches a SIEM through a collector, which in a
 * mixed shop is usually Splunk and its add-ons (the sourcetypes are named after the vendor).
 * So do web server access logs (requests, URLs, HTTP status codes): files a forwarder tails on the
 * servers, searched through the Web data model; while mail is Microsoft's own (Exchange Online and
 * Defender for Office keep it). Those are kinds of data, not vendors: a vendor named decides first.
 * A question naming both families, or neither, gets the first platform's lean (the default).
 */
export const TELEMETRY_SOURCE_LEANS: ReadonlyArray<{
  readonly platform: string;
  readonly weight: number;
  /** Vendors and products whose data it is. */
  readonly words: readonly string[];
  /**
   * Kinds of data rather than vendors (web requests, mail): they settle a close call only when the question
   * names no vendor (a Google Workspace mail log is Google's data, whichever store a mailbox usually means).
   */
  readonly kinds: readonly string[];
}> = [
  {
    platform: 'kql',
    weight: 1,
    words: [
      'windows',
      'azure',
      'entra',
      'aad',
      'defender',
      'office 365',
      'o365',
      'm365',
      'microsoft 365',
      'exchange',
      'sharepoint',
      'share point',
      'onedrive',
      'one drive',
      'teams',
      'iis',
      'active directory',
      'microsoft',
      'intune',
      'outlook',
      'powershell',
    ],
    kinds: ['email', 'emails', 'mail', 'mailbox', 'mailboxes', 'inbox'],
  },
  {
    platform: 'spl',
    weight: 1,
    words: [
      'aws',
      'amazon',
      'cloudtrail',
      'cloud trail',
      's3',
      'ec2',
      'guardduty',
      'cloudwatch',
      'iam',
      'okta',
      'gsuite',
      'google workspace',
      'gcp',
      'google cloud',
      'linux',
      'kubernetes',
      'k8s',
      'github',
      'gitlab',
      'zscaler',
      'cisco',
      'palo alto',
      'firewall',
      'firewalls',
      // The firewall in a hurry, said with what it does or keeps ("fw blocks", "the fw logs"); a bare "FW" is as often
      // a forwarded mail's subject.
      ...FIREWALL_SHORT_PHRASES,
      'fortinet',
      'fortigate',
      'crowdstrike',
      'duo',
      'slack',
      'vmware',
      'esxi',
      'auditd',
      'nginx',
      'haproxy',
      // Remote-access VPN gateways: their authentications are the gateway's syslog, not the directory's sign-ins.
      'globalprotect',
      'global protect',
      'anyconnect',
      'any connect',
      'forticlient',
      'forti client',
      'pulse secure',
      'openvpn',
    ],
    kinds: [
      'vpn',
      'web',
      'web server',
      'webserver',
      'web request',
      'web requests',
      'url',
      'urls',
      'uri',
      'http',
      'access log',
      'access logs',
    ],
  },
];

/**
 * Endpoint sources named by how they are collected rather than by whose product they are: Sysmon,
 * PowerShell script-block logging, a vendor-neutral EDR agent. A question put so describes a detection
 * over a collected, normalised endpoint feed (Splunk's Sysmon and Windows add-ons, the CIM Endpoint
 * data model); Microsoft's own endpoint store is named by its product (Defender). Said, this lean
 * settles a close call before the vendor families of {@link TELEMETRY_SOURCE_LEANS} do ("Sysmon on
 * Windows hosts" is the collector's data). Measured on the tuning set, every question saying one of
 * these that was labelled one SIEM was labelled Splunk; so was every journey question of the blind sets saying
 * "the windows (event) logs" with no product.
 */
export const COLLECTED_SOURCE_LEAN: {
  readonly platform: string;
  readonly weight: number;
  readonly words: readonly string[];
} = {
  platform: 'spl',
  weight: 1,
  words: [
    'sysmon',
    'script block',
    'scriptblock',
    'edr',
    'endpoint detection and response',
    // The Windows event log named as a collected log, as Splunk's add-on indexes it (`wineventlog`); Sentinel's
    // copy is named by its table (SecurityEvent).
    'windows event log',
    'windows event logs',
    'windows eventlog',
    'windows eventlogs',
    'windows log',
    'windows logs',
    'win event log',
    'win event logs',
  ],
};

/**
 * Which store's content a security request reads like, by how it is written (see `writingStyle`): a detection rule's
 * summary ("this analytic …", ", leveraging the … logs", "specifically …") reads as a rule of a detection content
 * library, which the Splunk store's CIM searches are; a hunting query ("look for …", "this query …", "hunt for …") as
 * one of the Microsoft stores' hunting queries. The style adds `weight` to that platform's cues: just below a cue that
 * names the platform itself, so it settles even evidence, never outweighs a name.
 */
export const WRITING_STYLE_LEANS: Readonly<
  Record<WritingStyle, { readonly platform: string; readonly weight: number }>
> = {
  'detection rule': { platform: 'spl', weight: 1.9 },
  'hunting query': { platform: 'kql', weight: 1.9 },
};

/**
 * A cloud provider's activity and the audit trail it is read from: a detection rule about it names the trail it reads
 * ("…, leveraging the provider's trail logs"), so a write-up of the same activity (it says what the activity may
 * indicate) with no trail named, in no rule's style, reads as a hunt (the hunting query's lean of
 * {@link WRITING_STYLE_LEANS}). An ad-hoc question about it keeps the provider's lean. `words` name the provider and
 * its services.
 */
export const CLOUD_ACTIVITY_TRAIL: { readonly words: readonly string[]; readonly trail: readonly string[] } = {
  words: ['aws', 'amazon', 's3', 'ec2', 'iam', 'sts', 'guardduty'],
  trail: ['cloudtrail', 'cloud trail'],
};

/**
 * Kinds of network device whose logs are one kind of activity (a firewall logs traffic flows, a web proxy
 * web requests): a source named by the device reads that activity's table. `activity` is said in the cue
 * words of {@link DATA_CATEGORIES}.
 */
export const DEVICE_ACTIVITY: ReadonlyArray<{ readonly words: readonly string[]; readonly activity: string }> = [
  {
    words: ['firewall', 'firewalls', 'fw', 'router', 'routers', 'netflow', 'flow logs', 'vpc flow'],
    activity: 'network traffic',
  },
  { words: ['proxy', 'proxies', 'web proxy', 'web gateway'], activity: 'web request' },
];

/**
 * A built-in role of the cloud directory named by its title ("Global Administrator", "global admin", "Privileged Role
 * Administrator", "Security Reader"): who holds one is the directory's business, and a change of it is an event of its
 * audit log. The two titles only the directory uses are read in any case; the others, made of ordinary words ("user
 * administrator", "security operator" can be a job), only capitalised as a title is.
 */
export const DIRECTORY_ROLE_TITLE =
  /\b(?:[Gg]lobal\s+(?:[Aa]dmin(?:istrator)?s?|[Rr]eaders?)|[Pp]rivileged\s+[Rr]ole\s+[Aa]dmin(?:istrator)?s?|(?:Privileged\s+Authentication|Security|User|Helpdesk|Password|Authentication(?:\s+Policy)?|(?:Cloud\s+)?Application|Exchange|SharePoint|Teams|Intune|Billing|Conditional\s+Access|Compliance|Groups|License|Hybrid\s+Identity|Identity\s+Governance|Cloud\s+Device)\s+Admin(?:istrator)?s?|Security\s+(?:Reader|Operator)s?|Directory\s+(?:Readers|Writers))\b/;

/**
 * A directory role named by its title as what a change gave or took ("added ppl to Global Administrator", "who was made
 * global admin", "assigned Security Reader to …", "new global admins this month"): the title stands for "the … role",
 * and who holds it is the directory's change. The change is said at most a few words before the title.
 */
export const DIRECTORY_ROLE_CHANGED = new RegExp(
  String.raw`\b[Nn]ew\s+(?=${DIRECTORY_ROLE_TITLE.source})|\b(?:[Aa]dd(?:s|ed|ing)?|[Rr]emov(?:e|es|ed|ing)|[Aa]ssign(?:s|ed|ing)?|[Gg]rant(?:s|ed|ing)?|[Gg]ave|[Gg]iven|[Rr]evok(?:e|es|ed|ing)|[Pp]romot(?:e|es|ed|ing)|[Ee]levat(?:e|es|ed|ing)|[Mm]ade|[Bb]ec(?:a|o)me|[Bb]ecoming)\b[^.?!;]{0,48}?` +
    DIRECTORY_ROLE_TITLE.source,
);

/** A kind of activity telemetry records, the words a question evokes it with, and the words a table named for it holds. */
export interface DataCategory {
  readonly name: string;
  readonly cues: readonly string[];
  readonly names: readonly string[];
  /**
   * Cues that are what another category's events carry as often as this category's subject (conditional
   * access decides a sign-in): they evoke this category alone, or with one of {@link actionCues}.
   */
  readonly weakCues?: readonly string[];
  /** Words saying that the thing itself changed ("added", "modified", "new"). */
  readonly actionCues?: readonly string[];
  /**
   * An event id the Windows Security log records (4625, 4720), or an activity only Windows logs said in words
   * ("kerberoasting", "reboots"), evokes it as its words do.
   */
  readonly securityLogEventIds?: true;
  /**
   * An account's lifecycle event said of the account ("accounts created and deleted", "users that were disabled"; see
   * `saysAccountLifecycle`) evokes it as its words do: the logs that record accounts being made, deleted and disabled.
   */
  readonly accountLifecycle?: true;
  /** A name written as one word that evokes it as its cues do (an admin cmdlet named for what it acts on). */
  readonly namedIn?: RegExp;
  /**
   * A product's name as it is written, capitalised mid-sentence ("added to a Team", "Teams channel"), where the same
   * word in lower case is ordinary: it evokes the category as its cues do (case-sensitive).
   */
  readonly productIn?: RegExp;
  /**
   * A sign-in to a thing this category's log records access to ("logged into the shared mailbox", "mailbox logins"):
   * that log's record of the access, not the directory's sign-in; it comes before the sign-in it also says.
   */
  readonly signedInto?: RegExp;
  /**
   * Columns only a table of this category holds (`QueryName`), squashed to lower-case letters, the likeliest first:
   * where no table's name says the category, the table that holds the first one found is its table (an endpoint log
   * that records lookups too; a connection log that keeps the name a device looked up, `RemoteUrl`).
   */
  readonly columns?: readonly string[];
  /**
   * Where endpoint hunting looks when a question evokes no kind of activity ("activity of <a tool>"): what the
   * thing ran, the files it wrote and the connections it made.
   */
  readonly hunted?: true;
  /** Its events are what accounts did: the directory's record of who each account is enriches them (see `directoryRecord`). */
  readonly byAccounts?: true;
  /** The category of what makes its changes (a registry value is set by a command run): its table is read too. */
  readonly madeBy?: string;
  /**
   * The category whose log keeps this activity where no entry is named for it (mail in a hosted office suite: the
   * suite's audit log records what was sent, received and done to messages).
   */
  readonly keptBy?: string;
  /**
   * Columns (squashed to lower-case letters) of a second log that records this activity beside the category's own
   * table (the operating system's audit log, where an endpoint agent keeps its own): the entry holding all of them
   * is read too when the category's table is.
   */
  readonly alsoLoggedWith?: readonly string[];
}

/**
 * Kinds of activity security telemetry is organised by (ATT&CK data sources, the CIM data models:
 * process, file, network traffic, registry, authentication, change, email, web, DNS). A question
 * about one reads the table of that kind: malware, a tool or a command run is a process; a
 * network connection or a callback is network traffic. Names are matched as catalog name words.
 */
export const DATA_CATEGORIES: readonly DataCategory[] = [
  {
    name: 'process',
    cues: [
      'process',
      'command line',
      'commandline',
      'cmdline',
      'execute',
      'execution',
      'executed',
      'launch',
      'launched',
      'spawn',
      'spawned',
      'run',
      'ran',
      'running',
      // A program present on a machine: where it is installed it runs, and the process log is what records it.
      'installed',
      'binary',
      'executable',
      'script',
      'tool',
      'utility',
      'malware',
      'ransomware',
      'payload',
      'implant',
      'backdoor',
      'trojan',
      'lolbin',
      'invoke',
      'invoked',
      'dump',
      'dumping',
    ],
    names: ['process', 'processes'],
    hunted: true,
    // The operating system's security log records each process start too, under an event id with its command line.
    alsoLoggedWith: ['eventid', 'commandline'],
  },
  {
    name: 'file',
    cues: [
      'file',
      'files',
      'download',
      'downloaded',
      'dropped',
      'overwrite',
      'written',
      'dll',
      'document',
      'archive',
      'folder',
    ],
    names: ['file', 'filesystem'],
    hunted: true,
  },
  {
    name: 'network',
    cues: [
      'network connection',
      'connection',
      'connections',
      'connect',
      'contacted',
      'talk to',
      'talked to',
      'talking to',
      'communicate with',
      'communicated with',
      'communicating with',
      'c2',
      'command and control',
      'beacon',
      'beaconing',
      'traffic',
      'port',
      'outbound',
      'inbound',
      'reverse shell',
      'callback',
      'exfiltrate',
      'exfiltration',
      'remote ip',
    ],
    names: ['network', 'traffic'],
    hunted: true,
  },
  {
    name: 'registry',
    cues: ['registry', 'registry key', 'run key', 'hive', 'regedit'],
    names: ['registry'],
    madeBy: 'process',
  },
  {
    name: 'Windows security log',
    cues: [
      'windows security',
      'security event',
      'security log',
      'event id',
      'eventid',
      'event code',
      'eventcode',
      'windows logon',
      'account logon',
      'logon type',
      'interactive logon',
      'logon interactively',
      'logged on interactively',
      'logging on interactively',
      'remote interactive',
      'rdp logon',
      'network logon',
      // Windows' built-in groups, named by their members ("new local admins", "added to domain admins")
      'local admin',
      'local admins',
      'local administrator',
      'local administrators',
      'domain admins',
      'enterprise admins',
      // An account the domain locks after bad passwords: only the Windows security log records it.
      'lockout',
      'lockouts',
      'locked out',
      // The domain's built-in privileged groups, whose changes only the Windows security log records.
      'schema admins',
    ],
    securityLogEventIds: true,
    accountLifecycle: true,
    names: ['security'],
  },
  {
    name: 'authentication',
    cues: [
      'logon',
      'log on',
      'login',
      'log in',
      'sign in',
      'log into',
      'sign into',
      'signin',
      'authentication',
      'authenticate',
      'auth',
      'mfa',
      'brute force',
      'password spray',
      'access attempt',
      'failed access',
      // Sign-ins too far apart to travel between: the identity provider's detection over its sign-ins.
      'impossible travel',
    ],
    names: ['logon', 'signin', 'authentication', 'login'],
    byAccounts: true,
  },
  {
    name: 'change',
    cues: [
      'role',
      'owner',
      'permission',
      'granted',
      'consent',
      'service principal',
      'app registration',
      'application registration',
      'group membership',
      'pim',
      'privileged identity management',
      'policy change',
      'mfa method',
      'authentication method',
      'method registration',
      'security info',
      'registered',
      // A password an administrator resets or a user changes is a change to the account in the directory.
      'password reset',
      'reset password',
      'reset user password',
      'reset their password',
      'password change',
      'changed password',
      // A guest invited into the tenant is an account the directory adds.
      'invited',
      'invitation',
      'invitations',
    ],
    // Members of a group or role: a directory change when said with what changed ("added members to …").
    weakCues: ['named location', 'conditional access', 'member', 'members'],
    actionCues: [
      'add',
      'added',
      'remove',
      'delete',
      'create',
      'new',
      'change',
      'modify',
      'update',
      'edit',
      'assign',
      'enable',
      'disable',
      'configure',
    ],
    accountLifecycle: true,
    // A directory role named by its title as what a change gave ("added ppl to Global Administrator"); beside a
    // sign-in alone ("sign-ins by global admins") a title says whose, not what changed.
    namedIn: DIRECTORY_ROLE_CHANGED,
    names: ['audit', 'change', 'changes', 'directory'],
  },
  {
    name: 'email',
    cues: ['email', 'mail', 'phishing', 'attachment', 'sender', 'recipient', 'inbox'],
    names: ['email', 'mail'],
    keptBy: 'office suite',
  },
  // The office suite's audit log: what was done to mailboxes, sites and shared files (an admin cmdlet on a mailbox
  // is an operation it records, not a process run on a host).
  {
    name: 'office suite',
    cues: [
      'mailbox',
      'mailboxes',
      'mailbox permission',
      'inbox rule',
      'inbox rules',
      'forwarding rule',
      'mail forwarding',
      'sharepoint',
      'onedrive',
      'exchange online',
      'office 365',
      'microsoft 365',
      'o365',
      'm365',
      // Links and invitations the suite makes to share its documents ("sharing links she created", "anonymous links").
      'sharing link',
      'sharing links',
      'anonymous link',
      'anonymous links',
      'sharing invitation',
      'sharing invitations',
      'external sharing',
    ],
    // `Set-CASMailbox`, `New-TransportRule`, `Remove-MailboxPermission`, `Set-SPOSite`; the suite's own audit
    // operations, an object joined to what was done to it (`FileDownloaded`, `SharingInvitationCreated`,
    // `MailItemsAccessed`, `UpdateInboxRules`).
    namedIn:
      /(?<![\w-])(?:(?:New|Set|Add|Remove|Get|Enable|Disable|Update|Grant|Revoke)-(?:CAS)?(?:Mailbox\w*|InboxRule|TransportRule|MailUser|MailContact|DistributionGroup\w*|RecipientPermission|SPO\w+)|(?:File|Folder|Page|ListItem|Sharing(?:Invitation)?|(?:Anonymous|Company|Secure)Link)(?:Accessed|Downloaded|Uploaded|Modified|Deleted|Renamed|Moved|Copied|Previewed|Viewed|Recycled|Restored|Created|Used|Shared|Set|Revoked|Accepted|Removed|SyncDownloadedFull|SyncUploadedFull|CheckedIn|CheckedOut)|MailItemsAccessed|UpdateInboxRules|SendAs|SendOnBehalf|MoveToDeletedItems|(?:Hard|Soft)Delete)(?![\w-])/i,
    // "bots added to several Teams", "a Teams channel", "removed from the Team": the suite's chat product, by its name.
    productIn:
      /\b(?:(?:a|an|the|to|from|of|in|multiple|several|many|new)\s+Teams?|Microsoft\s+Teams|Teams\s+(?:channels?|chats?|meetings?))\b/,
    // "signed in to the team's shared mailbox", "logons to ops@example.org's mailbox", "mailbox logins", `MailboxLogin`.
    signedInto:
      /\b(?:log(?:ged|s|ging)?|sign(?:ed|s|ing)?)[\s-]*(?:in|on)(?:to|s)?(?:\s+to)?\s+(?:\S+\s+){0,3}?mailbox(?:es)?\b|\bmailbox[\s-]*(?:log(?:in|on)s?|sign[\s-]*ins?)\b/i,
    names: ['office', 'o365', 'm365'],
  },
  {
    name: 'web',
    cues: [
      'url',
      'uri',
      'http',
      'user agent',
      'web request',
      'web server',
      'proxy',
      'website',
      'get request',
      'post request',
      'put request',
      'http method',
      'access log',
      'access logs',
      'nginx',
      'apache',
      'haproxy',
    ],
    names: ['web', 'http'],
  },
  {
    name: 'dns',
    cues: ['dns', 'domain lookup', 'name resolution', 'resolve', 'looked up', 'lookups', 'dga', 'domain generation'],
    names: ['dns', 'resolution'],
    columns: ['queryname', 'dnsquery', 'dnsqueryname', 'remoteurl'],
  },
  // What an endpoint agent records beside processes, files and connections: pipes, removable drives, script scans,
  // its own protections firing. Kept in the device's log of other events, named for the device alone.
  {
    name: 'other endpoint event',
    cues: [
      'named pipe',
      'named pipes',
      'usb',
      'removable drive',
      'removable drives',
      'removable media',
      'amsi',
      'antimalware scan interface',
      'exploit guard',
      'attack surface reduction',
      'smartscreen',
      'tamper protection',
    ],
    names: ['device', 'devices'],
  },
  // Calls made to a cloud provider's control plane, named by the service they act on (a function's layer added, a
  // database password changed, a role assumed): each is an API call its audit trail records.
  {
    name: 'cloud api',
    cues: [
      'ec2',
      's3 bucket',
      's3 buckets',
      'iam role',
      'iam user',
      'iam policy',
      'lambda',
      'rds',
      'ecs',
      'ecr',
      'eks',
      'kms',
      'sts',
      'assume role',
      'assumed role',
      'access key',
      'subnet',
    ],
    // `AWSCloudTrail` splits into its words; `aws:cloudtrail` keeps the trail in one.
    names: ['trail', 'cloudtrail'],
  },
  // Administrators' operations on the cloud's own resources (a workbook or a connector created, a network group
  // changed): the log of the management plane keeps each with its caller; no name says it, its columns do.
  {
    name: 'administration',
    cues: [
      'administrative operation',
      'administrative operations',
      'administrative operational',
      'administrative action',
      'administrative actions',
    ],
    names: [],
    columns: ['caller', 'calleripaddress', 'resourcegroup'],
  },
  // What Linux and Unix hosts log of themselves (their scheduler's jobs, a proxy or an agent running on them): kept in
  // the system log the hosts forward.
  {
    name: 'unix host',
    cues: ['linux', 'unix', 'crontab', 'cron job', 'cron jobs', 'cronjob', 'cronjobs', 'syslog', 'auoms', 'squid'],
    names: ['syslog'],
  },
  // What a security product raised: which machines and accounts it found compromised is read from its alerts.
  {
    name: 'alert',
    cues: ['alert', 'alerts', 'alerted', 'compromised', 'infected'],
    names: ['alert', 'alerts'],
  },
  // Business records: money customers paid is kept with the sales (orders), whatever the question calls it.
  {
    name: 'sales',
    cues: [
      'revenue',
      'sales',
      'sold',
      'turnover',
      'gmv',
      'purchases',
      'purchased',
      'bought',
      'lifetime spend',
      'order value',
      'refunds',
      'cancellations',
      // A sale said as the deal closed ("deals over $10k", "average deal size").
      'deal',
      'deals',
      'deal size',
    ],
    // A sale said as what was booked (a trip, a stay, a table): where no table keeps bookings, the orders do; weak, as
    // "the booking app's login events" names an app, and the activity another category's words say is the one meant.
    weakCues: ['booking', 'bookings'],
    names: ['order', 'orders', 'sale', 'sales', 'purchase', 'purchases'],
  },
  // Money that came in against a bill ("payments received", "collected payments"): kept with the invoices, paid or not.
  {
    name: 'payment',
    cues: [
      'payments received',
      'payment received',
      'received payments',
      'payments collected',
      'collected payments',
      'incoming payments',
      'receive in payments',
      'received in payments',
      'payments',
      'pay us',
      'paid us',
      // What is still owed on the bills ("outstanding balance", "clients owing us"): the unpaid ones.
      'outstanding',
      'owing',
      'owe',
      'owed',
      'owes',
    ],
    names: ['invoice', 'invoices'],
  },
  // The people a business sells to, whatever the question calls them: kept as customers.
  {
    name: 'customer',
    cues: ['client', 'clients', 'clientele'],
    names: ['customer', 'customers'],
  },
];

/**
 * Products and log sources named by one word (`Sysmon`, `Okta`, `Windows`): capitalised at the start of a
 * sentence such a word is still the product's name, as it is anywhere else in the question.
 */
export const ONE_WORD_PRODUCTS: ReadonlySet<string> = new Set([
  'sysmon',
  ...[...TELEMETRY_SOURCE_LEANS.flatMap((family) => family.words), ...SHARED_PRODUCT_WORDS].filter(
    (word) => !word.includes(' ') && word.length > 2,
  ),
]);

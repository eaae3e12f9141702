import { code as currencyCode } from 'currency-codes';
import type {
  MeasureKind,
  Ordering,
  Threshold,
  ThresholdOperator,
  TimeBucket,
  TimeBucketUnit,
} from '@mesh/a2a-contracts';
import { UNIT_PATTERN, unitSeconds } from './duration.util';
import { isFunctionWord } from './function-words';
import { isWellKnownAccount } from './logon-name';
import { saysUnitOfPerson } from './unit-of-person';
import { isRecordNoun } from './record-nouns';
import { CUSTOMER_NOUNS, JOB_TITLE_NOUNS, ONE_WORD_PRODUCTS } from '../vocabulary';
import { NUMBER_PATTERN, readNumber } from './number-words.util';
import type { SpanSet } from './value-hit';
import { allMatches } from '../regex-matches.util';

/** The shape a question asks for, before columns are mapped. */
export interface QuestionShape {
  readonly measure: { kind: MeasureKind; of: string | null } | null;
  readonly groupBy: readonly string[];
  readonly having: Threshold | null;
  readonly timeBucket: TimeBucket | null;
  readonly order: Ordering | null;
  readonly limit: number | null;
}

/** Nouns that name an entity kind of the contract; other nouns stand for themselves (singular). */
const ENTITY_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  // The name a DNS lookup asked for ("by host and queried name", "per domain queried").
  [
    /^(?:quer(?:y|ied)\s+(?:names?|domains?)|(?:domains?|names?)\s+(?:queried|looked\s+up)|looked[\s-]up\s+(?:names?|domains?))$/,
    'query name',
  ],
  // People by the role they sign in under ("students", "nurses"): the accounts they use. Not "staff" or "members",
  // which are often a table's own name.
  [
    /^(?:users?|accounts?|accts?|upns?|usernames?|identit(?:y|ies)|principals?|people|ppl|persons?|folks|individuals|employees?|guests?|(?:user|account)\s+names?|staffers?|students?|pupils?|learners?|teachers?|faculty|lecturers?|workers?|contractors?|colleagues?|nurses?|doctors?|clinicians?|physicians?|interns?|volunteers?)$/,
    'user',
  ],
  // People by the job they do in the business ("support agents", "sales reps", "technicians"): their accounts too.
  // A user agent is a client's name, never a person.
  [new RegExp(`^${JOB_TITLE_NOUNS}$`), 'user'],
  // Who did what a row records, said as a noun ("per initiator", "top actors", "by acting user", "per admin").
  [
    /^(?:initiators?|actors?|admins?|administrators?|(?:change\s+)?initiated\s+by|(?:acting|initiating|performing|requesting)\s+(?:accounts?|users?|identit(?:y|ies)|principals?|admins?))$/,
    'actor',
  ],
  // Where traffic went ("destination IPs", "remote addresses"): the destination column where the source has one.
  [/^(?:remote|destination|dest|dst|target)\s+(?:ips?|ip\s+address(?:es)?|address(?:es)?)$/, 'dest_ip'],
  // "source address": a qualified address is an IP, singular too (a bare "address" may be a mail or street one).
  [
    /^(?:(?:source|src|client|caller)\s+)?(?:ips?|ip\s+address(?:es)?|addresses)$|^(?:source|src|client|caller)\s+address$/,
    'ip',
  ],
  // The machine a call came from ("the calling computer" of a lockout), which Windows keeps apart from the one that logged it.
  [/^(?:calling|caller'?s?)\s+(?:computers?|machines?|hosts?|workstations?|devices?)(?:\s+names?)?$/, 'caller_host'],
  // A workstation is a host, whose own column a sign-in log may keep apart from the one that logged it.
  [/^workstations?(?:\s+names?)?$/, 'workstation'],
  [
    /^(?:hosts?|devices?|devs?|dvcs?|computers?|machines?|endpoints?|servers?|laptops?|desktops?|pcs?|nodes?|vms?|box(?:es)?|hostnames?|domain\s+controllers?|dcs?|(?:host|device|computer|machine|pc|node)\s+names?)$/,
    'host',
  ],
  [/^(?:countr(?:y|ies)|locations?)$/, 'country'],
  [/^(?:cit(?:y|ies))$/, 'city'],
  // The client a sign-in came through ("by client app", "per client application"): its own column, else the app.
  [/^client\s+(?:apps?|applications?)$/, 'client app'],
  [/^(?:apps?|applications?)$/, 'app'],
  // The process that started another ("parent processes", "parent image"), before the process itself.
  [/^parents?(?:\s+(?:process(?:es)?|images?|executables?|binar(?:y|ies)))?$/, 'parent_process'],
  // "process names", "image names": the process's own name.
  [
    /^(?:child(?:ren)?\s+)?(?:process(?:es)?|executables?|binar(?:y|ies))(?:\s+names?)?$|^child(?:ren)?$|^image\s+names?$/,
    'process',
  ],
  [/^(?:files?|file\s+names?)$/, 'file'],
  // "distinct hashes", "per file hash", "by sha256": a file's digest, whichever algorithm the data keeps.
  [/^(?:(?:file\s+)?hash(?:es)?|sha-?(?:256|1)s?|md5s?)$/, 'hash'],
  [/^(?:domains?)$/, 'domain'],
  [/^(?:urls?|uris?|(?:web\s+)?pages?)$/, 'url'],
  [/^(?:ports?)$/, 'port'],
  [/^(?:event\s*ids?|event\s*codes?)$/, 'event_id'],
  [
    /^(?:(?:error|result|failure|status|response|return)\s+(?:codes?|reasons?)|errors?|error\s+messages?)$/,
    'error_code',
  ],
  [/^(?:senders?)$/, 'sender'],
  [/^(?:recipients?)$/, 'recipient'],
  // Who a business sells to, by any of its trade's names ("patients", "donors").
  [new RegExp(`^(?:${CUSTOMER_NOUNS.join('|')})s?$`), 'customer'],
  [/^(?:orders?|purchases?)$/, 'order'],
  [/^(?:products?|items?|skus?|(?:best|top)\s?sellers?)$/, 'product'],
];

/** Words that are no grouping or counting subject. */
const NOT_A_SUBJECT = new Set([
  // "for each one show the user": a pronoun of the rows listed, no key.
  'one',
  'ones',
  'the',
  'a',
  'an',
  'all',
  'any',
  'each',
  'every',
  'them',
  'it',
  'this',
  'that',
  'these',
  'those',
  'time',
  'times',
  'default',
  'name',
  'using',
  'via',
  'type',
  'which',
  'what',
  'more',
  'less',
  'most',
  'least',
  'than',
  'and',
  'or',
  'to',
  'of',
  'in',
  'on',
  'for',
  'from',
  'with',
  'count',
  'number',
  'total',
  'events',
  'event',
  'rows',
  'records',
  'results',
  'entries',
  'logs',
  'every',
  'per',
  'by',
  'over',
  'within',
  'during',
  'last',
  'past',
  'since',
  'between',
  'where',
  'when',
  'whose',
  'who',
  'at',
  'as',
  'is',
  'are',
  'was',
  'were',
  'recent',
  'recently',
  'likely',
  'same',
  'only',
  'first',
  'their',
  'its',
  'his',
  'her',
  // Adverbs after a key ("per app together with …", "by host as well").
  'together',
  'along',
  'alongside',
  'also',
  'too',
  'plus',
  'separately',
  'respectively',
  'instead',
  // A store or product said as where the answer comes from ("has it run anywhere per Defender").
  'defender',
  'sentinel',
  'splunk',
  'sysmon',
  // Courtesy words at the end of a request ("group by device pls").
  'pls',
  'plz',
  'please',
  'thanks',
  'thx',
  'asap',
]);

const TIME_UNIT_WORD =
  /^(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|quarters?|hourly|daily|weekly|monthly)$/i;

/** "the last two full weeks", "past three whole months": a window of whole periods after the number, no limit on rows. */
const WHOLE_PERIODS =
  /^\s*(?:(?:full|whole|complete|entire|calendar|working|business)\s+)+(?:hours?|days?|weeks?|months?|quarters?|years?|fortnights?|weekends?)\b/i;

/** "user agents", "browser agents": a client's name, whose last word is no person's job. */
const USER_AGENT = /\b(?:user|browser|http)\s+agents?$/;

/** The kinds {@link ENTITY_KINDS} name (user, host, ip, …). */
const ENTITY_KIND_NAMES: ReadonlySet<string> = new Set(ENTITY_KINDS.map(([, kind]) => kind));

/** Whether a kind is one of the entities a noun names (`host`, `user`, `ip`), not a word of the question read as one. */
export function isEntityKind(kind: string): boolean {
  return ENTITY_KIND_NAMES.has(kind);
}

/**
 * The entity a phrase names as a whole ("src ip", "source address", "device name", "event id"), or null when only a
 * word of it does ("client app") or none.
 */
export function namedEntityKind(phrase: string): string | null {
  const lower = phrase.trim().toLowerCase().replace(/-/g, ' ');
  return ENTITY_KINDS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
}

/**
 * People named by the work they do ("agents", "support reps", "sales representatives", "technicians"): the accounts they
 * use. Only as the whole phrase: a "user agent" is a browser's string, not a person.
 */
const PEOPLE_AT_WORK =
  /^(?:(?:support|sales|service|helpdesk|help\s+desk|call\s+center|field)\s+)?(?:agents?|reps?|representatives?|technicians?|operators?)$/;

/** A verb in the past ("failed", "logged", "ran", "spent"): what an entity did, said right after it. */
const PAST_VERB =
  /^(?:[a-z]{2,}ed|ran|hit|made|did|got|went|sent|saw|came|took|began|wrote|read|ate|left|spent|sold|paid|bought|brought)$/;

/** The entity kind a noun phrase names, or the noun itself in the singular. */
export function subjectKind(phrase: string): string | null {
  const lower = phrase.trim().toLowerCase().replace(/-/g, ' ');
  if (lower.length === 0 || NOT_A_SUBJECT.has(lower) || TIME_UNIT_WORD.test(lower)) return null;
  if (PEOPLE_AT_WORK.test(lower)) return 'user';
  for (const [pattern, kind] of ENTITY_KINDS) if (pattern.test(lower)) return kind;
  const words = lower.split(/\s+/);
  // "event names", "by rule name": a name alone says nothing; the word before it says whose ("event name").
  if (words.length === 2 && /^names?$/.test(words[1]!) && !isFunctionWord(words[0]!)) return `${words[0]!} name`;
  // "country every", "country YTD", "user yesterday": the modifier pattern took one word too many.
  if (
    words.length > 1 &&
    (NOT_A_SUBJECT.has(words[words.length - 1]!) ||
      isFunctionWord(words[words.length - 1]!) ||
      TIME_UNIT_WORD.test(words[words.length - 1]!) ||
      /^(?:wtd|mtd|qtd|ytd|today|yesterday|yday|tonight|tomorrow|now|recently|last|lst|this|past|previous|prev|since|over|during|within|between|before|after|ago)$/.test(
        words[words.length - 1]!,
      ))
  )
    return subjectKind(words[0]!);
  // "each user failed", "per device connected": an entity, then the verb of what it did, not a noun qualified by it.
  if (words.length === 2 && PAST_VERB.test(words[1]!) && ENTITY_KINDS.some(([pattern]) => pattern.test(words[0]!)))
    return subjectKind(words[0]!);
  const last = words[words.length - 1]!;
  if (USER_AGENT.test(lower)) return last.replace(/s$/, '');
  for (const [pattern, kind] of ENTITY_KINDS) if (pattern.test(last)) return kind;
  // "customer segment" groups by segment; "order value" is a value.
  // Plurals lose their s; words that end in one of their own do not (status, campus, virus, analysis).
  return /(?:us|is|ss)$/.test(last) ? last : last.replace(/ies$/, 'y').replace(/s$/, '');
}

/** A word, or a field's dotted name written as it stands (`userIdentity.arn`, `properties.appDisplayName`). */
const WORD = `[A-Za-z][\\w-]{0,40}(?:\\.[A-Za-z][\\w-]{0,40}){0,3}`;
/** A noun, or a modifier and a noun ("source IP", "order value", "customer segment"); "account and ..." is the noun alone. */
const NOUN = `(?:domain\\s+(?=controllers?\\b))?(?:(?:acting|initiating|calling|caller|performing|requesting|source|src|destination|dest|dst|client|remote|target|customer|user|ip|event|order|product|budget|invoice|employee|supplier|vendor|ticket|expense|shipment|sender|recipient|account|parent|child|file|device|app|application|process|country|payment|billing|shipping|aws|azure|gcp|cloud|s3|ec2|iam|entra|windows|linux|web|dns|http|vpn|mail|email|network|error|result|failure|status|response|bytes|packets)\\s+(?!(?:and|or|then|by|per|each|across|in|for|from|with|of|on|above|below|over|under|exceed(?:s|ed|ing)?|is|was|more|less|greater|at|take|takes|took|do|does|did)\\b))?${WORD}`;

/** A noun after a product or log source's name ("cloudtrail error codes", "sysmon parent processes"). */
const NOUN_AFTER_SOURCE = new RegExp(`^\\s+(${NOUN})`, 'i');
/** Names of stores and log sources, which say where ranked rows come from, never what is ranked. */
const SOURCE_NAMES: ReadonlySet<string> = new Set([...ONE_WORD_PRODUCTS, 'splunk', 'sentinel', 'defender']);

/**
 * The ranked noun of a phrase that ends a match at `end` ("top 5 okta apps", "most common sysmon parent
 * processes"): a source's name opening the phrase says where the rows come from, and the noun after it is what
 * is ranked; a record noun between them says which records ("top 3 okta sign-in error codes"). Returns that
 * noun and where it ends, or the phrase itself.
 */
function nounPastSource(text: string, end: number, phrase: string): { phrase: string; end: number } {
  const start = end - phrase.length;
  const first = /^[\w-]+/.exec(phrase)?.[0] ?? '';
  if (!SOURCE_NAMES.has(first.toLowerCase())) return { phrase, end };
  let at = start + first.length;
  let after = NOUN_AFTER_SOURCE.exec(text.slice(at, at + 120));
  if (after !== null && isRecordNoun(after[1]!)) {
    const next = NOUN_AFTER_SOURCE.exec(text.slice(at + after[0].length, at + after[0].length + 120));
    const kind = next === null ? null : subjectKind(next[1]!);
    if (kind !== null && ENTITY_KINDS.some(([, k]) => k === kind)) {
      at += after[0].length;
      after = next;
    }
  }
  if (after === null || subjectKind(after[1]!) === null) return { phrase, end };
  return { phrase: after[1]!, end: at + after[0].length };
}

const COMPARATORS: ReadonlyArray<readonly [RegExp, ThresholdOperator]> = [
  [/^(?:at\s+least|no\s+less\s+than|no\s+fewer\s+than|minimum\s+of|>=)$/i, 'gte'],
  [/^(?:at\s+most|no\s+more\s+than|up\s+to|maximum\s+of|<=)$/i, 'lte'],
  [/^(?:more\s+than|over|greater\s+than|above|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|in\s+excess\s+of|>)$/i, 'gt'],
  [/^(?:fewer\s+than|less\s+than|under|below|<)$/i, 'lt'],
  [/^(?:exactly|=)$/i, 'eq'],
];
const COMPARATOR = `(at\\s+least|no\\s+less\\s+than|no\\s+fewer\\s+than|minimum\\s+of|at\\s+most|no\\s+more\\s+than|up\\s+to|maximum\\s+of|more\\s+than|greater\\s+than|in\\s+excess\\s+of|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|above|over|fewer\\s+than|less\\s+than|under|below|exactly|>=|<=|>|<|=)`;

function comparator(words: string): ThresholdOperator | null {
  const normal = words.trim().replace(/\s+/g, ' ');
  for (const [pattern, operator] of COMPARATORS) if (pattern.test(normal)) return operator;
  return null;
}

/** "with more than 50 …", "with >= 50 …", "w/ >50 …": a comparison in words, or in symbols set apart before the number. */
const HAVING = new RegExp(
  `(?:\\b|(?<![<>=])(?=[<>=]))${COMPARATOR}\\s*(${NUMBER_PATTERN})\\s+((?:distinct|unique|different|diff|separate)\\s+)?((?:failed|successful|unsuccessful|failing|bad|invalid|denied|blocked)\\s+)?(${NOUN})`,
  'gi',
);
/** "10 or more failed logins", "10+ failed logins": at least that many. */
const OR_MORE = new RegExp(
  `(?<![\\w.$€£])(${NUMBER_PATTERN})(?:\\s+or\\s+(more|fewer|less)|\\+)\\s+((?:distinct|unique|different|diff|separate)\\s+)?((?:failed|successful|unsuccessful)\\s+)?(${NOUN})`,
  'gi',
);
/** "processes seen on fewer than 3 hosts", "IPs contacted by more than 50 sources": the subject, then where or by whom. */
const SEEN_ON =
  '(?:(?:that|which|who)\\s+(?:were|was|are|is|got)\\s+)?(?:seen|observed|found|present|running|installed|used|contacted|reached|accessed|targeted|queried|visited|resolved)\\s+(?:on|in|from|by|across|at)';
/** "hosts that hit more than 20 domains", "users who logged in from over 3 countries". */
const THAT_HIT =
  '(?:that|which|who)\\s+(?:hit|touched|contacted|reached|targeted|accessed|visited|queried|resolved|(?:talked|connected|sent\\s+\\w+)\\s+to|logged\\s+(?:in|on)\\s+(?:to|from)|signed\\s+in\\s+(?:to|from)|came\\s+from|used)';
/** "users signing in from 2+ countries", "hosts connecting to over 50 IPs": the same, said with a participle. */
const PARTICIPLE_HIT =
  '(?:(?:signing|logging)\\s+(?:in|on)\\s+(?:to|from)|connecting\\s+to|talking\\s+to|hitting|contacting|reaching|accessing|querying|visiting|resolving)';
/** "IPs with failed sign-ins against more than 10 accounts": the subject, its events, then what they were against. */
const WITH_AGAINST =
  '(?:with|having|making|doing)\\s+(?:[\\w-]+\\s+){1,3}?(?:against|on|for|across|targeting|to|from|into)';
const HAVING_SUBJECT = new RegExp(
  `(${NOUN})(?:\\s+(?:in|from|at|based\\s+in)\\s+(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+)?)?\\s+(?:with|w\\/|having|(?:who|that|which)\\s+(?:have|has|had)\\s+(?:made|placed|bought|ordered|purchased|sent|received|generated|raised|opened|submitted|filed)|who\\s+(?:have|has|had|made|placed|did)|that\\s+(?:have|has|had|made|placed)|which\\s+(?:have|had)|(?:have|has|had)|(?:that\\s+|which\\s+|who\\s+)?(?:sold|bought|ordered|purchased|generated|received|sent|made|placed|owe[sd]?(?:\\s+us)?)|owing(?:\\s+us)?|${SEEN_ON}|${THAT_HIT}|${PARTICIPLE_HIT}|${WITH_AGAINST})\\s+$`,
  'i',
);
/** Where "by" and the words of what is ranked end after a ranking ("top 10 users by failed logons"); -1 if none follow. */
/** "in NL", "from the Netherlands", "based in Upper Austria": where a ranked subject is, said before what it is ranked by. */
const PLACE_OF_RANKED = String.raw`(?:\s+(?:in|from|based\s+in|located\s+in)\s+(?:the\s+)?(?!(?:each|every|all|any|per|which|what)\b)[a-z][\w.'-]*(?:\s+(?!by\b)[a-z][\w.'-]*)?)?`;
/**
 * "by failed logons", "by the number of orders": what a ranking is by, a noun of up to two words (three when the last
 * is a value word: "by paid invoice total"); a second word that brings in a group or a window ("by spend in each
 * country", "by revenue this year") is none of it. A place the ranked subject is in may come between ("top 10
 * customers in NL by revenue").
 */
const RANKED_BY = new RegExp(
  String.raw`^${PLACE_OF_RANKED}\s+by\s+(?:the\s+|their\s+)?(?:number\s+of\s+|count\s+of\s+)?[\w-]+(?:\s+(?!(?:in|for|per|each|every|across|within|from|during|over|this|last|past|and|with|by)\b)[\w-]+)?(?:\s+(?:total|amount|value|sum|spend|revenue)s?\b)?`,
  'i',
);
function rankedByEnd(text: string, from: number): number {
  const by = RANKED_BY.exec(text.slice(from));
  return by ? from + by[0].length : -1;
}

/**
 * "customers in Austria with", "staff from the Legal team who had": an entity placed in a value before the words
 * that bring in a threshold; the value is where the entity is, the entity is what is counted per.
 */
const PLACED_SUBJECT = new RegExp(
  `(${NOUN})\\s+(?:in|from|based\\s+in|located\\s+in)\\s+(?:the\\s+)?(?:[\\w&.'-]+\\s+){1,4}?(?:with|w\\/|having|who\\s+(?:have|has|had|made|placed|did)|that\\s+(?:have|has|had|made|placed)|(?:that\\s+|who\\s+)?(?:placed|made|bought|ordered|purchased))\\s+$`,
  'i',
);

/** The entity kind of a noun ("customers" → customer), null for a word that names no entity ("Austria"). */
function entityKind(noun: string): string | null {
  const kind = subjectKind(noun);
  return kind !== null && ENTITY_KINDS.some(([, k]) => k === kind) ? kind : null;
}

/** "from the same IP", "from a single host", "against one account": that entity is a group of its own. */
const SAME_SUBJECT = new RegExp(
  `\\b(?:from|by|for|on|against|to)\\s+(?:(?:the\\s+)?same|a\\s+single|one|a\\s+given)\\s+(${NOUN})`,
  'i',
);
const SLIDING = new RegExp(
  `^[^.;]{0,60}?\\b(?:in|within)\\s+(?:a\\s+|an\\s+)?(?:(${NUMBER_PATTERN})[\\s-]*)?(${UNIT_PATTERN})\\b(?:\\s+(?:window|period|span|interval))?`,
  'i',
);

/** Where an address or a host stands ("external IPs", "public addresses"): a filter on the counted, not what is counted. */
const SCOPE_WORD = '(?:(?:external|internal|public|private|foreign|outside|non[\\s-]?corporate|corporate)\\s+)?';
/** "different", with the letter dropped or doubled that hurried typing often drops ("diffrent", "diferent", "differnt"). */
const DIFFERENT_WORD = '(?:diff?e?re?nt|diff)';
/**
 * "distinct users", "how many different hosts", "number of individual accounts", "unique external IPs", "monthly
 * active members" (those active in each period): each counted once.
 */
const DISTINCT = new RegExp(
  `\\b(?:distinct|unique|${DIFFERENT_WORD}|individual|separate|(?:daily|weekly|monthly|quarterly|yearly)\\s+active)\\s+(?:number\\s+of\\s+|count\\s+of\\s+)?${SCOPE_WORD}(${NOUN})`,
  'i',
);
const COUNT_DISTINCT = new RegExp(`\\b(?:dcount|count\\s+distinct)\\s*\\(?\\s*${SCOPE_WORD}(${NOUN})`, 'i');
/** A value word after the noun it belongs to ("invoice amount", "order value", "basket size"). */
const VALUE_TAIL = `(?:\\s+(amount|value|total|price|cost|spend|revenue|size|duration))?`;
/** "deal size", "basket value", "sale amount": what one sale was worth, whatever the sale is called. */
const SALE_SIZE = /^(?:orders?|deals?|baskets?|carts?|sales?|purchases?)\s+(?:size|value|amount|total)$/i;
/** "the average order", "a mean purchase": one sale said alone, its average being what a sale was worth. */
const ONE_SALE = /^(?:order|deal|basket|cart|sale|purchase)$/i;
/** "AOV by region": the usual shorthand for the average order value. */
const AOV = /\bAOVs?\b/i;
/** "above the average", "less than the mean customer": the average a measure is held to, not the measure. */
const HELD_TO = String.raw`(?<!\b(?:above|over|than|below|under|exceeds?|exceeding)\s+(?:the\s+|an\s+)?)`;
/** "I mean the ones who …", "by that we mean": the verb "mean" after a person or a helping verb, never an average. */
const MEAN_AS_VERB = String.raw`(?<!\b(?:i|we|you|they|do|does|did|to)\s+)`;
const AVERAGE = new RegExp(
  `${HELD_TO}\\b(?:average|avg|${MEAN_AS_VERB}mean)\\s+(?:of\\s+|the\\s+)*(${NOUN})${VALUE_TAIL}`,
  'i',
);
// "total invoiced", "total billed": money said by the verb that moved it.
const MONEY_WORDS =
  'amount|revenue|spend|spending|spent|sales|value|cost|costs|price|bytes|volume|traffic|paid|payments?|turnover|income|outstanding|owed|balances?|invoiced|billed|charged|refunded';
const SUM = new RegExp(
  `\\b(?:sum\\s+of\\s+(?:the\\s+|all\\s+)?(${NOUN}(?:\\s+(?:amount|value|total|price|cost|spend|revenue|fee)s?)?)|total\\s+((?:order\\s+|sales\\s+|payment\\s+)?(?:${MONEY_WORDS}))|total\\s+(?:[a-z]+\\s+){1,2}(${MONEY_WORDS}))\\b`,
  'i',
);
/**
 * "by amount", "by the total value", "by their combined spend", "by money made": the money word a ranking of groups
 * is by ("money" and "cash" say what came in, revenue).
 */
const BY_MONEY = new RegExp(
  `^${PLACE_OF_RANKED}\\s+by\\s+(?:the\\s+|their\\s+|its\\s+)?(?:total\\s+|combined\\s+|overall\\s+|summed\\s+)?(${MONEY_WORDS}|money|cash)\\b`,
  'i',
);

/** A ranking of groups said to be by money right after its subject ("top 7 clients by value"): that money, summed. */
function rankedByMoney(text: string, from: number): QuestionShape['measure'] {
  const by = BY_MONEY.exec(text.slice(from, from + 60));
  return by ? { kind: 'sum', of: /^(?:money|cash)$/i.test(by[1]!) ? 'revenue' : by[1]!.toLowerCase() } : null;
}

/**
 * "outstanding balance per client", "amount still owed", "how much does each account owe", "how much is due next
 * week", "who owes us on invoices …? per customer": the money not paid yet, summed.
 */
const STILL_OWED =
  /\b(?:(?:outstanding|unpaid|open|owed|owing)\s+(?:balances?|amounts?|debts?|totals?)|(?:who|which\s+[a-z]+)\s+(?:still\s+)?owe[sd]?\s+(?:us|me)\b(?!\s+(?:the\s+)?most\b)|(?:balances?|amounts?|sums?)\s+(?:still\s+)?(?:outstanding|owed|owing|unpaid)|how\s+much\s+(?:[\w-]+\s+){0,8}?(?:still\s+)?(?:owe[sd]?|owing)|how\s+much\s+(?:money\s+)?(?:is|was|will\s+be|falls?|fell)\s+(?:still\s+)?due)\b/i;

/** Ranked or broken down by money ("top 10 customers by revenue", "how much did each customer spend"): a sum. */
/**
 * A person said to belong to the sales team ("j.doe@corp.io from sales", "users in sales", "she works in sales"):
 * the word names a department, not money summed.
 */
const MEMBER_OF_SALES =
  /(?:@[\w-]+(?:\.[\w-]+)+|\b(?:she|he|they|someone|somebody|people|person|users?|employees?|staff|colleagues?|co-?workers?|guys?|folks|members?|everyone|anyone|anybody|agents?|reps?|managers?|hires?|works?|working|worked|is|are|was|were))[\s(,]+(?:from|in|on|at)\s+(?:the\s+|our\s+)?sales\b(?!\s+(?:of|from|by|per|in|for)\b)/gi;
/** The question with the sales team said as a person's department blanked, same length (see {@link MEMBER_OF_SALES}). */
function withoutSalesTeam(text: string): string {
  return text.replace(MEMBER_OF_SALES, (said) => said.slice(0, -'sales'.length) + ' '.repeat('sales'.length));
}
/**
 * "Monthly revenue in USD", "sales this quarter", "the Atrium's spending", "weekly bookings": what is asked for is a sum of it ("sales
 * channel", "sales rep" are no sum).
 */
const SALES_SUBJECT =
  /\b(revenue|turnover|income|sales|spending|(?<=\b(?:daily|weekly|monthly|quarterly|yearly|annual|total|net|gross)\s+)bookings)\b(?!\s+(?:channels?|reps?|representatives?|team|people|person|region|territory|stage|tax|orders?|dept|depts|departments?|division|org))/i;
/** The words {@link SALES_SUBJECT} reads, as a cheap test before it (its look-behind is tried at every word). */
const SALES_WORD = /revenue|turnover|income|sales|spending|bookings/i;
/**
 * "how much did we invoice", "how much was refunded", "how much money", "what they've spent with us", "what each has
 * paid": an amount of money, summed.
 */
const HOW_MUCH_MONEY =
  /\bhow\s+much\s+(?:money\b|cash\b|(?:did|do|does|have|has|had|was|were|is|are|will)\s+(?:\w+\s+){0,3}?(?:invoic|bill|charg|spen[dt]|sold|sell|earn|made|make|paid|pay|refund|receiv|collect|lost|los|owe))|\bwhat\s+(?:they|each(?:\s+of\s+them)?|he|she)\s*(?:['\u2019]ve|\s+have|\s+has|\s+had)?\s+(?:spent|paid)\b/i;
/** Two things whose pairs are the groups: "department and category combinations", "host/user pairs", "src-dest combos". */
const COMBINATION =
  /\b([a-z][\w-]{1,30}?)\s*(?:\s(?:and|&|x)\s|[/+])\s*([a-z][\w-]{1,30})\s+(?:combinations?|combos?|pairs?|pairings?|tuples?)\b/i;

/**
 * "what did we take in per currency", "what did the shop bring in last month", "how much did we rake in": the money
 * that came in (a verb of takings, its "in" said), summed.
 */
const TAKINGS =
  /\b(?:what|how\s+much)\s+(?:did|do|does|have|has|had|will)\s+(?!(?:that|it|this|they|those|these)\s)(?:\w+\s+){1,3}?(?:take|took|taken|bring|brought|pull|pulled|rake|raked|haul|hauled)\s+in\b|\b(?:what|how\s+much)\s+(?:did|do|does|have|has|had)\s+(?!(?:that|it|this|they|those|these)\s)(?:\w+\s+){1,3}?(?:gross|grossed|turn\s+over|turned\s+over)\b|\btakings\b/i;
/** "Revenue by category", "sales per region": a sum broken down. */
/** "invoiced amount by month", "billed total per customer": the money a verb says moved, summed per group. */
const MONEY_MOVED_BY =
  /\b(?:invoiced|billed|charged|refunded|collected|received)\s+(?:amounts?|totals?|values?|sums?)\s+(?:by|per|for\s+each|across|broken\s+down|each)\b/i;
/** A money word a ranking of groups sums ("highest spend", "lowest revenue"). */
const MONEY_MEASURE = new RegExp(`^(?:${MONEY_WORDS})$`, 'i');
/** What a verb of money moved ranks by: what was spent, what is still owed, else what came in. */
const MONEY_MOVED_OF: ReadonlyArray<readonly [RegExp, string]> = [
  [/^spen/i, 'spend'],
  [/^owe/i, 'owed'],
  [/./, 'revenue'],
];
/**
 * "spent the most", "owe the most", "generated the most revenue", "made the most money", "bring in the most cash": a
 * ranking by money moved; not
 * when what follows is records counted ("generated the most alerts", "the most export_done events"). "Made" and "brought"
 * move money only with the money said after them ("made the most changes" counts the changes); "generated" with the
 * money said after it or nothing ("which stores generated the most this year"), never with other things generated
 * ("generated the most failed logins").
 */
const MONEY_MOST =
  /\b(spen[dt]|paid|earn(?:ed|s)?|br(?:ought|ings?)\s+in|owe[sd]?|(?:made|makes?|brought|brings?)(?=\s+(?:us\s+)?(?:the\s+)?(?:most|least)\s+(?:money|cash|revenue|sales|profit)\b)|generated(?=\s+(?:us\s+)?(?:the\s+)?(?:most|least)(?:\s+(?:money|cash|revenue|sales|profit|income|turnover)\b|\s*(?:$|[?.!,;)]|\s+(?:in|this|last|over|during|since|for|per|by|across|from|at|on|today|yesterday)\b))))\s+(?:us\s+)?(?:the\s+)?(?:most|least)\b(?!\s+(?:of\s+)?(?:orders?|purchases?|times?|calls?|requests?|transactions?|events?|alerts?|errors?|tickets?|incidents?|[a-z0-9]+(?:_[a-z0-9]+)+)\b)/i;
/** Money named right after a ranking by money moved ("… the most money", "… the least revenue"). */
const MONEY_NOUN_AFTER = /^\s+(?:money|cash|revenue|sales|income|turnover|profit)\b/i;
/** "the total of unpaid invoices", "total of all refunds": records of money totalled are their amount, summed. */
const TOTAL_OF_MONEY_RECORDS =
  /\btotal\s+of\s+(?:the\s+|all\s+|our\s+)?(?:[a-z]+\s+)?(?:invoices|orders|payments|refunds|purchases|transactions|bills|charges|sales)\b/i;
/**
 * "the total per currency", "totals by store": with records of money in the question, the total broken down is their
 * amount summed per group, not a count of the rows.
 */
const TOTAL_PER = /\btotals?\s+(?:by|per|for\s+each|in\s+each|across)\s/i;
const MONEY_RECORDS_SAID =
  /\b(?:orders?|invoices?|payments?|refunds?|purchases?|transactions?|bills?|charges?|bookings?|currenc(?:y|ies))\b/i;
const SUM_OF_BY =
  /\b(revenue|sales|turnover|spend(?:ing)?|income|budget)s?\s+(?:by|per|for\s+each|across|broken\s+down)\b/i;
/**
 * "the Orchard spend in FY2027", "Atrium's spend for Q1": spend said as a noun, what a unit spent, summed; not the verb
 * of who spends ("customers who spend over 50", "did they spend").
 */
const SPEND_NOUN =
  /\b(?<!\b(?:who|that|which|they|we|you|i|did|do|does|to|will|would|can|could|should|might|may|must|not)\s+)spend\b(?!\s+(?:more|less|over|under|above|below|at\s+(?:least|most)|between|on|with)\b)/i;
const SUM_BY = new RegExp(
  `\\b(?:by|in)\\s+(?:total\\s+|lifetime\\s+)?(revenue|sales|spend|spending|turnover|order\\s+(?:value|total)s?|amount\\s+spent|lifetime\\s+value|ltv)\\b(?!\\s+(?:channel|reps?|region|team|person|people|territory|stage)\\b)|\\b(?:how\\s+much|what\\s+(?:did|do|does|has|have))\\s+(?:[\\w-]+\\s+){0,6}?(spen[dt]|paid|pay|earn(?:ed)?|bought)\\b(?!\\s+(?:for|with|on|by)\\b)`,
  'i',
);
/**
 * "by invoice total", "by paid invoice amount", "by their order value": a ranking or a breakdown by the money a
 * record of money holds, summed (a word before the record, "paid", qualifies which records, read apart).
 */
const BY_RECORD_MONEY =
  /\bby\s+(?:the\s+|their\s+|its\s+)?(?:total\s+|combined\s+|overall\s+|summed\s+)?(?:[a-z]+\s+)?((?:invoice|order|payment|bill|purchase|sale|transaction|booking|refund|deal)\s+(?:total|amount|value|sum))s?\b/i;
const MAXIMUM = new RegExp(
  `\\b(?:max(?:imum)?|highest|largest|biggest|peak)\\s+(?!number\\b|count\\b)(${NOUN})${VALUE_TAIL}`,
  'i',
);
/** "combined order value", "cumulative spend", "aggregate invoice amount": money of many rows added up. */
const COMBINED_MONEY =
  /\b(?:combined|cumulative|aggregated?|summed|added[\s-]up)\s+(?:(order|invoice|payment|sales?|purchase|booking)\s+)?(value|amount|spend|spending|revenue|worth|total)s?\b/i;
/** "minimum order value", "lowest price"; "15-min buckets", "every 5 min" are minutes. */
const MINIMUM = new RegExp(
  `\\b(?<!\\d[\\s-]?)(?:min(?:imum)?|lowest|smallest)\\s+(?!number\\b|count\\b)(${NOUN})${VALUE_TAIL}`,
  'i',
);
/** "count it from the line items", "count them using the price": how to work a value out, not a count asked. */
const WORKED_OUT = `(?!\\s+(?:it|them|this|that)\\s+(?:from|as|using|with|off|based)\\b)`;
const COUNT = new RegExp(
  `\\b(?:how\\s+many|(?:total\\s+)?number\\s+of|count${WORKED_OUT}\\s+(?:of\\s+|the\\s+)?|counts?\\s+by|tally\\s+of)\\s*(?:the\\s+)?(?:distinct\\s+)?(?:(?:failed|successful)\\s+)?(${NOUN})?`,
  'i',
);
/**
 * A noun of happenings right after the counted noun ("number of user account changes", "how many host logon
 * events"): the entity only qualifies them, and what is counted is the events.
 */
const EVENTS_AFTER_NOUN =
  /^\s+(?:[a-z][\w-]{1,30}\s+)?(?:changes|events|modifications|updates|edits|actions|attempts|operations|entries|records|log-?ons|log-?ins|sign-?ins|lockouts|resets|creations|deletions|alerts|views|accesses|look-?ups|reads|opens|downloads|exports|prints)\b/i;
/** "order count", "customer counts": a count of the entity named before the word. */
const NOUN_COUNT = /\b([a-z][\w-]{1,30})\s+counts?\b(?!\s+of\b)/i;
const MOST = new RegExp(
  `\\b(?:the\\s+)?(?:most|highest\\s+number\\s+of|largest\\s+number\\s+of|greatest\\s+number\\s+of)\\s+(?!recent|recently|likely|of\\b)(?:(?:failed|successful|\\d{3,6})\\s+)?(${NOUN})`,
  'i',
);
/** "Which hosts resolved …", "what users signed in …", "which of our boxes …": the answer is one row per entity. */
const WHICH_ENTITY = new RegExp(
  `(?:^|[.?!;:,]\\s*|\\s[-\u2013\u2014]+\\s*|\\b(?:show|list|find|tell)\\s+(?:me\\s+)?)(?:which|what)\\s+(?:of\\s+(?:our|the|your|their|these|those|my)\\s+)?(${NOUN})\\b(?:\\s+and\\s+(${NOUN})\\b)?`,
  'i',
);
/**
 * "hosts running <a program>", "machines with <a tool> installed", "where is <a program> installed": the answer is one
 * row per machine the program is on.
 */
const MACHINES_WITH_PROGRAM =
  /(?:^|[.?!;:,]\s*|\b(?:show|list|find|get|give|count)\s+(?:me\s+)?(?:all\s+|the\s+|any\s+)?)(?:hosts|machines|devices|endpoints|computers|servers|workstations|laptops)\s+(?:(?:that|which|where)\s+(?:are\s+|were\s+)?)?(?:running\b|(?:have|has|had|having|with)\s+(?:[\w.-]+\s+){1,4}?(?:installed|running|present|deployed)\b)|\bwhere\s+(?:is|are|was|were)\s+(?:[\w.-]+\s+){1,4}?(?:installed|running|present|deployed)\b/i;
/**
 * "What launched cmd.exe", "which processes spawned rundll32", "parent processes of …": the answer is
 * one row per process that started the one named, its parent.
 */
const PARENT_SUBJECT =
  /\b(?:what|which\s+(?:process(?:es)?|programs?|binar(?:y|ies)|executables?|apps?))\s+(?:has\s+|have\s+)?(?:launched|spawned|started|created|executed|opened|forked)\b(?!\s+\w+ing\b)|^\s*(?:(?:show|list|find|get|give)\s+(?:me\s+)?)?(?:the\s+|all\s+)?parent\s+(?:process(?:es)?|images?)\b/i;
/** "the 5 most common error codes", "least common parent processes", "rarest user agents": a ranking by how often each occurs. */
const MOST_COMMON = new RegExp(
  `\\b(?:(${NUMBER_PATTERN})\\s+)?(?:(?:(most)|least)\\s+(?:common|frequent|frequently\\s+seen|popular|prevalent|used|active|targeted|attacked|seen)|(rarest|least\\s+seen))\\s+(${NOUN})`,
  'i',
);
/** "who generated the most …", "who had the highest number of …": the people ranked by what they did. */
const WHO_MOST =
  /\bwho\s+(?:[a-z][\w-]{1,30}\s+){1,3}?(?:the\s+)?(?:most|highest\s+number\s+of|largest\s+number\s+of)\b(?!\s+(?:recent|recently|likely|often)\b)/i;
/** The word {@link WHO_MOST} opens with, as a cheap test before it. */
const SAYS_WHO = /\bwho\b/i;
/** How many rows a ranking asked with no number keeps ("which users logged the most events"). */
const RANKED_ROWS_SHOWN = 10;
/**
 * A value written right after a key ("host DC01", "src 10.2.3.4", "user 'ops'", "port 8443"): a quoted text, a
 * token with a digit in it, then the end of the token, or the rest of a domain account ("NT AUTHORITY\\SYSTEM"); not a
 * span of time ("by caller lst 12h" ends on a window).
 */
const VALUE_AFTER_KEY =
  /^\s+(?!\d+\s*(?:s|m|h|d|w|hrs?|hours?|mins?|minutes?|days?|wks?|weeks?|mos?|months?|y|yrs?|years?)\b)(?:["'`\u201c]|[\w.@:/\\-]*\d[\w.@:/\\-]*(?![\w.@:/\\-])|[\w.-]+\\[\w.$-]+)|^\\\w/;
/** People from outside a tenant ("guests", "external users", "B2B accounts"): a kind of account, read as a filter. */
const GUEST_PEOPLE = /^(?:guest|external|b2b)(?:s\b|\s|$)/i;
/** A noun said in the singular: no plural "s" ending ("customer", "address"; not "customers"). */
const SINGULAR_NOUN = /(?:[^s]|ss)$/i;
/** A calendar period a "which …" question ranks ("which month", "what 3 days"). */
const PERIOD_NOUN = /^(?:hours?|days?|weeks?|months?|quarters?|years?)$/i;
/**
 * "Which users had the most …", "which five source IPs had the most …", "which ten Defender devices ran
 * … most often": one row per subject, ranked; a number before the subject is how many. The words up to
 * "most" stay in the sentence ("certutil.exe" is a word, a full stop ends it); "at least" is a threshold.
 */
const WHICH_MOST = new RegExp(
  `\\b(?:which|what)\\s+(?:(${NUMBER_PATTERN})\\s+)?(${NOUN})(?:\\s+([A-Za-z][\\w-]{1,30}))?\\s+(?:[^\\s?!;.]+(?:\\.[^\\s?!;.]+)*\\s+){0,12}?(?:the\\s+)?(?<!\\bat\\s)(?:most|highest|fewest|least|lowest|largest|biggest|greatest|smallest)\\b(?!\\s+(?:ones?\\s+)?first\\b)`,
  'i',
);
/** A count spelt out before the rows it ranks ("the five source addresses with the most …"), two to twenty. */
const SMALL_NUMBER_WORD =
  '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';
/**
 * "countries with the most new customers", "segments having the lowest revenue", "the 4 stores that earned the most":
 * the noun said before "with the most" (or before a verb of what it did) is what is ranked, one row per each, by the
 * measure said after.
 */
const SUBJECT_WITH_MOST = new RegExp(
  `(?:(?<![\\w.,:/-])(\\d{1,3}|${SMALL_NUMBER_WORD})\\s+)?\\b(${NOUN})\\s+(?:with|having|that\\s+(?:have|had)|who\\s+(?:have|had)|(?:that|which|who)\\s+(?:[a-z]{2,20}ed|spent|sent|made|paid|sold|brought\\s+in|earns?|makes?|spends?|sells?)(?:\\s+us)?)\\s+(?:the\\s+)?(most|highest|largest|biggest|greatest|fewest|least|lowest|smallest)\\b(?!\\s+(?:recent|recently|likely|often)\\b)`,
  'i',
);

/** "per host", "for every user", "of every product" (what was summed or counted of each one): a grouping. */
const GROUP_WORDS = `(?:per|for\\s+each|for\\s+every|of\\s+every|each|grouped\\s+by|group\\s+by|broken\\s+down\\s+by|breakdown\\s+by|split\\s+by|by)`;
/**
 * "how many of each per host": a group word right before another ("each per") is none; the second one groups. "each of
 * our machines", "by each of the crane PCs" group by the machines.
 */
const GROUP = new RegExp(
  `(\\b[\\w-]+\\s+)?\\b(${GROUP_WORDS})\\s+(?!(?:per|by)\\b)(?:the\\s+|each\\s+of\\s+(?:the|our|their|these|those|my|your)\\s+|each\\s+|their\\s+|of\\s+(?:the|our|their|these|those|my|your)\\s+|a\\s+(?:single|given)\\s+|any\\s+(?:single|one)\\s+)?(${NOUN})`,
  'gi',
);
/** A ranking adjective between "top 5" and its noun ("top 5 best-selling products", "top 3 most viewed pages"). */
const TOP_ADJECTIVE = `(?:most\\s+\\w+\\s+|(?:(?:best|worst|top|highest|lowest)[\\s-]+)?(?:selling|performing|earning|grossing|rated)\\s+)`;
const TOP = new RegExp(
  `(?<![.*])\\b(top|bottom)\\s+(?:(${NUMBER_PATTERN})\\b\\s*)?${TOP_ADJECTIVE}?((?:best|top)[\\s-]sellers?\\b|${NOUN})?`,
  'gi',
);
/** The verbs of a ranking said outright: a cheap test before {@link RANK_BY}. */
const SAYS_RANK = /\b(?:rank|sort)/i;
/**
 * "rank product lines by units sold", "ranking of the 5 regions by revenue", "sort suppliers by spend": a verb of
 * ranking, then (a number and) the noun ranked, right before "by".
 */
const RANK_BY = new RegExp(
  `\\b(?:rank(?:ed|ing)?(?:\\s+of)?|sort(?:ed)?)\\s+(?:(?:all|the|our|my|each)\\s+)?(?:(${NUMBER_PATTERN})\\s+)?(${NOUN}(?:\\s+${WORD})?)(?=\\s+by\\b)`,
  'i',
);
/** A ranking asked the other way round ("ascending", "lowest first", "smallest first"). */
const LOWEST_FIRST =
  /^[^.?!;]{0,60}\b(?:ascending|(?:lowest|smallest|least|fewest|worst)\s+(?:first|on\s+top|at\s+the\s+top))\b/i;

/**
 * "the 20 most recent …", "latest 5 …": a limit on rows by time (a number inside an address or a range is none, nor
 * a value said by its name before a time window: "port 443 last 4 hours", "event 4625 past week").
 */
const RECENT = new RegExp(
  `\\b(?:(?<![./:-]|\\b(?:ports?|events?|ids?|codes?|types?)\\s+)(${NUMBER_PATTERN})\\s+(most\\s+recent|latest|newest|last|oldest|earliest|first)(?!\\s+(?:\\d|few\\b|couple\\b|(?:hour|day|week|month|quarter|year|night|weekend)s?\\b))|(most\\s+recent|latest|newest|last|oldest|earliest|first)\\s+(${NUMBER_PATTERN}))(?:\\s+(${NOUN}))?`,
  'i',
);
const LIMIT = new RegExp(
  `\\b(?:limit(?:ed)?\\s+(?:to\\s+)?|only\\s+|show\\s+(?:me\\s+)?|return\\s+|list\\s+)(${NUMBER_PATTERN})\\s+(?:rows|results|records|events|entries|items|lines)\\b`,
  'i',
);
const SORTED = new RegExp(
  `\\b(?:sort(?:ed)?|order(?:ed)?|rank(?:ed)?)\\s+by\\s+(?:the\\s+)?(${NOUN})(?:\\s+(desc(?:ending)?|asc(?:ending)?|highest\\s+first|lowest\\s+first|largest\\s+first|smallest\\s+first))?`,
  'i',
);
/** "five best products", "the 3 worst-selling items", "best-selling products": a top-N of that subject. */
const BEST = new RegExp(
  `\\b(?:(${NUMBER_PATTERN})\\s+)?(best|worst|top|bottom|biggest|largest|highest|lowest)(?:[\\s-]+(?:selling|performing|earning|grossing))?\\s+(?!by\\b|of\\b|number\\b|count\\b)(${NOUN})`,
  'i',
);
/**
 * "the 6 largest retail buyers", "our 4 best wholesale clients": a counted top-N whose subject comes after one
 * qualifying word (a segment, a tier, a region). Read only when no subject follows the ranking word at once.
 */
const BEST_QUALIFIED = new RegExp(
  `\\b(${NUMBER_PATTERN})\\s+(best|worst|biggest|largest|highest|lowest|smallest)\\s+(?!by\\b|of\\b|number\\b|count\\b)[a-z][\\w-]{1,30}\\s+(${NOUN})`,
  'i',
);
/**
 * A ranking word and a number with no noun after them ("Give me the worst 20.", "just the top 5 please",
 * "the 10 noisiest"): how many of the ranked rows to keep, said apart from what is ranked.
 */
const RANK_CUT = new RegExp(
  `\\b(?:worst|top|biggest|largest|heaviest|noisiest|busiest|highest|loudest)\\s+(${NUMBER_PATTERN})(?=\\s*(?:ones?|offenders)?\\s*(?:[.?!,;:]|$|please\\b|only\\b))|\\b(${NUMBER_PATTERN})\\s+(?:worst|biggest|noisiest|busiest|heaviest)(?:\\s+(?:ones|offenders))?(?=\\s*(?:[.?!,;:]|$))`,
  'i',
);
/** A direction said with no value after it ("biggest first", "most first", "lowest ones first"). */
const RANK_FIRST =
  /\b(?:(biggest|largest|highest|most|greatest|top)|(smallest|lowest|fewest|least))\s+(?:ones?\s+|counts?\s+|numbers?\s+)?first\b|\b(?:sort(?:ed)?|order(?:ed)?|rank(?:ed)?)\s+(?:in\s+)?(?:(desc(?:ending)?)|(asc(?:ending)?))(?:\s+order)?\b|\bin\s+(?:(descending)|(ascending))\s+order\b/i;
const TIME_ORDER =
  /\b(?:(oldest|earliest)\s+first|(newest|latest|most\s+recent)\s+first|(reverse\s+chronological)|(chronological(?:ly)?)|in\s+(?:time\s+)?order)\b/i;

/*
 * Cheap tests of a word a reading pattern needs, tried before the pattern (each pattern is tried at every word, and
 * most questions say none of these words).
 */
/** A number, as {@link RECENT}, {@link LIMIT}, {@link RANK_CUT} and the thresholds need one. */
const SAYS_NUMBER = new RegExp(NUMBER_PATTERN, 'i');
/** The superlatives {@link SUBJECT_WITH_MOST} ranks by. */
const SAYS_SUPERLATIVE = /\b(?:most|highest|largest|biggest|greatest|fewest|least|lowest|smallest)\b/i;
/** The words of how often {@link MOST_COMMON} needs one of. */
const SAYS_MOST_OR_LEAST = /\b(?:most|least|rarest)\b/i;
/** The words of {@link MOST} ("most", "highest number of"). */
const SAYS_MOST_OR_NUMBER = /\b(?:most|number)\b/i;
/** The ranking words of {@link BEST}. */
const SAYS_BEST = /\b(?:best|worst|top|bottom|biggest|largest|highest|lowest|smallest)\b/i;
/** The word {@link RANK_FIRST} ends with. */
/** The words {@link RANK_FIRST} turns on: "… first", or a direction said ("sorted ascending", "in descending order"). */
const SAYS_FIRST_OR_DIRECTION = /\bfirst\b|\b(?:asc|desc)(?:ending)?\b/i;
/** The words of {@link TIME_ORDER}. */
const SAYS_TIME_ORDER = /first|chronological|order/i;
/** The question words {@link WHICH_ENTITY} and {@link WHICH_MOST} open with. */
const SAYS_WHICH = /\b(?:which|what)\b/i;
/** The machine nouns and the "where" of {@link MACHINES_WITH_PROGRAM}. */
const SAYS_MACHINES = /hosts|machines|devices|endpoints|computers|servers|workstations|laptops|where/i;
/** The word {@link NOUN_COUNT} ends with. */
const SAYS_COUNT = /\bcounts?\b/i;
/** The last word of each of the grouping words of {@link GROUP}. */
const SAYS_GROUPING = /\b(?:per|each|every|by)\b/i;
/** The adverbs of {@link BUCKET_ADVERB}. */
const SAYS_BUCKET_ADVERB = /hourly|daily|weekly|monthly|minutely|quarterly|yearly|annually/i;

/**
 * "hourly", "daily": a bucket; not the cadence of the asker's own work ("for my weekly report", "the monthly review",
 * "ahead of our yearly compliance check", "for the monthly board pack").
 */
const BUCKET_ADVERB =
  /(?<!\b(?:for|ahead\s+of|before|as\s+part\s+of|towards?)\s+(?:the|our|my|a|an|this|next|that|his|her|their)\s+)\b(hourly|daily|weekly|monthly|minutely|quarterly|yearly|annually)\b(?!\s+(?:reports?|reviews?|digests?|summar(?:y|ies)|meetings?|stand-?ups?|updates?|syncs?|calls?|decks?|briefings?|newsletters?|check-?ins?)\b)/i;
const BUCKET_EVERY = new RegExp(
  `\\b(?:every|each|per|by|in|into|over)\\s+(?:(${NUMBER_PATTERN})[\\s-]*)?(minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\b(?:\\s+(?:buckets?|bins?|intervals?|windows?|increments?|slices?))?`,
  'i',
);
const BUCKET_SIZED = new RegExp(
  `\\b(${NUMBER_PATTERN})[\\s-]*(minutes?|mins?|hours?|hrs?|days?|weeks?)\\s+(?:buckets?|bins?|intervals?|windows?|increments?|slices?|granularity|steps?|chunks?|periods?|blocks?)\\b`,
  'i',
);

const ADVERB_UNITS: Readonly<Record<string, string>> = {
  minutely: 'minute',
  hourly: 'hour',
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
  annually: 'year',
};

const MONTH_SECONDS = 2_592_000;
/** Calendar periods longer than a month, as whole months: a quarter is 3, a year 12 (`TimeBucket` counts in months). */
const MONTHS_IN: Readonly<Record<string, number>> = { quarter: 3, year: 12 };

function bucketOf(amount: string | undefined, unitWord: string): TimeBucket | null {
  const months = MONTHS_IN[unitWord.toLowerCase().replace(/s$/, '')];
  // "by quarter", "yearly": whole calendar months, three or twelve of them.
  if (months !== undefined) return amount === undefined ? calendarMonths(months) : null;
  const size = amount === undefined ? 1 : readNumber(amount);
  const seconds = unitSeconds(unitWord);
  if (size === null || seconds === null || !Number.isInteger(size) || size < 1 || size > 10_000) return null;
  const unit: TimeBucketUnit | null =
    seconds === 60
      ? 'minute'
      : seconds === 3600
        ? 'hour'
        : seconds === 86_400
          ? 'day'
          : seconds === 604_800
            ? 'week'
            : seconds === MONTH_SECONDS
              ? 'month'
              : null;
  return unit === null ? null : { unit, size, seconds: size * seconds };
}

/** A bucket of whole calendar months (a quarter, a year). */
function calendarMonths(months: number): TimeBucket {
  return { unit: 'month', size: months, seconds: months * MONTH_SECONDS };
}

function positiveInteger(text: string | undefined): number | null {
  if (text === undefined) return null;
  const value = readNumber(text);
  return value !== null && Number.isInteger(value) && value >= 1 && value <= 1_000_000 ? value : null;
}

interface Reading {
  readonly text: string;
  readonly taken: SpanSet;
}

/** The keys listed after a grouping's first: ", city", " and user", ", user and app", " and source IP" (a key of two words). */
/**
 * Keys listed after the first ("by host, user and port", "per user and which server", "by eventName and userIdentity.arn"); a phrase that starts
 * with a preposition ("…, for invoices paid") ends the list.
 */
const GROUP_LIST =
  /^(?:\s*(?:,|\band\b|,\s*and\b|\+|&|\/)\s*(?:the\s+|their\s+|each\s+|(?:by|per)\s+(?:the\s+|their\s+|each\s+)?|(?:which|what)\s+)?(?!(?:for|in|on|from|with|of|during|since|over|to|at|within|between|after|before|only|where|when|which|that)\b)[A-Za-z][\w-]{1,40}(?:\.[A-Za-z][\w-]{1,40}){0,3}(?:\s+(?!and\b)[A-Za-z][\w-]{1,40})?){1,3}/i;

/** Entities counted as distinct values when a threshold is on them ("more than 10 hosts"). */
const DISTINCT_ENTITIES: ReadonlySet<string> = new Set([
  'user',
  'ip',
  'dest_ip',
  'host',
  'country',
  'city',
  'app',
  'domain',
  'port',
]);

function readHaving(reading: Reading): {
  having: Threshold;
  subjects: string[];
  counted: string | null;
  distinct: boolean;
  end: number;
  /** The number counts rows of an entity ("at least ten products", "ten of them"), not a value. */
  rows: boolean;
} | null {
  const { text, taken } = reading;
  if (!SAYS_NUMBER.test(text)) return null;
  for (const pattern of [HAVING, OR_MORE]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (taken.overlaps(m.index, m.index + m[0].length)) continue;
      const isOrMore = pattern === OR_MORE;
      const operator = isOrMore ? ((m[2] ?? 'more').toLowerCase() === 'more' ? 'gte' : 'lte') : comparator(m[1]!);
      const value = readNumber(isOrMore ? m[1]! : m[2]!);
      const noun = m[5]!;
      if (
        operator === null ||
        value === null ||
        TIME_UNIT_WORD.test(noun.split(/\s+/).pop()!) ||
        /^(?:percent|%|kb|mb|gb|bytes?)$/i.test(noun)
      )
        continue;
      const lead = text.slice(Math.max(0, m.index - 80), m.index);
      const before = HAVING_SUBJECT.exec(lead);
      const same = SAME_SUBJECT.exec(text.slice(m.index, m.index + 200));
      // "more than 50 patient records", "over 20 customer lookups": the entity only qualifies what is counted.
      const nounWords = noun.split(/\s+/);
      const qualifies =
        EVENTS_AFTER_NOUN.test(text.slice(m.index + m[0].length)) ||
        (nounWords.length > 1 && EVENTS_AFTER_NOUN.test(` ${nounWords.slice(1).join(' ')}`));
      const counted = /^times?$/i.test(noun) || qualifies ? null : subjectKind(noun);
      // "customers in Austria with more than 2 orders": per customer, when the word before names no entity.
      const placed = before && entityKind(before[1]!) !== null ? null : PLACED_SUBJECT.exec(lead);
      const placedKind = placed ? entityKind(placed[1]!) : null;
      // "accounts with more than 20 failures from a single IP": per account and IP.
      const subjects = [
        placedKind ?? (before ? subjectKind(before[1]!) : null),
        same ? subjectKind(same[1]!) : null,
      ].filter((kind, i, all): kind is string => kind !== null && all.indexOf(kind) === i);
      const subject = subjects[subjects.length - 1] ?? null;
      // "IPs that hit more than 10 hosts", "users from more than 3 countries": distinct entities of another kind.
      const otherEntity =
        counted !== null && counted !== subject && DISTINCT_ENTITIES.has(counted) && !m[4] ? counted : null;
      const lowerNoun = noun.toLowerCase();
      const rows =
        !QUANTITY_NOUN.test(lowerNoun.split(/\s+/).pop()!) &&
        (ENTITY_KINDS.some(([p]) => p.test(lowerNoun)) ||
          // "3 or more unpaid invoices": the record noun may follow a word that qualifies it.
          isRecordNoun(lowerNoun) ||
          isRecordNoun(
            /^\s+([a-z-]{3,30})\b/i.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 32))?.[1] ?? '',
          ) ||
          (lowerNoun === 'of' && /^\s+(?:them|those|these)\b/i.test(text.slice(m.index + m[0].length))));
      return {
        having: { operator, value },
        rows,
        subjects,
        counted: QUANTITY_NOUN.test(noun.split(/\s+/).pop()!.toLowerCase())
          ? 'quantity'
          : m[3] || otherEntity
            ? counted
            : counted === 'order' || counted === 'customer' || counted === 'product'
              ? counted
              : null,
        distinct: m[3] !== undefined || otherEntity !== null,
        end: m.index + m[0].length,
      };
    }
  }
  // "only ips with at least 10": a threshold on the count of each of those, said with no noun after it.
  const bare =
    bareHaving(text.slice(0, 1_000)) ??
    keptGroupsThreshold(text.slice(0, 1_000)) ??
    trailingThreshold(text.slice(0, 1_000));
  if (bare && !taken.overlaps(bare.start, bare.end)) {
    // "with 10 or more", "with 10+": the comparison after the number.
    const after = bare.after?.toLowerCase();
    const operator =
      bare.comparator !== undefined
        ? comparator(bare.comparator)
        : after === 'more' || after === undefined
          ? 'gte'
          : 'lte';
    const value = readNumber(bare.number);
    // "by host and user, only the combinations with 5 or more": the groups themselves, no key of their own.
    const groups = GROUPS_THEMSELVES.test(bare.groups);
    const subject = groups ? null : subjectKind(bare.groups);
    if (operator !== null && value !== null && (subject !== null || groups))
      return {
        having: { operator, value },
        rows: false,
        subjects: subject === null ? [] : [subject],
        counted: null,
        distinct: false,
        end: bare.end,
      };
  }
  return null;
}

/**
 * "only regions over 8", "keep the teams at least 4": the groups of a key kept by a bare comparison, with no "with"
 * before it: its groups `[1]`, comparison `[2]` and number `[3]`.
 */
const KEPT_GROUPS = new RegExp(
  `\\b(?:only|just|keep(?:ing)?)\\s+(?:the\\s+)?([a-z][\\w-]{1,30})\\s+${COMPARATOR}\\s+(${NUMBER_PATTERN})(?:\\s+of\\s+(?:them|those|these))?\\s*(?=$|[.?!;,)]|\\s+(?:pls|please|thanks)\\b)`,
  'i',
);
/** A key said as a grouping ("per region", "by team", "for each site"): its noun `[1]`. */
const GROUPING_NOUN = /\b(?:per|by|each|every)\s+(?:the\s+)?([a-z][\w-]{1,30})/gi;

/**
 * {@link KEPT_GROUPS} where its noun is a key the question groups by before it ("… per region? only regions over
 * 8"), else null: without that key the number may be a value of each row ("only orders above 500").
 */
function keptGroupsThreshold(text: string): BareThreshold | null {
  const m = KEPT_GROUPS.exec(text);
  if (!m) return null;
  const kind = subjectKind(m[1]!);
  const grouped = allMatches(text.slice(0, m.index), GROUPING_NOUN).some((g) => subjectKind(g[1]!) === kind);
  return kind !== null && grouped ? bareThreshold(m, m[1]!, m[2], m[3]!) : null;
}

/**
 * A comparison closing the question on its own after a comma or "where"/"having" ("… per user yesterday, more than
 * 100", "… by host, only over 20 of them", "… per src today where more than 5"): a threshold on each group of the key said before it, shaped as {@link KEPT_GROUPS}' match.
 */
const TRAILING_THRESHOLD = new RegExp(
  `(?:,\\s*|\\s+(?=(?:where|having)\\s))(?:(?:where|having)\\s+(?:(?:the\\s+)?(?:count|number|total)\\s+(?:is\\s+)?)?)?(?:(?:but\\s+)?(?:only|just)\\s+)?(?:(?:those|ones|the\\s+ones)\\s+)?(?:with\\s+)?${COMPARATOR}\\s+(${NUMBER_PATTERN})(?:\\s+(?:of\\s+(?:them|those|these)|times|events|hits))?\\s*[.?!]*\\s*$`,
  'i',
);

/** {@link TRAILING_THRESHOLD} keeping the groups of the last key grouped by before it, else null. */
function trailingThreshold(text: string): BareThreshold | null {
  const m = TRAILING_THRESHOLD.exec(text);
  if (!m) return null;
  const keys = allMatches(text.slice(0, m.index), GROUP).map((g) => g[3]!);
  const key = keys[keys.length - 1];
  return key !== undefined && subjectKind(key) !== null ? bareThreshold(m, key, m[1], m[2]!) : null;
}

/** Words for the groups of the keys said before ("combinations", "pairs"), which name no key of their own. */
const GROUPS_THEMSELVES = /^(?:combinations?|combos?|pairs?|pairings?|tuples?)$/i;

/** "which clients sent over 50", "hosts that triggered more than 5": the entities' own doing, counted. */
const DID_COUNT =
  '(?:(?:that|which|who)\\s+)?(?:sent|made|did|had|has|have|generated|produced|triggered|issued|raised|caused|attempted|tried)';

/** A preposition of where rows came from or went, just before a threshold ("from more than 3 IPs"). */
const SPREAD_BEFORE = /\b(?:from|across|to|against|using|via|on)\s+$/i;

/** Two thresholds of each group: one on its rows, one on a distinct count of the entity named with it. */
export interface RowsAndDistinct {
  readonly rows: Threshold;
  readonly distinct: Threshold;
  /** The entity kind counted distinct ("ip"). */
  readonly of: string;
}

/**
 * "accounts with over 20 failures from more than 4 different IPs", "hosts with at least 50 alerts on 3+ distinct
 * users", "… from more than 4 IPs": a threshold on the rows of each group and another on a distinct count, both said;
 * null unless both are.
 * The first of each kind is taken; thresholds on times, sizes and percentages are none.
 */
export function readRowsAndDistinct(text: string, taken: SpanSet): RowsAndDistinct | null {
  let rows: Threshold | null = null;
  let distinct: { threshold: Threshold; of: string } | null = null;
  if (!SAYS_NUMBER.test(text)) return null;
  for (const pattern of [HAVING, OR_MORE]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null && !(rows && distinct); m = pattern.exec(text)) {
      if (taken.overlaps(m.index, m.index + m[0].length)) continue;
      const isOrMore = pattern === OR_MORE;
      const operator = isOrMore ? ((m[2] ?? 'more').toLowerCase() === 'more' ? 'gte' : 'lte') : comparator(m[1]!);
      const value = readNumber(isOrMore ? m[1]! : m[2]!);
      const noun = m[5]!;
      if (operator === null || value === null || TIME_UNIT_WORD.test(noun.split(/\s+/).pop()!)) continue;
      if (/^(?:percent|%|kb|mb|gb|bytes?)$/i.test(noun)) continue;
      // "from more than 3 IPs", "to over 20 hosts": entities the rows came from or went to are counted distinct.
      const spread = !m[3] && SPREAD_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index));
      const of = m[3] || spread ? subjectKind(noun) : null;
      if (of && DISTINCT_ENTITIES.has(of)) distinct ??= { threshold: { operator, value }, of };
      else if (!m[3]) rows ??= { operator, value };
    }
  }
  return rows && distinct ? { rows, distinct: distinct.threshold, of: distinct.of } : null;
}

/**
 * A threshold on groups said with no counted noun after it ("ips with at least 10", "only regions over 8", "…, more
 * than 100"), wherever it was read: the groups it keeps, its comparison and number as written, and "more" / "less"
 * when said after the number ("10 or more").
 */
interface BareThreshold {
  readonly start: number;
  readonly end: number;
  readonly groups: string;
  readonly comparator: string | undefined;
  readonly number: string;
  readonly after: string | undefined;
}

/** A {@link BareThreshold} over a match's whole span. */
function bareThreshold(
  m: RegExpExecArray,
  groups: string,
  comparatorSaid: string | undefined,
  number: string,
  after?: string,
): BareThreshold {
  return { start: m.index, end: m.index + m[0].length, groups, comparator: comparatorSaid, number, after };
}

/** {@link BARE_HAVING} read as a {@link BareThreshold}, else null. */
function bareHaving(text: string): BareThreshold | null {
  const m = BARE_HAVING.exec(text);
  return m ? bareThreshold(m, m[1]!, m[2], (m[3] ?? m[4])!, m[5]) : null;
}

/**
 * "only IPs with at least 10", "hosts having more than 3", "hosts with >3", "countries with 10 or more", "teams with 5+", "which
 * accounts have 20+ of those", "which clients sent over 50": a count threshold on the entities named, no noun after
 * the number (at most a pronoun of the rows counted). The noun may be singular after "the", "each", "every", "any",
 * "only" or "which" ("show only the country with more than 20", "show only country with at least 5", "which src had
 * over 30").
 */
const BARE_HAVING = new RegExp(
  `\\b([a-z][\\w-]{1,30}s|(?<=\\b(?:the|each|every|any|only|which)\\s+)[a-z][\\w-]{1,30})\\s+(?:with|w\\/|having|${DID_COUNT})\\s+(?:${COMPARATOR}(?:\\s+|(?<=[<>=]))(${NUMBER_PATTERN})|(${NUMBER_PATTERN})\\s*(?:\\+|or\\s+(more|fewer|less)))(?:\\s+of\\s+(?:them|those|these))?\\s*(?=$|[.?!;,)])`,
  'i',
);

/** The measured words: the noun and the value word after it ("invoice amount"), lower case. */
function withTail(m: RegExpExecArray): string {
  return (m[2] ? `${m[1]} ${m[2]}` : m[1]!).toLowerCase();
}

/** "Units sold", "quantity ordered", "how many units": a sum of the quantity column, not a count of rows. */
/** Nouns that count pieces of goods, kept as a quantity column rather than as rows. */
const QUANTITY_NOUN = /^(?:units?|items?|pieces?|cop(?:y|ies)|seats?|licen[cs]es?|quantity)$/;
/** Containers goods are counted in ("bottles", "cases", "kegs"): how many of them were sold is the quantity summed. */
const GOODS_NOUN =
  '(?:units|pieces|items|bottles|cans|cases|boxes|packs|kegs|crates|cartons|bags|jars|pallets|pairs|copies|tins)';
const UNITS_SOLD = new RegExp(
  `\\b(?:units?|quantit(?:y|ies)|qty|pieces|items|tickets|seats|licen[cs]es|passes|${GOODS_NOUN})\\s+(?:sold|ordered|purchased|shipped|bought)\\b|\\b(?:how\\s+many|number\\s+of|total)\\s+(?:units|pieces)\\b|\\b(?:how\\s+many|number\\s+of)\\s+${GOODS_NOUN}\\s+(?:(?:did|do|have|had|has|were|was)\\s+)?(?:(?:we|they|you|i|been)\\s+)?(?:sold|sell|shipped|ship|ordered|bought|purchased)\\b(?!\\s+to\\b)|\\bhow\\s+many\\s+${GOODS_NOUN}\\b[^.?!;]{0,80}?\\b(?:did|do|have|had)\\s+(?:we|they|you|i)\\s+(?:sell|sold|ship|shipped|order|ordered|buy|bought)\\b(?!\\s+to\\b)`,
  'i',
);

/** "Best sellers by units", "top products in quantity", "by seats sold": a ranking said to be by the units, whatever word names the ranking. */
const RANKED_BY_UNITS =
  /\b(?:by|in|on)\s+(?:the\s+)?(?:units?(?:\s+sold)?|quantit(?:y|ies)(?:\s+sold)?|qty|(?:tickets|seats|licen[cs]es|passes|copies)\s+sold)\b/i;

/** "Top hosts by bytes out", "ranked by data sent", "users by traffic": a ranking by the volume moved, a sum of bytes. */
const RANKED_BY_VOLUME =
  /\b(?:by|in)\s+(?:the\s+)?(?:total\s+|most\s+)?(?:bytes?(?:[\s_]+(out|in|sent|received|uploaded|downloaded))?|data\s+(sent|received|transferred|uploaded|downloaded)|(?:network\s+)?traffic(?:\s+volume)?|bandwidth)\b/i;

/** "which hosts sent the most bytes", "who uploaded the most data", "received the least traffic": ranked by the volume moved. */
const MOVED_MOST =
  /\b(sent|send|sends|sending|uploaded|uploads?|pushed|transferred|exfiltrated|received|receives?|downloaded|downloads?|pulled)\s+(?:the\s+)?(?:most|least|fewest|largest|biggest|highest)\s+(?:amount\s+of\s+|volume\s+of\s+)?(?:bytes|data|traffic|bandwidth|volume)\b/i;

function volumeMeasure(m: RegExpExecArray): { kind: MeasureKind; of: string } {
  return bytesMoved((m[1] ?? m[2] ?? '').toLowerCase());
}

/** The sum of the bytes moved in the direction a word says ("sent", "in"), or of all bytes. */
function bytesMoved(direction: string): { kind: MeasureKind; of: string } {
  if (/^(?:out|sent|uploaded|outbound|egress)$/.test(direction)) return { kind: 'sum', of: 'bytes out' };
  if (/^(?:in|received|downloaded|inbound|ingress)$/.test(direction)) return { kind: 'sum', of: 'bytes in' };
  return { kind: 'sum', of: 'bytes' };
}

/** "how much data went out", "how much traffic", "how much was uploaded": the volume moved, not a count of rows. */
const HOW_MUCH_VOLUME =
  /\bhow\s+much\s+(?:(?:data|traffic|bandwidth|bytes)\b|(?:was|were|did|does|do|has|have|had)\s+(?:[\w.:-]+\s+){0,3}?(?:send|sent|upload(?:ed)?|download(?:ed)?|receive[d]?|transfer(?:red)?|exfiltrat(?:e|ed))\b)|\bhow\s+many\s+(?:bytes|[kmgt]b|kilobytes|megabytes|gigabytes)\b/i;
/**
 * Bytes said with a direction ("bytes out", "data sent", "bytes_in", "outbound traffic"); "in" before what holds the
 * data or a period ("traffic in Splunk", "bytes in the last hour") is a place, no direction.
 */
const BYTES_SAID =
  /\b(?:(?:bytes?|data|traffic)[\s_]+(out|in(?!\s+(?:the|a|an|our|their|its|my|your|this|that|these|those|each|every|all|any|splunk|sentinel|defender)\b)|sent|received|uploaded|downloaded|transferred)|(outbound|inbound|egress|ingress)\s+(?:bytes|data|volume|traffic\s+volume))\b/i;
/** A sum's noun that is the volume of data moved, whichever way. */
const VOLUME_NOUN = /^(?:bytes|volume|traffic)$/;
/** A direction said of data moved without the word "bytes" ("went out to", "came in from", "uploaded"). */
const MOVED_DIRECTION =
  /\b(?:(?:went|goes|going|gone|sent|leaving|left)\s+out|out(?:bound)?|egress|upload(?:ed|s)?|sen(?:t|d|ds|ding)|exfiltrat\w*)\b|\b(?:(?:came|comes|coming)\s+in|inbound|ingress|download(?:ed|s)?|receiv(?:e|es|ed|ing))\b/i;
/** A count asked for in so many words: the rows are what is counted, whatever bytes they carry. */
const COUNT_ASKED = /\b(?:how\s+many|count|number\s+of)\b/i;

/**
 * The volume of data a question asks for per period or per group ("bytes out per day", "how much data went out
 * to the address each day (bytes out)", "daily outbound bytes by host"): a sum of the bytes in the direction
 * said. A direction the question says plainly ("bytes out") wins over the verb's ("went out").
 */
function volumeAsked(text: string, aggregated: boolean): { kind: MeasureKind; of: string } | null {
  const said = BYTES_SAID.exec(text);
  const howMuch = HOW_MUCH_VOLUME.test(text);
  if (!howMuch && (said === null || !aggregated || COUNT_ASKED.test(text))) return null;
  if (said) return bytesMoved((said[1] ?? said[2])!.toLowerCase());
  const moved = MOVED_DIRECTION.exec(text);
  return bytesMoved(
    moved === null ? '' : /\b(?:in|came|comes|coming|inbound|ingress|download|received)/i.test(moved[0]) ? 'in' : 'out',
  );
}

/**
 * "average response size (bytes out)", "max latency (duration_ms)": words in brackets right after the
 * measure's noun that name a column are that column, said the way the data names it.
 */
function bracketColumn(text: string, m: RegExpExecArray, isColumn: (word: string) => boolean): string | null {
  const hint = /^\s*\(\s*([A-Za-z][\w .-]{1,40}?)\s*\)/.exec(
    text.slice(m.index + m[0].length, m.index + m[0].length + 48),
  );
  if (!hint) return null;
  const words = hint[1]!.toLowerCase().replace(/\s+/g, ' ');
  return isColumn(words) ? words : null;
}

/** A currency's ISO code right after an average's word ("average HUF order value"): the rows' currency, no noun. */
const CODE_AFTER_AVERAGE = /\b(average|avg|mean)\s+([A-Z]{3})\s+(?=[a-z])/g;

/** The text with a currency code said between an average's word and its noun left out ("average order value"). */
function withoutAveragedCurrency(text: string): string {
  return text.replace(CODE_AFTER_AVERAGE, (all: string, word: string, iso: string) =>
    currencyCode(iso) ? `${word} ` : all,
  );
}

function readMeasure(question: string, isColumn: (word: string) => boolean): QuestionShape['measure'] {
  const text = withoutAveragedCurrency(/sales/i.test(question) ? withoutSalesTeam(question) : question);
  if (RANKED_BY_UNITS.test(text)) return { kind: 'sum', of: 'quantity' };
  const volume = RANKED_BY_VOLUME.exec(text);
  if (volume) return volumeMeasure(volume);
  // A direction said plainly ("… sum of bytes out per src") wins over the verb's.
  const movedMost = MOVED_MOST.exec(text);
  const plainly = movedMost ? BYTES_SAID.exec(text) : null;
  if (movedMost)
    return bytesMoved(
      plainly ? (plainly[1] ?? plainly[2])!.toLowerCase() : /^(?:rec|down|pull)/i.test(movedMost[1]!) ? 'in' : 'out',
    );
  const distinct = COUNT_DISTINCT.exec(text) ?? DISTINCT.exec(text);
  if (distinct) return { kind: 'distinct_count', of: subjectKind(distinct[1]!) };
  const average = AVERAGE.exec(text);
  if (average) {
    const of = bracketColumn(text, average, isColumn) ?? withTail(average);
    return { kind: 'avg', of: SALE_SIZE.test(of) || ONE_SALE.test(of) ? 'order value' : of };
  }
  if (AOV.test(text)) return { kind: 'avg', of: 'order value' };
  const sum = SUM.exec(text);
  if (sum) {
    const of = bracketColumn(text, sum, isColumn) ?? (sum[1] ?? sum[2] ?? sum[3])!.toLowerCase();
    // "total bytes in", "total inbound bytes": the volume in the direction said.
    const direction = VOLUME_NOUN.test(of) ? BYTES_SAID.exec(text) : null;
    return direction ? bytesMoved((direction[1] ?? direction[2])!.toLowerCase()) : { kind: 'sum', of };
  }
  if (MONEY_MOVED_BY.test(text) || TOTAL_OF_MONEY_RECORDS.test(text)) return { kind: 'sum', of: 'amount' };
  const sumOfBy = SUM_OF_BY.exec(text);
  if (sumOfBy) return { kind: 'sum', of: sumOfBy[1]!.toLowerCase() };
  if (TOTAL_PER.test(text) && MONEY_RECORDS_SAID.test(text)) return { kind: 'sum', of: 'amount' };
  if (STILL_OWED.test(text)) return { kind: 'sum', of: 'outstanding' };
  const sumBy = SUM_BY.exec(text);
  // "how much did they pay": what was paid.
  if (sumBy)
    return {
      kind: 'sum',
      of: (sumBy[1] ?? sumBy[2])!
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/^pay$/, 'paid')
        // "how much have they bought from us": what they bought is what they spent.
        .replace(/^bought$/, 'spend'),
    };
  const byRecordMoney = BY_RECORD_MONEY.exec(text);
  if (byRecordMoney) return { kind: 'sum', of: byRecordMoney[1]!.toLowerCase().replace(/\s+/g, ' ') };
  if (UNITS_SOLD.test(text)) return { kind: 'sum', of: 'quantity' };
  // "how much did each segment spend": what customers spend is what they ordered, as "total spend" reads it.
  const howMuch = HOW_MUCH_MONEY.exec(text);
  if (howMuch) return { kind: 'sum', of: /spen[dt]$/i.test(howMuch[0]) ? 'spend' : 'amount' };
  if (TAKINGS.test(text)) return { kind: 'sum', of: 'total' };
  const count = COUNT.exec(text);
  const countedAfter =
    count?.[1] && !EVENTS_AFTER_NOUN.test(text.slice(count.index + count[0].length)) ? entityKind(count[1]) : null;
  // "order count by country": the count of the entity said before "count", when "count" names none after it.
  const countedBefore = countedAfter === null && SAYS_COUNT.test(text) ? NOUN_COUNT.exec(text) : null;
  const counted = countedBefore ? entityKind(countedBefore[1]!) : null;
  if (counted !== null) return { kind: 'count', of: counted };
  const money = count || !SALES_WORD.test(text) ? null : SALES_SUBJECT.exec(text);
  // "ana@corp.io from sales": the department a person works in, not what is summed.
  // "monthly bookings": the money the orders booked, as revenue is.
  if (money && !saysUnitOfPerson(text.slice(0, money.index)))
    return { kind: 'sum', of: /^bookings$/i.test(money[1]!) ? 'revenue' : money[1]!.toLowerCase() };
  if (count) return { kind: 'count', of: countedAfter };
  // "the highest combined order value", "their cumulative spend": the money of many rows added up, ranked.
  const combined = COMBINED_MONEY.exec(text);
  if (combined)
    return { kind: 'sum', of: `${combined[1] ? `${combined[1].toLowerCase()} ` : ''}${combined[2]!.toLowerCase()}` };
  const maximum = MAXIMUM.exec(text);
  if (maximum && subjectKind(maximum[1]!) !== null)
    return { kind: 'max', of: bracketColumn(text, maximum, isColumn) ?? withTail(maximum) };
  const minimum = MINIMUM.exec(text);
  if (minimum && subjectKind(minimum[1]!) !== null)
    return { kind: 'min', of: bracketColumn(text, minimum, isColumn) ?? withTail(minimum) };
  return SPEND_NOUN.test(text) ? { kind: 'sum', of: 'spend' } : null;
}

/** The entities a "which …" question lists one row of each for (a customer or an order has a table of its own). */
const WHICH_GROUPS: ReadonlySet<string> = new Set([
  'user',
  'ip',
  'dest_ip',
  'host',
  'country',
  'city',
  'app',
  'process',
  'parent_process',
  'domain',
  'port',
]);

/**
 * The keys listed after a grouping's first (", city", " and user", ", user and app", " and source IP"), added
 * to `groups`. "by segment, EUR orders only": a qualified noun said with "only" after it narrows the rows; it
 * is no key ("by host and user only" keeps its key: one word).
 */
/** The noun that closes a key's name ("user principal name", "device id", "client address"): no key of its own. */
const KEY_NAME_END = /^\s+(?:names?|ids?|address(?:es)?)\b(?=\s*(?:,|\band\b|\+|&|\/))/i;

function readListedKeys(after: string, isColumn: (word: string) => boolean, groups: string[]): void {
  const rest = GROUP_LIST.exec(after);
  if (!rest) return;
  const items = rest[0].split(/\s*(?:,|\band\b|\+|&|\/)\s*/);
  // Words before "only", not a dash setting it apart ("by host and user - only those with …").
  const trailing = /^((?:\s+[A-Za-z][\w-]*){0,2})\s+only\b/i.exec(after.slice(rest[0].length));
  if (trailing && `${items[items.length - 1]!.trim()}${trailing[1]!}`.split(/\s+/).length >= 2) items.pop();
  for (const word of items) {
    const key = word
      .trim()
      .replace(/^(?:by|per)\s+/i, '')
      .replace(/^(?:the|their|each)\s+/i, '');
    // A two-word key that names a column as a whole ("client app" → ClientAppUsed), or the kind the two
    // words name ("source IP"), else its first word ("user over ...").
    const whole = /\s/.test(key) && isColumn(key.toLowerCase()) ? key.toLowerCase() : null;
    const more =
      whole ??
      [key, key.split(/\s+/)[0]!]
        .map((candidate) => (candidate ? subjectKind(candidate) : null))
        .find((k) => k !== null && (ENTITY_KINDS.some(([, e]) => e === k) || isColumn(k)));
    if (more !== undefined && more !== null && !groups.includes(more) && groups.length < 8) groups.push(more);
  }
}

/** A side of a connection said alone before a list that names the noun once ("src and dest ip"). */
const SIDE_WORD = /^(?:source|src|destination|dest|dst|client|remote|target|local)$/i;
const SHARED_NOUN =
  /^\s*(?:,|\band\b|&|\/)\s*(?:the\s+)?(?:source|src|destination|dest|dst|client|remote|target|local)\s+(ips?|ip\s+address(?:es)?|address(?:es)?)\b/i;

/** After "by who": the verb of what was done and its object ("created them", "deleted it", "they were changed"). */
const ACTOR_DEED =
  /^\s+(?:(?:they|it|he|she|was|were|had|has|have|did|got|been)\s+){0,2}(?!and\b)[a-z][\w-]{1,30}(?:\s+(?:them|it|those|these|that|this|each(?:\s+one)?))?/i;

/**
 * A question word or a relative pronoun and the past-tense verb it asks about, right before "each" ("who initiated",
 * "which admin approved", "the identity that made").
 */
const ASKED_DEED_BEFORE =
  /\b(?:who|whom|that|which(?:\s+[a-z][\w-]{1,30})?|what\s+[a-z][\w-]{1,30})\s+(?!(?:grouped|counted|bucketed|aggregated|summed|totalled|totaled|tallied|summarized|summarised)\b)(?:[a-z]{2,}ed|made|did|ran|sent|wrote|took|gave|got|set|put|began|brought|paid|sold|bought)\s+$/i;

/** "who" or "whom" closing its clause ("…, and by whom?", "by whom.", "by whom)"). */
const AGENT_ASKED = /^whom?\s*(?:[?.!,;)]|$)/i;

/** After a noun of people: a clause that says they did what a row records ("who made the change", "that did it"). */
const DOER_AFTER =
  /^\s+(?:who|that)\s+(?:(?:has|have|had)\s+)?(?:made|did|performed|initiated|changed|modified|updated|created|deleted|removed|added|granted|ran|issued|triggered|approved)\b/i;

/** Nouns of people who may have done something ("admin", "engineers", "staff"). */
const PEOPLE_NOUN = /^(?:admins?|administrators?|operators?|engineers?|staff|members?|analysts?|developers?|devs?)\b/i;

/** Whether a kind is a key a question may group by: an entity of the contract or a column of the chosen tables. */
function isKeyKind(kind: string | null, isColumn: (word: string) => boolean): kind is string {
  return kind !== null && (ENTITY_KINDS.some(([, k]) => k === kind) || isColumn(kind));
}

/** "type" or "kind" said alone after a grouping word: which type, of the noun said before it. */
const KIND_WORD = /^(?:types?|kinds?)$/i;

/** How many words before "by type" are read for the noun whose type it is ("app events today by type"). */
const KIND_NOUN_REACH = 6;
/** How many characters before the grouping word that reading looks at. */
const KIND_NOUN_TEXT = 80;
/** Where a clause starts: what is said before it is another clause's ("… sign-ins + her app events by type"). */
const CLAUSE_BREAK = /[,;:+.!?()]|\s[-\u2013\u2014]\s|\b(?:and|then|also|plus)\b/gi;

/**
 * "events by type", "app events today per kind": the type of a noun said in the clause before the grouping word
 * (the nearest first), when the chosen tables keep a column named for it ("event type" → event_type); else the
 * tables' own type column when they keep one ("type" → event_type); null otherwise.
 */
function kindOfNoun(before: string, key: string, isColumn: (word: string) => boolean): string | null {
  if (!KIND_WORD.test(key)) return null;
  const clause = before.slice(Math.max(0, ...allMatches(before, CLAUSE_BREAK).map((b) => b.index + b[0].length)));
  const words = (clause.toLowerCase().match(/[a-z][a-z-]{2,}/g) ?? []).slice(-KIND_NOUN_REACH);
  for (let i = words.length - 1; i >= 0; i--) {
    const phrase = `${words[i]!.replace(/ies$/, 'y').replace(/(?<!s)s$/, '')} type`;
    if (isColumn(phrase)) return phrase;
  }
  return isColumn('type') ? 'type' : null;
}

/** Plain nouns of a business breakdown: a key to group or rank by though no chosen table is known to hold it. */
const BREAKDOWN_NOUN =
  /^(?:segment|category|region|country|city|currency|department|team|tenant|type|source|sourcetype|status|severity|product|channel|plan|tier|vendor|brand|state|month|year|week|day)$/;

/** Whether a noun is a plain key of a business breakdown ("segment", "region"), never a kind of thing sold. */
export function isBreakdownNoun(kind: string): boolean {
  return BREAKDOWN_NOUN.test(kind);
}

/** Kinds of people who do what rows record: after "by" and a deed, they did it. */
const PEOPLE_KINDS: ReadonlySet<string> = new Set(['customer', 'user']);
/** A deed said earlier in the clause ("placed", "issued", "bought"), with no clause break since. */
const DEED_BEFORE =
  /\b(?:placed|made|submitted|issued|bought|ordered|purchased|created|raised|booked|paid|sent|filed|opened)\b[^,;:.!?]*$/i;
/** How many characters before "by" are read for that deed. */
const DEED_REACH = 80;

/** Kinds of key a qualifying word may come before ("kiosk machines", "crane PCs", "contractor accounts"). */
const QUALIFIED_KINDS: ReadonlySet<string> = new Set(['host', 'user', 'workstation']);

/** A calendar period said as a grouping key ("per hour", "by day"): the time bucket, not a column. */
const PERIOD_KEY = /^(?:minutes?|hours?|days?|weeks?|months?|quarters?|years?)$/i;

/** The auxiliary a question puts before its subject ("did", "does", "has"). */
const QUESTION_AUXILIARY = /^(?:did|does|do|has|have|had)$/;

/**
 * Flows grouped by where they went or came from, said so ("by where it went", "by where they were sent", "by where
 * they came from"): the destination, or with "from" the source.
 */
const WHERE_IT_WENT =
  /\b(?:by|per)\s+where\s+(?:it|they|each(?:\s+one)?|the\s+[a-z]+)\s+(?:(came\s+from|comes?\s+from|originated)|went|goes|go|was\s+sent|were\s+sent|headed|connected(?:\s+to)?)\b/i;
/** The word {@link WHERE_IT_WENT} turns on. */
const SAYS_WHERE = /\bwhere\b/i;

/** Units or a quantity said as moved ("units sold", "quantity ordered"): what is summed, not a key. */
const UNITS_MOVED = /^(?:units?|quantit(?:y|ies)|qty|pieces)\s+(?:sold|ordered|purchased|shipped|bought)\b/i;

/** Nouns of the rows themselves ("each connection", "every event"): what is listed, not a key. */
const ROW_NOUN =
  /^(?:connections?|events?|rows?|records?|entr(?:y|ies)|requests?|sign-?ins?|log-?ons?|log-?ins?|sessions?|flows?|hits?|lines?)$/i;

function readGroups(text: string, skipUntil: number, isColumn: (word: string) => boolean): string[] {
  const groups: string[] = [];
  GROUP.lastIndex = 0;
  if (!SAYS_GROUPING.test(text)) return groups;
  for (let m = GROUP.exec(text); m !== null && groups.length < 8; m = GROUP.exec(text)) {
    // The word before the grouping word may still belong to what was skipped ("by units sold per category").
    if (m.index + (m[1]?.length ?? 0) < skipUntil) continue;
    const previous = (m[1] ?? '').trim().toLowerCase();
    const word = m[2]!.toLowerCase().replace(/\s+/g, ' ');
    // "per authentication requirement": a key of two words when together they name a column the first does not.
    // "for each BF-GS-* server": a name's pattern (a wildcard closing it) only says which ones; the noun after it.
    const next = /^\*?\s+([A-Za-z][\w-]{1,30})/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    const joined = next ? `${m[3]!} ${next[1]!}`.toLowerCase() : null;
    // "by who created them", "per whom it was deleted": the account that did it, a key of its own (the
    // table's actor column), and the keys listed after the deed ("… and host").
    const deed = /^whom?$/i.test(m[3]!) ? ACTOR_DEED.exec(text.slice(m.index + m[0].length)) : null;
    if (deed) {
      if (!groups.includes('actor')) groups.push('actor');
      readListedKeys(text.slice(m.index + m[0].length + deed[0].length), isColumn, groups);
      continue;
    }
    // "which accounts were created this week, and by whom?": "by whom" closing its clause asks who did the deed said
    // before it, the acting account beside what it acted on ("by who" only after "and": "count by who" groups users).
    if (word === 'by' && AGENT_ASKED.test(`${m[3]!}${text.slice(m.index + m[0].length, m.index + m[0].length + 3)}`)) {
      if (/^whom$/i.test(m[3]!) || previous === 'and') {
        if (!groups.includes('actor')) groups.push('actor');
        continue;
      }
    }
    // "with who initiated each grant", "which admin approved each request": after a question word and its verb, "each"
    // says what the verb acted on, row by row; no key, nor are the nouns listed after it.
    if (
      word === 'each' &&
      !PERIOD_KEY.test(m[3]!) &&
      ASKED_DEED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index + (m[1]?.length ?? 0)))
    )
      continue;
    // "the source host and destination port of each connection": each row, listed; no key.
    if ((word === 'each' || word === 'every') && ROW_NOUN.test(m[3]!)) continue;
    // "going by units sold", "by quantity ordered": what a ranking is by, the measure, not a key.
    if (word === 'by' && UNITS_MOVED.test(text.slice(m.index + m[0].length - m[3]!.length, m.index + m[0].length + 24)))
      continue;
    // "per event type": two words that name a column together, though neither names a subject alone.
    const phrase = /\s/.test(m[3]!) && isColumn(m[3]!.toLowerCase()) ? m[3]!.toLowerCase() : null;
    // "per src and dest ip", "by source and destination address": the noun after the list belongs to both sides.
    const shared = SIDE_WORD.test(m[3]!) ? SHARED_NOUN.exec(text.slice(m.index + m[0].length)) : null;
    // "how many times did each device connect": after a question's auxiliary, the noun's next word is its verb.
    // "how much did each customer segment spend": unless that next word names a column, the entity's own.
    const [firstWord, nextWord] = m[3]!.split(/\s+/);
    const noun =
      word === 'each' && QUESTION_AUXILIARY.test(previous) && !(nextWord && isColumn(nextWord.toLowerCase()))
        ? firstWord!
        : m[3]!;
    const single =
      kindOfNoun(text.slice(Math.max(0, m.index - KIND_NOUN_TEXT), m.index + (m[1]?.length ?? 0)), m[3]!, isColumn) ??
      subjectKind(shared ? `${m[3]!} ${shared[1]!}` : noun) ??
      phrase;
    // "per resource provider", "by resource group": a bare noun (no known entity) with the word after it names that column.
    const plain = single === null || !isColumn(single) || !ENTITY_KINDS.some(([, k]) => k === single);
    // "per SharePoint site", "by Defender device": a word that only says where the key lives, then the key.
    const after = next ? subjectKind(next[1]!) : null;
    // "for each kiosk machine", "by each of the crane PCs", "per lab workstation": a word that only says which machines
    // or people, then their noun; the machine or the account is the key (a word such as "kiosk" may name a host column
    // on its own, but what is grouped is each machine).
    const ofWhich =
      after !== null &&
      QUALIFIED_KINDS.has(after) &&
      single !== null &&
      !ENTITY_KINDS.some(([, k]) => k === single) &&
      !(joined !== null && isColumn(joined));
    const qualified =
      (single !== null && !isColumn(single) && !isKeyKind(single, isColumn) && isKeyKind(after, isColumn)) || ofWhich
        ? after
        : null;
    const read = joined !== null && plain && isColumn(joined) ? joined : (qualified ?? single);
    // "per hour and resource group", "by day, host": the period is the time bucket; the keys listed after it group.
    if (read === null && PERIOD_KEY.test(m[3]!)) readListedKeys(text.slice(m.index + m[0].length), isColumn, groups);
    if (read === null) continue;
    // "per person who made the change", "by the user that did it": the account that acted (the actor column).
    // The noun read may have taken the clause's first word ("account that"): the clause starts after its first word.
    const nounEnd = m.index + m[0].length - m[3]!.length + m[3]!.search(/\s|$/);
    const people = read === 'user' || PEOPLE_NOUN.test(m[3]!);
    const kind = people && DOER_AFTER.test(text.slice(nounEnd, nounEnd + 48)) ? 'actor' : read;
    // A name written as an identifier ("by EventID", "by user_agent") is a column to group by.
    const identifier = /[a-z][A-Z]|_/.test(m[3]!);
    // "grouped by", "split by", "broken down by" say so; "created by", "sorted by", "signed in by" are no grouping.
    const explicit =
      word !== 'by' ||
      /^(?:grouped|group|split|broken|down|breakdown|bucketed|aggregated|counted|count|counts|tallied|totalled|totaled|summed|summarised|summarized)$/.test(
        previous,
      );
    if (!explicit && /(?:ed|sort|order|rank|caused|made|done|run|used|seen|in|on)$/.test(previous)) continue;
    // "logons by administrator", "sudo runs by root": one account every system has, named alone, is who did it;
    // "downloads by guests", "shares by external users": which kind of account did it, a filter ("per guest" groups).
    if (!explicit && (isWellKnownAccount(m[3]!) || GUEST_PEOPLE.test(m[3]!))) continue;
    // "operations by ClientIP 198.51.100.7", "logons by host DC01": a field named with its value is a filter on it.
    if (!explicit && VALUE_AFTER_KEY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 48))) continue;
    // "orders placed between May 2 and May 9 by retail clients": people in the plural after a deed said earlier in
    // the clause are who did it (a filter), not a grouping ("by client" still groups).
    const said = qualified !== null ? next![1]! : m[3]!;
    if (
      !explicit &&
      PEOPLE_KINDS.has(kind) &&
      /s$/i.test(said) &&
      DEED_BEFORE.test(text.slice(Math.max(0, m.index - DEED_REACH), m.index))
    )
      continue;
    if (!explicit && !identifier) {
      // A bare "by" needs a known subject, a plain noun of a business breakdown, or a column of the chosen tables.
      if (!ENTITY_KINDS.some(([, k]) => k === kind) && !isColumn(kind) && !BREAKDOWN_NOUN.test(kind)) continue;
    }
    if (!groups.includes(kind)) groups.push(kind);
    // "by host and user", "per country, city", "by result code + ip": the keys listed after the first are grouped by too;
    // "by user principal name and IP address": after the first key's closing noun.
    readListedKeys(
      text
        .slice(m.index + m[0].length + (kind === joined || kind === qualified ? next![0].length : 0))
        .replace(KEY_NAME_END, ''),
      isColumn,
      groups,
    );
  }
  return groups;
}

/**
 * The subject a "which N …" ranking lists: a noun and the word after it when that word names the entity
 * ("Defender devices" → host), else the noun ("callers had" → caller); none when neither is an entity or a column.
 */
function rankedSubject(noun: string, next: string | undefined, isColumn: (word: string) => boolean): string | null {
  const known = (kind: string | null): kind is string =>
    kind !== null && (ENTITY_KINDS.some(([, k]) => k === kind) || isColumn(kind) || BREAKDOWN_NOUN.test(kind));
  // "which resource groups", "which device groups": the two words name a column together, whatever the first names.
  const joined = next === undefined ? null : `${noun} ${next.replace(/s$/i, '')}`.toLowerCase();
  if (joined !== null && !ENTITY_KINDS.some(([pattern]) => pattern.test(noun.toLowerCase())) && isColumn(joined))
    return joined;
  const pair = next === undefined ? null : subjectKind(`${noun} ${next}`);
  if (next !== undefined && ENTITY_KINDS.some(([pattern]) => pattern.test(next.toLowerCase())) && known(pair))
    return pair;
  const single = subjectKind(noun);
  if (known(single)) return single;
  // "which 4 wine categories": a word that only says which kind (no key of its own) before the noun of a known key.
  const after = next === undefined ? null : subjectKind(next);
  return known(after) ? after : null;
}

/**
 * The entity "which …" asks for: the noun, or the word after it when the noun only says where the entity lives
 * and that word names one ("which defender machines" → host, "which entra accounts" → user).
 */
function askedEntity(text: string, which: RegExpExecArray): string | null {
  const single = subjectKind(which[1]!);
  if ((single !== null && WHICH_GROUPS.has(single)) || which[2] !== undefined || /\s/.test(which[1]!)) return single;
  const next = /^\s+([a-z][\w-]{1,30})\b/i.exec(text.slice(which.index + which[0].length));
  const entity = next === null ? null : subjectKind(next[1]!);
  return entity !== null && ENTITY_KINDS.some(([pattern]) => pattern.test(next![1]!.toLowerCase())) ? entity : single;
}

/** "by month", "per week", "by segment and month": a calendar period named among the groups. */
const BUCKET_GROUP =
  /\b(?:by|per|each)\s+(?:(?:the\s+)?[\w-]+(?:,\s*|\s+and\s+)){0,2}(?:the\s+|each\s+)?(hour|day|week|month|quarter|year)\b(?!-|\s+(?:ago|of|to)\b)/i;

function readBucket(text: string, havingEnd: number | null): TimeBucket | null {
  const adverb = SAYS_BUCKET_ADVERB.test(text) ? BUCKET_ADVERB.exec(text) : null;
  if (adverb) {
    const unit = ADVERB_UNITS[adverb[1]!.toLowerCase()]!;
    return bucketOf(undefined, unit);
  }
  const sized = BUCKET_SIZED.exec(text);
  if (sized) return bucketOf(sized[1], sized[2]!);
  const every = BUCKET_EVERY.exec(text);
  // "in 5 minutes" is a bucket only after a threshold ("more than 5 failures in 5 minutes"); "in days" never.
  if (
    every &&
    (!/^(?:in|into|over)\b/i.test(every[0]) ||
      /\b(?:buckets?|bins?|intervals?|windows?|increments?|slices?)$/i.test(every[0]))
  )
    return bucketOf(every[1], every[2]!);
  if (havingEnd !== null) {
    const sliding = SLIDING.exec(text.slice(havingEnd));
    if (sliding) return bucketOf(sliding[1], sliding[2]!);
  }
  const group = BUCKET_GROUP.exec(text);
  // "more than 5 orders per year" is a rate, not a yearly series; "by year" is one.
  if (group && !(/^per\b/i.test(group[0]) && /^year$/i.test(group[1]!))) return bucketOf(undefined, group[1]!);
  return null;
}

/** A list of distinct values asked for ("show the unique source IPs", "which distinct hashes"), not their count. */
const LISTS_DISTINCT =
  /\b(?:list|show|display|give\s+me|get|return|enumerate|pull|which|what\s+(?:are|were)|find)\s+(?:me\s+)?(?:all\s+)?(?:(?:of\s+)?the\s+)?(?:distinct|unique)\b/i;

/** Whether the question lists distinct values ({@link LISTS_DISTINCT}) without asking how many there are. */
function listsDistinct(text: string): boolean {
  return LISTS_DISTINCT.test(text) && !COUNT_ASKED.test(text);
}

/**
 * The measure, grouping, threshold, time bucket, ordering and limit a question asks for.
 * `taken` holds the spans of values already read (an amount is a filter, not a threshold).
 */
export function readShape(
  text: string,
  taken: SpanSet,
  isColumn: (word: string) => boolean = () => false,
): QuestionShape {
  const reading: Reading = { text, taken };
  const threshold = readHaving(reading);
  let measure = readMeasure(text, isColumn);
  // "which customers spent the most": the ranking is by the money they moved, summed.
  const movedMost = MONEY_MOST.exec(text);
  // "brought in the most money from items sold": the money is ranked; the goods sold are only where it came from.
  const moneyRanked =
    movedMost !== null &&
    measure?.kind === 'sum' &&
    measure.of === 'quantity' &&
    MONEY_NOUN_AFTER.test(text.slice(movedMost.index + movedMost[0].length));
  if (moneyRanked) measure = null;
  if (movedMost) measure ??= { kind: 'sum', of: MONEY_MOVED_OF.find(([word]) => word.test(movedMost[1]!))![1] };
  const groupBy: string[] = [];
  // "list the distinct users who …", "which unique hashes ran": the values themselves, one row each, not how many.
  if (measure?.kind === 'distinct_count' && measure.of !== null && threshold === null && listsDistinct(text)) {
    groupBy.push(measure.of);
    measure = null;
  }
  let order: Ordering | null = null;
  let limit: number | null = null;
  let skipGroupsUntil = -1;

  TOP.lastIndex = 0;
  const top = TOP.exec(text);
  const topNoun = top?.[3] === undefined ? null : nounPastSource(text, top.index + top[0].length, top[3]);
  // "top 5 resource groups": the noun and the word after it name a column together.
  const topNext =
    topNoun === null ? undefined : /^\s+([a-z][\w-]{1,30})/i.exec(text.slice(topNoun.end, topNoun.end + 40))?.[1];
  const topJoined =
    topNoun !== null && topNext !== undefined && !topNoun.phrase.includes(' ')
      ? `${topNoun.phrase} ${topNext.replace(/s$/i, '')}`.toLowerCase()
      : null;
  const topSubject =
    topNoun === null
      ? null
      : topJoined !== null && subjectKind(topNoun.phrase) !== 'user' && isColumn(topJoined)
        ? topJoined
        : subjectKind(topNoun.phrase);
  // "on top of that" ranks nothing: a top needs a number or a subject.
  if (top && (top[2] !== undefined || topSubject !== null)) {
    const subject = topSubject;
    const topEnd = topNoun?.end ?? top.index + top[0].length;
    limit = positiveInteger(top[2]);
    order = { by: 'measure', direction: top[1]!.toLowerCase() === 'top' ? 'desc' : 'asc' };
    if (subject !== null && subject !== 'order') groupBy.push(subject);
    // "top 10 users by failed logons": the words after "by" are what is ranked, not a grouping.
    skipGroupsUntil = Math.max(skipGroupsUntil, rankedByEnd(text, topEnd));
    // "top 5 best-selling products": ranked by what they sold, not by how many rows they have.
    if (/sell(?:ing|ers?)|grossing|earning/i.test(top[0])) measure ??= { kind: 'sum', of: 'sales' };
    // "top 4 regions by amount": each group's money in all, not how many rows it has.
    if (subject !== null && !isRecordNoun(topNoun!.phrase)) measure ??= rankedByMoney(text, topEnd);
    measure ??= { kind: 'count', of: null };
  }

  // "rank product lines by units sold", "ranking of regions by revenue", "sort suppliers by spend": the noun is what is
  // ranked, one row each, by what is said after "by" (most first, unless said otherwise).
  const rankedBy = order === null && SAYS_RANK.test(text) ? RANK_BY.exec(text) : null;
  const rankedBySubject = rankedBy ? subjectKind(rankedBy[2]!) : null;
  if (rankedBy && rankedBySubject !== null) {
    const rankedEnd = rankedBy.index + rankedBy[0].length;
    limit ??= positiveInteger(rankedBy[1]);
    order = { by: 'measure', direction: LOWEST_FIRST.test(text.slice(rankedEnd)) ? 'asc' : 'desc' };
    if (rankedBySubject !== 'order' && !groupBy.includes(rankedBySubject)) groupBy.push(rankedBySubject);
    skipGroupsUntil = Math.max(skipGroupsUntil, rankedByEnd(text, rankedEnd));
    if (!isRecordNoun(rankedBy[2]!)) measure ??= rankedByMoney(text, rankedEnd);
    measure ??= { kind: 'count', of: null };
  }

  const timeOrder = SAYS_TIME_ORDER.test(text) ? TIME_ORDER.exec(text) : null;
  if (timeOrder)
    order = {
      by: 'time',
      direction: timeOrder[1] || timeOrder[4] || /in\s+(?:time\s+)?order/i.test(timeOrder[0]) ? 'asc' : 'desc',
    };

  const saysNumber = SAYS_NUMBER.test(text);
  const recent = saysNumber ? RECENT.exec(text) : null;
  if (
    recent &&
    !TIME_UNIT_WORD.test((recent[5] ?? '').split(/\s+/).pop()!) &&
    !(recent[5] === undefined && /^last$/i.test(recent[3] ?? '')) &&
    !WHOLE_PERIODS.test(text.slice(recent.index + recent[0].length - (recent[5]?.length ?? 0)))
  ) {
    const words = (recent[2] ?? recent[3])!.toLowerCase();
    limit ??= positiveInteger(recent[1] ?? recent[4]);
    if (!/^first$/.test(words)) order ??= { by: 'time', direction: /oldest|earliest/.test(words) ? 'asc' : 'desc' };
  }
  limit ??= saysNumber ? positiveInteger(LIMIT.exec(text)?.[1]) : null;

  // "the 5 most common error codes", "most frequent source IPs": a ranking of that subject by how often it occurs.
  const common = SAYS_MOST_OR_LEAST.test(text) ? MOST_COMMON.exec(text) : null;
  const commonNoun = common ? nounPastSource(text, common.index + common[0].length, common[4]!).phrase : '';
  const commonSubject = common ? subjectKind(commonNoun) : null;
  if (common && commonSubject !== null && !TIME_UNIT_WORD.test(commonNoun)) {
    limit ??= positiveInteger(common[1]);
    order ??= { by: 'measure', direction: common[2] ? 'desc' : 'asc' };
    measure ??= { kind: 'count', of: null };
    if (commonSubject !== 'order' && !groupBy.includes(commonSubject)) groupBy.push(commonSubject);
  }
  const saysWhich = SAYS_WHICH.test(text);
  const which = saysWhich ? WHICH_MOST.exec(text) : null;
  const most = common || !SAYS_MOST_OR_NUMBER.test(text) ? null : MOST.exec(text);
  const whichSubject = which ? rankedSubject(which[2]!, which[3], isColumn) : null;
  // "which month had the most new accounts", "what 3 days saw the fewest orders": periods ranked, one row per period.
  const rankedPeriod = which && whichSubject === null && PERIOD_NOUN.test(which[2]!) ? which : null;
  if (rankedPeriod) {
    limit ??= positiveInteger(rankedPeriod[1]) ?? (SINGULAR_NOUN.test(rankedPeriod[2]!) ? 1 : null);
    order ??= { by: 'measure', direction: /fewest|least|lowest|smallest/i.test(rankedPeriod[0]) ? 'asc' : 'desc' };
    measure ??= { kind: 'count', of: null };
    // "which quarter had the largest refund total": each period's money in all, not its single largest row.
    if ((measure.kind === 'max' || measure.kind === 'min') && MONEY_MEASURE.test(measure.of ?? ''))
      measure = { kind: 'sum', of: measure.of };
  }
  if (which && whichSubject !== null) {
    if (!groupBy.includes(whichSubject)) groupBy.push(whichSubject);
    // "which customer spent the most": one asked for in the singular is the single top row.
    limit ??= positiveInteger(which[1]) ?? (SINGULAR_NOUN.test(which[2]!) ? 1 : null);
    order ??= { by: 'measure', direction: /fewest|least|lowest|smallest/i.test(which[0]) ? 'asc' : 'desc' };
    // "which 3 products sold the most units": the units summed, not the rows counted.
    const ranked = /^\s+([a-z]+)\b/i.exec(
      text.slice(which.index + which[0].length, which.index + which[0].length + 24),
    );
    if (ranked && QUANTITY_NOUN.test(ranked[1]!.toLowerCase())) measure ??= { kind: 'sum', of: 'quantity' };
    if (which[1] !== undefined) measure ??= { kind: 'count', of: null };
  }
  // "which users logged the most events", "who caused the most lockouts": a ranking asked with no number is its first
  // rows, not every group.
  if (
    limit === null &&
    ((which && whichSubject !== null && order?.direction === 'desc') || (SAYS_WHO.test(text) && WHO_MOST.test(text)))
  )
    limit = RANKED_ROWS_SHOWN;
  const withMost = SAYS_SUPERLATIVE.test(text) ? SUBJECT_WITH_MOST.exec(text) : null;
  // A plural noun ranked so ("departments with the highest spend") is a subject even where no column is known yet.
  const withMostSubject = withMost
    ? (rankedSubject(withMost[2]!, undefined, isColumn) ??
      (/s$/i.test(withMost[2]!) ? subjectKind(withMost[2]!) : null))
    : null;
  if (withMost && withMostSubject !== null && withMostSubject !== 'order') {
    if (!groupBy.includes(withMostSubject)) groupBy.push(withMostSubject);
    // "5 clerks with the most refunds": that many of them; "devices with the most connections": the first rows.
    limit ??=
      positiveInteger(withMost[1]) ??
      (/^(?:most|highest|largest|biggest|greatest)$/i.test(withMost[3]!) ? RANKED_ROWS_SHOWN : null);
    order ??= { by: 'measure', direction: /^(?:fewest|least|lowest|smallest)$/i.test(withMost[3]!) ? 'asc' : 'desc' };
    // "departments with the highest spend": each one's money in all, not its single largest row.
    if ((measure?.kind === 'max' || measure?.kind === 'min') && MONEY_MEASURE.test(measure.of ?? ''))
      measure = { kind: 'sum', of: measure.of };
  }
  if (most && !TIME_UNIT_WORD.test(most[1]!)) {
    order ??= { by: 'measure', direction: 'desc' };
    const counted = subjectKind(most[1]!);
    measure ??= { kind: 'count', of: counted !== null && ENTITY_KINDS.some(([, k]) => k === counted) ? counted : null };
  }

  const saysBest = SAYS_BEST.test(text);
  const plainBest = saysBest ? BEST.exec(text) : null;
  // "my 5 best sellers": the products that sold best.
  const plainSubject = plainBest
    ? subjectKind(/^sellers?$/i.test(plainBest[3]!) ? `${plainBest[2]!} ${plainBest[3]!}` : plainBest[3]!)
    : null;
  const isEntity = (kind: string | null) => kind !== null && ENTITY_KINDS.some(([, k]) => k === kind);
  const qualified = !saysBest || isEntity(plainSubject) ? null : BEST_QUALIFIED.exec(text);
  const best = qualified ?? plainBest;
  const bestSubject = qualified ? subjectKind(qualified[3]!) : plainSubject;
  // Only a known entity is ranked ("highest risk sign-ins" is a filter, not a ranking of risks).
  if (best && isEntity(bestSubject)) {
    const subject = bestSubject;
    limit ??= positiveInteger(best[1]);
    if (/selling|grossing|earning/i.test(best[0])) measure ??= { kind: 'sum', of: 'sales' };
    // "5 best-selling products by units sold": the words after "by" are what is ranked, not a grouping.
    skipGroupsUntil = Math.max(skipGroupsUntil, rankedByEnd(text, best.index + best[0].length));
    order ??= { by: 'measure', direction: /^(?:worst|lowest|least|bottom|smallest)/i.test(best[2]!) ? 'asc' : 'desc' };
    if (subject !== null && subject !== 'order' && !groupBy.includes(subject)) groupBy.push(subject);
  }

  // "with their counts, biggest first", "smallest first": the ranking's direction, whatever read it before.
  const rankFirst = SAYS_FIRST_OR_DIRECTION.test(text) ? RANK_FIRST.exec(text) : null;
  // "sorted ascending", "in descending order": a direction said alone is the ranking's when there is one, else time's.
  const saidDirection = rankFirst !== null && !/first$/i.test(rankFirst[0]);
  const ranked = measure !== null || threshold !== null || (saidDirection && SAYS_GROUPING.test(text));
  if (rankFirst && (order === null || order.by === 'measure') && ranked)
    order = { by: 'measure', direction: rankFirst[1] || rankFirst[3] || rankFirst[5] ? 'desc' : 'asc' };
  else if (rankFirst && saidDirection && order === null)
    order = { by: 'time', direction: rankFirst[3] || rankFirst[5] ? 'desc' : 'asc' };

  const sorted = SORTED.exec(text);
  const sortedBy = sorted ? subjectKind(sorted[1]!) : null;
  if (sorted && sortedBy !== null && order === null) {
    const by = sortedBy;
    const money = new RegExp(`^(?:${MONEY_WORDS}|sale)$`, 'i').test(by);
    if (money) measure ??= { kind: 'sum', of: sorted[1]!.toLowerCase() };
    order = {
      by: /^(?:time|date|timestamp|recency)$/.test(by)
        ? 'time'
        : /^(?:count|number|total)$/.test(by) || money
          ? 'measure'
          : by,
      // "ranked by" means best first; "sorted by" means ascending unless it says otherwise.
      direction:
        /^(?:desc|highest|largest)/i.test(sorted[2] ?? '') || (sorted[2] === undefined && /^rank/i.test(sorted[0]!))
          ? 'desc'
          : 'asc',
    };
  }
  if (threshold) {
    for (const subject of threshold.subjects) if (!groupBy.includes(subject)) groupBy.push(subject);
    // "sold more than 100 units": the threshold is on the quantity summed, not on a count of rows.
    if (threshold.counted !== null && QUANTITY_NOUN.test(threshold.counted)) measure = { kind: 'sum', of: 'quantity' };
    else if (measure === null || measure.kind === 'count')
      measure = { kind: threshold.distinct ? 'distinct_count' : 'count', of: threshold.counted ?? measure?.of ?? null };
  }
  const parentSubject = PARENT_SUBJECT.test(text);
  if (parentSubject && !groupBy.includes('parent_process')) groupBy.push('parent_process');
  const whichEntity = saysWhich ? WHICH_ENTITY.exec(text) : null;
  const whichKind = whichEntity ? askedEntity(text, whichEntity) : null;
  // "Which processes launched …" asks for the parents, not the processes launched.
  const entity = parentSubject && whichKind === 'process' ? null : whichKind;
  if (entity !== null && WHICH_GROUPS.has(entity) && !groupBy.includes(entity)) {
    groupBy.push(entity);
    // "which hosts and processes": a second entity listed beside the first is a key too; so is a second
    // noun that names a column, alone ("which hosts and images" → Image) or with the word after it ("which
    // hosts and value names" → registry_value_name).
    const second = whichEntity?.[2] === undefined ? null : subjectKind(whichEntity[2]);
    const next = whichEntity?.[2]
      ? /^\s+([a-z][\w-]{1,30})/i.exec(
          text.slice(whichEntity.index + whichEntity[0].length, whichEntity.index + whichEntity[0].length + 40),
        )
      : null;
    const phrase = next ? `${whichEntity![2]!} ${next[1]!}`.toLowerCase().replace(/s$/, '') : null;
    if (phrase !== null && (second === null || !WHICH_GROUPS.has(second)) && isColumn(phrase)) {
      if (!groupBy.includes(phrase)) groupBy.push(phrase);
    } else if (second !== null && (WHICH_GROUPS.has(second) || isColumn(second)) && !groupBy.includes(second))
      groupBy.push(second);
  }
  if (!groupBy.includes('host') && SAYS_MACHINES.test(text) && MACHINES_WITH_PROGRAM.test(text)) groupBy.push('host');
  for (const group of readGroups(text, skipGroupsUntil, isColumn))
    if (!groupBy.includes(group) && groupBy.length < 8) groupBy.push(group);
  // "break it down by where it went", "by where they came from": the destination or the source of each flow.
  const whereWent = SAYS_WHERE.test(text) ? WHERE_IT_WENT.exec(text) : null;
  const whereKey = whereWent ? (whereWent[1] ? 'source' : 'destination') : null;
  if (whereKey !== null && !groupBy.includes(whereKey) && groupBy.length < 8) groupBy.push(whereKey);
  // "which department and category combinations", "per host/user pair": each pair of the two is a group.
  const combination = COMBINATION.exec(text);
  if (combination)
    for (const word of [combination[1]!, combination[2]!]) {
      const kind = subjectKind(word) ?? (isColumn(word.toLowerCase()) ? word.toLowerCase() : null);
      if (kind !== null && !groupBy.includes(kind) && groupBy.length < 8) groupBy.push(kind);
    }
  // "… more than 100 times? Give me the worst 20": the ranking kept to that many rows.
  if (limit === null && (measure !== null || threshold !== null || groupBy.length > 0)) {
    const cut = saysNumber ? RANK_CUT.exec(text) : null;
    const kept = cut ? positiveInteger(cut[1] ?? cut[2]) : null;
    if (kept !== null) {
      limit = kept;
      order ??= { by: 'measure', direction: 'desc' };
    }
  }

  const timeBucket =
    readBucket(text, threshold?.end ?? null) ?? (rankedPeriod ? bucketOf(undefined, rankedPeriod[2]!) : null);
  if (measure === null || (measure.kind === 'count' && measure.of === null && threshold === null))
    measure = volumeAsked(text, timeBucket !== null || groupBy.length > 0) ?? measure;
  return {
    measure,
    groupBy,
    // "average price per category, for categories with at least ten products": the threshold counts the rows.
    having:
      threshold?.rows && measure !== null && measure.kind !== 'count' && measure.kind !== 'distinct_count'
        ? { ...threshold.having, rows: true }
        : (threshold?.having ?? null),
    timeBucket,
    order,
    limit,
  };
}

import type { FilterKind } from '@mesh/a2a-contracts';
import { isStateAskedAbout } from './asked-state';
import {
  COUNTRY_BY_ADJECTIVE,
  COUNTRY_BY_CODE,
  COUNTRY_BY_NAME,
  COUNTRY_NAMES,
  WORLD_COUNTRY_BY_NAME,
  WORLD_COUNTRY_NAMES,
} from './country-table';
import { NUMBER_PATTERN, readNumber } from './number-words.util';
import { SpanSet, scan, type ValueHit } from './value-hit';
import { CURRENCY_NAMES } from './currency-names';
import { isFunctionWord } from './function-words';
import { directoryRoleName } from '../directory-object.util';
import { DIRECTORY_ROLE_TITLE } from '../vocabulary';
import { allMatches } from '../regex-matches.util';

/**
 * Values a question names in words: statuses and outcomes, firewall actions, severities,
 * amounts with their currency and comparison, countries, and app names the question marks as
 * apps. Runs after the literal values, on spans they left.
 */

/** Status words, with the value written to the filter (one spelling). */
const STATUS_WORDS: Readonly<Record<string, string>> = {
  cancelled: 'cancelled',
  canceled: 'cancelled',
  unpaid: 'unpaid',
  paid: 'paid',
  failed: 'failed',
  failing: 'failed',
  failure: 'failed',
  failures: 'failed',
  fails: 'failed',
  // "did each account fail to sign in": the verb's bare form after "did", said with what failed.
  'fail to': 'failed',
  unsuccessful: 'failed',
  successful: 'succeeded',
  succeeded: 'succeeded',
  pending: 'pending',
  refunded: 'refunded',
  completed: 'completed',
  shipped: 'shipped',
  delivered: 'delivered',
  disabled: 'disabled',
  deactivated: 'deactivated',
  // Rows out of use for good ("discontinued products", "retired staff"): a flag of theirs is off.
  discontinued: 'discontinued',
  retired: 'retired',
  enabled: 'enabled',
  // Rows in use ("live products"); not the verb ("customers who live in Spain", see LIVE_VERB).
  live: 'live',
  locked: 'locked',
  'locked out': 'locked',
  expired: 'expired',
  overdue: 'overdue',
  delinquent: 'delinquent',
  approved: 'approved',
  rejected: 'rejected',
  declined: 'declined',
  resolved: 'resolved',
  unresolved: 'unresolved',
  open: 'open',
  closed: 'closed',
  active: 'active',
  inactive: 'inactive',
  // People still working here ("counting only staff still employed"): their accounts are the active ones.
  'still employed': 'active',
  'currently employed': 'active',
  suspended: 'suspended',
  churned: 'churned',
  lapsed: 'lapsed',
  'in progress': 'in progress',
  'on hold': 'on hold',
  'on-hold': 'on hold',
  fulfilled: 'fulfilled',
  unfulfilled: 'unfulfilled',
};

/**
 * Records of one state said as a noun ("how many refunds", "cancellations by week"), with the state's value; the
 * nouns in the singular name those records before a rate or a sum ("refund rate", "refund amount").
 */
const STATE_RECORD_VALUES: Readonly<Record<string, string>> = {
  refunds: 'refunded',
  cancellations: 'cancelled',
  refund: 'refunded',
  cancellation: 'cancelled',
};
const STATE_RECORD =
  /\b(refunds|cancellations|(?:refund|cancellation)(?=[\s-]+(?:rates?|ratios?|amounts?|totals?|values?|counts?)\b))\b/gi;
/** The hint of a state read from a noun of records: its status is that of a table of records, not of a party. */
export const STATE_RECORD_HINT = 'record';

/**
 * The state a noun of records names ("refunds" → refunded), as a status: unless a table is named by the noun
 * (a `refunds` table holds them, its rows need no status).
 */
export function readStateRecords(text: string, taken: SpanSet, namesTable: (noun: string) => boolean): ValueHit[] {
  const hits: ValueHit[] = [];
  scan(
    text,
    STATE_RECORD,
    taken,
    (m) => {
      const noun = m[1]!.toLowerCase();
      return namesTable(noun)
        ? null
        : {
            kind: 'status',
            value: STATE_RECORD_VALUES[noun]!,
            start: m.index,
            end: m.index + m[0].length,
            hint: STATE_RECORD_HINT,
          };
    },
    hits,
  );
  return hits;
}

/**
 * "admins", "administrators" said as people of their own ("how many admins per team"); other roles `[1]` said as
 * people of an app ("reviewers in the wiki app", "owners of our booking application").
 */
const ROLE_PEOPLE =
  /\b(?:admins|administrators)\b|\b(editors|moderators|approvers|curators|reviewers|owners|managers|viewers)(?=\s+(?:in|of|on|for)\s+(?:the|our)\s+(?:[a-z][\w-]{1,30}\s+){0,2}app(?:lication)?\b)/gi;

/** The role of people called by it, as a role value; the caller reads it only where a role column is kept. */
export function readRolePeople(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  scan(
    text,
    ROLE_PEOPLE,
    taken,
    (m) => ({
      kind: 'text',
      value: m[1] ? m[1].toLowerCase().replace(/s$/, '') : 'admin',
      start: m.index,
      end: m.index + m[0].length,
      hint: 'role',
    }),
    hits,
  );
  return hits;
}

/** The status a word names, in the filter's spelling ("canceled" → "cancelled"); undefined for any other word. */
export function statusWordValue(word: string): string | undefined {
  const key = word.trim().toLowerCase().replace(/\s+/g, ' ');
  return Object.hasOwn(STATUS_WORDS, key) ? STATUS_WORDS[key] : undefined;
}

/** Firewall and proxy outcomes. */
const ACTION_WORDS: Readonly<Record<string, string>> = {
  blocked: 'blocked',
  // The verdict as a noun or a verb in the present ("firewall blocks by port", "denies from the internet").
  blocks: 'blocked',
  denies: 'denied',
  denials: 'denied',
  allowed: 'allowed',
  denied: 'denied',
  dropped: 'dropped',
  permitted: 'allowed',
  quarantined: 'quarantined',
};

/**
 * A state's verb in its bare form after "did"/"do" and who did it ("how many orders did we ship", "which tickets did
 * support close", "what do we refund"), with the state the rows are left in. Not after a negation ("did we not ship",
 * "didn't ship": rows not in it).
 */
const DONE_VERB_STATES: Readonly<Record<string, string>> = {
  ship: 'shipped',
  deliver: 'delivered',
  cancel: 'cancelled',
  refund: 'refunded',
  fulfil: 'fulfilled',
  fulfill: 'fulfilled',
  complete: 'completed',
  approve: 'approved',
  reject: 'rejected',
  decline: 'declined',
  resolve: 'resolved',
  close: 'closed',
  suspend: 'suspended',
  disable: 'disabled',
};
const DONE_VERB = new RegExp(
  `\\b(?:did|do|does)\\s+(?:we|they|you|i|(?:the\\s+|our\\s+)?[a-z]+)\\s+(${Object.keys(DONE_VERB_STATES).join('|')})\\b`,
  'gi',
);

const STATUS = new RegExp(
  `\\b(${Object.keys(STATUS_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'gi',
);
/** A file share named by a capitalised name before "share" ("the MedicalRecords file share", "the ADMIN$ share"). */
const NAMED_SHARE = /\b(?:the\s+)?([A-Z][A-Za-z0-9_]{1,40}\$?)\s+(?:(?:file|network|smb|cifs)\s+)?shares?\b/g;
const SAYS_SHARE = /\bshares?\b/i;
/** Words before "share" that say what kind of share it is, not which one. */
const NOT_A_SHARE_NAME =
  /^(?:Windows|Network|File|Files|Linux|NFS|SMB|CIFS|Samba|Any|Every|Each|The|Which|What|Market|Revenue)$/;
/** A word of ranking just before a state ("most active", "least active"): a ranking, no state. */
const RANKED_BEFORE = /\b(?:most|least|more|less)\s+$/i;
/** Requests for payment said to be outstanding ("outstanding invoices", "outstanding bills"): not paid yet. */
const OUTSTANDING_RECORDS = /\b(outstanding)\s+(?=(?:invoices?|bills?)\b)/gi;
/**
 * Errors of signing in ("sign-in errors", "login errors", "authentication error"), or of calling a cloud's API ("API
 * errors", "CloudTrail API call errors"): the sign-ins or calls that failed.
 */
const SIGNIN_ERRORS =
  /\b(?:sign[\s-]?in|log[\s-]?in|log[\s-]?on|authentication|(?:cloud\s?trail\s+)?api(?:\s+calls?)?)\s+(errors?)\b/gi;
/** Deals said just before "closed" ("deals over $5k closed last week"): the sale was made, no record's status. */
const DEAL_BEFORE = /\bdeals?\b[^.;?!]*$/i;
/** Characters before "closed" read for {@link DEAL_BEFORE}. */
const DEAL_REACH = 40;

/** Before "live" as a verb: who lives ("customers who live", "they live"), or "to live". */
const LIVE_VERB_BEFORE = /\b(?:who|that|which|they|we|you|i|people|to|does|do|did|don['’]?t)\s+$/i;
/** After "live" as a verb: where ("live in Spain", "live abroad", "live near the depot"). */
const LIVE_VERB_AFTER = /^\s+(?:in|at|on|near|outside|abroad|here|there|with|by|within)\b/i;

/** Whether "live" at `start` is the verb of where someone lives, not the state of rows in use. */
function livesSomewhere(text: string, start: number, after: string): boolean {
  return LIVE_VERB_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || LIVE_VERB_AFTER.test(after);
}

/**
 * A role named before the people it qualifies ("admin users", "guest accounts"), or as the app's people themselves
 * ("our app admins"): a value of a role column.
 */
const ROLE =
  /\b(admin|administrator|owner|editor|viewer|guest|contractor|manager|analyst|support)s?\s+(?=(?:users?|accounts?|members?|staff|employees?|people)\b)|\b(?:app|our)\s+(admin|administrator)s\b|\b(?:with|having|in|holding|holds?|held|has|have)\s+(?:the|an?)\s+(admin|administrator|owner|editor|viewer|guest|contractor|manager|analyst|support)\s+role\b/gi;
const ROLE_VALUE: Readonly<Record<string, string>> = { administrator: 'admin' };
/**
 * Any role named beside the word "role" ("with the role agent", "role = 'billing'", "whose role is
 * auditor", "with the agent role", "(role auditor)"): a value of a role column, in lower case as such columns hold it.
 */
const ROLE_CALLED =
  /(?:\b(?:with|having|holding|holds?|held|has|have|of|in)|(?<![\w/])w\/)\s+(?:the\s+|a\s+)?role\s+(?:of\s+|named\s+|called\s+)?["'`]?([a-z][a-z0-9_-]{1,31})\b["'`]?|\brole\s*(?:=|:|is|equals)\s*["'`]?([A-Za-z][\w-]{1,31})\b|\(\s*role\s+["'`]?([a-z][a-z0-9_-]{1,31})["'`]?\s*\)|\b(?:with|having|holding|holds?|held|has|have|in)\s+(?:the|an?)\s+["'`]?([a-z][a-z0-9_-]{1,31})["'`]?\s+role\b/g;
/** The word every way of {@link ROLE_CALLED} says, in its case. */
const SAYS_ROLE = /role/;
/** Words in the place of a role's name that are ordinary English ("with the role assigned", "the same role"). */
const NOT_A_ROLE =
  /^(?:the|a|an|of|and|or|to|for|in|on|at|by|who|that|which|is|was|were|are|same|new|old|other|any|each|every|right|wrong|correct|changed?|assigned|granted|removed|added|based|column|field|name|names|assignments?|changes?)$/i;

/** A customer segment or tier said before the customers it qualifies ("enterprise customers", "SMB accounts"). */
const SEGMENT =
  /\b(enterprise|smb|small[\s-]business|mid[\s-]?market|consumer|retail|wholesale|b2b|b2c|vip|premium|strategic|key|corporate|government|public[\s-]sector|non-?profit|education)\s+(?=(?:customers?|clients?|accounts?|accts?|buyers?|subscribers?|shoppers?|companies)\b)/gi;
/** A directory or RBAC role named by its title ("the Global Administrator role", "the Key Vault Reader role"): a value to search for. */
const NAMED_ROLE =
  /\b(?:the|a)\s+((?:[A-Z][\w-]*\s+){0,3}(?:Administrator|Admin|Reader|Operator|Owner|Contributor|Developer|Manager|Writer))\s+role\b/g;
/** A word for an app right after a name ("… app", "… portal"): the name is the app's. */
const APP_NOUN_AFTER = /^\s+(?:apps?|applications?|portal|dashboard|console|tool|system)\b/i;
/** A directory role named by its title alone, with no "role" after it (see `DIRECTORY_ROLE_TITLE`). */
const ROLE_TITLE = new RegExp(DIRECTORY_ROLE_TITLE.source, 'g');
/** Files named just before a verb ("executables dropped in ..."). */
const FILE_NOUN_BEFORE =
  /\b(?:files?|executables?|binar(?:y|ies)|payloads?|dlls?|scripts?|malware|documents?)\s+(?:were\s+|was\s+|being\s+)?$/i;
/** The words before "blocks" that make them pieces of code ("script blocks"), not a verdict. */
const SCRIPT_BEFORE = /\b(?:script|scriptblock|code|text)\s*$/i;
const ACTION = new RegExp(`\\b(${Object.keys(ACTION_WORDS).join('|')})\\b`, 'gi');
/** What every way of {@link SEVERITY} holds ("severity", "sev", or the alerts, incidents, findings or risk it grades). */
const SAYS_SEVERITY = /sev|alert|incident|finding|risk/i;
const SEVERITY =
  /\b(?:(critical|high|medium|low|informational)(?:[- ]severity|[- ]sev\b|(?=(?:\s+or\s+(?:critical|high|medium|low))?\s+(?:severity\s+)?(?:alerts?|incidents?|findings?|risk))))|\bseverity\s*(?:of|=|:|is)?\s*(critical|high|medium|low|informational)\b/gi;

/** Further ISO 4217 codes, none of them an English word (TRY, PHP, COP are left out). */
const OTHER_CODES = [
  'BRL',
  'MXN',
  'CNY',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'ZAR',
  'SGD',
  'HKD',
  'NZD',
  'KRW',
  'ILS',
  'AED',
  'SAR',
  'THB',
  'IDR',
  'ARS',
  'CLP',
  'RUB',
];
const ISO_CODES = `USD|EUR|GBP|JPY|CHF|CAD|AUD|INR|${OTHER_CODES.join('|')}`;
const ISO_CODE_WORD = new RegExp(`^(?:${ISO_CODES})$`);

/** Whether a word is a currency's ISO code as written in capitals ("EUR", "GBP"). */
export function isCurrencyCode(word: string): boolean {
  return ISO_CODE_WORD.test(word);
}
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  bucks: 'USD',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  gbp: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  jpy: 'JPY',
  yen: 'JPY',
  chf: 'CHF',
  cad: 'CAD',
  aud: 'AUD',
  inr: 'INR',
  rupees: 'INR',
  // ISO 4217 codes that are no English word ("in BRL", "SEK invoices").
  ...Object.fromEntries(OTHER_CODES.map((code) => [code.toLowerCase(), code])),
  // "in Swiss francs", "500 Canadian dollars": ISO 4217 names of two words.
  ...CURRENCY_NAMES,
};
/** The currency words as a regex alternation, longest first, a space matching any run of spaces. */
const CURRENCY_ALTERNATION = Object.keys(CURRENCY_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/ /g, '\\s+'))
  .join('|');

/** The ISO code of a currency word as written ("Swiss  Francs" → CHF). */
function currencyOfWord(word: string): string | undefined {
  return CURRENCY_WORDS[word.toLowerCase().replace(/\s+/g, ' ')];
}
const SCALE = `(?:\\s?(k|m|bn|thousand|million)\\b)?`;
/** "between 100 and 500 EUR", "between $1k and $5k": a range of amounts, the currency said on either end. */
const AMOUNT_RANGE = new RegExp(
  `\\bbetween\\s+([$€£¥])?\\s?(\\d[\\d,]*(?:\\.\\d+)?)${SCALE}\\s?(${CURRENCY_ALTERNATION})?\\s+and\\s+([$€£¥])?\\s?(\\d[\\d,]*(?:\\.\\d+)?)${SCALE}\\s?(${CURRENCY_ALTERNATION})?\\b`,
  'gi',
);
/** Words of money right before a range ("priced between", "costing between", "a total between"). */
const PRICED_BEFORE =
  /\b(?:priced|costing|costs?|worth|valued|prices?|amounts?|totals?|totall?ing|spend(?:ing)?|(?:sold|selling)\s+for)\s+(?:at\s+)?$/i;
/** Characters before "between" read for {@link PRICED_BEFORE}. */
const PRICED_REACH = 24;
const AMOUNT_BEFORE = new RegExp(`([$€£¥])\\s?(${NUMBER_PATTERN})${SCALE}`, 'gi');
const AMOUNT_AFTER = new RegExp(`(?<![\\w.])(${NUMBER_PATTERN})${SCALE}\\s?(${CURRENCY_ALTERNATION})\\b`, 'gi');

/** An ISO code written before its number: "EUR 500", "USD 1,200". */
const AMOUNT_CODE_BEFORE = new RegExp(
  `\\b(${ISO_CODES})\\s?(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s?(k|m|bn|thousand|million)\\b)?`,
  'gi',
);
/** Any amount of money written with its currency ("$10k", "500 EUR", "GBP 1,200"). */
const MONEY_AMOUNT = new RegExp(`${AMOUNT_BEFORE.source}|${AMOUNT_AFTER.source}|${AMOUNT_CODE_BEFORE.source}`, 'i');
/** Characters of a question read for an amount of money. */
const MONEY_TEXT = 1_000;

/** Whether the question writes an amount of money with its currency: a value business records keep. */
export function saysMoneyAmount(text: string): boolean {
  return MONEY_AMOUNT.test(text.slice(0, MONEY_TEXT));
}
/**
 * A number whose thousands are set apart by spaces ("12 500", "3 000 000"), as many European writers group them. Read
 * as one amount only beside money: a currency right after it, or a currency sign or code, a comparison or "between"
 * right before it ("over 4 200", "USD 7 300"). Two counts side by side ("top 10 200 ms") keep their space.
 */
const SPACED_THOUSANDS = new RegExp(
  `(?<=(?:[$€£¥]|\\b(?:${ISO_CODES})|\\b(?:above|over|than|exceeding|below|under|least|most|between))\\s?)(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+)(?![\\d,.]?\\d)|(?<![\\w.,])(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+)(?=${SCALE}\\s?(?:${CURRENCY_ALTERNATION})\\b)`,
  'gi',
);

/**
 * The question with the spaces inside a spaced thousands amount written as commas ("20 000 EUR" → "20,000 EUR"),
 * same length, so every reader of amounts sees one number and every offset stays.
 */
export function joinSpacedThousands(text: string): string {
  if (!/\d[ \u00a0\u202f]\d{3}/.test(text)) return text;
  return text.replace(SPACED_THOUSANDS, (said: string) => said.replace(/[ \u00a0\u202f]/g, ','));
}

/** A further currency listed after one named ("in EUR or GBP", "in USD, CAD and AUD"), at the start of the text it is tried on. */
const CURRENCY_LISTED = new RegExp(
  `^\\s*(?:,\\s*(?:or\\s+|and\\s+)?|\\/\\s*|\\s(?:or|and)\\s+)(${CURRENCY_ALTERNATION})\\b`,
  'i',
);
/** Most currencies a list adds after the first. */
const MAX_LISTED_CURRENCIES = 6;

/** The spans of the currencies listed after the one named that ends at `from`; [] when none is. */
function listedCurrencies(text: string, from: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let at = from;
  for (
    let m = CURRENCY_LISTED.exec(text.slice(at, at + 40));
    m !== null;
    m = CURRENCY_LISTED.exec(text.slice(at, at + 40))
  ) {
    const start = at + m[0].length - m[1]!.length;
    spans.push({ start, end: at + m[0].length });
    at += m[0].length;
    if (spans.length === MAX_LISTED_CURRENCIES) break;
  }
  return spans;
}

/** A currency the question names apart from the number ("orders in EUR above 500"). */
const CURRENCY_NAMED = new RegExp(
  `\\b(?:in|priced\\s+in|paid\\s+in|denominated\\s+in)\\s+(${CURRENCY_ALTERNATION})\\b`,
  'i',
);
/** An ISO code in capitals before a noun, as an adjective ("EUR invoices", "GBP refunds"). */
const CURRENCY_ADJECTIVE = new RegExp(`\\b(${ISO_CODES})\\s+(?=[a-z][a-z-]+\\b)`);
/** A currency said to be the only one wanted ("gbp only", "euros only"): the rows in it. */
const CURRENCY_ONLY = new RegExp(`\\b(${CURRENCY_ALTERNATION})\\s+only\\b`, 'i');
/** An ISO code alone in brackets ("sales by region (SEK)", "( PLN )"): the currency the whole question is in. */
const CURRENCY_BRACKETED = new RegExp(`\\(\\s*(${ISO_CODES})\\s*\\)`);
/** A bare number after a comparison, read as an amount when the question names a currency ("above 500"), not a count of things. */
const COMPARED_NUMBER =
  /(?:\b(?:above|over|more\s+than|(?:greater|bigger|larger|higher|cheaper|pricier|dearer|(?:less|more)\s+expensive)\s+than|exceeding|in\s+excess\s+of|below|under|(?:less|smaller|lower)\s+than|at\s+least|at\s+most)\s+|[<>]=?\s*)(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s?(k|m|bn|thousand|million)\b)?(?![\d,.]*\s*%)/gi;
/** A bare number with its comparison after it ("2,000 or more", "500 or less"), read as an amount as above. */
const NUMBER_OR_MORE =
  /(?<![\w.,$€£¥])(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s?(k|m|bn|thousand|million)\b)?\s+or\s+(?:more|above|higher|greater|less|below|lower|fewer)\b/gi;
/** The word after such a number that makes it a count of things ("above 500 orders", "over 5 times"). */
const COUNTED_AFTER = /^\s*(?:percent\b|times?\b|(?!(?:is|was|has|as|its|this|us|plus)\b)[A-Za-z]+s\b)/i;

const COUNTRY = new RegExp(
  `(?<![\\w.])(${COUNTRY_NAMES.map((name) => name.replace(/\./g, '\\.')).join('|')})(?![\\w])`,
  'gi',
);

/** The world's other countries, as written (capitalised): read only after a place word (see {@link PLACE_BEFORE}). */
const WORLD_COUNTRY = new RegExp(
  `(?<![\\w.])(${WORLD_COUNTRY_NAMES.map((name) => name.replace(/[.]/g, '\\.')).join('|')})(?![\\w])`,
  'g',
);

/**
 * Right before a country written in lower case: a place preposition ("from", "in", "outside"),
 * possibly with other countries listed between ("from russia, iran or china").
 */
const PLACE_BEFORE =
  /\b(?:from|in|into|to|outside(?:\s+of)?|within|originating\s+(?:from|in)|located\s+in|based\s+in)\s+(?:(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s*(?:,|\bor\b|\band\b)\s*){0,4}(?:the\s+)?$/i;
/** The countries' adjectives, longest first, as one alternation. */
const ADJECTIVES = [...COUNTRY_BY_ADJECTIVE.keys()].sort((a, b) => b.length - a.length).join('|');
/**
 * A country's adjective before a noun of people, records or traffic ("Swiss buyers", "Brazilian
 * card payments", "russian IPs"), or one of a list of them before it ("German and French customers"); not before a
 * language's nouns ("French translation").
 */
const COUNTRY_ADJECTIVE = new RegExp(
  `(?<![\\w.-])(${ADJECTIVES})(?=(?:\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|&)\\s+|\\/)\\s*(?:${ADJECTIVES})\\b){0,4}\\s+(?:(?:retail|business|enterprise|corporate|premium|online|new|active|card|source|remote)\\s+)?(?:customers?|clients?|users?|buyers?|shoppers?|accounts?|orders?|purchases?|payments?|invoices?|ips?|ip\\s+addresses|addresses|sign-?ins?|logins?|log-?ons?|traffic|visitors?|suppliers?|vendors?|employees?|staff|companies|partners?|subscribers?|members?|sessions?|requests?|connections?)\\b)`,
  'gi',
);
/** Two capitals standing alone: a country's code when a place word comes before it ("from RU", "in DE, FR or NL"). */
const COUNTRY_CODE = /(?<![\w.-])([A-Z]{2})(?![\w.@-])/g;
/** Right before a country's code: a place word, possibly with other codes listed between ("from US, DE or "). */
const CODE_PLACE_BEFORE =
  /\b(?:from|in|into|to|outside(?:\s+of)?|within|originating\s+(?:from|in)|located\s+in|based\s+in)\s+(?:[A-Z]{2}\s*(?:,\s*(?:and\s+|or\s+)?|\bor\s+|\band\s+)){0,6}$/i;
/**
 * Right after a country's code: a noun of the parties a business deals with ("DE customers", "UK suppliers"), whose
 * country the code is; not of staff or teams, where two capitals are a function ("IT staff", "HR users").
 */
const CODE_PARTIES_AFTER =
  /^\s+(?:(?:retail|business|enterprise|corporate|premium|online|new|active)\s+)?(?:customers?|clients?|buyers?|shoppers?|subscribers?|suppliers?|vendors?|partners?|companies)\b/i;
/** Codes that are also common abbreviations before such nouns ("IT", "HR", "PR", "AD"): read only after a place word. */
const CODE_ABBREVIATIONS = new Set([
  'IT',
  'HR',
  'PR',
  'AD',
  'ID',
  'IS',
  'IN',
  'AS',
  'AT',
  'BE',
  'BY',
  'DO',
  'GO',
  'ME',
  'MY',
  'NO',
  'OR',
  'SO',
  'TO',
  'AI',
  'CA',
  'MS',
  'PA',
  'PM',
  'AM',
  'TV',
]);
/** Country names that are also common words or given names: never read in lower case. */
const AMBIGUOUS_COUNTRY_WORDS = new Set(['turkey', 'chad', 'jordan', 'georgia', 'guinea', 'niger']);

/** "the Azure Portal app", "app 'Salesforce'", "application Microsoft Teams". */
const APP_AFTER = /\b(?:app|application)\s+(?:named\s+|called\s+)?((?:[A-Z][\w.-]{0,40}\s?){1,4})/g;
const APP_BEFORE = /\bthe\s+((?:[A-Z][\w.-]{0,40}\s){1,4})(?:app|application)\b/g;
/**
 * An app named in lower case, after a word of where sign-ins went and "the" ("failed logins to the expenses
 * application", "sign-ins for the finance app"): the app whose display name holds those words.
 */
const LOWER_APP_BEFORE =
  /(?<=\b(?:to|for|into|in|on|of|from)\s+the\s+)([a-z][a-z0-9-]{2,30}(?:\s[a-z][a-z0-9-]{2,30})?)(?=\s+(?:app|application)\b)/g;
/** Lower-case words before "app" that say what kind of app, not which one ("the mobile app", "the authenticator app"). */
const NOT_AN_APP_KIND =
  /^(?:mobile|web|desktop|same|new|other|company|corporate|internal|custom|whole|main|enterprise|microsoft|azure|office|authenticator|phone|native|third[\s-]party|legacy|wrong|right|banking|client)$/;
/**
 * A Microsoft 365 workload a question reads activity from ("downloaded from SharePoint", "files in
 * OneDrive", "activity on Exchange Online", "in sharepoint/onedrive") or puts files into ("uploaded to
 * OneDrive"): the app (workload) the records belong to.
 */
const WORKLOAD =
  /\b(?:from|in|on|via|through|across|to|into)\s+(?:the\s+)?(sharepoint|share\s+point|onedrive|one\s+drive|exchange)(?:\s+(?:online|for\s+business))?\b(?!\s+for\b)(?:\s*(?:\/|,|&|\bor\b|\band\b)\s*(sharepoint|share\s+point|onedrive|one\s+drive|exchange)\b)?/gi;
/**
 * A Microsoft 365 workload named before what it holds, in any case ("OneDrive documents", "sharepoint
 * sites", "exchange admin activity", "Exchange Online mailbox changes"), or two of them ("onedrive/sharepoint
 * folders"): the workloads the records belong to.
 */
const WORKLOAD_BEFORE =
  /(?<![\w.-])(sharepoint|onedrive|exchange)(?:\s+online)?(?:\s*(?:\/|,|&|\bor\b|\band\b)\s*(sharepoint|onedrive|exchange)(?:\s+online)?)?(?=\s+(?:admin(?:istrator|istrative)?\s+)?(?:files?|documents?|folders?|sites?|librar(?:y|ies)|activit(?:y|ies)|operations?|actions?|audit(?:\s+logs?)?|logs?|events?|mailbox(?:es)?|messages?|changes?)\b)/gi;
/** The workloads as Microsoft 365's audit log names them. */
const WORKLOAD_NAMES: Readonly<Record<string, string>> = {
  sharepoint: 'SharePoint',
  onedrive: 'OneDrive',
  exchange: 'Exchange',
};
/**
 * "signing in to Microsoft Teams", "logins to Salesforce", "sign-ins into the Azure Portal", "logins to the IT
 * Helpdesk", "sign-ins to Sage 200" (a version number ends the name): the app signed in to (an initialism may lead a name of capitalised words, never stand alone). "logins to
 * the IT portal", "sign-ins to the QA site": an initialism before a plain noun of a web app is its name with the noun.
 */
const APP_SIGNED_INTO =
  /\b(?:[Ss]ign(?:ing|ed|s)?[\s-]?ins?|[Ll]og(?:ging|ged|s)?[\s-]?(?:in|on)s?|[Ll]ogins?|[Ll]ogons?|[Aa]uthenticat(?:ed|ing|es|ions?))(?:\s+(?:in)?to|to|\s+through|\s+via)\s+(?:the\s+)?((?:[A-Z]{2,5}\s)?(?:(?:[A-Z][a-z]|[a-z][A-Z][a-z])[\w.-]{0,40}\s?){1,3}(?:\d{1,4}(?![\w.:/-])(?!\s+(?:times?|days?|hours?|hrs?|minutes?|mins?|weeks?|months?|users?|accounts?|attempts?|or\s+more)\b))?|[A-Z]{2,5}\s(?:portal|site|intranet|console|dashboard|extranet)\b)/g;
/**
 * In a question about sign-ins, capitalised words ending in a web app's noun after a word of place ("errors on the
 * Billing Console", "failures for Partner Portal"): the app signed in to, its noun a part of its name.
 */
const APP_NOUN_NAMED = new RegExp(
  String.raw`(?<=\b(?:on|for|to|into|at|against)\s+(?:the\s+|our\s+)?)((?:[A-Z][\w.&-]{0,40}\s){1,3}(?:Portal|Console|Dashboard|Hub|Intranet|Extranet|Workspace|Gateway|Centre|Center|Studio))(?![\w.-])`,
  'g',
);
/** "Salesforce sign-ins", "Workday logins", "HR Portal logins", "eStore logins": the app a sign-in went into, named before the word sign-in. */
/** The sign-in words {@link APP_SIGNINS} needs after the name, in their case. */
const SAYS_SIGN_OR_LOG = /sign|log/;
const APP_SIGNINS =
  /(?<![\w.-])((?:[A-Z]{2,5}\s)?(?:(?:[A-Z][a-z]|[a-z][A-Z][a-z])[\w.&-]{1,40}\s){1,2})(?=(?:sign[\s-]?ins?|log[\s-]?ins?|log[\s-]?ons?)\b)/g;
/**
 * In a question about sign-ins, a product's name opening it as its topic ("PagerDuty last month: sign-ins per
 * user", "Zendesk - failed logins today"): written in CamelCase, or set apart by a colon or a dash.
 */
const APP_TOPIC =
  /^\s*(?:(?<camel>[A-Za-z][a-z]+(?:[A-Z][a-z]+)+)(?![\w.@-])|(?<titled>[A-Z][a-z][\w&]{1,40})(?=\s*(?::|\s[-\u2013\u2014])\s))/;
/**
 * "sign-in errors for Microsoft Teams", "logins to the Google Workspace", "sign-ins to Office 365 Exchange Online": in
 * a question about sign-ins, a product named with its vendor after "for"/"to" (up to three words more) is the app signed
 * into (a person's name has no vendor word).
 */
const APP_FOR =
  /(?<=\b(?:for|to|into)\s+(?:the\s+)?)((?:Microsoft|Office|Google|Adobe|Azure|Amazon|Atlassian|Cisco|Oracle|SAP|Zoom|Slack|Salesforce|Workday|ServiceNow|Dropbox|GitHub|Okta)(?:\s+(?:[A-Z][\w.-]{0,40}|\d[\w.-]{0,40}(?!\s+(?:times?|days?|hours?|hrs?|minutes?|mins?|weeks?|months?|users?|accounts?|attempts?|or\s+more)\b))){0,3})(?![\w.-])/g;
/**
 * Well-known apps people sign in to, as they write them in any case ("teams sign-ins", "logins to
 * outlook", "ms teams logons"), and the words an identity provider's app name holds for each (matched as a
 * part of the name: the display names vary by client, "Microsoft Teams", "Microsoft Teams Web Client").
 */
const KNOWN_APPS: ReadonlyMap<string, string> = new Map([
  ['teams', 'Teams'],
  ['ms teams', 'Teams'],
  ['microsoft teams', 'Microsoft Teams'],
  ['outlook', 'Outlook'],
  ['sharepoint', 'SharePoint'],
  ['onedrive', 'OneDrive'],
  ['exchange online', 'Exchange Online'],
  ['azure portal', 'Azure Portal'],
  ['salesforce', 'Salesforce'],
  ['workday', 'Workday'],
  ['servicenow', 'ServiceNow'],
  ['slack', 'Slack'],
  ['zoom', 'Zoom'],
  ['github', 'GitHub'],
  ['azure devops', 'Azure DevOps'],
  ['visual studio', 'Visual Studio'],
  ['power bi', 'Power BI'],
  ['dynamics 365', 'Dynamics 365'],
  ['jira', 'Jira'],
  ['confluence', 'Confluence'],
  ['dropbox', 'Dropbox'],
  ['docusign', 'DocuSign'],
  ['webex', 'Webex'],
  // The remote-access gateway users sign in to, by its kind or its usual products.
  ['vpn', 'VPN'],
  ['globalprotect', 'GlobalProtect'],
  ['anyconnect', 'AnyConnect'],
  // The identity providers and MFA services a login goes through ("okta logins", "duo pushes").
  ['okta', 'Okta'],
  ['duo', 'Duo'],
  ['onelogin', 'OneLogin'],
  ['jumpcloud', 'JumpCloud'],
]);
const KNOWN_APP_WORDS = [...KNOWN_APPS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/ /g, '\\s+'))
  .join('|');
/** The nouns of a sign-in, and of its second factor ("duo pushes", "okta mfa prompts"). */
const SIGNIN_NOUN_AHEAD =
  '(?:(?:mfa\\s+)?(?:sign[\\s-]?ins?|log[\\s-]?ins?|log[\\s-]?ons?|authentications?|auths?)|(?:mfa\\s+)?push(?:es)?|mfa\\s+prompts?)\\b';
/**
 * A well-known app just before a sign-in noun ("teams sign-ins"), or after signing in to it or through it ("logins to
 * outlook", "logged in via the vpn").
 */
const KNOWN_APP_SIGNINS = new RegExp(
  `(?<![\\w.-])(${KNOWN_APP_WORDS})(?=\\s+(?:app\\s+)?${SIGNIN_NOUN_AHEAD})|(?<=\\b(?:sign(?:ing|ed|s)?[\\s-]?ins?|log(?:ging|ged|s)?[\\s-]?(?:in|on)s?|logins?|logons?)\\s+(?:(?:in)?to|via|through|over|using)\\s+(?:the\\s+|a\\s+|our\\s+)?)(${KNOWN_APP_WORDS})(?![\\w.-])`,
  'gi',
);
const SIGNIN_WORD = /\b(?:sign[\s-]?in(?:s|to)?|log[\s-]?in(?:s|to)?|log[\s-]?ons?|authentications?)\b/i;
/**
 * The sign-in words {@link KNOWN_APP_SIGNINS} needs one of (before the app or after it); {@link KNOWN_APP_REACHED} is
 * tried only when {@link SIGNIN_WORD} is said, which holds one of them too.
 */
const SAYS_SIGNIN_NOUN = /sign|log|auth|push|mfa/i;
/** In a question about sign-ins, a well-known app after a verb of reaching it ("reached the Azure Portal", "accessed outlook"). */
const KNOWN_APP_REACHED = new RegExp(
  `(?<=\\b(?:reach(?:ed|es|ing)?|access(?:ed|es|ing)?|us(?:ed|es|ing)|open(?:ed|s|ing)?|connect(?:ed|s|ing)?\\s+to|got\\s+into|went\\s+(?:in)?to)\\s+(?:the\\s+)?)(${KNOWN_APP_WORDS})(?![\\w.-])`,
  'gi',
);
/**
 * In a question about sign-ins, a well-known app said as where they happened ("lockouts on Salesforce", "errors in
 * workday", "failures for Jira"). Names that are also common words count only capitalised ("for teams" are people).
 */
const KNOWN_APP_ON = new RegExp(
  `(?<=\\b(?:on|in|for|against|at)\\s+(?:the\\s+)?)(${KNOWN_APP_WORDS})(?![\\w.-])`,
  'gi',
);
/** Well-known apps' names that are common words too, read after a bare preposition only when capitalised. */
const COMMON_WORD_APP = /^(?:teams|outlook|slack|zoom|duo|confluence|exchange\s+online|visual\s+studio)$/;
/**
 * In a question about sign-ins, well-known apps after a word of leaving them out ("but not to jira", "except teams
 * or slack"): each app of the list, named whole (a part would leave out every app holding it).
 */
const KNOWN_APP_EXCLUDED = new RegExp(
  `(?<=\\b(?:not|not\\s+(?:counting|including)|except|excluding|ignoring|other\\s+than|apart\\s+from|aside\\s+from|besides)\\s+(?:(?:in)?to\\s+|for\\s+|on\\s+)?(?:the\\s+)?)(?:${KNOWN_APP_WORDS})(?:\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|nor)\\s+)(?:the\\s+)?(?:${KNOWN_APP_WORDS})){0,4}(?![\\w-]|\\.\\w)`,
  'gi',
);
/** One well-known app's name in a list of them. */
const KNOWN_APP_NAME = new RegExp(`(?<![\\w-])(?:${KNOWN_APP_WORDS})(?![\\w-])`, 'gi');
/**
 * "top apps by failures, excluding the Azure Portal", "every app other than Microsoft Teams": in a question
 * about apps or sign-ins, a product named with its vendor after a word of exclusion is an app (the exclusion
 * itself makes the filter a negation).
 */
const APP_EXCLUDED =
  /(?<=\b(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from|aside\s+from|but\s+not|not\s+(?:counting|including)|ignoring|leaving\s+out|without)\s+(?:the\s+)?)((?:Microsoft|Office|Google|Adobe|Azure|Amazon|Atlassian|Cisco|Oracle|SAP|Zoom|Slack|Salesforce|Workday|ServiceNow|Dropbox|GitHub|Okta)(?:\s+[A-Z0-9][\w.-]{0,40}){1,2})(?![\w.-])/g;
/** The words of exclusion {@link APP_EXCLUDED} needs one of, in their case. */
const SAYS_EXCLUSION =
  /excluding|except|other\s+than|apart\s+from|aside\s+from|but\s+not|not\s+(?:counting|including)|ignoring|leaving\s+out|without/;
const APP_QUESTION = /\b(?:apps?|applications?|sign[\s-]?ins?|log[\s-]?ins?|log[\s-]?ons?|conditional\s+access)\b/i;
/** Capitalised words before "sign-ins" that say what kind of sign-in, not which app. */
const SIGNIN_KIND =
  /^(?:Failed|Failing|Successful|Unsuccessful|Risky|Interactive|Non-interactive|Noninteractive|Legacy|Admin|Administrator|Guest|Recent|All|Any|Total|Daily|Weekly|Hourly|Remote|Anonymous|External|Internal|Multiple|Unusual|Foreign|Blocked|Denied|First|Last|User|Service|Device|Cloud|Interactive|Mfa|Sso|Vpn|Rdp|Show|List|Count|Find|Get|Check|Pull|Search|Fetch|Review|Give|Please|Which|What|How|Where|When|Who|The|Our|My|Their|His|Her|Its|These|Those|Today|Yesterday)$/;

/**
 * Product and vendor words that name a kind of application, not one app, and the verbs a sentence opens with ("Ignore
 * logins from 10.0.0.0/8", "Skip …").
 */
const NOT_AN_APP =
  /^(?:Azure(?: AD)?|AD|Entra(?: ID)?|Microsoft|Windows|OAuth|AWS|Google|Okta|Splunk|Sentinel|SaaS|Web|Mobile|Desktop|Custom|Enterprise|Malicious|Suspicious|New|Registered|IDs?|Ids?|Names?|Permissions?|Consent|Registrations?|Roles?|Owners?|Secrets?|Credentials?|Ignore|Ignoring|Exclude|Excluding|Skip|Include|Including|Only|Just|Drop|Remove|Leave|Show|List|Count|Find|Check|Compare)$/;

/**
 * In a question about sign-ins, an app of any name left out: said as where the sign-ins went ("but not into Clio",
 * "except to Xero") or written in CamelCase ("excluding NetSuite"), which no person's name is.
 */
const APP_NAMED_EXCLUDED =
  /(?<=\b(?:not|except|excluding|other\s+than|apart\s+from)\s+(?:in)?to\s+(?:the\s+)?)((?:[A-Z][a-z]|[a-z][A-Z][a-z])[\w&-]{1,40})(?![\w-])|(?<=\b(?:except|excluding|ignoring|other\s+than|apart\s+from|aside\s+from|but\s+not|not\s+(?:counting|including))\s+(?:the\s+)?)([A-Za-z][a-z]+(?:[A-Z][a-z]+)+)(?![\w-])/g;

/** Each well-known app of a list left out (see {@link KNOWN_APP_EXCLUDED}), named whole. */
function excludedApps(m: RegExpExecArray): ValueHit[] {
  const apps: ValueHit[] = [];
  for (const name of allMatches(m[0], KNOWN_APP_NAME)) {
    const app = KNOWN_APPS.get(name[0].toLowerCase().replace(/\s+/g, ' '));
    if (app) apps.push(simple('app', app, m.index + name.index, name[0].length));
  }
  return apps;
}

/** The app a sign-in question opens with as its topic (see {@link APP_TOPIC}). */
function appTopic(text: string, taken: SpanSet): ValueHit[] {
  const m = APP_TOPIC.exec(text);
  const name = m?.groups?.['camel'] ?? m?.groups?.['titled'];
  if (!m || !name || NOT_AN_APP.test(name) || SIGNIN_KIND.test(name) || isFunctionWord(name)) return [];
  const start = m.index + m[0].indexOf(name);
  if (taken.overlaps(start, start + name.length)) return [];
  taken.add(start, start + name.length);
  return [simple('app', name, start, name.length)];
}

function scaled(value: number, scale: string | undefined): number {
  switch (scale?.toLowerCase()) {
    case 'k':
    case 'thousand':
      return value * 1000;
    case 'm':
    case 'million':
      return value * 1_000_000;
    case 'bn':
      return value * 1_000_000_000;
    default:
      return value;
  }
}

/** A number in plain decimal, as the wire wants it ("1500", "100.5"). */
function plainDecimal(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/**
 * An app's name said as an alternative after an app ("sign-ins to the Azure Portal or Azure CLI", "to Workday, or
 * Concur"): one to four capitalised words (numbers after the first). Not a store the question searches.
 */
const APP_ALTERNATIVE =
  /^(?:\s*,\s*(?:or\s+)?|\s+or\s+)(?:the\s+)?([A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|\d{1,4})){0,3})(?![\w.&-])/;
const STORE_NAMED = /^(?:Sentinel|Splunk|Defender|Entra|Log\s+Analytics|Azure\s+AD)\b/;
/** Most alternatives read after an app. */
const MAX_APP_ALTERNATIVES = 6;

/** The apps named as alternatives right after the one ending at `end` (see {@link APP_ALTERNATIVE}). */
function appAlternatives(text: string, end: number, taken: SpanSet): ValueHit[] {
  const found: ValueHit[] = [];
  let at = end;
  for (let i = 0; i < MAX_APP_ALTERNATIVES; i += 1) {
    const m = APP_ALTERNATIVE.exec(text.slice(at, at + 120));
    if (!m || STORE_NAMED.test(m[1]!) || NOT_AN_APP.test(m[1]!)) break;
    const start = at + m[0].length - m[1]!.length;
    if (taken.overlaps(start, start + m[1]!.length)) break;
    found.push(simple('app', m[1]!, start, m[1]!.length));
    taken.add(start, start + m[1]!.length);
    at = start + m[1]!.length;
  }
  return found;
}

function simple(kind: FilterKind, value: string, start: number, length: number): ValueHit {
  return { kind, value, start, end: start + length };
}

/**
 * Words after a status that make it a verb or a noun's name rather than a filter ("failed to start",
 * "Active Directory") — except a failed sign-in said as a verb ("failed to sign in", "failed to log on",
 * "failed to authenticate"), which is the failure status of the sign-in.
 */
const NOT_A_STATUS_AFTER =
  /^\s+(?:to(?!\s+(?:(?:sign|log)[\s-]?(?:in|on)|login|logon|signin|authenticate|auth)\b)|because|due|with error|directory)\b/i;
/** After "resolved", a dotted name makes it the verb of a DNS lookup ("resolved cdn.example.net"), not the status. */
const LOOKED_UP_REACH = 48;
const NAME_LOOKED_UP_AFTER = /^\s+(?:(?:the|any|a|an)\s+)?(?:(?:domain|host(?:name)?)\s+)?[\w-]*\.[\w-]/i;
/** After "paid", an amount or a comparison makes it the verb of spending ("paid over 200"), not the status. */
const PAID_AMOUNT_AFTER =
  /^\s+(?:(?:more|less)\s+than|over|above|under|below|at\s+(?:least|most)|in\s+total|a\s+total|[$€£]|\d)/i;

/**
 * Records that carry an amount, an amount's own word or a verb of spending, said just before a comparison
 * ("orders over", "bookings >=", "total >", "spent more than", "whose orders total over").
 */
const MONEY_RECORDS_BEFORE =
  /\b(?:orders?|bookings?|deals?|invoices?|payments?|purchases?|transactions?|refunds?|bills?|charges?|totals?|totall?ed|amounts?|values?|prices?|priced|costs?|costing|spent|spend(?:s|ing)?|paid|bought|purchased|owing(?:\s+us)?|owe[sd]?(?:\s+us)?|outstanding|(?:sell(?:s|ing)?|sold|retail(?:s|ing)?|going)\s+for)\s*(?:\(\s*)?(?:(?:of|at|worth|with\s+(?:a\s+)?(?:total|amount|value)(?:\s+of)?)\s+)?$/i;
/**
 * Things sold at a price, then at most a few words that place them ("items in the garden range", "goods from
 * the spring catalogue"), before a comparison: the number compared is their price. A clause that starts a
 * condition of its own ("products with …", "items that sold …") leaves the number to that condition.
 */
const PRICED_THINGS_BEFORE =
  /\b(?:products?|items?|goods|skus?|articles?|merchandise)\b(?:\s+(?!(?:with|having|that|which|who|whose|where|sold|ordered|bought|in\s+stock)\b)[\w&'-]+){0,5}\s*$/i;
/** After a price compared: the end of the clause, or a word that starts another part of it ("under 20 in stock"). */
const PRICE_END_AFTER =
  /^\s*(?:$|[.,;:?!)]|(?:and|or|in|from|with|each|apiece|per|that|which|listed|during|this|last|since|before|after|on)\b)/i;

/** Whether a COMPARED_NUMBER match is the price of things sold said before it ("goods of the spring range under 9"). */
function pricedThings(text: string, m: RegExpExecArray): boolean {
  return (
    PRICED_THINGS_BEFORE.test(text.slice(Math.max(0, m.index - MONEY_RECORDS_REACH), m.index)) &&
    PRICE_END_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))
  );
}
/** How far before a comparison its records are looked for. */
const MONEY_RECORDS_REACH = 48;
/** A comparison that is itself of a price ("cheaper than 20", "more expensive than 300"): its number is an amount. */
const PRICE_COMPARATIVE = /^(?:cheaper|pricier|dearer|(?:less|more)\s+expensive)\b/i;

/** The amount of a COMPARED_NUMBER match, or null when a noun after it says it counts things ("above 500 orders"). */
function comparedAmount(text: string, m: RegExpExecArray, currency: string | undefined): ValueHit | null {
  const value = readNumber(m[1]!.replace(/,/g, ''));
  if (value === null || COUNTED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
  const start = m.index + m[0].lastIndexOf(m[1]!);
  return { kind: 'amount', value: plainDecimal(scaled(value, m[2])), currency, start, end: m.index + m[0].length };
}

/**
 * A currency named apart from the numbers ("orders in EUR above 500", "in USD or GBP over 10k"): the numbers
 * compared are amounts in it; a list of currencies is a filter of its own, as is a currency no amount carries.
 */
function readNamedCurrency(text: string, named: RegExpExecArray, taken: SpanSet, hits: ValueHit[]): void {
  // The list goes on after the currency's own word ("EUR or USD invoices": the adjective's match ends past its space).
  const listed = listedCurrencies(text, named.index + named[0].lastIndexOf(named[1]!) + named[1]!.length);
  const currency = listed.length > 0 ? undefined : currencyOfWord(named[1]!)!;
  scan(text, COMPARED_NUMBER, taken, (m) => comparedAmount(text, m, currency), hits);
  // "2,000 or more", "500 or less": the comparison said after the number, no noun counted after it.
  scan(
    text,
    NUMBER_OR_MORE,
    taken,
    (m) => {
      const value = readNumber(m[1]!.replace(/,/g, ''));
      if (value === null || COUNTED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)))
        return null;
      // The hit ends at the number: the comparison after it is read as any amount's is ("or more" → gte).
      const end = m.index + m[0].search(/\s+or\s+/i);
      return { kind: 'amount', value: plainDecimal(scaled(value, m[2])), currency, start: m.index, end };
    },
    hits,
  );
  const start = named.index + named[0].lastIndexOf(named[1]!);
  const said = { start, end: start + named[1]!.length };
  // With no amount to carry it, or as one of a list, the currency is a filter of its own.
  const own = listed.length > 0 ? [said, ...listed] : hits.some((hit) => hit.kind === 'amount') ? [] : [said];
  for (const span of own) {
    if (taken.overlaps(span.start, span.end)) continue;
    hits.push({ kind: 'currency', value: currencyOfWord(text.slice(span.start, span.end))!, ...span });
    // "in US dollars": the name's words are the currency's, not a country's.
    taken.add(span.start, span.end);
  }
}

/** Values named in words, in the order the question writes them. */
export function readBusinessValues(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  scan(
    text,
    AMOUNT_RANGE,
    taken,
    (m) => {
      const currency = CURRENCY_SYMBOLS[m[1] ?? m[5] ?? ''] ?? currencyOfWord(m[4] ?? m[8] ?? '') ?? null;
      const low = readNumber(m[2]!.replace(/,/g, ''));
      const high = readNumber(m[6]!.replace(/,/g, ''));
      // "priced between 20 and 50": a range said of money needs no currency.
      const money = currency !== null || PRICED_BEFORE.test(text.slice(Math.max(0, m.index - PRICED_REACH), m.index));
      if (!money || low === null || high === null) return null;
      const split = m.index + m[0].search(/\s+and\s+/i);
      return [
        {
          kind: 'amount',
          value: plainDecimal(scaled(low, m[3])),
          currency,
          start: m.index,
          end: split,
          operator: 'gte',
        },
        {
          kind: 'amount',
          value: plainDecimal(scaled(high, m[7])),
          currency,
          start: split,
          end: m.index + m[0].length,
          operator: 'lte',
        },
      ];
    },
    hits,
  );
  scan(
    text,
    AMOUNT_BEFORE,
    taken,
    (m) => {
      const value = readNumber(m[2]!);
      if (value === null) return null;
      return {
        kind: 'amount',
        value: plainDecimal(scaled(value, m[3])),
        currency: CURRENCY_SYMBOLS[m[1]!],
        start: m.index,
        end: m.index + m[0].length,
      };
    },
    hits,
  );
  scan(
    text,
    AMOUNT_AFTER,
    taken,
    (m) => {
      const value = readNumber(m[1]!);
      if (value === null) return null;
      return {
        kind: 'amount',
        value: plainDecimal(scaled(value, m[2])),
        currency: currencyOfWord(m[3]!),
        start: m.index,
        end: m.index + m[0].length,
      };
    },
    hits,
  );
  scan(
    text,
    AMOUNT_CODE_BEFORE,
    taken,
    (m) => {
      const value = readNumber(m[2]!.replace(/,/g, ''));
      if (value === null) return null;
      return {
        kind: 'amount',
        value: plainDecimal(scaled(value, m[3])),
        currency: currencyOfWord(m[1]!),
        start: m.index,
        end: m.index + m[0].length,
      };
    },
    hits,
  );
  const named =
    CURRENCY_NAMED.exec(text) ??
    CURRENCY_ADJECTIVE.exec(text) ??
    CURRENCY_BRACKETED.exec(text) ??
    CURRENCY_ONLY.exec(text);
  if (named && !hits.some((hit) => hit.kind === 'amount')) readNamedCurrency(text, named, taken, hits);
  // "orders over 10k", "big invoices (> 5000)": a number compared right after records of money is their amount.
  else if (!named && !hits.some((hit) => hit.kind === 'amount'))
    scan(
      text,
      COMPARED_NUMBER,
      taken,
      (m) =>
        MONEY_RECORDS_BEFORE.test(text.slice(Math.max(0, m.index - MONEY_RECORDS_REACH), m.index)) ||
        pricedThings(text, m) ||
        PRICE_COMPARATIVE.test(m[0])
          ? comparedAmount(text, m, undefined)
          : null,
      hits,
    );
  scan(
    text,
    SEVERITY,
    taken,
    (m) => simple('severity', (m[1] ?? m[2])!.toLowerCase(), m.index, m[0].length),
    hits,
    SAYS_SEVERITY,
  );
  scan(
    text,
    SIGNIN_ERRORS,
    taken,
    (m) => simple('status', 'failed', m.index + m[0].length - m[1]!.length, m[1]!.length),
    hits,
  );
  scan(text, OUTSTANDING_RECORDS, taken, (m) => simple('status', 'unpaid', m.index, m[1]!.length), hits);
  scan(
    text,
    STATUS,
    taken,
    (m) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (NOT_A_STATUS_AFTER.test(after)) return null;
      if (m[1]!.toLowerCase() === 'paid' && PAID_AMOUNT_AFTER.test(after)) return null;
      const end = m.index + m[0].length;
      if (m[1]!.toLowerCase() === 'resolved' && NAME_LOOKED_UP_AFTER.test(text.slice(end, end + LOOKED_UP_REACH)))
        return null;
      if (m[1]!.toLowerCase() === 'live' && livesSomewhere(text, m.index, after)) return null;
      if (m[1]!.toLowerCase() === 'closed' && DEAL_BEFORE.test(text.slice(Math.max(0, m.index - DEAL_REACH), m.index)))
        return null;
      // "is she still active?": a state asked about is shown, not filtered on.
      if (isStateAskedAbout(text, m.index, m.index + m[0].length)) return null;
      // "most active first", "the least active users": a ranking by how much each did, no state.
      if (/^(?:in)?active$/i.test(m[1]!) && RANKED_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)))
        return null;
      return simple('status', STATUS_WORDS[m[1]!.toLowerCase()]!, m.index, m[0].length);
    },
    hits,
  );
  scan(
    text,
    DONE_VERB,
    taken,
    (m) => {
      if (DEAL_BEFORE.test(text.slice(Math.max(0, m.index - DEAL_REACH), m.index))) return null;
      const verb = m[1]!;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (NOT_A_STATUS_AFTER.test(after)) return null;
      return simple('status', DONE_VERB_STATES[verb.toLowerCase()]!, m.index + m[0].length - verb.length, verb.length);
    },
    hits,
  );
  // "against the MedicalRecords file share", "the Finance share", "the ADMIN$ share": a share named, searched for.
  scan(
    text,
    NAMED_SHARE,
    taken,
    (m) => {
      const said = m[1]!;
      if (NOT_A_SHARE_NAME.test(said)) return null;
      const start = m.index + m[0].indexOf(said);
      return { kind: 'text', value: said, start, end: start + said.length };
    },
    hits,
    SAYS_SHARE,
  );
  scan(
    text,
    ROLE,
    taken,
    (m) => {
      const said = (m[1] ?? m[2] ?? m[3])!;
      const word = said.toLowerCase();
      const start = m.index + m[0].indexOf(said);
      return {
        kind: 'text',
        value: ROLE_VALUE[word] ?? word,
        start,
        end: start + said.length,
        hint: 'role',
      };
    },
    hits,
  );
  scan(
    text,
    ROLE_CALLED,
    taken,
    (m) => {
      const said = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
      if (NOT_A_ROLE.test(said) || /ed$/.test(said)) return null;
      const start = m.index + m[0].lastIndexOf(said);
      const word = said.toLowerCase();
      return { kind: 'text', value: ROLE_VALUE[word] ?? word, start, end: start + said.length, hint: 'role' };
    },
    hits,
    SAYS_ROLE,
  );
  scan(
    text,
    SEGMENT,
    taken,
    (m) => ({
      kind: 'text',
      value: m[1]!.toLowerCase().replace(/\s+/g, ' '),
      start: m.index,
      end: m.index + m[1]!.length,
      hint: 'segment',
    }),
    hits,
  );
  scan(
    text,
    NAMED_ROLE,
    taken,
    (m) => {
      const start = m.index + m[0].indexOf(m[1]!);
      return { kind: 'text', value: m[1]!, start, end: start + m[1]!.length };
    },
    hits,
  );
  // "added ppl to Global Administrator", "who became global admin": a directory role's title, as the directory spells it.
  scan(
    text,
    ROLE_TITLE,
    taken,
    (m) =>
      // "the CIS Billing Admin app": a title inside an app's name (before a word for an app) names the app, no role.
      APP_NOUN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))
        ? null
        : { kind: 'text', value: directoryRoleName(m[0]), start: m.index, end: m.index + m[0].length },
    hits,
  );
  scan(
    text,
    ACTION,
    taken,
    (m) =>
      // "files dropped in a folder" were written there: not a firewall's verdict.
      (/^dropped$/i.test(m[1]!) && FILE_NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index))) ||
      // "script blocks", "code blocks": pieces of a script, not a firewall's verdict.
      (/^blocks$/i.test(m[1]!) && SCRIPT_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)))
        ? null
        : simple('action', ACTION_WORDS[m[1]!.toLowerCase()]!, m.index, m[0].length),
    hits,
  );
  scan(
    text,
    COUNTRY,
    taken,
    (m) => {
      const written = m[1]!;
      // Proper nouns: "US"/"UK" in capitals, names capitalised ("from Russia", not "us" or "turkey sandwich").
      // A lower-case name counts after a place word, or listed with such a name ("from russia or china").
      const lowerAllowed =
        written.length > 3 &&
        !AMBIGUOUS_COUNTRY_WORDS.has(written.toLowerCase()) &&
        PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index));
      // "other than the Netherlands": the article before a capitalised name is written in lower case.
      const name = written.replace(/^the\s+/i, '');
      if (written.length <= 3 ? written !== written.toUpperCase() : !/^[A-Z]/.test(name) && !lowerAllowed) return null;
      const country = COUNTRY_BY_NAME.get(written.toLowerCase());
      return country ? simple('country', country.name, m.index, written.length) : null;
    },
    hits,
  );
  scan(
    text,
    WORLD_COUNTRY,
    taken,
    (m) => {
      const country = PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index))
        ? WORLD_COUNTRY_BY_NAME.get(m[1]!.toLowerCase())
        : undefined;
      return country ? simple('country', country.name, m.index, m[1]!.length) : null;
    },
    hits,
  );
  scan(
    text,
    COUNTRY_CODE,
    taken,
    (m) => {
      const country = COUNTRY_BY_CODE.get(m[1]!);
      const placed =
        CODE_PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index)) ||
        (!CODE_ABBREVIATIONS.has(m[1]!) && CODE_PARTIES_AFTER.test(text.slice(m.index + 2, m.index + 48)));
      return country && placed ? simple('country', country.name, m.index, 2) : null;
    },
    hits,
  );
  scan(
    text,
    COUNTRY_ADJECTIVE,
    taken,
    (m) => {
      const country = COUNTRY_BY_ADJECTIVE.get(m[1]!.toLowerCase());
      return country ? simple('country', country.name, m.index, m[1]!.length) : null;
    },
    hits,
  );
  scan(
    text,
    APP_AFTER,
    taken,
    (m) => {
      const name = m[1]!.trim();
      return name.length > 1 && !NOT_AN_APP.test(name)
        ? simple('app', name, m.index + m[0].indexOf(name), name.length)
        : null;
    },
    hits,
  );
  scan(
    text,
    WORKLOAD,
    taken,
    // "in sharepoint/onedrive": each workload of the pair.
    (m) =>
      [m[1], m[2]]
        .filter((name): name is string => name !== undefined)
        .map((name) =>
          simple(
            'app',
            WORKLOAD_NAMES[name.toLowerCase().replace(/\s+/g, '')]!,
            m.index + m[0].lastIndexOf(name),
            name.length,
          ),
        ),
    hits,
  );
  scan(
    text,
    WORKLOAD_BEFORE,
    taken,
    // "exchange/sharepoint activity": each workload of the pair.
    (m) => [
      simple('app', WORKLOAD_NAMES[m[1]!.toLowerCase()]!, m.index, m[1]!.length),
      ...(m[2] === undefined
        ? []
        : [simple('app', WORKLOAD_NAMES[m[2].toLowerCase()]!, m.index + m[0].lastIndexOf(m[2]), m[2].length)]),
    ],
    hits,
  );
  if (APP_QUESTION.test(text) && SAYS_EXCLUSION.test(text))
    scan(
      text,
      APP_EXCLUDED,
      taken,
      (m) => (NOT_AN_APP.test(m[1]!) ? null : simple('app', m[1]!, m.index, m[1]!.length)),
      hits,
    );
  if (SIGNIN_WORD.test(text))
    scan(
      text,
      APP_NAMED_EXCLUDED,
      taken,
      (m) => {
        const name = m[1] ?? m[2]!;
        if (NOT_AN_APP.test(name) || SIGNIN_KIND.test(name) || COUNTRY_BY_NAME.has(name.toLowerCase())) return null;
        return KNOWN_APPS.has(name.toLowerCase()) ? null : simple('app', name, m.index, name.length);
      },
      hits,
    );
  if (SIGNIN_WORD.test(text))
    scan(
      text,
      APP_FOR,
      taken,
      (m) => (NOT_AN_APP.test(m[1]!) ? null : simple('app', m[1]!, m.index, m[1]!.length)),
      hits,
    );
  scan(
    text,
    APP_SIGNED_INTO,
    taken,
    (m) => {
      const name = m[1]!.trim();
      if (NOT_AN_APP.test(name)) return null;
      return simple('app', name, m.index + m[0].lastIndexOf(name), name.length);
    },
    hits,
  );
  if (SIGNIN_WORD.test(text))
    scan(
      text,
      APP_NOUN_NAMED,
      taken,
      // A well-known app ("the Azure Portal") is left to the readers of those, which match the name as a part.
      (m) =>
        NOT_AN_APP.test(m[1]!) || KNOWN_APPS.has(m[1]!.toLowerCase())
          ? null
          : simple('app', m[1]!, m.index, m[1]!.length),
      hits,
    );
  scan(
    text,
    APP_SIGNINS,
    taken,
    (m) => {
      const name = m[1]!.trim();
      if (NOT_AN_APP.test(name) || name.split(/\s+/).some((word) => SIGNIN_KIND.test(word))) return null;
      return simple('app', name, m.index, name.length);
    },
    hits,
    SAYS_SIGN_OR_LOG,
  );
  if (SIGNIN_WORD.test(text)) hits.push(...appTopic(text, taken));
  scan(
    text,
    APP_BEFORE,
    taken,
    (m) => {
      const name = m[1]!.trim();
      if (NOT_AN_APP.test(name)) return null;
      const start = m.index + m[0].indexOf(name);
      return simple('app', name, start, name.length);
    },
    hits,
  );
  if (SIGNIN_WORD.test(text))
    scan(
      text,
      LOWER_APP_BEFORE,
      taken,
      (m) =>
        KNOWN_APPS.has(m[1]!) || m[1]!.split(' ').some((word) => NOT_AN_APP_KIND.test(word))
          ? null
          : { ...simple('app', m[1]!, m.index, m[1]!.length), operator: 'contains' },
      hits,
    );
  // Last: a well-known app the readers above left, written in any case ("teams sign-ins").
  if (SIGNIN_WORD.test(text)) scan(text, KNOWN_APP_EXCLUDED, taken, excludedApps, hits);
  for (const pattern of SIGNIN_WORD.test(text)
    ? [KNOWN_APP_SIGNINS, KNOWN_APP_REACHED, KNOWN_APP_ON]
    : [KNOWN_APP_SIGNINS])
    scan(
      text,
      pattern,
      taken,
      (m) => {
        const name = m[1] ?? m[2]!;
        if (pattern === KNOWN_APP_ON && COMMON_WORD_APP.test(name)) return null;
        const app = KNOWN_APPS.get(name.toLowerCase().replace(/\s+/g, ' '));
        return app ? { ...simple('app', app, m.index, name.length), operator: 'contains' } : null;
      },
      hits,
      SAYS_SIGNIN_NOUN,
    );
  // "sign-ins to the Azure Portal or Azure CLI": the apps named as alternatives after an app read.
  for (const hit of hits.filter((h) => h.kind === 'app' && (h.operator === undefined || h.operator === 'eq')))
    hits.push(...appAlternatives(text, hit.end, taken));
  return hits.sort((a, b) => a.start - b.start);
}

/** The ISO 3166-1 alpha-2 code of a country named in a filter. */
export function countryCode(name: string): string | undefined {
  const key = name.toLowerCase();
  return (COUNTRY_BY_NAME.get(key) ?? WORLD_COUNTRY_BY_NAME.get(key))?.code;
}

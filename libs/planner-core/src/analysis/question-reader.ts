import {
  ABBREVIATIONS,
  FILE_EXTENSION_HINTS,
  GENERIC_WORDS,
  NAME_FILLER_WORDS,
  ONE_WORD_PRODUCTS,
  PLATFORM_VOCABULARY,
  SEGMENT_BREAKS,
  SYNONYM_GROUPS,
} from './vocabulary';
import { API_ACTION_HINTS, isApiAction, isServiceEndpoint, readServiceCalls } from './api-action.util';
import { cuePattern } from './cue-pattern.util';
import { saysFiscalYearCode } from './fiscal-year.util';
import {
  joinedStems,
  splitWords,
  stemWord,
  withoutClientQualifiers,
  withoutHostNames,
  withoutLogNounIn,
  withoutWorkplaces,
} from './text.util';
import { saysWebRequest, withoutUrlPaths } from './web-request.util';
import { CLOUD_MACHINE_NOUN } from './cloud-resource.util';
import { withoutDomainNames, withoutEmailAddresses } from './domain-names.util';
import { FirstWordIndex, WordRuns, type PhraseLookup } from './word-runs.util';

/** A question read once into what the matchers need. */
export interface QuestionReading {
  readonly text: string;
  /** Runs of one to four stems, space-joined, for phrase lookups. */
  readonly stemGrams: PhraseLookup;
  /** Runs of one to four lower-case words, for exact-word lookups (product names). */
  readonly wordGrams: PhraseLookup;
  /** Stems worth matching against a catalog: the question's own words and joined pairs. */
  readonly terms: ReadonlySet<string>;
  /** Stems added through synonyms and file-name hints, with the discount they match at; never also in `terms`. */
  readonly synonymTerms: ReadonlyMap<string, number>;
  /** A stem → the word as the question wrote it, for explanations. */
  readonly surface: ReadonlyMap<string, string>;
  /** Lower-cased tokens as written (`endpoint.processes`, `aws:cloudtrail`), for verbatim names. */
  readonly tokens: ReadonlySet<string>;
  /** Tokens as written, case kept, for exact-case mentions of a name. */
  readonly exactTokens: ReadonlySet<string>;
  /** Tokens that look like identifiers (`SigninLogs`, `user_id`), for typo-tolerant name matching. */
  readonly identifiers: readonly string[];
  /**
   * Stems of words the question writes as names rather than as ordinary words: with digits
   * (`O365`, `CAPI2`), inner capitals (`CloudTrail`), all capitals (`AWS`), or capitalised
   * inside a sentence (`Sysmon`, `Okta`), unless the whole question is in title case.
   */
  readonly nameStems: ReadonlySet<string>;
  /** Of those, the stems written as a name by their form alone (digits, inner or all capitals: `QZB7`, `KettleMonitor`), not by a capital. */
  readonly formedNameStems: ReadonlySet<string>;
  /**
   * Of the stems written as a name by a capital alone, those inside a run of capitalised words (a feature or
   * product named in title case: "Quick Export Queue"), each with the stems of the run's other words: one word of
   * such a run names the whole thing the run names, not a catalog entry that happens to hold that word.
   */
  readonly titleRunStems: ReadonlyMap<string, readonly string[]>;
  /**
   * Stems of time units the question says only as a window ("in the past month", "this week", "last 3
   * days"): the length of the window, not a word about a column (`fiscal_month`).
   */
  readonly windowStems: ReadonlySet<string>;
  /** Column stems the question implies by a value it says of them ("admin accounts" → `role`), matched as column words. */
  readonly impliedColumnStems: ReadonlySet<string>;
}

/** The stems a fiscal year said in short stands for: its words and the two joined, as a column spells them. */
const FISCAL_YEAR_TERMS: readonly string[] = ['fiscal', 'year', 'fiscal year'].map((w) => stemWord(w.replace(' ', '')));

/** Time units a window is measured in. */
const TIME_UNITS = new Set(['minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'].map(stemWord));
/** A word before a time unit that makes it a calendar window ("past month", "this week"; a count of days is left alone). */
const WINDOW_LEAD = /^(?:past|last|this|previous|prior|current|next|a|one)$/;

/** Stems of time units said only as a window, never otherwise ("by month", "monthly"). */
function windowOnlyStems(words: readonly string[], stemmed: readonly string[]): Set<string> {
  const window = new Set<string>();
  const other = new Set<string>();
  stemmed.forEach((stem, i) => {
    if (!TIME_UNITS.has(stem)) return;
    (i > 0 && WINDOW_LEAD.test(words[i - 1]!.toLowerCase()) ? window : other).add(stem);
  });
  for (const stem of other) window.delete(stem);
  return window;
}

/** A role said of accounts or users ("admin accounts", "moderator users"): the accounts' role column is meant. */
const ROLE_OF_ACCOUNTS =
  /\b(?:admin|administrator|superuser|super-admin|moderator|editor|viewer)s?\s+(?:user|account|login)s?\b/i;
const ROLE_STEM = stemWord('role');
/** Characters of the question read for implied columns. */
const MAX_IMPLIED_TEXT = 1_000;

/** How much a word the question implies counts against one it says. */
const DISCOUNT = { synonym: 0.7, fileHint: 0.4, fileHintLater: 0.25 } as const;

const GENERIC_STEMS = new Set([...GENERIC_WORDS].map(stemWord));

const stemKeys = new Map<string, string>();
const wordKeys = new Map<string, string>();

/** A phrase as its stems joined by spaces (memoized: phrases come from fixed lists). */
export function phraseKey(phrase: string): string {
  let key = stemKeys.get(phrase);
  if (key === undefined) {
    key = splitWords(phrase).map(stemWord).join(' ');
    if (stemKeys.size < 10_000) stemKeys.set(phrase, key);
  }
  return key;
}

function wordKey(phrase: string): string {
  let key = wordKeys.get(phrase);
  if (key === undefined) {
    key = splitWords(phrase).join(' ');
    if (wordKeys.size < 10_000) wordKeys.set(phrase, key);
  }
  return key;
}

/** Whether the question says the phrase (as whole stemmed words, at most four). */
export function saysPhrase(reading: Pick<QuestionReading, 'stemGrams'>, phrase: string): boolean {
  return reading.stemGrams.has(phraseKey(phrase));
}

/** Whether the question says the phrase word for word (no stemming: `relational` is not `related`). */
export function saysWords(reading: Pick<QuestionReading, 'wordGrams'>, phrase: string): boolean {
  return reading.wordGrams.has(wordKey(phrase));
}

/** The stem keys of a phrase list, by list (the lists are fixed vocabulary, read for every question). */
const listKeys = new WeakMap<readonly string[], readonly string[]>();

function keysOf(phrases: readonly string[]): readonly string[] {
  let keys = listKeys.get(phrases);
  if (keys === undefined) listKeys.set(phrases, (keys = phrases.map(phraseKey)));
  return keys;
}

/** The keys of a list by their first words, by keys list (made once, on the first question that reads the list). */
const firstWordIndexes = new WeakMap<readonly string[], FirstWordIndex>();

function firstWordIndexOf(keys: readonly string[]): FirstWordIndex {
  let index = firstWordIndexes.get(keys);
  if (index === undefined) firstWordIndexes.set(keys, (index = new FirstWordIndex(keys)));
  return index;
}

/** Whether the question says any phrase of a list (as whole stemmed words): {@link saysPhrase} with the list's keys made once. */
export function saysAnyPhrase(reading: Pick<QuestionReading, 'stemGrams'>, phrases: readonly string[]): boolean {
  const keys = keysOf(phrases);
  const runs = reading.stemGrams;
  if (runs instanceof WordRuns && keys.length > runs.distinctWords)
    return runs.saidOf(firstWordIndexOf(keys), false).length > 0;
  for (let i = 0; i < keys.length; i += 1) if (runs.has(keys[i]!)) return true;
  return false;
}

/** The word keys of a word list, by list (the lists are fixed vocabulary, read for every question). */
const listWordKeys = new WeakMap<readonly string[], readonly string[]>();

/** Whether the question says any phrase of a list word for word: {@link saysWords} with the list's keys made once. */
export function saysAnyWords(reading: Pick<QuestionReading, 'wordGrams'>, phrases: readonly string[]): boolean {
  let keys = listWordKeys.get(phrases);
  if (keys === undefined) listWordKeys.set(phrases, (keys = phrases.map(wordKey)));
  const runs = reading.wordGrams;
  if (runs instanceof WordRuns && keys.length > runs.distinctWords)
    return runs.saidOf(firstWordIndexOf(keys), false).length > 0;
  for (let i = 0; i < keys.length; i += 1) if (runs.has(keys[i]!)) return true;
  return false;
}

/** The phrases of a list the question says. */
export function phrasesSaid(reading: Pick<QuestionReading, 'stemGrams'>, phrases: readonly string[]): string[] {
  const keys = keysOf(phrases);
  const runs = reading.stemGrams;
  if (runs instanceof WordRuns && keys.length > runs.distinctWords)
    return runs.saidOf(firstWordIndexOf(keys)).map((at) => phrases[at]!);
  const said: string[] = [];
  for (let i = 0; i < keys.length; i += 1) if (runs.has(keys[i]!)) said.push(phrases[i]!);
  return said;
}

/** Whether a stem carries meaning (not a stop word or a generic schema word). */
export function isMeaningful(stemmed: string): boolean {
  return stemmed.length > 1 && !GENERIC_STEMS.has(stemmed) && !/^\d+$/.test(stemmed);
}

/** The one word of a product name written as a word and a number (`Office 365` → office), else null. */
function productWord(phrase: string): string | null {
  const words = splitWords(phrase);
  const named = words.filter((w) => !/^\d+$/.test(w));
  return words.length > 1 && named.length === 1 && !NAME_FILLER_WORDS.includes(named[0]!) ? stemWord(named[0]!) : null;
}

const SYNONYM_TERMS: ReadonlyArray<{ keys: string[]; terms: string[] }> = SYNONYM_GROUPS.map((group) => ({
  // Longest first, so `azure active directory` is read before `active directory`.
  keys: group.map(phraseKey).sort((a, b) => b.length - a.length),
  // A multi-word form stands for itself as a joined word too (`sign in` → signin); a product named
  // by a word and a number stands for that word too (`Office 365` → office, as in `OfficeActivity`).
  terms: [
    ...new Set(group.flatMap((p) => [stemWord(splitWords(p).join('')), productWord(p)].filter((t) => t !== null))),
  ],
}));

/** Every synonym key, group after group (each group's keys in its order), by first word; and the group of each. */
const SYNONYM_KEYS = new FirstWordIndex(SYNONYM_TERMS.flatMap((group) => group.keys));
const SYNONYM_KEY_GROUP: readonly number[] = SYNONYM_TERMS.flatMap((group, at) => group.keys.map(() => at));

/**
 * The key each synonym group is said by (its first key the question says), by group; undefined for a group not
 * said. One lookup per word of the question on {@link WordRuns}, else each key asked in turn.
 */
function synonymKeysSaid(stemGrams: PhraseLookup): Array<string | undefined> {
  if (!(stemGrams instanceof WordRuns))
    return SYNONYM_TERMS.map((group) => group.keys.find((key) => stemGrams.has(key)));
  const said: Array<string | undefined> = new Array<string | undefined>(SYNONYM_TERMS.length).fill(undefined);
  // Ascending positions: a group's first key said comes first.
  for (const at of stemGrams.saidOf(SYNONYM_KEYS)) said[SYNONYM_KEY_GROUP[at]!] ??= SYNONYM_KEYS.keys[at];
  return said;
}

const ABBREVIATION_STEMS: ReadonlyMap<string, string> = new Map(
  Object.keys(ABBREVIATIONS).map((short) => [stemWord(short), stemWord(ABBREVIATIONS[short]!)]),
);

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A token without the punctuation around it, in one pass (a regex anchored at the end backtracks over long runs). */
export function trimToken(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && !isAlphanumeric(raw.charCodeAt(start))) start += 1;
  while (end > start && !isAlphanumeric(raw.charCodeAt(end - 1))) end -= 1;
  return start === 0 && end === raw.length ? raw : raw.slice(start, end);
}

/** Share of capitalised longer words above which capitals say nothing (a headline in title case). */
const TITLE_CASE_SHARE = 0.6;

/** Whether a word's form alone makes it a name: digits with letters, inner or all capitals (`QZB7`, `KettleMonitor`, `AWS`). */
function formedAsName(word: string): boolean {
  return (/\d/.test(word) && /[A-Za-z]/.test(word)) || /[a-z][A-Z]/.test(word) || /^[A-Z]{2,}$/.test(word);
}

/**
 * Whether a word, as written, reads as a name: digits with letters, inner or all capitals, or a capital
 * mid-sentence; at a sentence's start, a capital only on a product's one-word name (`Sysmon …`).
 */
function writtenAsName(word: string, sentenceStart: boolean, titleCase: boolean): boolean {
  if (formedAsName(word)) return true;
  if (titleCase || !/^[A-Z][a-z]/.test(word)) return false;
  return !sentenceStart || ONE_WORD_PRODUCTS.has(word.toLowerCase());
}

/** Product names of the platform vocabulary (`Defender ATP`, `Entra`): their words name that product, not a catalog entry. */
const PRODUCT_PHRASE_KEYS: readonly string[] = Object.values(PLATFORM_VOCABULARY)
  .flat()
  .map((cue) => ` ${splitWords(cue.phrase).join(' ')} `);

const SENTENCE_END = /[.!?]["')\]]*$/;

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

const NO_RUNS: readonly string[] = Object.freeze([]);

/** The runs of ASCII letters and digits of a token (`aws:cloudtrail` → aws, cloudtrail), in one pass. */
function alphanumericRuns(raw: string): readonly string[] {
  let runs: string[] | undefined;
  let start = -1;
  for (let i = 0; i <= raw.length; i += 1) {
    if (i < raw.length && isAlphanumeric(raw.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const run = start === 0 && i === raw.length ? raw : raw.slice(start, i);
      // A literal of one: most tokens are one run, and a list grown from empty reserves room for 17.
      if (runs) runs.push(run);
      else runs = [run];
      start = -1;
    }
  }
  return runs ?? NO_RUNS;
}

/**
 * The stems of the question's words written as names (see {@link QuestionReading.nameStems}).
 * A token is read part by part (`aws:cloudtrail`, `WINWORD.EXE`); a compound part (`CloudTrail`,
 * `EventCode`) stands as a whole, not as its pieces.
 */
function readNameStems(
  rawTokens: readonly string[],
  lowerWords: string,
): { nameStems: Set<string>; formed: Set<string>; titleRuns: Map<string, readonly string[]> } {
  const parts = rawTokens.map(alphanumericRuns);
  let long = 0;
  let capitalised = 0;
  for (const list of parts)
    for (const p of list)
      if (p.length > 3 && isLetter(p.charCodeAt(0))) {
        long += 1;
        if (isCapital(p.charCodeAt(0))) capitalised += 1;
      }
  const titleCase = long >= 3 && capitalised / long > TITLE_CASE_SHARE;
  // Padded once: a template per phrase would build (and flatten) a copy of the question for each.
  const padded = ` ${lowerWords} `;
  const inProduct = new Set<string>();
  for (const key of PRODUCT_PHRASE_KEYS)
    if (padded.includes(key)) for (const word of key.trim().split(' ')) inProduct.add(word);
  const out = new Set<string>();
  const formed = new Set<string>();
  let sentenceStart = true;
  // A product's one-word name leading the question as its label ("sysmon: …"), in any case, names it as it would anywhere.
  const first = rawTokens.findIndex((raw) => raw.length > 0);
  for (let index = 0; index < rawTokens.length; index += 1) {
    const raw = rawTokens[index]!;
    const own = parts[index]!;
    for (const part of own) {
      if (part.length < 2) continue;
      const lower = part.toLowerCase();
      const labelled = index === first && own.length === 1 && raw.endsWith(':') && ONE_WORD_PRODUCTS.has(lower);
      if (!(writtenAsName(part, sentenceStart, titleCase) || labelled) || inProduct.has(lower)) continue;
      const stemmed = stemWord(lower);
      if (!isMeaningful(stemmed)) continue;
      out.add(stemmed);
      if (formedAsName(part)) formed.add(stemmed);
    }
    if (own.length > 0) sentenceStart = SENTENCE_END.test(raw);
  }
  return { nameStems: out, formed, titleRuns: titleRuns(rawTokens, out, formed) };
}

/** Whether a token starts with a capital letter (a word of a title-cased run). */
function startsCapitalised(token: string): boolean {
  return token.length > 1 && isCapital(token.charCodeAt(0));
}

/** The meaningful stems of a run of tokens. */
function runStems(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens)
    for (const part of alphanumericRuns(token)) {
      const stemmed = stemWord(part.toLowerCase());
      if (isMeaningful(stemmed) && !out.includes(stemmed)) out.push(stemmed);
    }
  return out;
}

/**
 * The stems written as names by a capital alone that stand in a run of two or more capitalised tokens, each with
 * the stems of the run's other tokens (see {@link QuestionReading.titleRunStems}). One pass over the tokens.
 */
/** Whether a token opens a sentence: the first word, or the first after a token that ends one. */
function atSentenceStart(rawTokens: readonly string[], at: number): boolean {
  for (let k = at - 1; k >= 0; k -= 1) {
    const before = rawTokens[k]!;
    if (before.length > 0) return SENTENCE_END.test(before);
  }
  return true;
}

function titleRuns(
  rawTokens: readonly string[],
  nameStems: ReadonlySet<string>,
  formed: ReadonlySet<string>,
): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  let start = 0;
  for (let i = 0; i <= rawTokens.length; i += 1) {
    const token = i < rawTokens.length ? trimToken(rawTokens[i]!) : '';
    if (startsCapitalised(token)) continue;
    // A sentence's first word is capitalised for its place ("Track Meraki firmware …"): no part of a title's run.
    const from = start < i && atSentenceStart(rawTokens, start) ? start + 1 : start;
    if (i - from >= 2) {
      const stemsOfRun = runStems(rawTokens.slice(from, i));
      for (const stem of stemsOfRun)
        if (nameStems.has(stem) && !formed.has(stem) && !out.has(stem))
          out.set(
            stem,
            stemsOfRun.filter((other) => other !== stem),
          );
    }
    start = i + 1;
  }
  return out;
}

/** Positions of the question's stems covered by a multi-word synonym phrase it says. */
function readSynonyms(
  stemmed: readonly string[],
  stemGrams: PhraseLookup,
): { synonymTerms: Map<string, string>; consumed: Set<number> } {
  const synonymTerms = new Map<string, string>();
  const consumed = new Set<number>();
  const saidKeys = synonymKeysSaid(stemGrams);
  for (let g = 0; g < SYNONYM_TERMS.length; g += 1) {
    const group = SYNONYM_TERMS[g]!;
    const said = saidKeys[g];
    if (!said) continue;
    for (const term of group.terms) if (isMeaningful(term) && !synonymTerms.has(term)) synonymTerms.set(term, said);
    // A multi-word name is one thing: `Azure Active Directory` says nothing about "activity".
    const parts = said.split(' ');
    if (parts.length < 2) continue;
    for (let i = 0; i + parts.length <= stemmed.length; i += 1) {
      if (parts.every((part, k) => stemmed[i + k] === part))
        for (let k = 0; k < parts.length; k += 1) consumed.add(i + k);
    }
  }
  return { synonymTerms, consumed };
}

/** A PascalCase word of its own, or a run of them joined by slashes ("AttachUserPolicy/AttachRolePolicy"). */
const PASCAL_RUN = /(?<![\w.:@\\-])[A-Z][a-z]+[A-Z][A-Za-z0-9]*(?:\/[A-Z][a-z]+[A-Z][A-Za-z0-9]*)*(?![\w.@\\-])/g;

/**
 * The text with cloud API calls blanked (`AttachUserPolicy`, `DeleteBucket/PutBucketAcl`): the call says a cloud trail
 * is read (its hints are taken from the tokens as written), and its words ("attach", "user", "policy") ask nothing of
 * mail attachments or a user table.
 */
function withoutApiActions(text: string): string {
  return text.replace(PASCAL_RUN, (run) =>
    run.split('/').every((part) => isApiAction(part)) ? ' '.repeat(run.length) : run,
  );
}

/**
 * Quoted words said to be searched for ("commands that mention \"domain admins\"", "scripts containing 'Invoke-WebRequest'"):
 * the text looked for in each row, not the activity asked about ("domain admins" names no change to that group).
 */
const QUOTED_SEARCHED =
  /(?<=\b(?:mention(?:s|ing|ed)?|contain(?:s|ing|ed)?|includ(?:e|es|ing|ed)|referenc(?:e|es|ing|ed))\s+(?:the\s+(?:string|text|words?|phrase)\s+)?)(?:"[^"\n]{1,80}"|'[^'\n]{1,80}'|\u201c[^\u201d\n]{1,80}\u201d)/gi;

function withoutSearchedText(text: string): string {
  return /mention|contain|includ|referenc/i.test(text)
    ? text.replace(QUOTED_SEARCHED, (q) => ' '.repeat(q.length))
    : text;
}

/**
 * "in the last day", "past 3 weeks", "previous 24 hrs": the word that places a window before now is a time word, not
 * a column's ("last" of `last_login_at`).
 */
const WINDOW_PLACE =
  /\b(?:last|lst|past|previous|prev|prior)(?=\s+(?:\d+\s*|few\s+|couple\s+(?:of\s+)?|several\s+)?(?:hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mths?|mos?|quarters?|qtrs?|years?|yrs?|minutes?|mins?|m|fortnight|night|weekend)\b)/gi;

/** The window's place said as "one" (same length): still a window's lead (see {@link WINDOW_LEAD}), no column's word. */
function withoutWindowPlaces(text: string): string {
  return /\b(?:last|lst|past|prev)/i.test(text) ? text.replace(WINDOW_PLACE, (w) => 'one'.padEnd(w.length)) : text;
}

/**
 * "in time order", "in reverse chronological order", "in order of date", "ordered from highest to lowest", "ordered
 * most first", "ordered alphabetically": how a list is sorted, not the orders a shop keeps ("ordered by" may be who
 * bought, and stays).
 */
const SORT_ORDER_PHRASE =
  /\bin\s+(?:(?:the\s+)?(?:reverse|ascending|descending|chronological|alphabetical|numerical|numeric|time|date|timestamp|event|date\/time)\s+){1,3}order\b|\bin\s+order\s+of\b|\bordered\s+(?:from\s+)?(?:the\s+)?(?:(?:highest|lowest|largest|smallest|biggest|most|least|newest|oldest|latest|earliest|top|bottom)\s+(?:to|first|down|up)\b|(?:ascending|descending|alphabetically|chronologically|numerically)\b)/gi;

function withoutSortOrder(text: string): string {
  return /\border/i.test(text) ? text.replace(SORT_ORDER_PHRASE, (phrase) => ' '.repeat(phrase.length)) : text;
}

/**
 * "launched ec2 instances", "who spun up new VMs", "started two containers": a cloud's machines or containers brought
 * up, an operation its control plane logs, not a process started on a host (the verb's "launch" names no process).
 */
const RESOURCE_LAUNCH = new RegExp(
  String.raw`\b(?:launch(?:es|ed|ing)?|spun\s+up|spin(?:s|ning)?\s+up)\b(?=(?:\s+(?:a|an|the|new|any|some|two|three|several|\d+|[a-z]*\d[a-z\d]*|[A-Z][A-Za-z0-9]*)){0,3}\s+${CLOUD_MACHINE_NOUN}\b)`,
  'gi',
);

function withoutResourceLaunches(text: string): string {
  return /\b(?:launch|spun|spin)/i.test(text) ? text.replace(RESOURCE_LAUNCH, (verb) => ' '.repeat(verb.length)) : text;
}

/**
 * A registry path ("HKLM\Software\Microsoft\Windows\CurrentVersion\Run", "CurrentVersion\Run",
 * "SYSTEM\CurrentControlSet\Services\X"): a registry key, read as the word "registry" (its parts, "run" or "services",
 * ask nothing of processes or services).
 */
const REGISTRY_PATH =
  /(?<![\w\\])(?:(?:HKLM|HKCU|HKCR|HKU|HKEY_[A-Z_]{4,20}):?\\[^\s"'`,;()]{1,300}|(?:[\w.-]+\\){0,8}(?:CurrentVersion|CurrentControlSet)\\[^\s"'`,;()]{1,300}|(?:Software|SOFTWARE|System|SYSTEM)\\(?:[\w.-]+\\){1,8}[\w.-]+)/g;

function withoutRegistryPaths(text: string): string {
  return text.includes('\\')
    ? text.replace(REGISTRY_PATH, (path) =>
        path.length >= 8 ? 'registry'.padEnd(path.length) : ' '.repeat(path.length),
      )
    : text;
}

/**
 * "Alert when a VPN tunnel goes down", "Alert on firewall threat events", "Trigger an alert if …": a request to raise
 * alerts on what follows (a detection to write), said as the sentence's opening verb; no alert records are asked for.
 * A sentence that asks a question ("alert on LAPTOP-7 - any powershell there?") is about an alert raised.
 */
const ALERT_REQUEST =
  /(?:^|(?<=[.;:!?,]\s{0,3}))\s*(?:(?:trigger|raise|generate|fire|send|create)\s+(?:an?\s+)?alert|alert(?:\s+me)?)(?=\s+(?:when|whenever|if|on)\b)(?![^.?!]*\?)/gi;

function withoutAlertRequests(text: string): string {
  return /alert/i.test(text) ? text.replace(ALERT_REQUEST, (verb) => ' '.repeat(verb.length)) : text;
}

/** A name of letters written in one word with a capital inside it ("TrapX", "ZoneAlarm"), up to 20 letters. */
const JOINED_NAME = /^[A-Za-z][a-z]+[A-Z][A-Za-z]{0,17}$/;

/** Reads a question: words, stems, joined pairs, synonyms, tokens as written. */
/**
 * What the routing words are read from: the question with the spans that name things rather than ask about them
 * blanked, in this order (each keeps every offset).
 */
const NOT_ASKED_ABOUT: ReadonlyArray<(text: string) => string> = [
  (text) => (saysWebRequest(text) ? withoutUrlPaths(text) : text),
  withoutHostNames,
  withoutEmailAddresses,
  withoutDomainNames,
  withoutClientQualifiers,
  withoutWorkplaces,
  withoutLogNounIn,
  withoutApiActions,
  withoutSearchedText,
  withoutWindowPlaces,
  withoutSortOrder,
  withoutResourceLaunches,
  withoutRegistryPaths,
  withoutAlertRequests,
];

export function readQuestion(text: string): QuestionReading {
  const words = splitWords(NOT_ASKED_ABOUT.reduce((said, blankOut) => blankOut(said), text));
  const stemmed = words.map(stemWord);
  const stemGrams = new WordRuns(stemmed);
  const { synonymTerms: synonyms, consumed } = readSynonyms(stemmed, stemGrams);
  const terms = new Set<string>();
  const surface = new Map<string, string>();
  stemmed.forEach((s, i) => {
    if (consumed.has(i) || !isMeaningful(s)) return;
    terms.add(s);
    if (!surface.has(s)) surface.set(s, words[i]!);
    // A common abbreviation says its word (`dept` → department), as a column or table name spells it.
    const full = ABBREVIATION_STEMS.get(s);
    if (full && !terms.has(full)) {
      terms.add(full);
      surface.set(full, words[i]!);
    }
  });
  joinedStems(words).forEach((s, i) => {
    if (s.length < 4 || terms.has(s)) return;
    // Inside a multi-word name only the whole name joins (`sign in` → signin); elsewhere two meaningful words.
    const inName = consumed.has(i) || consumed.has(i + 1);
    if (inName ? !synonyms.has(s) : !isMeaningful(stemmed[i]!) || !isMeaningful(stemmed[i + 1]!)) return;
    terms.add(s);
    surface.set(s, `${words[i]} ${words[i + 1]}`);
  });
  // "FY2026", "fiscal 2025": a fiscal year said in short names it as "fiscal year 2026" does (`fiscal_year`).
  if (saysFiscalYearCode(text))
    for (const term of FISCAL_YEAR_TERMS)
      if (!terms.has(term)) {
        terms.add(term);
        surface.set(term, 'fiscal year');
      }
  const synonymTerms = new Map<string, number>();
  for (const [term, said] of synonyms) {
    if (terms.has(term)) continue;
    synonymTerms.set(term, DISCOUNT.synonym);
    surface.set(term, said);
  }
  const tokens = new Set<string>();
  const exactTokens = new Set<string>();
  const identifiers: string[] = [];
  const rawTokens = text.split(/[\s,;()"'`[\]{}<>|]+/);
  // A call named after its service ("kms Decrypt", `kms:Decrypt`) is an API action as a longer name (`DeleteBucket`) is.
  const serviceCalls = new Set(readServiceCalls(text).map((call) => call.action));
  for (const raw of rawTokens) {
    const token = trimToken(raw);
    if (token.length < 2) continue;
    exactTokens.add(token);
    tokens.add(token.toLowerCase());
    if (token.length >= 6 && (/[a-z][A-Z]/.test(token) || /[_.:/]/.test(token))) identifiers.push(token.toLowerCase());
    // "AttachUserPolicy/AttachRolePolicy": calls listed with slashes are each a call.
    const listedCalls = token.includes('/') ? token.split('/').filter((part) => isApiAction(part)) : [];
    for (const call of listedCalls) exactTokens.add(call);
    const dot = token.lastIndexOf('.');
    // A file name says what kind of thing it is (`wmic.exe`); so does a cloud API action (`DeleteBucket`) and a
    // service's endpoint (`kms.amazonaws.com`), whose calls a cloud audit trail records.
    const hints = isServiceEndpoint(token)
      ? API_ACTION_HINTS
      : dot > 0
        ? FILE_EXTENSION_HINTS[token.slice(dot + 1).toLowerCase()]
        : isApiAction(token) || listedCalls.length > 0 || serviceCalls.has(token.slice(token.indexOf(':') + 1))
          ? API_ACTION_HINTS
          : undefined;
    for (let rank = 0; hints && rank < hints.length; rank += 1) {
      const term = stemWord(hints[rank]!);
      if (!terms.has(term) && !synonymTerms.has(term)) {
        // The first hint is what such a file mostly is (`wmic.exe` runs as a process); later ones less so.
        synonymTerms.set(term, rank === 0 ? DISCOUNT.fileHint : DISCOUNT.fileHintLater);
        surface.set(term, token);
      }
    }
  }
  const { nameStems, formed: formedNameStems, titleRuns: titleRunStems } = readNameStems(rawTokens, words.join(' '));
  // A product's name written in one word of joined capitals ("TrapX", "ZoneAlarm") is that word too, as a catalog
  // writes it in one piece (`trapx`); its parts ("trap", "x") are read as well.
  for (const raw of rawTokens) {
    const token = trimToken(raw);
    if (!JOINED_NAME.test(token)) continue;
    const joined = stemWord(token.toLowerCase());
    if (terms.has(joined) || !isMeaningful(joined)) continue;
    terms.add(joined);
    surface.set(joined, token);
  }
  // A proper name (`Office 365`, `Google Workspace`, `Office365`) keeps that mark under its other spellings (`o365`).
  for (const [term, said] of synonyms) {
    const parts = said.split(' ');
    if (parts.every((part) => nameStems.has(part) || !isMeaningful(part)) && parts.some((part) => nameStems.has(part)))
      nameStems.add(term);
  }
  return {
    text,
    stemGrams,
    wordGrams: new WordRuns(words),
    terms,
    synonymTerms,
    surface,
    tokens,
    exactTokens,
    identifiers,
    nameStems,
    formedNameStems,
    titleRunStems,
    windowStems: windowOnlyStems(words, stemmed),
    impliedColumnStems: new Set(ROLE_OF_ACCOUNTS.test(text.slice(0, MAX_IMPLIED_TEXT)) ? [ROLE_STEM] : []),
  };
}

/**
 * Most separate requests read out of one question; later breaks are ignored, so the last
 * segment holds the rest (each segment is scored against the catalog).
 */
export const MAX_SEGMENTS = 4;

/** The phrases that name a store itself ("Sentinel", "Splunk", "the database"), with their platform. */
const STORE_NAMES: ReadonlyArray<{ readonly platform: string; readonly pattern: RegExp }> = Object.entries(
  PLATFORM_VOCABULARY,
).flatMap(([platform, cues]) =>
  cues.filter((cue) => cue.names).map((cue) => ({ platform, pattern: cuePattern(cue, 'gi') })),
);
/** A conjunction that can start a second clause: ", and", " and", " while", " plus", " then". */
export const CLAUSE_JOIN = /(?:,\s*|\s)(?:and|while|plus|then|but)\s/gi;
/** Words a second clause needs between its conjunction and the store it names to be a request of its own. */
const CLAUSE_MIN_WORDS = 3;

/** A store's name said in a text ("Sentinel", "the billing DB"): where it stands and its platform. */
export interface StoreMention {
  readonly at: number;
  readonly end: number;
  readonly platform: string;
}

/** The stores a text names, in the order it names them (texts over 2000 characters name none). */
export function storeNamesIn(text: string): StoreMention[] {
  if (text.length > 2000) return [];
  const named: StoreMention[] = [];
  for (const { platform, pattern } of STORE_NAMES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text))
      named.push({ at: m.index, end: m.index + m[0].length, platform });
  }
  return named.sort((a, b) => a.at - b.at);
}

/**
 * Where a question that names two stores asks each for its own data ("his sign-ins in Sentinel
 * and his logon events in Splunk"): the conjunction between the two names, when the second clause
 * says what it wants before naming its store. -1 when there is no such place ("sign-ins in
 * Sentinel and Splunk" is one request of two stores).
 */
function storeClauseCut(text: string): number {
  if (text.length > 2000) return -1;
  const named = storeNamesIn(text);
  if (named.length < 2) return -1;
  const first = named[0]!;
  const second = named.find((n) => n.platform !== first.platform && n.at >= first.end);
  if (!second) return -1;
  let cut = -1;
  CLAUSE_JOIN.lastIndex = first.end;
  for (let m = CLAUSE_JOIN.exec(text); m !== null && m.index < second.at; m = CLAUSE_JOIN.exec(text)) cut = m.index;
  if (cut < 0) return -1;
  const between = text.slice(cut, second.at).trim().split(/\s+/).slice(1);
  return between.length >= CLAUSE_MIN_WORDS ? cut : -1;
}

/**
 * Splits a question into the separate requests it makes ("…; additionally, …", or one clause per
 * store it names), at most {@link MAX_SEGMENTS}.
 */
export function splitSegments(text: string): string[] {
  const lower = text.toLowerCase();
  const cuts: number[] = [];
  for (const mark of SEGMENT_BREAKS) {
    for (let at = lower.indexOf(mark); at >= 0; at = lower.indexOf(mark, at + mark.length)) cuts.push(at);
  }
  if (cuts.length === 0) {
    const clause = storeClauseCut(text);
    if (clause < 0) return [text];
    return [
      text.slice(0, clause).trim(),
      text
        .slice(clause)
        .replace(/^[\s,]+/, '')
        .trim(),
    ].filter(Boolean);
  }
  cuts.sort((a, b) => a - b);
  const segments: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    const segment = text.slice(from, cut).trim();
    if (segment.length > 0) {
      if (segments.length === MAX_SEGMENTS - 1) break;
      segments.push(segment);
    }
    from = cut + 1;
  }
  segments.push(text.slice(from));
  return segments.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The phrases that point at one platform firmly (a store's name or a product of its own: "Entra", "Splunk", "the DB"). */
const PLATFORM_CUES: ReadonlyArray<{ readonly platform: string; readonly pattern: RegExp }> = Object.entries(
  PLATFORM_VOCABULARY,
).flatMap(([platform, cues]) =>
  cues.filter((cue) => cue.names || cue.weight >= 2).map((cue) => ({ platform, pattern: cuePattern(cue, 'gi') })),
);

/** One clause of a question that asks one platform for its own data, with where it starts in the question. */
export interface PlatformClause {
  readonly text: string;
  readonly start: number;
  readonly platform: string;
  /** Where, in the clause, the first word naming its platform starts (what comes before may head the whole question). */
  readonly cueAt: number;
  /** Where, in the clause, the last word naming its platform ends (what follows may be said of the whole question). */
  readonly cueEnd: number;
}

/**
 * One request the analysis already cut out of the question (`piece`, said of `platform`) as a clause:
 * where it starts in the question and where its own platform's cues stand in it (none: the whole clause
 * is its request, with no heading before it and nothing said after it). Null when the piece is not in the text.
 */
export function clauseOfPiece(text: string, piece: string, platform: string): PlatformClause | null {
  if (text.length > 2000) return null;
  const start = text.indexOf(piece);
  if (start < 0) return null;
  const named: StoreMention[] = [];
  for (const cue of PLATFORM_CUES) {
    if (cue.platform !== platform) continue;
    cue.pattern.lastIndex = 0;
    for (let m = cue.pattern.exec(piece); m !== null; m = cue.pattern.exec(piece))
      named.push({ at: m.index, end: m.index + m[0].length, platform });
  }
  const cueAt = named.length > 0 ? Math.min(...named.map((n) => n.at)) : 0;
  const cueEnd = named.length > 0 ? Math.max(...named.map((n) => n.end)) : piece.length;
  return { text: piece, start, platform, cueAt, cueEnd };
}

/**
 * The two clauses of a question that asks two platforms for two things ("failed sign-ins in Entra …,
 * and his unpaid invoices in the billing DB"): cut at the last conjunction before the second
 * platform's first cue, each clause naming only its own platform. Null when the question does not
 * read that way ("sign-ins in Sentinel and Splunk" is one request of two stores).
 */
export function platformClauses(text: string): [PlatformClause, PlatformClause] | null {
  if (text.length > 2000) return null;
  const named: StoreMention[] = [];
  for (const { platform, pattern } of PLATFORM_CUES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text))
      named.push({ at: m.index, end: m.index + m[0].length, platform });
  }
  if (named.length < 2) return null;
  named.sort((a, b) => a.at - b.at);
  const first = named[0]!;
  const second = named.find((n) => n.platform !== first.platform && n.at >= first.end);
  if (!second) return null;
  let cut = -1;
  CLAUSE_JOIN.lastIndex = first.end;
  for (let m = CLAUSE_JOIN.exec(text); m !== null && m.index < second.at; m = CLAUSE_JOIN.exec(text)) cut = m.index;
  if (cut < 0) return null;
  if (text.slice(cut, second.at).trim().split(/\s+/).length - 1 < CLAUSE_MIN_WORDS) return null;
  const before = named.filter((n) => n.at < cut);
  const after = named.filter((n) => n.at >= cut);
  if (before.some((n) => n.platform !== first.platform) || after.some((n) => n.platform !== second.platform))
    return null;
  const rest = text.slice(cut).replace(/^[\s,]*(?:(?:and|while|plus|then|but)\s+)?/i, '');
  const restStart = text.length - rest.length;
  const head = text.slice(0, cut);
  const headStart = head.length - head.trimStart().length;
  return [
    {
      text: head.trim(),
      start: headStart,
      platform: first.platform,
      cueAt: first.at - headStart,
      cueEnd: before[before.length - 1]!.end - headStart,
    },
    {
      text: rest.trim(),
      start: restStart,
      platform: second.platform,
      cueAt: second.at - restStart,
      cueEnd: after[after.length - 1]!.end - restStart,
    },
  ];
}

import { distance } from 'fastest-levenshtein';
import { CUSTOMER_NOUNS } from '../vocabulary';
import { rememberLast } from '../remember-last.util';

/**
 * Misspelt outcome words ("faild", "sucessful", "denyed"), business words ("custmers", "revenu") and sign-in
 * nouns ("sigins"), read as the
 * word they stand for before any reader runs. A word is a typo of an outcome word when it starts with the same
 * letter, is not itself a common word, and is within one edit or one swap of neighbours (two when both words have 8 letters
 * or more). Linear in the question's length; each word is compared with the few known words of its first letter.
 */
const OUTCOME_WORDS: readonly string[] = [
  'failed',
  'failure',
  'failures',
  'failing',
  'succeeded',
  'successful',
  'unsuccessful',
  'denied',
  'blocked',
  'cancelled',
  'rejected',
  'allowed',
];

/**
 * Business words a typo of which leaves a question unread ("custmers", "segmnet", "invocies"): the entities,
 * keys and values of business records, corrected as the outcome words are.
 */
const BUSINESS_WORDS: readonly string[] = [
  'customer',
  'customers',
  'country',
  'countries',
  'revenue',
  'segment',
  'segments',
  'category',
  'categories',
  'invoice',
  'invoices',
  'product',
  'products',
  'department',
  'departments',
  'payment',
  'payments',
  'quarter',
  'amount',
  'refund',
  'refunds',
  'discount',
  'currency',
  'overdue',
];

/**
 * Sign-in nouns a typo of which sends a question to the wrong store ("sigins", "logisn"): the word names the
 * activity that picks the sign-in log, corrected as the outcome words are. The five-letter "login" and "logon"
 * are left out: too many real words and names lie one edit away from them.
 */
const SIGNIN_WORDS: readonly string[] = ['signin', 'signins', 'logins', 'logons'];

/** Real words near a sign-in noun, and its singular forms, never corrected ("signing", "logics", "login"). */
const REAL_SIGNIN_WORDS = new Set(['signing', 'signings', 'logics', 'logies', 'login', 'logon']);

/**
 * Real words near a business word, never corrected ("county", "produce", "states"); the trade's names for customers
 * among them ("patients" is no slip of "payments").
 */
const REAL_BUSINESS_WORDS = new Set([
  ...CUSTOMER_NOUNS.flatMap((noun) => [noun, `${noun}s`]),
  'county',
  'counties',
  'produce',
  'produces',
  'producer',
  'producers',
  'revenge',
  'quartet',
  'segue',
  'amounts',
  'discounts',
  'refunded',
  'overdo',
  'currently',
]);

/** A word without an inflection and a final "e" (`invoiced`, `invoices` → invoic). */
function inflectionBase(word: string): string {
  return word
    .replace(/ies$/, 'y')
    .replace(/(?:ing|ed|es|s|d)$/, '')
    .replace(/e$/, '');
}

/** Whether a word is another form of a business word, said with an inflection ("invoiced" of "invoices"). */
function isInflectionOf(word: string, known: string): boolean {
  return /(?:ing|ed|es|s|d)$/.test(word) && inflectionBase(word) === inflectionBase(known);
}

/** Real words near an outcome word, never corrected ("filed", "locked", "fails"). */
const REAL_WORDS = new Set([
  'filed',
  'fails',
  'fail',
  'faired',
  'flailed',
  'failer',
  'tailed',
  'mailed',
  'nailed',
  'sailed',
  'bailed',
  'hailed',
  'jailed',
  'railed',
  'wailed',
  'dined',
  'defied',
  'decried',
  'deniers',
  'denies',
  'locked',
  'clocked',
  'blocker',
  'blocks',
  'blocking',
  'bloated',
  'rejects',
  'rejecter',
  'allowed',
  'allower',
  'alloyed',
  'allied',
  'cancelled',
  'canceled',
  'canceller',
  'succeeds',
  'succeed',
  'successor',
  'success',
  'failover',
  'fairer',
]);

const WORD = /\b[a-z]{5,14}\b/gi;
const KNOWN_WORDS: readonly string[] = [...OUTCOME_WORDS, ...BUSINESS_WORDS, ...SIGNIN_WORDS];
const BUSINESS_SET: ReadonlySet<string> = new Set(BUSINESS_WORDS);

/** Two neighbouring letters written the other way round ("falied"): one slip, not two edits. */
function isSwap(word: string, outcome: string): boolean {
  if (word.length !== outcome.length) return false;
  const at = [...word].findIndex((ch, i) => ch !== outcome[i]);
  return (
    at >= 0 &&
    at + 1 < word.length &&
    word[at] === outcome[at + 1] &&
    word[at + 1] === outcome[at] &&
    word.slice(at + 2) === outcome.slice(at + 2)
  );
}

/**
 * The known word a word is one slip of (one edit or one swap of neighbours; two edits when both words have 8
 * letters or more), starting with the same letter; null when none, or when the word is one of them or a form of
 * one (`isFormOf`).
 */
function nearestKnownWord(
  lower: string,
  known: readonly string[],
  isFormOf: (word: string, known: string) => boolean,
): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (candidate[0] !== lower[0] || Math.abs(candidate.length - lower.length) > 2) continue;
    if (candidate === lower || isFormOf(lower, candidate)) return null;
    const allowed = Math.min(candidate.length, lower.length) >= 8 ? 2 : 1;
    const d = isSwap(lower, candidate) ? 1 : distance(lower, candidate);
    if (d <= allowed && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function outcomeFor(word: string): string | null {
  const lower = word.toLowerCase();
  if (REAL_WORDS.has(lower) || REAL_BUSINESS_WORDS.has(lower) || REAL_SIGNIN_WORDS.has(lower)) return null;
  return nearestKnownWord(lower, KNOWN_WORDS, (form, known) => BUSINESS_SET.has(known) && isInflectionOf(form, known));
}

/** Most words remembered with what they read as (a plain map, emptied when full: the same words recur across requests). */
const OUTCOME_CACHE_MAX = 10_000;
const outcomeCache = new Map<string, string | null>();

/** {@link outcomeFor}, memoized: the word's correction depends on the word alone. */
function cachedOutcomeFor(word: string): string | null {
  let outcome = outcomeCache.get(word);
  if (outcome === undefined) {
    outcome = outcomeFor(word);
    if (outcomeCache.size >= OUTCOME_CACHE_MAX) outcomeCache.clear();
    outcomeCache.set(word, outcome);
  }
  return outcome;
}

/** "sing-ins", "sing in": the verb of a sign-in with two letters the other way round, too short for {@link WORD}. */
const SING_IN = /\b(s)ing(?=[\s-]?ins?\b)/gi;

/** A character that joins a word into an address or a dotted name ("p.quartey@corp.example", "db.example.net"). */
const NAME_JOINER = /[.@]/;
/** A letter or digit: what follows a dot inside a dotted name (a sentence's full stop is followed by none). */
const NAME_CHARACTER = /[a-z0-9]/i;

/** Whether the word at `start` is part of an e-mail address, a user name or a dotted host/domain name. */
function insideDottedName(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  return NAME_JOINER.test(before) || after === '@' || (after === '.' && NAME_CHARACTER.test(text[end + 1] ?? ''));
}

/**
 * The question with misspelt outcome, business and sign-in words written as the word; other text unchanged,
 * and a word inside an address or a dotted name never touched ("p.quartey@…" is a person, not "quarter").
 */
function readFixOutcomeTypos(text: string): string {
  return text
    .replace(WORD, (word: string, start: number) =>
      insideDottedName(text, start, start + word.length) ? word : (cachedOutcomeFor(word) ?? word),
    )
    .replace(SING_IN, (_, s: string) => `${s}ign`);
}

/** {@link readFixOutcomeTypos}, the last text's answer kept (see {@link rememberLast}). */
export const fixOutcomeTypos = rememberLast(readFixOutcomeTypos);

/**
 * Time words a typo of which loses the question's window ("yesturday", "mintues", "wensday"): days, parts of a day,
 * units and the longer month names. Short words ("day", "last", "march", "may") are left out: too many real words
 * lie one edit away from them.
 */
const TIME_WORDS: readonly string[] = [
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'week',
  'weeks',
  'weekend',
  'weekends',
  'fortnight',
  'month',
  'months',
  'quarter',
  'quarters',
  'hours',
  'minute',
  'minutes',
  'second',
  'seconds',
  'midnight',
  'morning',
  'afternoon',
  'evening',
  'overnight',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Real words near a time word, never corrected ("mouth", "weeds", "weekdays"). */
const REAL_TIME_WORDS = new Set([
  'toady',
  'toddy',
  'tokay',
  'tonic',
  'mouth',
  'mouths',
  'monthy',
  'weeds',
  'weeps',
  'weens',
  'wreck',
  'weekday',
  'weekdays',
  'sundae',
  'sundry',
  'minuets',
  'quartet',
  'quartets',
  'seconded',
  'secondary',
  'mourning',
  'evenings',
  'eventing',
]);

/** {@link TIME_WORDS}' slips, remembered per word as the outcome words' are. */
const timeCache = new Map<string, string | null>();

function timeWordFor(word: string): string | null {
  let found = timeCache.get(word);
  if (found === undefined) {
    const lower = word.toLowerCase();
    // A time word with an ending ("weekly", "fortnightly", "mondays") is another word, not a slip.
    found = REAL_TIME_WORDS.has(lower)
      ? null
      : nearestKnownWord(lower, TIME_WORDS, (form, known) => form.startsWith(known));
    if (timeCache.size >= OUTCOME_CACHE_MAX) timeCache.clear();
    timeCache.set(word, found);
  }
  return found;
}

/**
 * The text with misspelt time words written as the word ("yesturday" → "yesterday", "lst 3 mintues" → "lst 3
 * minutes"); other text unchanged, and a word inside an address or a dotted name never touched. Linear in the
 * text's length: each word is compared with the few time words of its first letter.
 */
function readFixTimeWordTypos(text: string): string {
  const fixed = text.replace(WORD, (word: string, start: number) =>
    insideDottedName(text, start, start + word.length) ? word : (timeWordFor(word) ?? word),
  );
  // Shorter than any word read above: "mnth" with its vowel dropped, as "mth" is read; "nxt" as "next".
  const months = /mnth/i.test(fixed) ? fixed.replace(SHORT_MONTH, (_m, plural: string) => `month${plural}`) : fixed;
  return /nxt/i.test(months) ? months.replace(SHORT_NEXT, 'next') : months;
}

/** {@link readFixTimeWordTypos}, the last text's answer kept (see {@link rememberLast}). */
export const fixTimeWordTypos = rememberLast(readFixTimeWordTypos);

/** "the nxt 7 days", "nxt week": next with its vowel dropped. */
const SHORT_NEXT = /(?<![\w.@-])nxt(?![\w.@-])/gi;

/** "this mnth", "3 mnths": a month with its vowel dropped. */
const SHORT_MONTH = /(?<![\w.@-])mnth(s?)(?![\w.@-])/gi;

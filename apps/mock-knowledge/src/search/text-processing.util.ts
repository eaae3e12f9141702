import stem from 'wink-porter2-stemmer';

/** Words that carry no meaning for retrieval: English function words and question filler. */
const STOP_WORDS = new Set(
  (
    'a about after all also an and any are as at be been before being but by can could did do does doing during each ' +
    'for from get give had has have how i if in into is it its just me my no not of on or our out over please ' +
    'show list find tell than that the their them then there these they this those to up us via was we were what when ' +
    'where which while who whom why will with would you your last past recent recently hour hours day days minute minutes ' +
    'week weeks month months today yesterday'
  ).split(' '),
);

/**
 * Splits text into raw terms. Besides the plain words, a hyphenated or snake_case word also
 * yields its joined form (`sign-in` → sign, in, signin) and a camelCase word its parts
 * (`SigninLogs` → signinlogs, signin, logs), so questions and pages meet however they spell it.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/[^\p{L}\p{N}_-]+/u)) {
    const parts = word.split(/[-_]+/).filter((part) => part.length > 0);
    if (parts.length === 0) continue;
    for (const part of parts) {
      out.push(part);
      const camel = /^\p{L}+$/u.test(part) ? part.split(/(?<=\p{Ll})(?=\p{Lu})/u) : [part];
      if (camel.length > 1) out.push(...camel);
    }
    if (parts.length > 1) out.push(parts.join(''));
  }
  return out;
}

/**
 * Normalises one term for the index and for queries: lower case, stop words and 1-2 digit
 * numbers dropped, English words stemmed (Porter2). Returns null for a dropped term.
 */
export function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (lower.length === 0 || lower.length > 64 || STOP_WORDS.has(lower)) return null;
  if (/^\d{1,2}$/.test(lower)) return null;
  if (lower.length === 1) return null;
  return /^[a-z]+$/.test(lower) ? stem(lower) : lower;
}

/** The distinct processed terms of a text. */
export function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) terms.add(term);
  }
  return terms;
}

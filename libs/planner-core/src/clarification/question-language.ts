import { deu, eng, fra, ita, nld, por, spa } from 'stopword';

const ENGLISH: ReadonlySet<string> = new Set(eng);
/** Other languages' function words English questions use too ("count per day", "A vs B", "via VPN"). */
const LOANWORDS: ReadonlySet<string> = new Set(['per', 'vs', 'via', 'versus', 'pro', 'mon', 'sun', 'sat', 'ins']);
/**
 * Function words of the other languages users of a European team write in, that are no English word too ("de",
 * "la", "und", "pour", "los", "mir"). A question's values and table names are English-neutral, so its function
 * words say which language it is in.
 */
const OTHER_LANGUAGES: ReadonlySet<string> = new Set(
  [spa, deu, fra, por, ita, nld].flat().filter((word) => !ENGLISH.has(word) && !LOANWORDS.has(word) && word.length > 1),
);

/**
 * Other-language function words that make a question not English: two with no English one ("Mostre os
 * logins com falha"), or three and more than the English ones. A name ("Pablo de la Cruz") brings two at most.
 */
const FOREIGN_ALONE = 2;
const FOREIGN_OUTNUMBERING = 3;
/** A token made of letters only, once the punctuation around it is gone: values ("a.b@c.com", "sign-ins") are skipped. */
const WORD = /^\p{L}+$/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const MAX_TEXT = 400;
/** Letters of scripts other than Latin (CJK, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai…). */
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/gu;
const LETTER = /\p{L}/gu;

/**
 * Whether a question is written in a language other than English, which the heuristic analysis cannot read:
 * mostly non-Latin letters ("显示失败的登录"), or more function words of Spanish, German, French, Portuguese,
 * Italian or Dutch than of English (see {@link FOREIGN_ALONE}). Values and hyphenated words are skipped. Reads the first 400 characters.
 */
export function isNotEnglish(question: string): boolean {
  const text = question.slice(0, MAX_TEXT).toLowerCase();
  // Letters are counted only when there are non-Latin ones to weigh (none is never the most).
  const nonLatin = text.match(NON_LATIN_LETTER)?.length ?? 0;
  if (nonLatin > 0 && nonLatin * 2 > (text.match(LETTER)?.length ?? 0)) return true;
  let english = 0;
  let foreign = 0;
  for (const token of text.split(/\s+/)) {
    const word = token.replace(EDGE_PUNCTUATION, '');
    if (!WORD.test(word)) continue;
    if (ENGLISH.has(word)) english += 1;
    else if (OTHER_LANGUAGES.has(word)) foreign += 1;
  }
  return (foreign >= FOREIGN_ALONE && english === 0) || (foreign >= FOREIGN_OUTNUMBERING && foreign > english);
}

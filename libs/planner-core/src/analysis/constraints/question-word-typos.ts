/**
 * Question words typed with a letter dropped or swapped ("wich user", "whcih app", "waht time"): read as the word
 * meant, so a reader of "which …" or "what …" reads them. Only these spellings, none of which is an English word.
 */
const MEANT: Readonly<Record<string, string>> = {
  wich: 'which',
  whcih: 'which',
  wihch: 'which',
  whihc: 'which',
  hwich: 'which',
  waht: 'what',
  whta: 'what',
};

/** The misspellings of {@link MEANT}, as whole words. */
const QUESTION_WORD_TYPO = new RegExp(`\\b(?:${Object.keys(MEANT).join('|')})\\b`, 'gi');

/**
 * "how" typed without its vowel before "many", "much", "long" or "often" ("hw many accts"): alone, "hw" is also
 * hardware ("hw inventory"), so only before the words that follow "how".
 */
const HOW_TYPO = /\b(?:hw|hwo|hiw)(?=\s+(?:many|much|long|often)\b)/gi;

/** `meant` in the case `typed` was written in: all capitals, a capital first letter, or lower case. */
function inCaseOf(typed: string, meant: string): string {
  if (typed === typed.toUpperCase()) return meant.toUpperCase();
  if (typed[0] === typed[0]!.toUpperCase()) return meant[0]!.toUpperCase() + meant.slice(1);
  return meant;
}

/** The question with its misspelt question words ("wich") written as meant ("which"), in the case they were typed. */
export function fixQuestionWordTypos(text: string): string {
  if (!/\b(?:wi|wh|wa|hw|hi)/i.test(text)) return text;
  return text
    .replace(QUESTION_WORD_TYPO, (typed: string) => inCaseOf(typed, MEANT[typed.toLowerCase()]!))
    .replace(HOW_TYPO, (typed: string) => inCaseOf(typed, 'how'));
}

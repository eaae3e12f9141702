/**
 * Question words typed with a letter dropped or swapped ("wich user", "whcih app", "waht time"): read as the word
 * meant, so a reader of "which …" or "what …" reads them. Only these spellings, none of which is an English word.
 */
const QUESTION_WORD_TYPO = /\b(?:wich|whcih|wihch|whihc|waht|whta|hwich)\b/gi;

const MEANT: Readonly<Record<string, string>> = {
  wich: 'which',
  whcih: 'which',
  wihch: 'which',
  whihc: 'which',
  hwich: 'which',
  waht: 'what',
  whta: 'what',
};

/** The question with its misspelt question words ("wich") written as meant ("which"), in the case they were typed. */
export function fixQuestionWordTypos(text: string): string {
  if (!/\b(?:wi|wh|wa|hw)/i.test(text)) return text;
  return text.replace(QUESTION_WORD_TYPO, (typed: string) => {
    const meant = MEANT[typed.toLowerCase()]!;
    return typed === typed.toUpperCase()
      ? meant.toUpperCase()
      : typed[0] === typed[0]!.toUpperCase()
        ? meant[0]!.toUpperCase() + meant.slice(1)
        : meant;
  });
}

import { NUMBER_PATTERN } from './number-words.util';

/**
 * "more then 10", "less then five", "fewer then 3": a comparative with "then" written for "than" before an
 * amount. Said before a number it can only be the comparison, so it is read as "than"; other uses of
 * "then" ("more, then sort") are left alone. Linear: one pass, no nested repetition.
 */
const COMPARATIVE_THEN = new RegExp(
  `\\b(more|less|fewer|greater|higher|lower|bigger|larger|smaller|longer|shorter|older|newer)\\s+then\\b(?=\\s*[$€£]?\\s*${NUMBER_PATTERN})`,
  'gi',
);

/**
 * "more as 10", "less as 5": a comparative with "as" written for "than" before an amount (as in "mehr als", "plus
 * que"). Said before a number it can only be the comparison; the words are read as "over" or "under", padded to the
 * same length. Linear: one pass, no nested repetition.
 */
const COMPARATIVE_AS = new RegExp(
  `\\b(?:(more|greater|higher|bigger|larger)|less|fewer|lower|smaller)\\s+as\\b(?=\\s*[$€£]?\\s*${NUMBER_PATTERN})`,
  'gi',
);

/**
 * The question with "then" after a comparative and before an amount written as "than", and a comparative with "as"
 * before an amount written as "over"/"under"; same length.
 */
export function fixComparisonTypos(text: string): string {
  return text
    .replace(COMPARATIVE_THEN, (whole: string) => `${whole.slice(0, -4)}${whole.endsWith('THEN') ? 'THAN' : 'than'}`)
    .replace(COMPARATIVE_AS, (whole: string, above: string | undefined) =>
      (above === undefined ? 'under' : 'over').padEnd(whole.length, ' '),
    );
}

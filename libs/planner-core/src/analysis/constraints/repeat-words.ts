/**
 * "more than twice", "at least three times", "thrice or more": how often, said with a word. Read as the number
 * and "times" ("more than 2 times", "at least 3 times") before any reader runs, so a count threshold said in
 * words is read as one said in digits. Only after a comparison (or before "or more"), where it is a threshold.
 */
const COMPARED_REPEAT =
  /\b(more\s+than|over|at\s+least|no\s+(?:less|fewer)\s+than|fewer\s+than|less\s+than|at\s+most|no\s+more\s+than|exactly)\s+(once|twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten)\s+times)\b|\b(once|twice|thrice)(\s+or\s+(?:more|fewer|less)\b)/gi;

const NUMBERS: Readonly<Record<string, string>> = {
  once: '1 time',
  twice: '2 times',
  thrice: '3 times',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
};

function asDigits(words: string): string {
  const [first, ...rest] = words.toLowerCase().split(/\s+/);
  const number = NUMBERS[first!] ?? first!;
  return rest.length > 0 ? `${number} ${rest.join(' ')}` : number;
}

/**
 * "more than 2x", "at least 3x", "5x or more": how often, said with a number and an "x" (shorthand for "times").
 * Not a multiple of something said after it ("more than 2x the usual", "over 3x their baseline"), which is a ratio.
 */
const COMPARED_TIMES_X =
  /(?:\b|(?=[<>]))(more\s+than|over|at\s+least|no\s+(?:less|fewer)\s+than|fewer\s+than|less\s+than|at\s+most|no\s+more\s+than|exactly|>=|<=|>|<)(\s*)(\d{1,4})x\b(?!\s+(?:the|their|its|his|her|our|as|of|that|normal|usual|average|baseline|median|mean)\b)|\b(\d{1,4})x(\s+or\s+(?:more|fewer|less)\b)/gi;

/** The question with "more than twice" read as "more than 2 times", and "more than 2x" likewise. */
export function fixRepeatWords(text: string): string {
  const said = /\dx\b/i.test(text)
    ? text.replace(
        COMPARED_TIMES_X,
        (whole: string, comparison?: string, gap?: string, count?: string, bare?: string, after?: string) =>
          comparison && count
            ? `${comparison}${gap ?? ''}${count} times`
            : bare && after
              ? `${bare} times${after}`
              : whole,
      )
    : text;
  return fixSpelledRepeats(said);
}

function fixSpelledRepeats(text: string): string {
  if (!/\b(?:once|twice|thrice|times)\b/i.test(text)) return text;
  return text.replace(
    COMPARED_REPEAT,
    (said: string, comparison?: string, count?: string, bare?: string, after?: string) =>
      comparison && count ? `${comparison} ${asDigits(count)}` : bare && after ? `${asDigits(bare)}${after}` : said,
  );
}

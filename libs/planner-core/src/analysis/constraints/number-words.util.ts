/** Number words a question may use for counts and limits ("five", "a dozen", "twenty-five"). */
const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1_000_000 };

const WORD_LIST = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)].join('|');

/** The words of 0–19 in order ("zero" … "nineteen"), for readers that read numbers said their own way (ports). */
export const NUMBER_WORDS_BELOW_TWENTY: readonly string[] = Object.keys(UNITS).filter((word) => UNITS[word]! < 20);
/** The words of the tens from twenty ("twenty" … "ninety"), in order. */
export const TENS_WORDS: readonly string[] = Object.keys(TENS);

/**
 * A number as a question writes it, for use inside larger patterns: digits with thousands
 * separators and decimals ("1,000", "2.5"), or words ("five", "a dozen", "twenty-five",
 * "two hundred"). Bounded: at most four words.
 */
export const NUMBER_PATTERN = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,12}(?:\\.\\d+)?|(?:a\\s+)?(?:${WORD_LIST})(?:[\\s-]+(?:and\\s+)?(?:${WORD_LIST})){0,3})`;

/** Reads a number written with digits or words; null when it is not one. */
export function readNumber(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(trimmed)) {
    const value = Number(trimmed.replace(/,/g, ''));
    return Number.isFinite(value) ? value : null;
  }
  const words = trimmed.split(/[\s-]+/).filter((word) => word !== 'a' && word !== 'and');
  if (words.length === 0 || words.length > 4) return null;
  let total = 0;
  let current = 0;
  for (const word of words) {
    const unit = UNITS[word] ?? TENS[word];
    const scale = SCALES[word];
    if (unit !== undefined) current += unit;
    else if (scale !== undefined) {
      current = (current === 0 ? 1 : current) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
    } else return null;
  }
  return total + current;
}

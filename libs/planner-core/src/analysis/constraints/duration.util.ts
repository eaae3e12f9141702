/** Time units a question may write, as a regex group body, longest spellings first. */
export const UNIT_PATTERN =
  '(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|fortnights?|months?|mos?|years?|yrs?|[smhdwy])';

const UNIT_SECONDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:s|secs?|seconds?)$/i, 1],
  [/^(?:m|mins?|minutes?)$/i, 60],
  [/^(?:h|hrs?|hours?)$/i, 3600],
  [/^(?:d|days?)$/i, 86_400],
  [/^(?:w|wks?|weeks?)$/i, 604_800],
  [/^fortnights?$/i, 1_209_600],
  [/^(?:mos?|months?)$/i, 2_592_000],
  [/^(?:y|yrs?|years?)$/i, 31_536_000],
];

/** Seconds in one of a unit as written ("hrs" → 3600; a month is 30 days, a year 365); null if unknown. */
export function unitSeconds(unit: string): number | null {
  for (const [pattern, seconds] of UNIT_SECONDS) if (pattern.test(unit)) return seconds;
  return null;
}

const MONTH_UNIT = /^(?:mos?|months?)$/i;
const MONTHS_A_YEAR = 12;

/**
 * Seconds in a count of a unit as written ("3 days" → 259 200). Months that make whole years are those years
 * ("24 months" → 730 days, not 720); other months are 30 days each. Null if the unit is unknown.
 */
export function countedSeconds(amount: number, unit: string): number | null {
  const seconds = unitSeconds(unit);
  if (seconds === null) return null;
  if (MONTH_UNIT.test(unit) && amount >= MONTHS_A_YEAR && amount % MONTHS_A_YEAR === 0)
    return (amount / MONTHS_A_YEAR) * unitSeconds('year')!;
  return amount * seconds;
}

/**
 * A fiscal year said as a code or in short: "FY2025", "FY 2025", "FY25", "FY-25", "FY'25", "fiscal 2025",
 * "fiscal yr 2025", "fiscal '24". The year is the first group, in two or four digits. Not a part of a file's or a
 * path's name ("Close-FY26.xlsx", "reports/fy25/"), which names no period asked about.
 */
export const FISCAL_YEAR_CODE = /(?<![\w.\\/-])(?:FY\s?-?|fiscal\s+(?:yr\.?\s+)?)['’]?(\d{4}|\d{2})\b(?![.:/\\-]\w)/gi;

/** The four-digit year of a fiscal year's code ("25" → "2025"). */
export function fiscalYearValue(digits: string): string {
  return digits.length === 2 ? `20${digits}` : digits;
}

/** Whether a text says a fiscal year in short or as a code (see {@link FISCAL_YEAR_CODE}). */
export function saysFiscalYearCode(text: string): boolean {
  FISCAL_YEAR_CODE.lastIndex = 0;
  const said = FISCAL_YEAR_CODE.test(text);
  FISCAL_YEAR_CODE.lastIndex = 0;
  return said;
}

import { calendarPeriod } from './calendar-period.util';
import type { TimeFilter } from './query-input';
import { MONTH_WORDS } from './time-range.util';

/** A whole calendar period said as "the one before this" ("last quarter", "prev qtr"). */
export type PreviousUnit = 'week' | 'month' | 'quarter' | 'year';

/** Short spellings of a period's unit ("qtr", "yr", "mth"), read as the unit. */
const UNIT_SPELLINGS: Readonly<Record<string, PreviousUnit>> = {
  week: 'week',
  wk: 'week',
  month: 'month',
  mth: 'month',
  mo: 'month',
  quarter: 'quarter',
  qtr: 'quarter',
  year: 'year',
  yr: 'year',
};

const PREVIOUS_PERIOD = /^(?:last|lst|previous|prior|prev)\s+(week|wk|month|mth|mo|quarter|qtr|year|yr)$/i;

/**
 * The unit of a window described as the previous calendar period ("last qtr" → quarter), or null. A window whose
 * instants roll back from now ("over the last quarter": 91 days to now) is no calendar period, whatever its words.
 */
export function previousPeriodUnit(time: TimeFilter | null): PreviousUnit | null {
  if (time?.relative && time.start) return null;
  const m = PREVIOUS_PERIOD.exec((time?.description ?? '').trim());
  return m ? UNIT_SPELLINGS[m[1]!.toLowerCase()]! : null;
}

/** The calendar year and the months (1–12, both included) of a window inside one year. */
export interface PeriodMonths {
  readonly year: number;
  readonly from: number;
  readonly to: number;
}

const MONTHS_OF: Readonly<Record<'month' | 'quarter' | 'year', number>> = { month: 1, quarter: 3, year: 12 };

/** The months of the period of `unit` that holds `at`, or of the one before it when `back` is 1. */
function periodAround(unit: 'month' | 'quarter' | 'year', at: Date, back: number): PeriodMonths {
  const size = MONTHS_OF[unit];
  const first = at.getUTCFullYear() * 12 + at.getUTCMonth() - (at.getUTCMonth() % size) - back * size;
  const year = Math.floor(first / 12);
  return { year, from: (first % 12) + 1, to: (first % 12) + size };
}

/** Whether an instant is the first moment of a calendar month (UTC). */
function monthStart(at: Date): boolean {
  return at.getUTCDate() === 1 && at.getUTCHours() === 0 && at.getUTCMinutes() === 0 && at.getUTCSeconds() === 0;
}

/**
 * The year and months a window covers, for a table that dates its rows by a year and a month number
 * (`fiscal_year`, `fiscal_month`): a calendar period said as this one or the one before ("this month",
 * "last qtr"), or fixed dates from the start of a month to the start of a later one in the same year
 * ("in March 2025", "Q3 2025"). A week, a rolling span or a window across two years is none: null.
 */
export function periodMonths(time: TimeFilter | null, now: Date): PeriodMonths | null {
  const previous = previousPeriodUnit(time);
  if (previous === 'week') return null;
  if (previous) return periodAround(previous, now, 1);
  const current = calendarPeriod(time);
  if (current === 'month' || current === 'quarter' || current === 'year') return periodAround(current, now, 0);
  if (!time?.start || !time.end || time.relative) return null;
  const start = new Date(time.start);
  const end = new Date(time.end);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || !monthStart(start)) return null;
  // A window to a month's start ends with the month before it; one up to now from January is the whole year.
  const last = monthStart(end) ? new Date(end.getTime() - 1) : end;
  if (last.getUTCFullYear() !== start.getUTCFullYear() || last <= start) return null;
  const from = start.getUTCMonth() + 1;
  return { year: start.getUTCFullYear(), from, to: !monthStart(end) && from === 1 ? 12 : last.getUTCMonth() + 1 };
}

/** The year a part of it is said of ("of this fiscal year", "of FY2026", "of the year"). */
const OF_YEAR = String.raw`of\s+(?:the\s+|this\s+|last\s+|our\s+|that\s+)?(?:(?:fiscal|financial|calendar)\s+)?(?:year|yr|fy)\b`;
/** "the first six months of this fiscal year", "the last 3 months of the year": the months counted from an end. */
const COUNTED_MONTHS = new RegExp(
  String.raw`\b(first|opening|last|final|closing)\s+(\d{1,2}|${Object.keys(MONTH_WORDS).join('|')})\s+months\s+${OF_YEAR}`,
  'i',
);
/** "the first half of the fiscal year", "H2 of this year", "in H1": a half of the year. */
const HALF_OF_YEAR = new RegExp(
  String.raw`\b(?:(first|1st|second|2nd|latter|last)\s+half\s+${OF_YEAR}|(?<![\w-])h([12])(?![\w-]))`,
  'i',
);

/**
 * The months of a part of a year the question says ("the first six months of this fiscal year" → 1 to 6, "H2" → 7 to
 * 12, "the last 3 months of the year" → 10 to 12), numbered within the year its window names; null when it says none.
 */
export function partOfYearMonths(question: string): { from: number; to: number } | null {
  const text = question.slice(0, 1_000);
  const counted = COUNTED_MONTHS.exec(text);
  if (counted) {
    const n = MONTH_WORDS[counted[2]!.toLowerCase()] ?? Number(counted[2]);
    if (!(n >= 1 && n <= 12)) return null;
    return /^(?:first|opening)$/i.test(counted[1]!) ? { from: 1, to: n } : { from: 13 - n, to: 12 };
  }
  const half = HALF_OF_YEAR.exec(text);
  if (!half) return null;
  const first = half[2] ? half[2] === '1' : /^(?:first|1st)$/i.test(half[1]!);
  return first ? { from: 1, to: 6 } : { from: 7, to: 12 };
}

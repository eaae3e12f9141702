import type { TimeFilter } from './query-input';

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  second: 1,
  sec: 1,
  s: 1,
  minute: 60,
  min: 60,
  m: 60,
  hour: 3600,
  hr: 3600,
  h: 3600,
  day: 86_400,
  d: 86_400,
  week: 604_800,
  w: 604_800,
  month: 2_592_000,
  year: 31_536_000,
};

const MONTHS_A_YEAR = 12;

/** Seconds in a count of months that makes whole years ("24 months" → two years of 365 days); else null. */
function countedMonthsAsYears(count: number, unit: string): number | null {
  return unit === 'month' && count >= MONTHS_A_YEAR && count % MONTHS_A_YEAR === 0
    ? (count / MONTHS_A_YEAR) * UNIT_SECONDS['year']!
    : null;
}

/**
 * Seconds named by a description such as "last 24 hours", "past 7 days", "last week",
 * "30m"; null when it names no duration.
 */
export function durationFromText(text: string): number | null {
  const lower = text.toLowerCase();
  const counted =
    /(\d+(?:\.\d+)?)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[smhdw])\b/.exec(lower);
  if (counted) {
    const unit = counted[2]!.replace(/s$/, '') || counted[2]!;
    const seconds = UNIT_SECONDS[unit] ?? UNIT_SECONDS[counted[2]!];
    if (seconds) return Math.round(countedMonthsAsYears(Number(counted[1]), unit) ?? Number(counted[1]) * seconds);
  }
  const single = /\b(?:last|past|previous)\s+(second|minute|hour|day|week|month|year)\b/.exec(lower);
  if (single) return UNIT_SECONDS[single[1]!]!;
  if (/\btoday\b/.test(lower)) return 86_400;
  return null;
}

/** A compact duration for KQL `ago()` and SPL `earliest=-`: 24h, 7d, 30m, 90s. */
export function compactDuration(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole % 86_400 === 0 && whole >= 2 * 86_400) return `${whole / 86_400}d`;
  if (whole % 3600 === 0) return `${whole / 3600}h`;
  if (whole % 60 === 0) return `${whole / 60}m`;
  return `${whole}s`;
}

/** A PostgreSQL interval literal body: '24 hours', '7 days', '30 minutes'. */
export function intervalText(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (whole % 86_400 === 0 && whole >= 2 * 86_400) return plural(whole / 86_400, 'day');
  if (whole % 3600 === 0) return plural(whole / 3600, 'hour');
  if (whole % 60 === 0) return plural(whole / 60, 'minute');
  return plural(whole, 'second');
}

/** Month counts said in words ("six months", "eighteen months"). */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
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
  eighteen: 18,
};
/** "last 6 months", "past three months", "over the last 2 years": a count of calendar months or years. */
const CALENDAR_COUNT = /\b(\d{1,3}|[a-z]+)\s+(months?|years?)\b/i;

/**
 * The PostgreSQL interval of a rolling window: '6 months' or '2 years' when its words count calendar months or
 * years (so the window starts on the same day of that month, as a reader means it), else {@link intervalText} of
 * its seconds ('7 days', '24 hours').
 */
export function sqlLookback(time: Pick<TimeFilter, 'description' | 'durationSeconds'>): string {
  const seconds = time.durationSeconds ?? 0;
  const counted = CALENDAR_COUNT.exec(time.description ?? '');
  if (counted) {
    const said = counted[1]!.toLowerCase();
    const count = /^\d/.test(said) ? Number(said) : MONTH_WORDS[said];
    const unit = counted[2]!.toLowerCase().replace(/s$/, '');
    // "12 months" may have been counted as a year or as twelve 30-day months: either is those calendar months.
    const lengths =
      unit === 'month'
        ? [countedMonthsAsYears(count ?? 0, unit), (count ?? 0) * UNIT_SECONDS['month']!]
        : [(count ?? 0) * UNIT_SECONDS['year']!];
    if (count && count > 0 && lengths.some((length) => length !== null && Math.abs(length - seconds) < 1))
      return `${count} ${unit}${count === 1 ? '' : 's'}`;
  }
  return intervalText(seconds);
}

/** The bucket a time series uses for a range: 5m up to 3 hours, 1h up to 2 days, 1d up to 60 days, else 7d. */
export function binSeconds(durationSeconds: number | null): number {
  if (durationSeconds === null) return 3600;
  if (durationSeconds <= 3 * 3600) return 300;
  if (durationSeconds <= 2 * 86_400) return 3600;
  if (durationSeconds <= 60 * 86_400) return 86_400;
  return 7 * 86_400;
}

/** True when the filter should be written as an absolute window rather than "since N ago". */
export function usesAbsoluteWindow(time: TimeFilter): boolean {
  return !time.relative && time.start !== null && time.end !== null;
}

/** A bucket size for `bin()` and `span=`: whole days as `1d`, `7d`; else as compactDuration. */
export function bucketDuration(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  return whole % 86_400 === 0 ? `${whole / 86_400}d` : compactDuration(whole);
}

/** True for a window that runs up to now ("since 2026-11-01", "since Monday"): only its start is written. */
export function isOpenEnded(time: TimeFilter): boolean {
  return /^since\b/i.test(time.description ?? '') && time.start !== null;
}

/** The words just before the window's text in the question, lower case ("that were due before "). */
export function wordsBefore(question: string, description: string | null, length = 40): string | null {
  if (!description) return null;
  const at = question.toLowerCase().indexOf(description.toLowerCase());
  return at < 0 ? null : question.slice(Math.max(0, at - length), at).toLowerCase();
}

/** "1 March onwards", "2026-03-01 and later": the day and every one after it. */
const ONWARDS_AFTER = /^\s*(?:onwards?|and\s+(?:later|after)|or\s+later|forward)\b/i;

/** The words just after the window's text in the question ("" when it is not found). */
export function wordsAfter(question: string, description: string | null, length = 24): string {
  if (!description) return '';
  const at = question.toLowerCase().indexOf(description.toLowerCase());
  return at < 0 ? '' : question.slice(at + description.length, at + description.length + length);
}

/**
 * "before 31 Jan 2026", "prior to March 1", "after 2026-01-01": a date the window is bounded by, not the day itself;
 * "on or after 1 May" takes the day in ('from'), "on or before 1 May" too ('through').
 */
function boundBefore(question: string, description: string | null): 'before' | 'after' | 'from' | 'through' | null {
  const before = wordsBefore(question, description, 16);
  if (before === null) return null;
  if (/\bon\s+or\s+(?:before|prior\s+to|earlier\s+than)\s*$/.test(before)) return 'through';
  if (/\bon\s+or\s+(?:after|later\s+than)\s*$/.test(before) || ONWARDS_AFTER.test(wordsAfter(question, description)))
    return 'from';
  if (/\b(?:before|prior\s+to|earlier\s+than)\s*$/.test(before)) return 'before';
  if (/\b(?:after|later\s+than)\s*$/.test(before)) return 'after';
  return null;
}

/** One end of a window said through a date: the instant and whether rows fall before it (`<`) or from it on (`>=`). */
export interface DateBound {
  readonly op: '<' | '>=';
  readonly at: string;
}

/**
 * The window as the one bound the question puts on it ("before 1 Oct" → `< Oct 1`, "after 20 Nov" → `>= Nov 21`,
 * "on or before 1 May" → `< May 2`, "from 3 Nov onwards" → `>= Nov 3`); null when the window is the dates themselves.
 */
export function dateBound(time: TimeFilter, question: string): DateBound | null {
  if (!usesAbsoluteWindow(time)) return null;
  const bound = boundBefore(question, time.description);
  if (bound === 'before') return { op: '<', at: time.start! };
  if (bound === 'from') return { op: '>=', at: time.start! };
  if (isOpenEnded(time)) return null;
  if (bound === 'after') return { op: '>=', at: time.end! };
  if (bound === 'through') return { op: '<', at: time.end! };
  return null;
}

import type { ComparedPeriodUnit, PeriodComparison, TimeWindow } from '@mesh/a2a-contracts';
import { NUMBER_PATTERN, readNumber } from './number-words.util';

/** Two periods set side by side, as the plan carries them: the comparison and the window that covers both. */
export interface ComparedPeriods {
  readonly comparison: PeriodComparison;
  /** From the earlier period's start to the later one's end. */
  readonly window: TimeWindow;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** How a period is said: the current one, the last one, the one before another, or a span back from now. */
type Said = 'this' | 'last' | 'before' | 'span' | 'span-before';

interface Mention {
  readonly said: Said;
  readonly start: number;
  readonly end: number;
  /** The calendar unit, for 'this', 'last' and 'before'. */
  readonly unit?: ComparedPeriodUnit;
  /** The span's length, for 'span' and 'span-before' (and a 'before' of a day or week). */
  readonly ms?: number;
}

/** A calendar unit, with chat's shorthand ("this wk", "last mnth", "prev qtr", "this yr"). */
const UNIT = String.raw`(day|week|wk|month|mth|mnth|quarter|qtr|year|yr)`;
/** The length of a span, said whole or short ("12 hours", "12h", "24 hrs", "7d", "2 wks"). */
const SPAN_UNIT = String.raw`\s*(hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mths?|mnths?)\b`;
/** Each span unit's shorthand as the unit (plural "s" dropped first). */
const SPAN_NAME: Readonly<Record<string, string>> = {
  hr: 'hour',
  h: 'hour',
  d: 'day',
  wk: 'week',
  w: 'week',
  mth: 'month',
  mnth: 'month',
};
const SPAN_MS: Readonly<Record<string, number>> = { hour: HOUR_MS, day: DAY_MS, week: 7 * DAY_MS, month: 30 * DAY_MS };
/** Each calendar unit's shorthand as the unit. */
const UNIT_NAME: Readonly<Record<string, ComparedPeriodUnit>> = {
  wk: 'week',
  mth: 'month',
  mnth: 'month',
  qtr: 'quarter',
  yr: 'year',
};
const UNIT_MS: Readonly<Partial<Record<ComparedPeriodUnit, number>>> = { day: DAY_MS, week: 7 * DAY_MS };

/** How each kind of period is said, the more particular first (a span before one before the span itself). */
const MENTIONS: ReadonlyArray<readonly [Said, RegExp]> = [
  // "the 7 days before (that)", "the previous 30 days", "prior 24 hours"
  [
    'span-before',
    new RegExp(String.raw`\bthe\s+(${NUMBER_PATTERN})${SPAN_UNIT}\s+before\b(?:\s+(?:that|it|then))?`, 'gi'),
  ],
  [
    'span-before',
    new RegExp(String.raw`\b(?:the\s+)?(?:previous|prior|preceding)\s+(${NUMBER_PATTERN})${SPAN_UNIT}`, 'gi'),
  ],
  // "the week before (that)", "the month before last", "the day before (yesterday)"
  ['before', new RegExp(String.raw`\b(?:the\s+)?${UNIT}\s+before\b(?:\s+(?:that|it|then|last|yesterday))?`, 'gi')],
  // "the last 7 days", "past 24 hours", "over the previous 2 weeks"
  [
    'span',
    new RegExp(String.raw`\b(?:last|lst|past|previous|prior|preceding)\s+(${NUMBER_PATTERN})${SPAN_UNIT}`, 'gi'),
  ],
  // "this week", "the current month", "month to date", "today"
  [
    'this',
    new RegExp(
      String.raw`\b(?:this|(?:the\s+)?current)\s+${UNIT}\b|\b${UNIT}[-\s]to[-\s]date\b|\b(today|tdy|tday)\b`,
      'gi',
    ),
  ],
  // "last week", "the previous month", "prior quarter", "yesterday"
  [
    'last',
    new RegExp(
      String.raw`\b(?:last|previous|prev|prior|preceding)\s+${UNIT}\b|\b(yesterday|yday|yda|ystd|ystday|ystrday|yest)\b`,
      'gi',
    ),
  ],
];

/** Words that set two things against each other somewhere in the question. */
const COMPARES = /\b(?:compar\w*|vs\.?|versus|against|relative\s+to)(?!\w)/i;
/** Words that join the two periods: "X with / and / vs / compared with / against Y". */
const JOINS = /\b(?:with|and|to|vs\.?|versus|against|compared|compare)(?!\w)/i;
/** What may stand between the two periods ("with the number for", "compared with the whole of"), no sentence end. */
const MAX_GAP = 60;

/** Today and yesterday, whole or short, as the 'this' and 'last' patterns read them. */
const ONE_DAY = /^(?:today|tdy|tday|yesterday|yday|yda|ystd|ystday|ystrday|yest)$/;

function unitOf(word: string): ComparedPeriodUnit {
  const lower = word.toLowerCase();
  if (ONE_DAY.test(lower)) return 'day';
  return UNIT_NAME[lower] ?? (lower as ComparedPeriodUnit);
}

function spanMs(count: string, unit: string): number | null {
  const n = readNumber(count);
  const bare = unit.toLowerCase().replace(/(?<=.)s$/, '');
  const one = SPAN_MS[SPAN_NAME[bare] ?? bare];
  return n !== null && n > 0 && Number.isInteger(n) && one ? n * one : null;
}

function mentionOf(said: Said, m: RegExpExecArray): Mention | null {
  const at = { start: m.index, end: m.index + m[0].length };
  if (said === 'span' || said === 'span-before') {
    const ms = spanMs(m[1]!, m[2]!);
    return ms === null ? null : { said, ...at, ms };
  }
  const unit = unitOf(m.slice(1).find((g) => g !== undefined)!);
  // "the day before yesterday" is the day before the one before today.
  if (said === 'before' && /yesterday$/i.test(m[0])) return null;
  return { said, ...at, unit, ...(UNIT_MS[unit] ? { ms: UNIT_MS[unit] } : {}) };
}

/** Every period the question says, in order, none inside another. */
function mentionsIn(text: string): Mention[] {
  const found: Mention[] = [];
  for (const [said, pattern] of MENTIONS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const mention = mentionOf(said, m);
      if (mention && !found.some((f) => f.start < mention.end && mention.start < f.end)) found.push(mention);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The start of the calendar period `shift` periods from the current one (UTC; weeks start on Monday). */
export function calendarStart(unit: ComparedPeriodUnit, now: Date, shift: number): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const today = Date.UTC(year, month, now.getUTCDate());
  switch (unit) {
    case 'day':
      return new Date(today + shift * DAY_MS);
    case 'week':
      return new Date(today - ((now.getUTCDay() + 6) % 7) * DAY_MS + shift * 7 * DAY_MS);
    case 'month':
      return new Date(Date.UTC(year, month + shift, 1));
    case 'quarter':
      return new Date(Date.UTC(year, month - (month % 3) + 3 * shift, 1));
    case 'year':
      return new Date(Date.UTC(year + shift, 0, 1));
  }
}

type Reading = { readonly calendar: ComparedPeriodUnit; readonly offset: 0 | -1 } | { readonly ms: number };

/**
 * What two periods said one after the other compare: this period and the last ("this week with last week", "last
 * month with this month so far"), the last and the one before it ("yesterday versus the day before", "last week
 * and the previous week"), or a span back from now and the same span before it ("the last 7 days compared with
 * the 7 days before that"). Null when they are not one period and the one just before it.
 */
function readingOf(a: Mention, b: Mention): Reading | null {
  const kinds = new Set([a.said, b.said]);
  if (a.unit && b.unit && a.unit === b.unit) {
    if (kinds.has('this') && (kinds.has('last') || kinds.has('before'))) return { calendar: a.unit, offset: 0 };
    if ((a.said === 'last' && (b.said === 'last' || b.said === 'before')) || (b.said === 'last' && a.said === 'before'))
      return { calendar: a.unit, offset: -1 };
  }
  const spans = [a, b].filter((m) => m.said === 'span');
  const earlier = [a, b].filter((m) => m.said === 'span-before' || m.said === 'before');
  if (spans.length === 1 && earlier.length === 1 && spans[0]!.ms === earlier[0]!.ms) return { ms: spans[0]!.ms! };
  return null;
}

/**
 * Two periods of one length the question sets side by side, the later one and the one just before it: "this week
 * with the number for last week", "so far this month compared with the whole of last month", "yesterday versus
 * the day before", "the last 7 days, compared with the 7 days before that". The two are said close together and
 * joined ("with", "and", "vs", "compared with"), in a question that compares (a short "X vs Y" compares by itself).
 * Null otherwise, and for periods of different lengths ("this week against last month").
 */
export function readComparedPeriods(text: string, now: Date): ComparedPeriods | null {
  const mentions = mentionsIn(text);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [a, b] = [mentions[i]!, mentions[i + 1]!];
    const gap = text.slice(a.end, b.start);
    // "this year versus the same time last year": a like-for-like span, not the whole period before.
    if (gap.length > MAX_GAP || /[.?!;]|\bsame\b/i.test(gap) || !JOINS.test(gap)) continue;
    if (!COMPARES.test(text) && !/^\s*(?:vs\.?|versus|against)\s*$/i.test(gap)) continue;
    const reading = readingOf(a, b);
    if (reading) return comparedPeriods(text.slice(a.start, b.end), reading, now);
  }
  return null;
}

function comparedPeriods(expression: string, reading: Reading, now: Date): ComparedPeriods {
  let start: Date;
  let split: Date;
  let end: Date;
  if ('ms' in reading) {
    split = new Date(now.getTime() - reading.ms);
    start = new Date(now.getTime() - 2 * reading.ms);
    end = now;
  } else {
    split = calendarStart(reading.calendar, now, reading.offset);
    start = calendarStart(reading.calendar, now, reading.offset - 1);
    end = reading.offset === 0 ? now : calendarStart(reading.calendar, now, 0);
  }
  const seconds = Math.max(1, Math.round((split.getTime() - start.getTime()) / 1000));
  return {
    comparison: {
      expression,
      split_at: split.toISOString(),
      seconds,
      ...('calendar' in reading ? { calendar: reading.calendar, offset: reading.offset } : {}),
    },
    window: {
      expression,
      start: start.toISOString(),
      end: end.toISOString(),
      duration_seconds: Math.max(1, Math.round((end.getTime() - start.getTime()) / 1000)),
    },
  };
}

/**
 * How the window of two compared periods is described to agents that read only the words: a span back from now by
 * its length ("last 14 days"), calendar periods by words that name neither one alone, so that the instants decide.
 */
function describedWindow(comparison: PeriodComparison): string {
  if (!comparison.calendar) {
    const days = (2 * comparison.seconds) / 86_400;
    return Number.isInteger(days) ? `last ${days} days` : `last ${Math.round((2 * comparison.seconds) / 3600)} hours`;
  }
  return comparison.offset === -1
    ? `the two calendar ${comparison.calendar}s before this one`
    : `this calendar ${comparison.calendar} and the one before`;
}

/**
 * The window and constraints of a question that compares two periods: the window covers both, and the constraints
 * carry where the later one starts. Unchanged when the question compares no periods.
 */
export function withComparedPeriods<C extends object>(
  text: string,
  now: Date,
  range: { readonly description: string; readonly window: TimeWindow } | null,
  constraints: C,
): { readonly range: { readonly description: string; readonly window: TimeWindow } | null; readonly constraints: C } {
  const compared = readComparedPeriods(text, now);
  if (!compared) return { range, constraints };
  const description = describedWindow(compared.comparison);
  return {
    range: { description, window: { ...compared.window, expression: description } },
    constraints: { ...constraints, period_comparison: compared.comparison },
  };
}

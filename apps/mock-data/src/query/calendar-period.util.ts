import type { TimeFilter } from './query-input';

/** A calendar period the question named: written with the platform's own "start of" functions. */
export type CalendarPeriod = 'today' | 'yesterday' | 'week' | 'month' | 'quarter' | 'year';

/**
 * The calendar period a time filter stands for ("this week", "month to date", "today"), or null
 * for a rolling window ("last 7 days") or explicit dates.
 */
export function calendarPeriod(time: TimeFilter | null): CalendarPeriod | null {
  const words = (time?.description ?? '').toLowerCase();
  // "since yesterday", "since this week": from then until now, an open window rather than the period.
  if (!words || /^since\b/.test(words)) return null;
  // "the day before yesterday" is a day of its own, written from the window's instants.
  if (/\byesterday\b/.test(words) && !/\bday before yesterday\b/.test(words)) return 'yesterday';
  if (/\btoday\b|\bso far today\b/.test(words)) return 'today';
  const period =
    /\b(?:this|current|the current)\s+(week|month|quarter|year)\b|\b(week|month|quarter|year)[- ]to[- ]date\b/.exec(
      words,
    );
  if (period) return (period[1] ?? period[2]) as CalendarPeriod;
  if (/\b(ytd)\b/.test(words)) return 'year';
  if (/\b(mtd)\b/.test(words)) return 'month';
  return null;
}

/**
 * The calendar period an open window starts at ("since yesterday", "since this week"): from that
 * period's start until now, written with the same "start of" functions; null otherwise.
 */
export function sinceCalendarPeriod(time: TimeFilter | null): CalendarPeriod | null {
  const words = (time?.description ?? '').toLowerCase();
  const since = /^since\s+(.+)$/.exec(words.trim());
  return since ? calendarPeriod({ ...time!, description: since[1]! }) : null;
}

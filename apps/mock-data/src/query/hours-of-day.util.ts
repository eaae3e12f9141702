/**
 * When in the day or the week rows happened, said apart from the window ("during business hours", "outside office
 * hours", "after hours", "on weekends", "on weekdays", "at night"): a filter on the hour and the weekday of each row's
 * time (UTC), whatever the window.
 */
export interface HoursOfDay {
  /** The weekdays kept, 0 = Sunday … 6 = Saturday, as a range [from, to]; null: every day. */
  readonly days: readonly [number, number] | null;
  /** The hours kept, [from, to): `to` below `from` runs past midnight (22 to 6); null: every hour. */
  readonly hours: readonly [number, number] | null;
  /** True when the rows asked for are those outside these days and hours ("outside business hours"). */
  readonly outside: boolean;
  /** How the question said it, for the query's notes. */
  readonly said: string;
}

/** The working week's days, Monday to Friday. */
const WORK_DAYS: readonly [number, number] = [1, 5];
/** The working day's hours, 9:00 to 17:00. */
const WORK_HOURS: readonly [number, number] = [9, 17];
/** The night's hours, 22:00 to 6:00. */
const NIGHT_HOURS: readonly [number, number] = [22, 6];

const HOURS_NOUN = String.raw`(?:normal\s+|regular\s+|standard\s+|core\s+)?(?:business|office|working|work)\s+hours`;
/** "outside (of) business hours", "out of office hours", "after hours", "off-hours", "non-business hours". */
const OUTSIDE_HOURS = new RegExp(
  String.raw`\b(?:outside\s+(?:of\s+)?(?:the\s+)?${HOURS_NOUN}|out\s+of\s+${HOURS_NOUN}|out[-\s]of[-\s]hours|after[-\s]hours|off[-\s]hours|non[-\s]?(?:business|office|working|work)\s+hours)\b`,
  'i',
);
/** "during business hours", "within office hours", "in working hours". */
const INSIDE_HOURS = new RegExp(String.raw`\b(?:during|within|in|inside)\s+(?:the\s+)?${HOURS_NOUN}\b`, 'i');
/**
 * "on weekends", "at weekends", "weekend days", "on Saturdays and Sundays", "on Saturday or Sunday": any weekend, not
 * the last one ("over the weekend", "last weekend" are the window).
 */
const WEEKENDS =
  /\b(?:weekends|weekend\s+days|sat(?:urday)?s?\s*(?:and|or|&|\/|,)\s*sun(?:day)?s?|(?:on|at)\s+a\s+weekend)\b/i;
/**
 * Weekends set aside ("weekends excluded", "excluding weekends", "not counting the weekend", "no weekends", "skip
 * weekends"): the rows of Monday to Friday, the weekends' opposite.
 */
const WEEKENDS_SET_ASIDE =
  /\b(?:(?:excluding|excl\.?|except(?:\s+for)?|without|not\s+(?:on|at|during|counting|including)|no|ignoring|ignore|skip(?:ping)?|leav(?:e|ing)\s+out|exclude|drop(?:ping)?|remov(?:e|ing)|minus)\s+(?:the\s+)?weekends?|weekends?\s+(?:excluded|removed|left\s+out|not\s+included|aside|ignored|skipped))\b/i;
/** "on weekdays", "during working days", "weekdays only": Monday to Friday (not "the last 5 business days"). */
const WEEKDAYS =
  /\b(?:(?:on|during|over)\s+(?:the\s+)?(?:weekdays|work\s*days|working\s+days|business\s+days)|(?:weekdays|working\s+days|business\s+days)\s+only)\b/i;
/** "at night", "during the night", "night-time", "in the middle of the night" (not "last night": a window). */
const AT_NIGHT = /\b(?:at\s+night|during\s+the\s+night|night[-\s]?time|(?:in\s+)?the\s+middle\s+of\s+the\s+night)\b/i;

/** The hours and weekdays the question keeps rows to, apart from its window; null when it names none. */
export function hoursOfDaySaid(question: string): HoursOfDay | null {
  const text = question.slice(0, 2000);
  const outside = OUTSIDE_HOURS.exec(text);
  if (outside) return { days: WORK_DAYS, hours: WORK_HOURS, outside: true, said: outside[0] };
  const inside = INSIDE_HOURS.exec(text);
  if (inside) return { days: WORK_DAYS, hours: WORK_HOURS, outside: false, said: inside[0] };
  const night = AT_NIGHT.exec(text);
  const asideWeekends = WEEKENDS_SET_ASIDE.exec(text);
  if (asideWeekends)
    return {
      days: WORK_DAYS,
      hours: night ? NIGHT_HOURS : null,
      outside: false,
      said: [asideWeekends[0], night?.[0]].filter((s): s is string => s !== undefined).join(', '),
    };
  const weekends = WEEKENDS.exec(text);
  const weekdays = weekends ? null : WEEKDAYS.exec(text);
  if (!night && !weekends && !weekdays) return null;
  const said = [weekends?.[0], weekdays?.[0], night?.[0]].filter((s): s is string => s !== undefined).join(', ');
  // Weekends are the days outside Monday to Friday.
  if (weekends && !night) return { days: WORK_DAYS, hours: null, outside: true, said };
  return {
    days: weekdays ? WORK_DAYS : null,
    hours: night ? NIGHT_HOURS : null,
    outside: false,
    said,
  };
}

/** A KQL condition on a datetime column: `dayofweek()` and `hourofday()` (UTC). */
export function kqlHoursCondition(when: HoursOfDay, column: string): string {
  const parts: string[] = [];
  if (when.days) parts.push(`dayofweek(${column}) between (${when.days[0]}d .. ${when.days[1]}d)`);
  if (when.hours) {
    const [from, to] = when.hours;
    parts.push(
      from < to
        ? `hourofday(${column}) between (${from} .. ${to - 1})`
        : `(hourofday(${column}) >= ${from} or hourofday(${column}) < ${to})`,
    );
  }
  const condition = parts.join(' and ');
  return when.outside ? `not(${condition})` : condition;
}

/** SPL: the hour and weekday of `_time` (`| eval`), then the condition on them (`| where`). */
export function splHoursCommands(when: HoursOfDay): string[] {
  const parts: string[] = [];
  if (when.days) parts.push(`wday>=${when.days[0]} AND wday<=${when.days[1]}`);
  if (when.hours) {
    const [from, to] = when.hours;
    parts.push(from < to ? `hour>=${from} AND hour<${to}` : `(hour>=${from} OR hour<${to})`);
  }
  const condition = parts.join(' AND ');
  const evals = [
    ...(when.hours ? ['hour=tonumber(strftime(_time, "%H"))'] : []),
    ...(when.days ? ['wday=tonumber(strftime(_time, "%w"))'] : []),
  ];
  return [`eval ${evals.join(', ')}`, `where ${when.outside ? `NOT (${condition})` : condition}`];
}

/** PostgreSQL: `EXTRACT(DOW …)` and `EXTRACT(HOUR …)` of a timestamp, in UTC. */
export function sqlHoursCondition(when: HoursOfDay, ref: string): string {
  const utc = `${ref} AT TIME ZONE 'UTC'`;
  const parts: string[] = [];
  if (when.days) parts.push(`EXTRACT(DOW FROM ${utc}) BETWEEN ${when.days[0]} AND ${when.days[1]}`);
  if (when.hours) {
    const [from, to] = when.hours;
    parts.push(
      from < to
        ? `EXTRACT(HOUR FROM ${utc}) BETWEEN ${from} AND ${to - 1}`
        : `(EXTRACT(HOUR FROM ${utc}) >= ${from} OR EXTRACT(HOUR FROM ${utc}) < ${to})`,
    );
  }
  const condition = parts.join(' AND ');
  return when.outside ? `NOT (${condition})` : condition;
}

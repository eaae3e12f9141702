import * as chrono from 'chrono-node';
import type { TimeWindow } from '@mesh/a2a-contracts';
import { lookupTable } from '../lookup-table.util';
import { UNIT_PATTERN, countedSeconds } from './constraints/duration.util';
import { findInactivity } from './constraints/inactivity';
import { fixTimeWordTypos } from './constraints/outcome-typos';
import { readLiteralValues } from './constraints/literal-values';
import { NUMBER_PATTERN, readNumber } from './constraints/number-words.util';
import { allMatches } from './regex-matches.util';

export interface ResolvedTimeRange {
  /** A short description, e.g. "last 24 hours". */
  readonly description: string;
  readonly window: TimeWindow;
}

const DAY_MS = 86_400_000;

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/**
 * Words without which neither chrono-node nor the readers below find a time in English text:
 * digits, relative words, units, day and month names. Most questions name no time at all; this
 * cheap test spares them the parsers (and their garbage), and never changes a result: a false
 * positive only means the parsers run and find nothing.
 */
const MAYBE_TIME =
  /\d|\b(?:now|today|tdy|tday|tonight|yesterday|yday|yda|ystd|ystday|ystrday|yestrday|ysterday|yest|tomorrow|ago|last|lst|past|previous|prev|prior|current|next|this|since|until|till|from|within|before|after|during|between|week|weeks|wk|wks|weekend|fortnight|month|months|mth|quarter|qtr|year|years|decade|day|days|hour|hours|hr|hrs|minute|minutes|min|mins|second|seconds|sec|secs|noon|midnight|morning|afternoon|evening|night|overnight|wtd|mtd|qtd|ytd|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\b/i;

/** Whether a text may name a time (false means no reader would find one). */
export function mayNameTime(text: string): boolean {
  return MAYBE_TIME.test(text);
}

function windowOf(description: string, start: Date, end: Date): ResolvedTimeRange {
  return {
    description,
    window: {
      expression: description,
      start: start.toISOString(),
      end: end.toISOString(),
      duration_seconds: Math.round((end.getTime() - start.getTime()) / 1000),
    },
  };
}

/**
 * A calendar period up to now (UTC; weeks start on Monday): "this week/month/quarter/year" (a "fiscal" or
 * "calendar" one, and the short "this wk/mth/qtr/yr/FY"), "month to date", "MTD", "today" (chat's "2day"),
 * "yesterday" ("the day before yesterday" the day before it), and its
 * start said after "since"/"from" ("since the 1st of the month", "from the start of the year").
 */
const CALENDAR =
  /\b(?:(?:this|current)\s+(?:fiscal\s+|calendar\s+)?(week|wk|month|mth|quarter|qtr|year|yr|fy)|(week|month|quarter|year)[\s-]to[\s-]date|(wtd|mtd|qtd|ytd)|(today|tdy|tday|(?<!\b(?:last|past|next|over|in|for)\s+)2day|so\s+far\s+today)|(yesterday|yday|yda|ystd|ystday|ystrday|yestrday|ysterday|yest)|(?<=\b(?:since|from|starting)\s{1,3})(?:the\s+)?(?:1st|first|start|beginning)\s+of\s+(?:(?:the|this)\s+)?(week|wk|month|mth|quarter|qtr|year|yr))\b/i;

/** "the day before" said right before "yesterday". */
const SAID_DAY_BEFORE = /\bday\s+before\s+$/i;

/** Short names of calendar periods ("wk", "MTD") by the period they stand for. */
const PERIOD_ABBREVIATIONS: Readonly<Record<string, string>> = {
  wk: 'week',
  mth: 'month',
  qtr: 'quarter',
  yr: 'year',
  fy: 'year',
  wtd: 'week',
  mtd: 'month',
  qtd: 'quarter',
  ytd: 'year',
};

function calendarPeriod(text: string, now: Date): ResolvedTimeRange | null {
  const m = CALENDAR.exec(text);
  if (!m) return null;
  const today = startOfUtcDay(now);
  // "since yesterday", "since this week": from the period's start until now.
  const since = /\bsince\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
  if (since && m[5]) return windowOf('since yesterday', new Date(today.getTime() - DAY_MS), now);
  // "the day before yesterday": the whole day before it.
  if (m[5] && SAID_DAY_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)))
    return windowOf(
      'the day before yesterday',
      new Date(today.getTime() - 2 * DAY_MS),
      new Date(today.getTime() - DAY_MS),
    );
  if (m[5]) return windowOf('yesterday', new Date(today.getTime() - DAY_MS), today);
  const named = m[4] ? 'day' : (m[1] ?? m[2] ?? m[6] ?? m[3]!).toLowerCase();
  const unit = PERIOD_ABBREVIATIONS[named] ?? named;
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const start =
    unit === 'day'
      ? today
      : unit === 'week'
        ? new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * DAY_MS)
        : unit === 'month'
          ? new Date(Date.UTC(year, month, 1))
          : unit === 'quarter'
            ? new Date(Date.UTC(year, month - (month % 3), 1))
            : new Date(Date.UTC(year, 0, 1));
  // At the very first instant of a period there is nothing yet: the window is at least a second.
  const end = now.getTime() > start.getTime() ? now : new Date(start.getTime() + 1000);
  // "this wk" is described as "this week": agents write a period they know by its full name.
  const said = m[0].trim().toLowerCase();
  const described = m[1] || m[6] ? said.replace(/\w+$/, unit) : said;
  return windowOf(`${since ? 'since ' : ''}${described}`, start, end);
}

/**
 * "last week (mon-sun)", "last week, Monday to Sunday", "the previous calendar month", "last full week", "last fiscal year",
 * "last month as a whole", "last month", "last quarter", "prior year": the whole calendar period before this one (UTC;
 * weeks start on Monday), as people date things ("last month" is October in November, "last year" is 2025 in 2026).
 * "The last week", "in the last year" are spans up to now (`relativeSpan`); "the previous quarter" is still the calendar one.
 */
const PREVIOUS_CALENDAR =
  /\b(?:last|previous|prev|prior)\s+(?:(?:calendar|full|whole|complete)\s+(week|month|quarter|year)\b|fiscal\s+(year|quarter)\b|(week)\s*(?:\(\s*|,\s*|[-–—]\s*)?(?:from\s+)?mon(?:day)?\s*(?:-|–|to|thru|through|until)\s*sun(?:day)?\b(?:\s*\))?|(week|month|quarter|year)\s+as\s+a\s+whole\b|(?<!\bthe\s+last\s+)(week|month|quarter|year)\b(?!\s*(?:or|and)\s+(?:so|two|more)\b))/i;

function previousCalendarPeriod(text: string, now: Date): ResolvedTimeRange | null {
  const m = PREVIOUS_CALENDAR.exec(text);
  if (!m) return null;
  const unit = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6])!.toLowerCase();
  const today = startOfUtcDay(now);
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  let start: Date;
  let end: Date;
  if (unit === 'week') {
    end = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * DAY_MS);
    start = new Date(end.getTime() - 7 * DAY_MS);
  } else if (unit === 'month') {
    end = new Date(Date.UTC(year, month, 1));
    start = new Date(Date.UTC(year, month - 1, 1));
  } else if (unit === 'quarter') {
    end = new Date(Date.UTC(year, month - (month % 3), 1));
    start = new Date(Date.UTC(year, month - (month % 3) - 3, 1));
  } else {
    end = new Date(Date.UTC(year, 0, 1));
    start = new Date(Date.UTC(year - 1, 0, 1));
  }
  return windowOf(m[0].trim(), start, end);
}

/**
 * "since the start of last week", "from the beginning of the previous month", "since last month": from the first day of the calendar period
 * before this one (UTC; weeks start on Monday) up to now.
 */
const SINCE_PREVIOUS_START =
  /\b(?:(?:since|from)\s+(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+)?|since\s+(?:the\s+)?)(?:last|previous|prev|prior)\s+(week|month|quarter|year)\b/i;

function sincePreviousStart(text: string, now: Date): ResolvedTimeRange | null {
  const m = SINCE_PREVIOUS_START.exec(text);
  const previous = m ? previousCalendarPeriod(`last calendar ${m[1]!}`, now) : null;
  if (!m || !previous) return null;
  // Described by its first day, so that no reader takes "since last month" for a span of a month up to now.
  const range = windowOf(`since ${previous.window.start.slice(0, 10)}`, new Date(previous.window.start), now);
  return { ...range, window: { ...range.window, expression: m[0].trim().toLowerCase() } };
}

/**
 * "last weekend", "previous weekend", "over the weekend", "during the weekend": Saturday 00:00 to Monday 00:00 (UTC) of
 * the weekend before this week. Said on a Saturday or a Sunday, "over the weekend" and "this weekend" are the one under
 * way, from Saturday 00:00 up to now ("last weekend" is still the one before). A weekend said by its dates ("the weekend
 * of 21 and 22 November") is those dates, read by the others.
 */
const LAST_WEEKEND =
  /\b(?:(last|past|previous|prev|prior)|(?:over|during|across|throughout)\s+the|this)\s+weekend\b(?!\s+(?:of|on|starting|beginning)\s+(?:the\s+)?(?:\d|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;

/** "the weekend of 21 and 22 November", "weekend of Nov 7th and 8th", "the weekend of the 14th of March": its dates. */
const DATED_WEEKEND = /\bweekend\s+(?:of|on|starting|beginning)\s+/gi;

/**
 * A weekend said by its dates: the days said, whole; one day said is its whole weekend (Saturday 00:00 to Monday
 * 00:00). Null when no dated weekend is said.
 */
function datedWeekend(text: string, now: Date): ResolvedTimeRange | null {
  for (const m of allMatches(text, DATED_WEEKEND)) {
    const rest = text.slice(m.index + m[0].length);
    const day = allMatches(rest, DAY_OF_MONTH).find((d) => d.index === 0 || /^the\s+$/i.test(rest.slice(0, d.index)));
    if (!day) continue;
    const said = withSharedMonth(day[0]);
    const read = chronoWindow(said, said, now);
    if (!read) continue;
    let start = new Date(read.window.start);
    let end = new Date(read.window.end);
    if (end.getTime() - start.getTime() <= DAY_MS) {
      const weekday = start.getUTCDay();
      if (weekday === 6) end = new Date(start.getTime() + 2 * DAY_MS);
      else if (weekday === 0) start = new Date(start.getTime() - DAY_MS);
    }
    return windowOf(text.slice(m.index, m.index + m[0].length + day.index + day[0].length), start, end);
  }
  return null;
}

function lastWeekend(text: string, now: Date): ResolvedTimeRange | null {
  const m = LAST_WEEKEND.exec(text);
  if (!m) return null;
  const today = startOfUtcDay(now);
  const said = m[0].trim().toLowerCase();
  const day = today.getUTCDay();
  if (m[1] === undefined && (day === 6 || day === 0)) {
    const saturday = new Date(today.getTime() - (day === 0 ? DAY_MS : 0));
    return windowOf(said, saturday, now);
  }
  // "this weekend" on a weekday: left to the other readers.
  if (/^this\b/.test(said)) return null;
  const monday = new Date(today.getTime() - ((day + 6) % 7) * DAY_MS);
  return windowOf(said, new Date(monday.getTime() - 2 * DAY_MS), monday);
}

/** The hours (UTC) a part of the day spans: morning to noon, afternoon to six, evening to midnight, a night into the next day. */
const DAY_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  morning: [0, 12],
  afternoon: [12, 18],
  evening: [18, 24],
  night: [18, 30],
};
const HOUR_MS = 3_600_000;
/**
 * "this morning", "earlier this afternoon", "so far this evening": a part of today. Read after every other reader: a
 * span said outright ("… this morning, for the past 12 hours") is the window, the part of the day only says when.
 */
const THIS_PART = /\b(?:earlier\s+|so\s+far\s+)?this\s+(morning|afternoon|evening)\b/i;
/** "yesterday afternoon", "yesterday evening", "last night", "overnight": a part of a day said with the day. */
const DAY_AND_PART =
  /\b(?:(yesterday|yday)\s+(morning|afternoon|evening|night)|(last|over)\s*(night)|(?:(?:last|on|this\s+past)\s+)?(sun|mon|tue|wed|thu|fri|sat)[a-z]{0,6}\s+(morning|afternoon|evening|night))\b/i;
/** Weekdays by their first three letters, as `getUTCDay` numbers them. */
const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
/** A time of day just before the part of the day named ("6 ", "7:30am "). */
const CLOCK_BEFORE = /\d(?::[0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?\s+$/i;

/** The window of a part of the day `daysBack` days ago, up to now at most; null when it has not begun. */
function dayPart(said: string, part: string, daysBack: number, now: Date): ResolvedTimeRange | null {
  const [from, to] = DAY_PARTS[part.toLowerCase()]!;
  const day = startOfUtcDay(now).getTime() - daysBack * DAY_MS;
  const start = day + from * HOUR_MS;
  if (start >= now.getTime()) return null;
  return windowOf(said.trim().toLowerCase(), new Date(start), new Date(Math.min(day + to * HOUR_MS, now.getTime())));
}

function thisPartOfDay(text: string, now: Date): ResolvedTimeRange | null {
  const m = THIS_PART.exec(text);
  // "since 6 this morning": a time of day said with it is the clock's (sinceTimeOfDay), not the morning's.
  if (!m || CLOCK_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
  return dayPart(`this ${m[1]!}`, m[1]!, 0, now);
}

function partOfDaySaid(text: string, now: Date): ResolvedTimeRange | null {
  const m = DAY_AND_PART.exec(text);
  if (!m || CLOCK_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
  // "last friday afternoon", "tuesday morning": the latest such weekday before today.
  const weekday = m[5] === undefined ? undefined : WEEKDAY_NUMBERS[m[5].toLowerCase()];
  const back = weekday === undefined ? 1 : (now.getUTCDay() - weekday + 7) % 7 || 7;
  return dayPart(m[0], m[2] ?? m[4] ?? m[6]!, back, now);
}

/**
 * "the week before last", "wk before last", "the quarter before last", "month before last": the whole calendar period
 * (UTC, weeks from Monday) before the previous one.
 */
const PERIOD_BEFORE_LAST = /\b(?:the\s+)?(week|wk|month|mth|quarter|qtr|year|yr)\s+before\s+last\b/i;

function periodBeforeLast(text: string, now: Date): ResolvedTimeRange | null {
  const m = PERIOD_BEFORE_LAST.exec(text);
  if (!m) return null;
  const unit = m[1]!.toLowerCase();
  const period = `last calendar ${PERIOD_ABBREVIATIONS[unit] ?? unit}`;
  const previous = previousCalendarPeriod(period, now);
  const before = previous ? previousCalendarPeriod(period, new Date(previous.window.start)) : null;
  if (!before) return null;
  return windowOf(m[0].trim().toLowerCase(), new Date(before.window.start), new Date(before.window.end));
}

/**
 * "last 24 hours", "past 7d", "lst 24 hrs", "last 2 wks", "previous 3 days", "last week": a span up
 * to now. "Last week" is the 7 days up to now (rolling, as a log search means it); "last month" is the
 * previous calendar month (`previousCalendarPeriod`).
 */
const RELATIVE = new RegExp(
  `(?<!\\b(?:my|his|her|their|our|your)\\s+|'s\\s+)\\b(?:last|lst|past|previous|prev|prior|recent)\\s+(?:(${NUMBER_PATTERN})\\s*)?(${UNIT_PATTERN}|quarter)\\b`,
  'i',
);

/**
 * "since three days", "since 2 weeks" (said for "for the past …"): a counted span up to now. The count
 * is required, and "ago" after it is the same window.
 */
const SINCE_COUNT = new RegExp(`\\bsince\\s+(${NUMBER_PATTERN})\\s*(${UNIT_PATTERN})\\b`, 'i');

function relativeSpan(text: string, now: Date): ResolvedTimeRange | null {
  const m = RELATIVE.exec(text) ?? SINCE_COUNT.exec(text);
  if (!m) return null;
  const unit = m[2]!;
  if (m[1] === undefined && unit.length < 3) return null;
  const amount = m[1] === undefined ? 1 : readNumber(m[1]);
  if (amount === null || amount <= 0) return null;
  const seconds = /^quarter$/i.test(unit) ? amount * 91 * 86_400 : countedSeconds(amount, unit);
  if (seconds === null) return null;
  const span = Math.min(seconds * 1000, now.getTime());
  return windowOf(m[0].trim(), new Date(now.getTime() - span), now);
}

/**
 * "over 36h", "within 12 hrs", "in 10 days", "during 3 weeks": a counted span up to now said without
 * "last"/"past". A bare letter unit must touch its count ("36h"); after "over", "m" and "s" are no units
 * ("over 5m" is a money or row count).
 */
const BARE_SPAN = new RegExp(
  `\\b(over|within|in|during|throughout)\\s+(?:the\\s+)?(${NUMBER_PATTERN})(?:\\s*(${UNIT_PATTERN.replace('|[smhdwy]', '')})|([smhdwy]))\\b`,
  'gi',
);

/** After the span, words that make it an age, a delay or a span relative to an event, not a window. */
const AFTER_THRESHOLD =
  /^\s*(?:old|older|overdue|late|later|long|longer|ago|stale|idle|behind|early|earlier|before|after|of|past\s+due|from\s+now|'?\s*time|out|ahead|apart|between|or\s+(?:more|longer|less)|buckets?|bins?|intervals?|increments?|slices?|chunks?|windows?|blocks?|steps?|granularity|resolution)\b/i;

/**
 * Before the span, words that make it a threshold on an age or a duration ("open over 7 days", "sessions over
 * 2 hours", "expires in 5 days"), a count of units ("more than 3 days"), or inactivity ("not in 30 days").
 */
const BEFORE_THRESHOLD =
  /\b(?:open|opened|running|ran|run|runs|lasting|lasted|lasts|last|took|take|takes|taking|idle|pending|unresolved|unpatched|stale|older|aged?|age|overdue|late|duration|elapsed|been|expires?|expired|expiring|due|renews?|renewal|not|never|no|without|inactive|dormant|active|sessions?|calls?|connections?|passwords?|certs?|certificates?|secrets?|keys?|tokens?|jobs?|queries|query|meetings?|processes|builds?|tasks?|outages?|downtime|latency|uptime|times?|waits?|waiting|sla|more|less|than|about|every|each|per|once|twice)\s+(?:(?:for|that|which|are|were|is|was|have|has|had|been)\s+){0,2}$/i;

/** A negation a few words before the span: inactivity ("have not signed in over 30 days"), no window. */
const NEGATED_BEFORE = /(?:\b(?:not|never|without)|n't)\s+(?:[\w-]+\s+){0,3}$/i;

/** A unit written out in the singular ("minute"), which after a count above one names a size ("15 minute"). */
const SINGULAR_UNIT = /^(?:second|minute|hour|day|week|fortnight|month|year)$/i;

function bareSpan(text: string, now: Date): ResolvedTimeRange | null {
  for (const m of allMatches(text, BARE_SPAN)) {
    const unit = m[3] ?? m[4]!;
    if (/^over$/i.test(m[1]!) && /^[ms]$/i.test(unit)) continue;
    const end = m.index + m[0].length;
    if (AFTER_THRESHOLD.test(text.slice(end, end + 16))) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (BEFORE_THRESHOLD.test(before) || NEGATED_BEFORE.test(before)) continue;
    const amount = readNumber(m[2]!);
    const seconds = amount === null ? null : countedSeconds(amount, unit);
    // "in 15 minute steps": a count with a singular unit is a size, not a span.
    if (amount === null || seconds === null || amount <= 0 || (amount !== 1 && SINGULAR_UNIT.test(unit))) continue;
    const span = Math.min(seconds * 1000, now.getTime());
    const range = windowOf(
      `last ${m[2]!.trim()} ${unit}`.replace(/\s+(?=[hdw]$)/i, ''),
      new Date(now.getTime() - span),
      now,
    );
    return { ...range, window: { ...range.window, expression: m[0].trim() } };
  }
  return null;
}

/**
 * A span said alone at an edge of the question, set off from it ("… by host and user, 48h", "90 mins - blocked
 * requests by user", "… per host 2d?"): a window up to now. Written out or compact ("36h", "2 days"); a tail of a
 * few words may follow it ("48h (splunk)", "2d in the proxy logs", "36h splunk").
 */
/** A store named after the question's span ("… 2d splunk"). */
const STORE_WORD = String.raw`(?:splunk|spl|kql|kusto|sentinel|defender|sql|postgres|the\s+db)\b`;
const EDGE_SPAN_END = new RegExp(
  String.raw`(?:^|[\s,;:(])(\d{1,4})\s*(${UNIT_PATTERN})\s*[)?.!]*\s*(?:(?:[,(\u2013\u2014-]|\b(?:in|on|via|using|from)\b)\s*[a-z][a-z ]{0,24}?[\s)?.!]*|\s+${STORE_WORD}[\s?.!]*)?$`,
  'i',
);
const EDGE_SPAN_START = new RegExp(
  String.raw`^\s*(?:last\s+|past\s+)?(\d{1,4})(?:\s*(${UNIT_PATTERN.replace('|[smhdwy]', '')})\s*[:,;\u2013\u2014-]|([mhdw])(?:\s*[:,;\u2013\u2014-]|\s+(?=[a-z])))`,
  'i',
);
/**
 * A compact span set off inside the question by a comma after it ("… on GF-* hosts, 72h, top 10", "hits 30d, both
 * stores"): a window up to now, as at an edge. The unit is written out or one letter glued to its count.
 */
const SET_OFF_SPAN = new RegExp(
  String.raw`(?:[,;:(]\s*|\s)(\d{1,4})(?:\s*(${UNIT_PATTERN.replace('|[smhdwy]', '')})|([hdw]))\s*(?=[,;)])`,
  'i',
);

/**
 * Before an edge span, words that make it a bound, a size or a state's length rather than a window ("longer than 2h",
 * "by 1h", "stuck 2h"), or an absence ("no logon 30d").
 */
const BEFORE_BOUND =
  /(?:\b(?:over|under|above|below|beyond|exceed(?:s|ed|ing)?|least|most|than|by|per|every|each|up\s+to|upto|stuck|hung|hanging|down|offline|unreachable|paused|queued|silent|quiet)|[<>=≥≤])\s*$|\bno\s+(?:[\w-]+\s+){0,2}$/i;

/** A preposition said before a span ("expires in 30 days", "idle for 2h"): the words before it say what the span is. */
const SPAN_PREPOSITION = /\b(?:in|within|for|during|over|throughout)\s+(?:the\s+)?$/i;

function edgeSpan(text: string, now: Date): ResolvedTimeRange | null {
  const m = EDGE_SPAN_START.exec(text) ?? EDGE_SPAN_END.exec(text) ?? SET_OFF_SPAN.exec(text);
  if (!m) return null;
  const unit = m[2] ?? m[3]!;
  // A lone "s" or "y" is seldom a unit at an edge ("top 10 s"); "5m" after a money word is no span either (BEFORE_BOUND).
  if (/^[sy]$/i.test(unit)) return null;
  const count = m.index + m[0].indexOf(m[1]!, m[0].search(/\d/));
  const end = count + m[1]!.length + (text.slice(count + m[1]!.length).match(/^\s*/)?.[0].length ?? 0) + unit.length;
  if (AFTER_THRESHOLD.test(text.slice(end, end + 16))) return null;
  const said = text.slice(Math.max(0, count - 40), count);
  const before = said.replace(SPAN_PREPOSITION, '');
  if ([said, before].some((t) => BEFORE_BOUND.test(t)) || BEFORE_THRESHOLD.test(before) || NEGATED_BEFORE.test(before))
    return null;
  const amount = Number(m[1]);
  const seconds = countedSeconds(amount, unit);
  if (seconds === null || amount <= 0 || (amount !== 1 && SINGULAR_UNIT.test(unit))) return null;
  const span = Math.min(seconds * 1000, now.getTime());
  const range = windowOf(`last ${amount} ${unit}`.replace(/\s+(?=[hdw]$)/i, ''), new Date(now.getTime() - span), now);
  return { ...range, window: { ...range.window, expression: text.slice(count, end) } };
}

/**
 * "in 2025", "during 2024", "for the year 2025", "across the whole of 2024", "calendar year 2025", "CY2025": that
 * calendar year (not "fiscal year 2026", a column's value).
 */
const YEAR =
  /\b(?:(?:in|during|for|throughout|of|across)\s+(?:the\s+)?(?:(?:calendar|full|whole|entire)\s+)?(?:year\s+|whole\s+of\s+)?|calendar\s+year\s+|CY\s?)((?:19|20)\d\d)\b(?![-/.:]\d)/i;

/** "Q3 2026", "Q1 of 2025", "in Q2" (this year's), "q4 2025" (lower case only with its year): a calendar quarter. */
const QUARTER = /\b(?:Q([1-4])|q([1-4])(?=\s+(?:of\s+)?(?:19|20)\d\d\b))(?:\s+(?:of\s+)?((?:19|20)\d\d))?\b/;

function calendarQuarter(text: string, now: Date): ResolvedTimeRange | null {
  const m = QUARTER.exec(text);
  if (!m) return null;
  const quarter = Number(m[1] ?? m[2]);
  const year = m[3] ? Number(m[3]) : now.getUTCFullYear();
  const start = new Date(Date.UTC(year, (quarter - 1) * 3, 1));
  if (start.getTime() >= now.getTime()) return null;
  const end = new Date(Math.min(Date.UTC(year, quarter * 3, 1), now.getTime()));
  return windowOf(m[0], start, end);
}

/**
 * "H1 2026", "h2 2025", "in H2" (this year's), "the first half of 2025", "second half of the year": a half year.
 * A bare "H1" without a year or an "in"/"during" before it is no time (a heading, a host).
 */
const HALF_YEAR =
  /\b(?:[Hh]([12])\s+(?:of\s+)?((?:19|20)\d\d)|(?<=\b(?:in|during|for|over|across|through|throughout)\s+(?:the\s+)?)H([12])|(first|1st|second|2nd)\s+half\s+of\s+(?:(?:the|this)\s+year|((?:19|20)\d\d)))\b/;

function calendarHalf(text: string, now: Date): ResolvedTimeRange | null {
  const m = HALF_YEAR.exec(text);
  if (!m) return null;
  const numbered = m[1] ?? m[3];
  const half = numbered ? Number(numbered) : /^(?:first|1st)$/i.test(m[4]!) ? 1 : 2;
  const yearSaid = m[2] ?? m[5];
  const year = yearSaid ? Number(yearSaid) : now.getUTCFullYear();
  const start = new Date(Date.UTC(year, (half - 1) * 6, 1));
  if (start.getTime() >= now.getTime()) return null;
  const end = new Date(Math.min(Date.UTC(year, half * 6, 1), now.getTime()));
  return windowOf(m[0], start, end);
}

function calendarYear(text: string, now: Date): ResolvedTimeRange | null {
  const m = YEAR.exec(text);
  if (!m || /\bfiscal\s+(?:year\s+)?$/i.test(text.slice(Math.max(0, m.index - 12), m.index + m[0].length - 4)))
    return null;
  const year = Number(m[1]);
  const start = new Date(Date.UTC(year, 0, 1));
  if (start.getTime() >= now.getTime()) return null;
  const end = new Date(Math.min(Date.UTC(year + 1, 0, 1), now.getTime()));
  return windowOf(m[0].trim(), start, end);
}

/**
 * A part of a period said by its place in it: "the first week of October", "the last 10 days of September", "the second
 * half of last year", "the third quarter of 2025", "the first quarter" (this year's). The period is read on its own.
 */
const PART_OF_PERIOD = new RegExp(
  String.raw`\b(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last|final|opening|closing)\s+(?:(${NUMBER_PATTERN})\s+)?(days?|weeks?|half|quarter|months?)\b(?:\s+of\s+((?:the\s+)?(?:(?:this|last|previous|past|prior)\s+(?:year|month|quarter)|(?:19|20)\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}(?:\s+(?:19|20)\d\d)?|year|month|quarter)))?`,
  'i',
);
/** Which part, counted from the start (1, 2, …) or from the end (-1). */
const PLACE: Readonly<Record<string, number>> = lookupTable({
  first: 1,
  '1st': 1,
  opening: 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  last: -1,
  final: -1,
  closing: -1,
});

/** Adds whole calendar months (UTC) to the start of a month. */
function plusMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
}

function partOfPeriod(text: string, now: Date): ResolvedTimeRange | null {
  const m = PART_OF_PERIOD.exec(text);
  if (!m) return null;
  const place = PLACE[m[1]!.toLowerCase()]!;
  const unit = m[3]!.toLowerCase().replace(/s$/, '');
  const count = m[2] ? readNumber(m[2]) : 1;
  if (count === null || count < 1 || count > 366 || (m[2] && (unit === 'half' || unit === 'quarter'))) return null;
  // "the first quarter" alone is this year's; "the first week" alone is no part of anything said.
  // "the last quarter", "the last 2 months" are spans back from now, read elsewhere.
  const periodSaid = m[4] ?? (place > 0 && !m[2] && (unit === 'quarter' || unit === 'half') ? 'this year' : undefined);
  if (!periodSaid) return null;
  const period = /^(?:the\s+)?(?:year|month|quarter)$/i.test(periodSaid)
    ? resolveTimeRange(`this ${periodSaid.replace(/^the\s+/i, '')}`, now)
    : resolveTimeRange(`in ${periodSaid}`, now);
  if (!period) return null;
  const said = new Date(period.window.start);
  // The whole period, from its calendar start to its own end (not now): "the last week of this month" is its last seven days.
  const months = /year|^(?:the\s+)?\d{4}$/i.test(periodSaid.trim()) ? 12 : /quarter/i.test(periodSaid) ? 3 : 1;
  const from = new Date(
    Date.UTC(said.getUTCFullYear(), months === 12 ? 0 : said.getUTCMonth() - (said.getUTCMonth() % months), 1),
  );
  const periodEnd = plusMonths(from, months);
  let start: Date;
  let end: Date;
  if (unit === 'half' || unit === 'quarter' || unit === 'month') {
    const length = unit === 'half' ? 6 : unit === 'quarter' ? 3 : count;
    const parts = Math.floor(months / length);
    if (parts < 1 || Math.abs(place) > parts) return null;
    start = plusMonths(from, (place > 0 ? place - 1 : parts - 1) * length);
    end = plusMonths(start, length);
  } else {
    const span = count * (unit === 'week' ? 7 : 1) * DAY_MS;
    if (place !== 1 && place !== -1) return null;
    start = place === 1 ? from : new Date(periodEnd.getTime() - span);
    end = place === 1 ? new Date(from.getTime() + span) : periodEnd;
  }
  if (start.getTime() >= now.getTime()) return null;
  return datedWindow(m[0], start, new Date(Math.min(end.getTime(), now.getTime())));
}

/**
 * A window said in words whose ends are dates ("the first week of October"): described by its dates, so no agent reads
 * a word of it ("last", "year") as a span back from now; the words said stay its expression.
 */
function datedWindow(said: string, start: Date, end: Date): ResolvedTimeRange {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const range = windowOf(`between ${day(start)} and ${day(end)}`, start, end);
  return { ...range, window: { ...range.window, expression: said.trim() } };
}

/** "the past 3 full months", "last 2 complete weeks": whole calendar months (or Monday weeks) before the current one. */
const FULL_PERIODS = new RegExp(
  String.raw`\b(?:the\s+)?(?:past|last|previous|prior)\s+(${NUMBER_PATTERN})\s+(?:full|complete|whole|entire|calendar)\s+(months?|weeks?)\b`,
  'i',
);

function fullPeriods(text: string, now: Date): ResolvedTimeRange | null {
  const m = FULL_PERIODS.exec(text);
  if (!m) return null;
  const count = readNumber(m[1]!);
  if (count === null || count < 1 || count > 120) return null;
  const today = startOfUtcDay(now);
  if (/^month/i.test(m[2]!)) {
    const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
    return datedWindow(m[0], plusMonths(end, -count), end);
  }
  const end = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * DAY_MS);
  return datedWindow(m[0], new Date(end.getTime() - count * 7 * DAY_MS), end);
}

/** A weekday's name or short form, captured by its first three letters. */
const WEEKDAY_NAME = String.raw`(mon|tue|wed|thu|fri|sat|sun)(?:s|nes|rs?|ur)?(?:day)?`;
/**
 * A range of weekdays ("between Monday and Wednesday", "tue through thu last week"): the days whole, of this week (the
 * latest run of them that has begun) or of the week said.
 */
const WEEKDAY_RANGE = new RegExp(
  String.raw`\b(?:(?:between|from)\s+)?${WEEKDAY_NAME}\s*(?:and|to|through|thru|till|until|-|\u2013)\s*${WEEKDAY_NAME}\b(?:\s+(?:of\s+)?(last|previous|prior|this)\s+week\b)?`,
  'i',
);

/** "on Thursday last week", "tue of the previous week", "this week's Friday": one weekday of the week said, whole. */
const WEEKDAY_OF_WEEK = new RegExp(
  String.raw`\b${WEEKDAY_NAME}\s+(?:of\s+)?(?:the\s+)?(last|previous|prior|this)\s+week\b|\b(last|previous|prior|this)\s+week'?s\s+${WEEKDAY_NAME}\b`,
  'i',
);

/** Weekdays said as a range or one of them with its week: the words, the first and last day, the week said. */
interface WeekdaysSaid {
  readonly said: string;
  readonly first: string;
  readonly last: string;
  readonly week: string | undefined;
}

function weekdaysOfWeek(text: string): WeekdaysSaid | null {
  const range = WEEKDAY_RANGE.exec(text);
  if (range) return { said: range[0], first: range[1]!, last: range[2]!, week: range[3] };
  const one = WEEKDAY_OF_WEEK.exec(text);
  const day = one ? (one[1] ?? one[4]!) : null;
  return one && day ? { said: one[0], first: day, last: day, week: one[2] ?? one[3] } : null;
}

function weekdayRange(text: string, now: Date): ResolvedTimeRange | null {
  const m = weekdaysOfWeek(text);
  if (!m) return null;
  const first = WEEKDAY_NUMBERS[m.first.toLowerCase()]!;
  const last = WEEKDAY_NUMBERS[m.last.toLowerCase()]!;
  const today = startOfUtcDay(now);
  // Monday-based weeks: the days since this week's Monday.
  const monday = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * DAY_MS);
  const offset = (day: number) => (day + 6) % 7;
  let start = new Date(monday.getTime() + offset(first) * DAY_MS);
  const week = m.week?.toLowerCase();
  if ((week && week !== 'this') || (!week && start.getTime() > now.getTime()))
    start = new Date(start.getTime() - 7 * DAY_MS);
  if (start.getTime() > now.getTime()) return null;
  const end = new Date(start.getTime() + (((offset(last) - offset(first) + 7) % 7) + 1) * DAY_MS);
  return datedWindow(m.said, start, new Date(Math.min(end.getTime(), now.getTime())));
}

/** "from Nov 3rd onwards", "starting 1 October and after": since the date said. */
const ONWARDS =
  /\b(?:from|starting(?:\s+(?:from|on))?|beginning)\s+([^.?!;]{1,30}?)\s+(?:onwards?|and\s+(?:after|later|since)|or\s+later)\b/i;

function sinceOnwards(text: string, now: Date): ResolvedTimeRange | null {
  const m = ONWARDS.exec(text);
  if (!m || /\b(?:since|onwards?)\b/i.test(m[1]!)) return null;
  const since = resolveTimeRange(`since ${m[1]}`, now);
  if (!since || !/^since\b/i.test(since.description)) return null;
  return { ...since, window: { ...since.window, expression: m[0].trim() } };
}

/** chrono-node's casual words that are usually no time in a question: "may" (the verb), "now", "sun", "sat", "second". */
const NOT_A_TIME =
  /^(?:may|now|sun|sat|wed|mar|second|jan|jun|aug|sep|oct|nov|dec|feb|apr|jul|mon|tue|thu|fri|march|a\s+second)$/;

/**
 * A weekday's short name ("mon", "tue") right after a word that takes a day ("since mon", "from tue", "on sat"): the
 * day, though alone the word is usually none.
 */
const WEEKDAY_SHORT = /^(?:mon|tue|wed|thu|fri|sat|sun)$/i;
const DAY_WORD_BEFORE = /\b(?:since|from|on|until|till|before|after|last|this|past|starting)\s+$/i;

/** Whether chrono's reading is a time: not a casual word (see {@link NOT_A_TIME}) unless a day is said so. */
function isTimeSaid(text: string, result: chrono.ParsedResult): boolean {
  const said = result.text.trim();
  if (!NOT_A_TIME.test(said)) return true;
  return WEEKDAY_SHORT.test(said) && DAY_WORD_BEFORE.test(text.slice(Math.max(0, result.index - 12), result.index));
}

/** Text between two dates that makes them one range: "between X and Y", "from X to Y", "X - Y". */
const RANGE_JOIN = /^\s*(?:and|to|until|till|through|thru|-|–|—)\s*$/i;

/** A month's name or its abbreviation ("Nov", "November", "Sept."). */
const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?`;

/**
 * "since 1 Nov", "since October 3rd", "since 2026-09-14": a date said with its month as the start of the window, which
 * chrono reads. Said before a period of the other readers ("… since 1 Nov. She resigned last week"), it is the window.
 */
const SINCE_DATED = new RegExp(
  String.raw`\bsince\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAME}|${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?\b|(?:19|20)\d\d-\d{1,2}-\d{1,2})`,
  'i',
);

/**
 * "since then", "since that date", "after that (day)", "from then on", a "since" that ends its clause ("logged in
 * since?"): back to a date said before it.
 */
const SINCE_THEN_SOURCE = String.raw`\b(?:since(?=\s*(?:$|[?!.,;]))|since\s+(?:then|that(?:\s+(?:date|day|time))?)|after\s+that(?:\s+(?:date|day))?|from\s+(?:that\s+(?:date|day)|then\s+on(?:wards?)?))\b`;
const SINCE_THEN = new RegExp(SINCE_THEN_SOURCE, 'i');

/**
 * "since the 1st", "from the 15th on", "starting the 3rd", "since the first?": a day of the month said without its
 * month (a month's name after it, or a range, is chrono's to read). The day is this month's, or last month's while this month's
 * is still ahead ("since the 28th" said on the 10th).
 */
const SINCE_DAY_OF_MONTH = new RegExp(
  String.raw`\b(?:since|from|starting(?:\s+(?:on|from))?)\s+(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|the\s+(first)(?=\s*(?:$|[?!.,;)]|[-\u2013\u2014]\s)))\b(?!\s*(?:of\s+)?${MONTH_NAME}|\s+of\s+(?!(?:the|this)\s+month\b)|\s*(?:and|to|until|till|through|thru|-|–)\s*(?:the\s+)?\d)(?:\s+of\s+(?:the|this)\s+month\b)?`,
  'i',
);
const LAST_DAY_OF_MONTH = 31;

/**
 * "left on the 20th - any sign-ins since then?": a day of the month said without its month, that a later "since
 * then" goes back to (a month's name after it is chrono's to read).
 */
const DAY_OF_MONTH_THEN = new RegExp(
  String.raw`\b(?:on|was)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?${MONTH_NAME}|\s+of\s+(?!(?:the|this)\s+month\b)|\s*(?:and|to|until|till|through|thru|-|–)\s*(?:the\s+)?\d)(?=[\s\S]*?${SINCE_THEN_SOURCE})`,
  'i',
);

function sinceDayOfMonth(text: string, now: Date): ResolvedTimeRange | null {
  const since = SINCE_DAY_OF_MONTH.exec(text);
  const m = since ?? DAY_OF_MONTH_THEN.exec(text);
  if (!m) return null;
  const day = m[2] ? 1 : Number(m[1]);
  if (day < 1 || day > LAST_DAY_OF_MONTH) return null;
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - (day > now.getUTCDate() ? 1 : 0);
  const start = new Date(Date.UTC(year, month, day));
  // A day the month has not ("since the 31st" after a 30-day month): none rather than a day of the next month.
  if (start.getUTCDate() !== day || start.getTime() >= now.getTime()) return null;
  if (since) return windowOf(m[0].trim().toLowerCase(), start, now);
  // Said as the day a later "since then" goes back to: a window from it, found where the day is said.
  const range = windowOf(`since ${m[0].trim().replace(/^\w+\s+/, '')}`, start, now);
  return { ...range, window: { ...range.window, expression: m[0].trim() } };
}

/**
 * "between 1 and 15 March 2026", "from 3 to 9 Feb", "1-15 March", "the 2nd and the 8th of May": days that share one
 * month (and year).
 */
const SHARED_MONTH = new RegExp(
  String.raw`\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(\s*(?:and|to|until|till|through|thru|-|–)\s*)(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAME}(?:,?\s+(?:19|20)\d\d)?)\b`,
  'gi',
);

/**
 * A day said with its month's name, alone or as a range: "16 November 2026", "the 3rd of May", "Mar 3-9",
 * "between 4 and 11 June". Its numbers are the date's, never a value of a column.
 */
const DAY_OF_MONTH = new RegExp(
  String.raw`\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:and|to|until|till|through|thru|-|–)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?${MONTH_NAME}(?:,?\s+(?:19|20)\d\d)?\b|\b${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?\b(?:\s*(?:and|to|until|till|through|thru|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+(?:19|20)\d\d\b)?`,
  'gi',
);

/** The spans of the days a question says with their month's name ("from 3 to 9 March"), in the order said. */
export function daysOfMonthSaid(text: string): Array<[number, number]> {
  return allMatches(text, DAY_OF_MONTH).map((match) => [match.index, match.index + match[0].length]);
}

/**
 * "Mar 4–9", "March 4 - 9th", "between Mar 4 and 9", "Mar 4 to 9, 2026": days that share one month said before them (a second day followed
 * by its own month, or a clock, is no such range).
 */
const MONTH_FIRST_SHARED = new RegExp(
  String.raw`\b(${MONTH_NAME})\s*(\d{1,2})(?:st|nd|rd|th)?(\s*(?:and|to|until|till|through|thru|-|–|—)\s*)(\d{1,2})(?:st|nd|rd|th)?\b(?![:.]\d|\s*(?:am|pm|a\.m\.|p\.m\.|h)\b|\s*(?:of\s+)?${MONTH_NAME})((?:,?\s+(?:19|20)\d\d\b)?)`,
  'gi',
);

/** Whether two numbers are days of a month, in order. */
function daysInOrder(first: string, second: string): boolean {
  return Number(first) >= 1 && Number(first) <= Number(second) && Number(second) <= LAST_DAY_OF_MONTH;
}

/** The days of a shared-month range each with its month, so chrono reads both ends; same length or longer, at the end. */
function withSharedMonth(text: string): string {
  return text
    .replace(SHARED_MONTH, (whole, first: string, join: string, second: string, month: string) =>
      Number(first) >= 1 && Number(first) <= 31 && Number(second) <= 31
        ? `${first} ${month}${/-|–/.test(join) ? ' to ' : join}${second} ${month}`
        : whole,
    )
    .replace(MONTH_FIRST_SHARED, (whole, month: string, first: string, join: string, second: string, year: string) =>
      daysInOrder(first, second)
        ? `${month} ${first}${year}${/[-–—]/.test(join) ? ' to ' : join}${month} ${second}${year}`
        : whole,
    );
}

/** A date written with slashes, day and month in either order, a year maybe after them ("28/10", "02/11/2026"). */
const SLASHED_DATE = /\b(\d{1,2})\/(\d{1,2})(?:\/((?:19|20)?\d\d))?\b(?![/\d])/g;
const MONTHS_A_YEAR = 12;

/**
 * Dates written with slashes, day first, when one of them can only be read so ("28/10 to 02/11"): each with its month's
 * name ("28 oct to 2 nov"), so that chrono reads every one of them day first. Otherwise the text as it is.
 */
function withDayFirstDates(text: string): string {
  const dates = allMatches(text, SLASHED_DATE);
  const dayFirst = dates.some((m) => Number(m[1]) > MONTHS_A_YEAR && Number(m[2]) <= MONTHS_A_YEAR);
  if (!dayFirst) return text;
  return text.replace(SLASHED_DATE, (whole, day: string, month: string, year: string | undefined) => {
    const index = Number(month) - 1;
    if (index < 0 || index >= MONTHS_A_YEAR || Number(day) < 1 || Number(day) > LAST_DAY_OF_MONTH) return whole;
    const fullYear = year === undefined ? '' : ` ${year.length === 2 ? `20${year}` : year}`;
    return `${Number(day)} ${MONTH_INDEX[index]!}${fullYear}`;
  });
}

/** "from" before a day and its month's name ("from 1 Oct"): chrono would read "from 1" as an hour of today. */
const FROM_BEFORE_DAY =
  /\bfrom(?=\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b)/gi;

/** The question with such a "from" blanked out (same length), so chrono reads the day and its month. */
function withoutFromBeforeDay(text: string): string {
  return text.replace(FROM_BEFORE_DAY, '    ');
}

/**
 * "since 6am today", "since 14:30", "from 9 this morning", "since 6pm yesterday": a time of day (said with
 * am/pm, minutes or the day it belongs to; "since 22:00 UTC yesterday": the zone said between them, times being
 * UTC) from which the window runs until now. A time still ahead of now with no day said is yesterday's.
 */
const TIME_OF_DAY =
  /\b(?:since|from|after)\s+(?:(today|yesterday|tonight|last\s+night)\s+(?:at\s+|@\s*)?)?(\d{1,2})(?::([0-5]\d))?\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*(?:utc|gmt)\b)?(?:\s*(today|yesterday|this\s+(?:morning|afternoon|evening)|tonight|last\s+night))?(?![\w:/.-]*\d)/i;

/** "06:00": the UTC time of day of an instant. */
function clockOf(date: Date): string {
  return `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
}

function sinceTimeOfDay(text: string, now: Date): ResolvedTimeRange | null {
  const m = TIME_OF_DAY.exec(text);
  if (!m || (m[3] === undefined && m[4] === undefined && (m[5] === undefined || m[1] !== undefined))) return null;
  const meridiem = m[4]?.toLowerCase().replace(/\./g, '');
  // The day said before the clock ("since yesterday 6pm") or after it ("since 6pm yesterday").
  const day = (m[1] ?? m[5])?.toLowerCase().replace(/\s+/g, ' ');
  let hour = Number(m[2]);
  if (meridiem && (hour < 1 || hour > 12)) return null;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (!meridiem && hour < 12 && /afternoon|evening|night/.test(day ?? '')) hour += 12;
  if (hour > 23) return null;
  const today = startOfUtcDay(now);
  let start = new Date(today.getTime() + hour * 3_600_000 + Number(m[3] ?? 0) * 60_000);
  // "since 2am last night": the night's small hours are today's; its evening ("since 11 last night") is yesterday's.
  const yesterdays = day === 'yesterday' || (day === 'last night' && hour >= NOON_HOUR);
  if (yesterdays || (day === undefined && start.getTime() > now.getTime())) start = new Date(start.getTime() - DAY_MS);
  if (start.getTime() >= now.getTime()) return null;
  // Said as an instant ("since 06:00"), not as the day's period: the agents write its start, not the day's.
  const range = windowOf(`since ${clockOf(start)}`, start, now);
  return { ...range, window: { ...range.window, expression: m[0].trim() } };
}

/** A clock time: an hour with minutes and/or am/pm ("2am", "14:30", "3 pm"); the hour alone when the other end says one. */
const CLOCK = String.raw`(\d{1,2})(?::([0-5]\d))?\s*(am|pm|a\.m\.|p\.m\.)?`;
/**
 * "between 2am and 4am today", "from 13:00 to 15:30 yesterday", "1pm-3pm": two times of one day (today unless
 * another is said), at least one written as a clock time.
 */
const CLOCK_RANGE = new RegExp(
  String.raw`\b(?<![-/.:]\d{0,4})(?:between\s+|from\s+)?${CLOCK}\s*(?:and|to|until|till|-|–)\s*${CLOCK}(?:\s+(?:utc\s+)?(today|yesterday|last\s+night))?(?![\w:/.-]*\d)`,
  'i',
);

/** A date written out: ISO, with slashes, or a month's name. */
const DATE_SAID =
  /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
/** A weekday by its name ("monday", "tues", "Fri"), its first three letters kept. */
const WEEKDAY_SAID = /\b(mon|tue|wed|thu|fri|sat|sun)(?:s|nes|rs?|ur)?(?:day)?\b/i;
const WEEKDAYS_SAID = new RegExp(WEEKDAY_SAID.source, 'gi');

/** How many weekdays a question names (two name a range of days). */
function weekdaysSaid(text: string): number {
  return allMatches(text, WEEKDAYS_SAID).length;
}
/** "yesterday between 1pm and 3pm", "today from 9 to 11", "from 6 to 8 this morning": the day said elsewhere. */
const DAY_BEFORE = /\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|last\s+night)\b/i;
/** How a range of bare hours opens ("between 6 and 8", "from 1 to 3"). */
const RANGE_OPENER = /^(?:between|from)\s/i;
/** A day of the month said by its ordinal ("on the 24th", "the 3rd"). */
const ORDINAL_DAY = /\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b/i;
/**
 * One day written with its month ("23 Nov", "Nov 23rd", "the 5th of March", "2026-11-23"), a year maybe after it:
 * day, month name, year (written day first); or month name, day, year; or the ISO parts.
 */
const DAY_AND_MONTH = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAME})(?:,?\s+((?:19|20)\d\d))?(?![\w:/-])` +
    String.raw`|\b(${MONTH_NAME})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d\d))?(?![\w:/.-]*\d)` +
    String.raw`|\b((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\b`,
  'gi',
);
const MONTH_INDEX = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** The words that may follow days of the month said alone ("… to the 9th and …", "… to the 9th?"): no noun they count. */
const AFTER_LONE_DAY = String.raw`(?=\s*(?:$|[?!.,;:)]|[-\u2013\u2014]\s|(?:and|or|at|from|between|for|by|in|on|with|where|when|who|which|that|to|until|till|of\s+(?:the|this)\s+month)\b))`;

/** Another month's name or "of" some other thing after a day of the month: not a day of this month alone. */
const NOT_THIS_MONTH = String.raw`(?!\s*(?:of\s+)?${MONTH_NAME}|\s+of\s+(?!(?:the|this)\s+month\b))`;

/** "from the 2nd to the 6th", "between the 2nd and 6th": days of one month said without its month's name. */
const DAYS_OF_MONTH_RANGE = new RegExp(
  String.raw`\b(?:from|between)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\s*(?:and|to|until|till|through|thru|-|–|—)\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b${NOT_THIS_MONTH}${AFTER_LONE_DAY}`,
  'i',
);

/**
 * A range of days of the month said without its month ("from the 2nd to the 6th"): whole days of this month (up to now),
 * or of last month while the first of them is still ahead. One such day alone ("on the 9th") names no window.
 */
function daysOfMonthRange(text: string, now: Date): ResolvedTimeRange | null {
  const m = DAYS_OF_MONTH_RANGE.exec(text);
  if (!m) return null;
  const first = Number(m[1]);
  const last = Number(m[2]);
  if (first < 1 || last < first || last > LAST_DAY_OF_MONTH) return null;
  const month = now.getUTCMonth() - (first > now.getUTCDate() ? 1 : 0);
  const start = new Date(Date.UTC(now.getUTCFullYear(), month, first));
  const after = new Date(Date.UTC(now.getUTCFullYear(), month, last + 1));
  // A day the month has not ("on the 31st" of a 30-day month): none rather than a day of the next month.
  if (start.getUTCDate() !== first || new Date(after.getTime() - DAY_MS).getUTCDate() !== last) return null;
  const end = after.getTime() > now.getTime() ? now : after;
  const range = windowOf(`${start.toISOString().slice(0, 10)} to ${end.toISOString().slice(0, 10)}`, start, end);
  return { ...range, window: { ...range.window, expression: m[0].trim() } };
}

/**
 * "last October", "previous March", "since last June": the latest whole month of that name before this one (the same
 * month's name said in it is last year's), or from its start up to now after "since".
 */
const LAST_NAMED_MONTH = new RegExp(
  String.raw`\b(since\s+)?(?:last|previous|prev|prior)\s+(${MONTH_NAME})(?!\s*\d)`,
  'i',
);

function lastNamedMonth(text: string, now: Date): ResolvedTimeRange | null {
  const m = LAST_NAMED_MONTH.exec(text);
  if (!m) return null;
  const month = MONTH_INDEX.indexOf(m[2]!.slice(0, 3).toLowerCase());
  if (month < 0) return null;
  const year = now.getUTCFullYear() - (month < now.getUTCMonth() ? 0 : 1);
  const start = new Date(Date.UTC(year, month, 1));
  const day = start.toISOString().slice(0, 10);
  const end = new Date(Date.UTC(year, month + 1, 1));
  const range = m[1]
    ? windowOf(`since ${day}`, start, now)
    : windowOf(`${day} to ${end.toISOString().slice(0, 10)}`, start, end);
  return { ...range, window: { ...range.window, expression: m[0].trim() } };
}

/**
 * The one day a question names with its month, the latest such day up to today when no year is said; null when it
 * names none or more than one (a range of dates is chrono's).
 */
function oneDaySaid(text: string, now: Date): Date | null {
  const found = allMatches(text.slice(0, 1_000), DAY_AND_MONTH);
  if (found.length !== 1) return null;
  const m = found[0]!;
  const monthWord = (m[2] ?? m[4])?.slice(0, 3).toLowerCase();
  const month = m[8] ? Number(m[8]) - 1 : MONTH_INDEX.indexOf(monthWord ?? '');
  const date = Number(m[1] ?? m[5] ?? m[9]);
  const year = Number(m[3] ?? m[6] ?? m[7] ?? 0);
  if (month < 0 || month > 11 || date < 1 || date > LAST_DAY_OF_MONTH) return null;
  const on = (y: number) => new Date(Date.UTC(y, month, date));
  if (year) return on(year);
  const thisYear = on(now.getUTCFullYear());
  return thisYear.getTime() > now.getTime() ? on(now.getUTCFullYear() - 1) : thisYear;
}

/** Two instants written out in full ("between 2026-11-20 22:00 and 2026-11-21 06:00", "from 2026-03-01T08:00 to …"). */
const ISO_INSTANT = String.raw`((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?:[ T]+|\s+at\s+)(\d{1,2}):([0-5]\d)(?::[0-5]\d)?`;
const INSTANT_RANGE = new RegExp(
  String.raw`\b(?:between|from)?\s*${ISO_INSTANT}\s*(?:z|utc)?\s*(?:and|to|until|till|through|thru|-|–)\s*${ISO_INSTANT}\s*(?:z|utc)?`,
  'i',
);

/** The window between two instants written out in full, in UTC; null when there are none or they are out of order. */
function instantRange(text: string): ResolvedTimeRange | null {
  const m = INSTANT_RANGE.exec(text);
  if (!m) return null;
  const at = (i: number) =>
    new Date(Date.UTC(Number(m[i]), Number(m[i + 1]) - 1, Number(m[i + 2]), Number(m[i + 3]), Number(m[i + 4])));
  const start = at(1);
  const end = at(6);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end.getTime() <= start.getTime()) return null;
  const range = windowOf(`between ${start.toISOString()} and ${end.toISOString()}`, start, end);
  return { ...range, window: { ...range.window, expression: m[0].trim() } };
}

/** Day words that name today. */
const TODAY_WORD = /^(?:today|tonight|this\s)/i;
/** A part of the day said with bare hours ("this morning between 6 and 8", "monday afternoon from 1 to 3"): its half. */
const HALF_OF_DAY = /\b(?:(morning)|afternoon|evening|tonight)\b/i;

/** The hour of a clock time (0–23), or null; a bare hour takes the other end's am/pm. */
function clockHour(hour: number, meridiem: string | undefined): number | null {
  const said = meridiem?.toLowerCase().replace(/\./g, '');
  if (said && (hour < 1 || hour > 12)) return null;
  if (said === 'pm' && hour < 12) return hour + 12;
  if (said === 'am' && hour === 12) return 0;
  return hour > 23 ? null : hour;
}

/** A window between two times of one day ("between 2am and 4am today"); null unless one end is a clock time. */
/** The hour a night's small hours end by: before it, "last night" is today's date. */
const NOON_HOUR = 12;

/** "noon", "midday", "midnight": the hours they name, written as a clock (the same length, so places keep). */
function withClockWords(text: string): string {
  return text
    .replace(/\bnoon\b/gi, '12pm')
    .replace(/\bmidday\b/gi, '12pm  ')
    .replace(/\bmidnight\b/gi, '12am    ');
}

/**
 * The day the hours of a clock range are of: a day of the month said ("the 24th") is its latest one; a weekday said
 * ("on monday") is its latest one, last week's when its hours are still ahead today; "today" or "this morning" is
 * today, "yesterday" or "last night" the day before; else today, or yesterday when its hours are still ahead.
 */
function dayOfHours(text: string, m: RegExpExecArray, from: number, now: Date): { day: Date; said: boolean } {
  const today = startOfUtcDay(now);
  const ahead = (day: Date) => day.getTime() + from * 3_600_000 > now.getTime();
  // "between 9am and 5pm on Monday 23 Nov": the day written with its month.
  const written = oneDaySaid(text, now);
  if (written) return { day: written, said: true };
  const date = Number(ORDINAL_DAY.exec(text)?.[1] ?? 0);
  if (date >= 1 && date <= LAST_DAY_OF_MONTH) {
    // The latest such day: this month's, else last month's.
    const thisMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), date));
    const day = ahead(thisMonth)
      ? new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, date))
      : thisMonth;
    return { day, said: true };
  }
  const weekday = WEEKDAY_SAID.exec(text)?.[1];
  if (weekday !== undefined) {
    const back = (now.getUTCDay() - WEEKDAY_NUMBERS[weekday.toLowerCase()]! + 7) % 7;
    const day = new Date(today.getTime() - back * DAY_MS);
    return { day: ahead(day) ? new Date(day.getTime() - 7 * DAY_MS) : day, said: true };
  }
  const dayWord = (m[7] ?? DAY_BEFORE.exec(text)?.[0])?.toLowerCase().replace(/\s+/g, ' ');
  if (TODAY_WORD.test(dayWord ?? '')) return { day: today, said: true };
  // "between 2am and 5am last night": the night's small hours are today's.
  if (dayWord === 'last night' && from < NOON_HOUR) return { day: today, said: true };
  if (dayWord !== undefined) return { day: new Date(today.getTime() - DAY_MS), said: true };
  // Hours still ahead of now, with no day said: the last time they came round, yesterday.
  return { day: ahead(today) ? new Date(today.getTime() - DAY_MS) : today, said: false };
}

/** A clock said with the day it is on, either side of it ("22:00 yesterday", "today at 2am"). */
const DAY_WORD = String.raw`(today|yesterday)`;
const CLOCK_ON_DAY = String.raw`(?:${DAY_WORD}\s+(?:at\s+|@\s*)?${CLOCK}|${CLOCK}\s+(?:on\s+)?${DAY_WORD})`;
/** "between 22:00 yesterday and 02:00 today", "from yesterday 9pm to today 3am": two clocks, each on its own day. */
const CLOCKS_ON_TWO_DAYS = new RegExp(
  String.raw`\b(?:between|from)\s+${CLOCK_ON_DAY}\s*(?:and|to|until|till|through|thru|-|–|—)\s*${CLOCK_ON_DAY}(?![\w:])`,
  'i',
);
/** How many groups one clock said with its day takes in {@link CLOCKS_ON_TWO_DAYS}. */
const CLOCK_ON_DAY_GROUPS = 8;

/** The instant of a clock said with its day (groups from `at`: day, hour, minute, meridiem, or hour, minute, meridiem, day). */
function clockOnDay(m: RegExpExecArray, at: number, now: Date): Date | null {
  const dayFirst = m[at] !== undefined;
  const [day, hour, minute, meridiem] = dayFirst
    ? [m[at], m[at + 1], m[at + 2], m[at + 3]]
    : [m[at + 7], m[at + 4], m[at + 5], m[at + 6]];
  // A bare number with no minutes nor am/pm is no clock ("between 2 yesterday …").
  if (minute === undefined && meridiem === undefined) return null;
  const hours = clockHour(Number(hour), meridiem);
  if (hours === null) return null;
  const back = /^yesterday$/i.test(day!) ? DAY_MS : 0;
  return new Date(startOfUtcDay(now).getTime() - back + hours * HOUR_MS + Number(minute ?? 0) * 60_000);
}

function clocksOnTwoDays(text: string, now: Date): ResolvedTimeRange | null {
  const m = CLOCKS_ON_TWO_DAYS.exec(text);
  if (!m) return null;
  const start = clockOnDay(m, 1, now);
  const end = clockOnDay(m, 1 + CLOCK_ON_DAY_GROUPS, now);
  if (!start || !end || end.getTime() <= start.getTime()) return null;
  const range = windowOf(`between ${start.toISOString()} and ${end.toISOString()}`, start, end);
  return { ...range, window: { ...range.window, expression: m[0].trim() } };
}

function clockRange(said: string, now: Date): ResolvedTimeRange | null {
  const text = withClockWords(said);
  const m = CLOCK_RANGE.exec(text);
  if (!m) return null;
  const half = HALF_OF_DAY.exec(text);
  const bare = m[2] === undefined && m[3] === undefined && m[5] === undefined && m[6] === undefined;
  // Bare numbers are hours only said as a range of the part of the day ("from 6 to 8 this morning"), not "3 to 5 hosts".
  if (bare && (!half || !RANGE_OPENER.test(m[0]))) return null;
  // "between 2 and 4am": the first end said bare is of the same half of the day; bare hours are the half said.
  const halfSaid = bare ? (half![1] ? 'am' : 'pm') : undefined;
  const from = clockHour(Number(m[1]), m[3] ?? (m[2] === undefined ? m[6] : undefined) ?? halfSaid);
  const to = clockHour(Number(m[4]), m[6] ?? m[3] ?? halfSaid);
  if (from === null || to === null) return null;
  const { day, said: daySaid } = dayOfHours(text, m, from, now);
  const start = new Date(day.getTime() + from * 3_600_000 + Number(m[2] ?? 0) * 60_000);
  let end = new Date(day.getTime() + to * 3_600_000 + Number(m[5] ?? 0) * 60_000);
  // "from 10pm to 2am": past midnight, into the next day.
  if (end.getTime() <= start.getTime()) end = new Date(end.getTime() + DAY_MS);
  // Hours under way end now; hours of a day said that are all still ahead ("today from 9 to 11", asked at 7) are
  // kept as said: they are what the question asks for, not the whole day nor yesterday's.
  if (end.getTime() > now.getTime() && !(daySaid && start.getTime() >= now.getTime())) end = now;
  if (end.getTime() <= start.getTime()) return null;
  // Said as hours, not as the day's period: no calendar word is left for an agent to snap the window to the day.
  const range = windowOf(`between ${clockOf(start)} and ${clockOf(end)}`, start, end);
  return { ...range, window: { ...range.window, expression: said.slice(m.index, m.index + m[0].length).trim() } };
}

/** "since" just before a date chrono read, "the" maybe between ("since the 3rd of May"). */
const SINCE_BEFORE = /\bsince\b\W*(?:the\s+)?$/i;
/** How far before a date that "since" is looked for. */
const SINCE_REACH = 12;

/** "her last day", "the intern's last week": a possessive before "last", the person's own last day, no span. */
const POSSESSIVE_BEFORE = /(?:\b(?:my|his|her|their|our|your)|'s)\s+$/i;

function someonesLast(text: string, index: number, said: string): boolean {
  return /^last\b/i.test(said) && POSSESSIVE_BEFORE.test(text.slice(Math.max(0, index - SINCE_REACH), index));
}

/** "last Friday", "prev tue": a weekday said through "last", one whole day (with "since" before it, up to now). */
const LAST_WEEKDAY = /^(?:last|previous|prev|prior)\s+[a-z]+$/i;

function lastWeekday(text: string, result: chrono.ParsedResult): boolean {
  return (
    result.start.isCertain('weekday') &&
    LAST_WEEKDAY.test(result.text.trim()) &&
    !SINCE_BEFORE.test(text.slice(Math.max(0, result.index - SINCE_REACH), result.index))
  );
}

function chronoWindow(text: string, original: string, now: Date): ResolvedTimeRange | null {
  const results = chrono
    .parse(text, { instant: now, timezone: 'UTC' }, { forwardDate: false })
    .filter((r) => isTimeSaid(text, r) && !someonesLast(text, r.index, r.text));
  if (results.length === 0) return null;
  const first = results[0]!;
  const next = results[1];
  const joined =
    next !== undefined && !first.end && RANGE_JOIN.test(text.slice(first.index + first.text.length, next.index));
  const last = joined ? next : first;
  // A time chrono put ahead of now means the last one: a time of day ("since midnight", "since
  // 9pm" in the morning) yesterday's, a weekday last week's, a date without a year ("March 3" in
  // November) last year's.
  const ahead = first.start.date().getTime() > now.getTime();
  const back = !ahead
    ? null
    : !first.start.isCertain('day') && !first.start.isCertain('month')
      ? first.start.isCertain('weekday')
        ? 'week'
        : 'day'
      : first.start.isCertain('year')
        ? null
        : 'year';
  const dateOf = (components: chrono.ParsedComponents): Date => {
    const date = components.date();
    if (back === null || (back === 'year' && components.isCertain('year'))) return date;
    if (back !== 'year') return new Date(date.getTime() - (back === 'week' ? 7 : 1) * DAY_MS);
    return new Date(
      Date.UTC(
        date.getUTCFullYear() - 1,
        date.getUTCMonth(),
        date.getUTCDate(),
        date.getUTCHours(),
        date.getUTCMinutes(),
        date.getUTCSeconds(),
      ),
    );
  };
  let start = dateOf(first.start);
  let end: Date;
  // "left on 20 Nov. Signed in since then?": a later "since then" opens the window from that date until now.
  const sinceThen = !first.end && !joined && SINCE_THEN.test(text.slice(first.index + first.text.length));
  let expression = joined
    ? original.slice(first.index, next.index + next.text.length)
    : original.slice(first.index, first.index + first.text.length);

  if (first.end || joined) {
    // A range ("from Monday to Wednesday", "between X and Y"): days without an hour are whole days.
    const endComponents = first.end ?? last.start;
    if (!first.start.isCertain('hour')) start = startOfUtcDay(start);
    end = dateOf(first.end ?? last.end ?? last.start);
    // "January and February 2026": a month said without its year is in the year said with the other end.
    if (!first.start.isCertain('year') && endComponents.isCertain('year'))
      start = new Date(Date.UTC(end.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
    if (!endComponents.isCertain('hour')) end = new Date(startOfUtcDay(end).getTime() + DAY_MS);
    // "from January to March": a month at the end is the whole month.
    if (endComponents.isCertain('month') && !endComponents.isCertain('day'))
      end = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 1));
  } else if (
    !first.start.isCertain('hour') &&
    !sinceThen &&
    (!/\b(last|past|since|ago)\b/i.test(text.slice(Math.max(0, first.index - 12), first.index + first.text.length)) ||
      lastWeekday(text, first))
  ) {
    // A day named on its own ("2024-01-01", "on Monday"): the whole day; a month ("in March"): the whole month.
    start = startOfUtcDay(start);
    end = new Date(start.getTime() + DAY_MS);
    if (!first.start.isCertain('day') && first.start.isCertain('month')) {
      start = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1));
      end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    }
  } else {
    // "since Monday", "3 days ago", "since 2024-03-01 10:00": from then until now.
    if (
      !first.start.isCertain('hour') &&
      (sinceThen ||
        SINCE_BEFORE.test(text.slice(Math.max(0, first.index - SINCE_REACH), first.index)) ||
        /\bsince\b/i.test(first.text))
    )
      start = startOfUtcDay(start);
    end = now;
  }
  if (end.getTime() < start.getTime()) [start, end] = [end, start];
  if (end.getTime() > now.getTime()) end = now;
  // Nothing of a window left (a time ahead of now, an instant): no window rather than an empty one.
  if (end.getTime() <= start.getTime()) return null;

  const before = text.slice(Math.max(0, first.index - SINCE_REACH), first.index);
  if (SINCE_BEFORE.test(before) || sinceThen) expression = `since ${expression}`;
  return windowOf(expression.trim(), start, end);
}

/** Periods by their number ("months 10 to 12", "fiscal periods 4-6"): a range of a numbered column, no clock time. */
const NUMBERED_PERIODS =
  /\b(?:months?|periods?|mths?|weeks?|quarters?)\s+\d{1,2}\s*(?:-|\u2013|to|through|thru)\s*\d{1,2}\b/gi;

/** The question with the spans no time can be in blanked out (same length): inactivity, IPs, ids, hashes, ports. */
function withoutNonTimes(text: string): string {
  const spans: Array<[number, number]> = readLiteralValues(text).map((hit) => [hit.start, hit.end]);
  for (const m of allMatches(text, NUMBERED_PERIODS)) spans.push([m.index, m.index + m[0].length]);
  const inactivity = findInactivity(text);
  if (inactivity) spans.push([inactivity.start, inactivity.end]);
  if (spans.length === 0) return text;
  let out = text;
  for (const [start, end] of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/**
 * Reads the time window a question names, relative to `now`, in UTC: calendar periods ("this
 * week", "today", "yesterday"), spans up to now ("last 24 hours", "lst 24 hrs", "past 7d"), and
 * with chrono-node dates and ranges ("since Monday", "since 2024-03-01", "between 2024-01-01 and
 * 2024-01-31", "2024-03-01 14:30"). An inactivity condition ("not logged in for 90 days") is no
 * window. Whatever it returns has start < end <= now, but for hours of today said outright that are still ahead
 * ("today from 9 to 11", asked at 7), which are kept as said; null when the question names no time.
 */
export function resolveTimeRange(text: string, now: Date): ResolvedTimeRange | null {
  // A misspelt time word ("yesturday", "last 3 wekks") is read as the word.
  const spelt = fixTimeWordTypos(text.slice(0, 4000));
  if (!mayNameTime(spelt)) return null;
  const readable = withoutNonTimes(spelt);
  // Hours of dates said ("from Nov 20 2pm to Nov 21 3am") are those dates': chrono reads them with them.
  // So are hours of a range of weekdays ("monday to friday, 9am to 5pm"): the days, whole.
  // One day written with its month is the day of the hours ("between 9am and 5pm on Monday 23 Nov").
  // Two instants written out in full are the window, whatever else the question says ("night shift check: …").
  const instants = instantRange(readable);
  if (instants) return instants;
  const datedHours =
    CLOCK_RANGE.test(readable) &&
    ((DATE_SAID.test(readable) && oneDaySaid(readable, now) === null) || weekdaysSaid(readable) > 1);
  const clock = datedHours
    ? null
    : (clocksOnTwoDays(readable, now) ?? clockRange(readable, now) ?? sinceTimeOfDay(readable, now));
  if (clock) return clock;
  const candidates = [
    // Before the period it is part of: "the last week of October" is no "last week".
    partOfPeriod(readable, now),
    // Before the weekend alone: "the weekend of 21 and 22 November" is those days.
    datedWeekend(readable, now),
    fullPeriods(readable, now),
    weekdayRange(readable, now),
    sinceOnwards(readable, now),
    // Before the day alone: "yesterday afternoon" is the afternoon, not the whole of yesterday.
    partOfDaySaid(readable, now),
    sincePreviousStart(readable, now),
    calendarPeriod(readable, now),
    lastWeekend(readable, now),
    periodBeforeLast(readable, now),
    previousCalendarPeriod(readable, now),
    sinceDayOfMonth(readable, now),
    daysOfMonthRange(readable, now),
    lastNamedMonth(readable, now),
    relativeSpan(readable, now),
    bareSpan(readable, now),
    edgeSpan(readable, now),
    calendarQuarter(readable, now),
    calendarHalf(readable, now),
    calendarYear(readable, now),
  ].filter((r): r is ResolvedTimeRange => r !== null);
  if (candidates.length > 0) {
    // "since 1 Nov … she left last week": a dated start said before the period is a candidate too.
    const dated = SINCE_DATED.test(readable) ? chronoWindow(readable, text, now) : null;
    if (dated) candidates.push(dated);
    // The one the question says first.
    const at = (r: ResolvedTimeRange): number => readable.toLowerCase().indexOf(r.window.expression.toLowerCase());
    return candidates.sort((a, b) => at(a) - at(b))[0]!;
  }
  // "alerts this morning … for the past 12 hours": a span said outright wins over the morning said in passing.
  const partOfToday = thisPartOfDay(readable, now);
  if (partOfToday) return partOfToday;
  const shared = withSharedMonth(withoutFromBeforeDay(withDayFirstDates(readable)));
  return chronoWindow(shared, shared === readable ? spelt : shared, now);
}

import * as chrono from 'chrono-node';
import type { TimeWindow } from '@mesh/a2a-contracts';

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
 * Words without which chrono-node finds no time in English text: digits, relative words, units,
 * day and month names. Most questions name no time at all; this cheap test spares them
 * chrono's few dozen parsers (and their garbage), and never changes a result: a false
 * positive only means chrono runs and finds nothing.
 */
const MAYBE_TIME =
  /\d|\b(?:now|today|tonight|yesterday|tomorrow|ago|last|past|next|this|since|until|till|from|within|before|after|during|between|week|weeks|weekend|fortnight|month|months|quarter|year|years|decade|day|days|hour|hours|hr|hrs|minute|minutes|min|mins|second|seconds|sec|secs|noon|midnight|morning|afternoon|evening|night|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\b/i;

/** Whether a text may name a time (false means chrono would find none). */
export function mayNameTime(text: string): boolean {
  return MAYBE_TIME.test(text);
}

/**
 * Reads the time range a question names ("last 24 hours", "since Monday", "yesterday",
 * "between 2024-01-01 and 2024-01-31") with chrono-node, relative to `now`, in UTC.
 * Returns null when the question names no time.
 */
export function resolveTimeRange(text: string, now: Date): ResolvedTimeRange | null {
  if (!mayNameTime(text)) return null;
  const results = chrono.parse(text, { instant: now, timezone: 'UTC' }, { forwardDate: false });
  if (results.length === 0) return null;

  const first = results[0]!;
  const last = results[results.length - 1]!;
  let start = first.start.date();
  let end: Date;
  let expression = first.text;

  if (first.end) {
    // A range chrono read whole ("from Monday to Wednesday"): days without an hour are whole days.
    if (!first.start.isCertain('hour')) start = startOfUtcDay(start);
    end = first.end.date();
    if (!first.end.isCertain('hour')) end = new Date(startOfUtcDay(end).getTime() + DAY_MS);
  } else if (results.length > 1) {
    // "between X and Y", "from X to Y" parsed as two dates.
    if (!first.start.isCertain('hour')) start = startOfUtcDay(start);
    end = last.end?.date() ?? last.start.date();
    if (!last.start.isCertain('hour')) end = new Date(startOfUtcDay(end).getTime() + DAY_MS);
    expression = text.slice(first.index, last.index + last.text.length);
  } else if (!first.start.isCertain('hour') && !/\b(last|past|since|ago)\b/i.test(text.slice(Math.max(0, first.index - 12), first.index + first.text.length))) {
    // A day named on its own ("yesterday", "2024-01-01"): the whole day.
    start = startOfUtcDay(start);
    end = new Date(Math.min(start.getTime() + DAY_MS, Math.max(now.getTime(), start.getTime() + 1)));
    if (start.getTime() + DAY_MS <= now.getTime()) end = new Date(start.getTime() + DAY_MS);
  } else {
    // "last 24 hours", "since Monday": from then until now.
    if (!first.start.isCertain('hour') && /\bsince\b/i.test(text)) start = startOfUtcDay(start);
    end = now;
  }
  if (end.getTime() < start.getTime()) [start, end] = [end, start];

  const before = text.slice(Math.max(0, first.index - 8), first.index).toLowerCase();
  const lead = /\bsince\s*$/.test(before) ? 'since ' : '';
  const description = `${lead}${expression}`.trim();
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

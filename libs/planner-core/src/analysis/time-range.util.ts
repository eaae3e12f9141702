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
 * Reads the time range a question names ("last 24 hours", "since Monday", "yesterday",
 * "between 2024-01-01 and 2024-01-31") with chrono-node, relative to `now`, in UTC.
 * Returns null when the question names no time.
 */
export function resolveTimeRange(text: string, now: Date): ResolvedTimeRange | null {
  const results = chrono.parse(text, { instant: now, timezone: 'UTC' }, { forwardDate: false });
  if (results.length === 0) return null;

  const first = results[0]!;
  const last = results[results.length - 1]!;
  let start = first.start.date();
  let end: Date;
  let expression = first.text;

  if (first.end) {
    end = first.end.date();
  } else if (results.length > 1) {
    // "between X and Y", "from X to Y" parsed as two dates.
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

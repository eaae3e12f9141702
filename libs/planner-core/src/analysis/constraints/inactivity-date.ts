import { resolveTimeRange } from '../time-range.util';
import type { InactivityPhrase } from './inactivity';

const TIME_OF_DAY = /\d:\d|\b(?:am|pm|noon|midnight)\b/i;

/**
 * The inactivity with its date resolved against `now` ("not since 1 August 2026" → before 2026-08-01, and the
 * time from then until now as its duration, for agents that read no date); null when the date cannot be read.
 */
export function resolveInactivity(found: InactivityPhrase | null, now: Date | undefined): InactivityPhrase | null {
  if (found?.since === undefined) return found;
  if (!now) return null;
  const range = resolveTimeRange(`since ${found.since}`, now);
  if (!range) return null;
  // A day without a time of day starts at midnight (UTC), whatever hour the date reader put on it.
  const start = new Date(range.window.start);
  const before = TIME_OF_DAY.test(found.since)
    ? start.toISOString()
    : new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate())).toISOString();
  const seconds = Math.round((now.getTime() - Date.parse(before)) / 1000);
  return { ...found, duration_seconds: Math.max(1, seconds), before };
}

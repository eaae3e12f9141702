/**
 * Date helpers the blind journey sets share: calendar days in UTC and how each query language may spell
 * one in a check (the sets compute their windows from the run's clock, so they stay right on later days).
 */
export const DAY_MS = 86_400_000;

/** The start of a date's UTC day. */
export const utcDay = (date: Date): Date =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/** `2026-11-23`. */
export const iso = (date: Date): string => date.toISOString().slice(0, 10);

/** Splunk's `%m/%d/%Y` time format. */
export const usDate = (date: Date): string =>
  `${String(date.getUTCMonth() + 1).padStart(2, '0')}/${String(date.getUTCDate()).padStart(2, '0')}/${date.getUTCFullYear()}`;

/** Seconds since the epoch, as SPL may write a bound. */
export const epoch = (date: Date): string => String(date.getTime() / 1000);

/** One calendar day as KQL may spell it: `datetime(2026-11-23)`, `datetime("2026-11-23")`. */
export const kqlDate = (date: Date): string => `datetime\\(\\s*["']?${iso(date)}`;

/** One calendar day as SPL may spell it: `11/23/2026:00:00:00`, ISO, epoch. */
export const splDate = (date: Date): string => `${usDate(date)}|${iso(date)}|${epoch(date)}`;

/** A SQL literal bound, bare or typed or cast: `'2026-09-01'`, `DATE '2026-09-01'`, `CAST('2026-09-01' …`. */
export const sqlLiteral = "(TIMESTAMPTZ\\s*|DATE\\s*|TIMESTAMP\\s*|CAST\\(\\s*)?'";

/** The day before a date. */
export const dayBefore = (date: Date): Date => new Date(date.getTime() - DAY_MS);

/** Calendar anchors the blind sets' window checks are written against, taken once when the sets load. */
export const NOW = new Date();
export const TODAY = utcDay(NOW);
export const YESTERDAY = dayBefore(TODAY);
/** The most recent Monday / Sunday on or before today. */
export const MONDAY = new Date(TODAY.getTime() - ((TODAY.getUTCDay() + 6) % 7) * DAY_MS);
export const SUNDAY = new Date(TODAY.getTime() - TODAY.getUTCDay() * DAY_MS);
export const MONTH_START = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth(), 1));
export const LAST_MONTH_START = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() - 1, 1));
export const YEAR_START = new Date(Date.UTC(TODAY.getUTCFullYear(), 0, 1));
export const YEAR = TODAY.getUTCFullYear();

import type { Measure } from './constraints';

/** The buckets an average of rows may be taken over, by their length in seconds, with the word that names each. */
const BUCKET_WORDS: ReadonlyArray<readonly [number, string]> = [
  [60, 'Minute'],
  [3_600, 'Hour'],
  [86_400, 'Day'],
  [604_800, 'Week'],
];

/**
 * Whether a measure is an average of how many rows fall in each time bucket ("the average number of failed logons per
 * day"): an average asked of a word no column holds (the rows themselves), with buckets to count them in.
 */
export function averagesRowsPerBucket(
  measure: Measure | null,
  bucketSeconds: number | null,
  holdsMeasured: boolean,
): boolean {
  return measure?.kind === 'avg' && bucketSeconds !== null && bucketSeconds > 0 && !holdsMeasured && !measure.per;
}

/**
 * How many whole buckets the window holds ("the last 14 days" by day: 14), or null when its length is unknown or no
 * whole number of buckets (a window that runs to now from the start of a week). Dividing by it counts the buckets
 * without a row as zero, as an average per day means.
 */
export function bucketsInWindow(windowSeconds: number | null | undefined, bucketSeconds: number): number | null {
  if (!windowSeconds || windowSeconds < bucketSeconds) return null;
  const buckets = windowSeconds / bucketSeconds;
  return Number.isInteger(buckets) ? buckets : null;
}

/** The word of a bucket's length for a column's name ("Day" for a day), or "Bucket" for any other length. */
export function bucketWord(bucketSeconds: number): string {
  return BUCKET_WORDS.find(([seconds]) => seconds === bucketSeconds)?.[1] ?? 'Bucket';
}

import { NUMBER_PATTERN } from './number-words.util';
import type { ValueHit } from './value-hit';

/**
 * A count just before a value: a number, then spaces ("more than 20 ", "at least 3 "), or a number said in words
 * after a comparison ("more than three ", "at least five ").
 */
const NUMBER_BEFORE = new RegExp(
  String.raw`(?:(?:^|[^\w.,])\d{1,3}(?:,\d{3})*|\b(?:(?:more|fewer|less|greater)\s+than|over|under|above|below|at\s+(?:least|most)|exactly)\s+${NUMBER_PATTERN})\s+$`,
  'i',
);
/** A noun just after a value ("'export_data' events", "DeleteBucket calls"). */
const NOUN_AFTER = /^\s+[a-z][a-z-]{2,30}\b/i;

/**
 * "more than 20 'export_data' events", "at least 5 DeleteBucket calls": a value named between a count and its noun
 * is a filter on the rows counted, so the shape reads the count without it; the value is blanked (same length, so
 * every offset stays). Numbers and amounts are left as they are: they are no names.
 */
export function withoutValuesInCounts(text: string, hits: readonly ValueHit[]): string {
  let out = text;
  for (const hit of hits) {
    if (hit.kind === 'amount' || hit.kind === 'port' || hit.kind === 'event_id' || hit.kind === 'id') continue;
    if (/^\d/.test(hit.value)) continue;
    if (!NUMBER_BEFORE.test(text.slice(Math.max(0, hit.start - 48), hit.start))) continue;
    if (!NOUN_AFTER.test(text.slice(hit.end, hit.end + 40))) continue;
    out = out.slice(0, hit.start) + ' '.repeat(hit.end - hit.start) + out.slice(hit.end);
  }
  return out;
}

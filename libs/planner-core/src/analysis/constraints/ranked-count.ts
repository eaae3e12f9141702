/**
 * A ranking said to be by the count of rows ("the top 10 accounts by count", "ranked by number of events",
 * "sorted by volume"): the rows are counted and ranked by that count, whatever else is measured beside it
 * ("…, with how many different source IPs each one came from").
 */
const BY_COUNT =
  /\b(?:(?:top|bottom|first)\s+(?:\d{1,6}\s+|[a-z]+\s+)?(?:[\w-]+\s+){0,3}?|(?:ranked|sorted|ordered|rank|sort|order)\s+)by\s+(?:the\s+|their\s+)?(?:count|counts|event\s+count|number\s+of\s+(?:events|rows|records|times|attempts|failures|occurrences|hits)|volume|frequency|how\s+often)\b/i;

/** Whether the question ranks its groups by how many rows each has. */
export function saysRankedByCount(text: string): boolean {
  return BY_COUNT.test(text);
}

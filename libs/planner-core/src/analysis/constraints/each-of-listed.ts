import type { ConstraintFilter, GroupKey } from '@mesh/a2a-contracts';

/**
 * "how many of each", "a count for each of them", "each one separately", "shown separately per code", "broken out
 * separately": a count asked of every value a list names ("4767 or 4740 … how many of each"), so each value is a
 * group of its own.
 */
const OF_EACH =
  /\bhow\s+many\s+(?:of\s+)?each\b|\b(?:counts?|number|totals?)\s+(?:of|for)\s+each\s+(?:of\s+(?:them|those|these)|one)\b|\beach\s+(?:one\s+)?separately\b|\b(?:shown|listed|counted|reported|given|broken\s+out|split\s+out|kept)\s+separately\b|\bseparately\s+(?:per|for|by)\s+(?:each\s+)?(?:event|code|id|value|type|kind)s?\b/i;

/**
 * The key a count "of each" of a listed filter's values groups by: the column of the only filter that lists two
 * or more values to match (`in`), or null when the question asks no such count or lists no such values.
 */
export function eachOfListedKey(text: string, filters: readonly ConstraintFilter[]): GroupKey | null {
  if (!OF_EACH.test(text)) return null;
  const listed = filters.filter((f) => f.operator === 'in' && f.values.length >= 2 && f.field !== null);
  return listed.length === 1 ? { kind: listed[0]!.kind, field: listed[0]!.field } : null;
}

import type { ConstraintFilter } from '@mesh/a2a-contracts';

/** Kinds of indicator a pasted list mixes (domains, addresses, hashes, URLs), by the nouns that name them. */
const INDICATOR_NOUNS: ReadonlyArray<readonly [ConstraintFilter['kind'], string]> = [
  ['domain', String.raw`domains?|domain\s+names?|host\s?names?|fqdns?`],
  ['ip', String.raw`ips?|ip\s+addresses|addresses|addrs?`],
  ['hash', String.raw`hashes|hash|sha-?256s?|sha-?1s?|md5s?`],
  ['url', String.raw`urls?|links?`],
];
const COUNT_WORDS = String.raw`(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)`;

/**
 * "IOCs: x[.]live, y[.]top, 185.244.25.61 — dns lookups for the 2 domains": a list of indicators of several kinds,
 * then only one kind picked out by "the <n> <kind>s", "both <kind>s" or "those <kind>s": the values of that kind are
 * the ones asked about; the list's other kinds are left out. One kind, or none picked out, leaves the filters as read.
 */
export function onlyIndicatorsNamed(text: string, filters: readonly ConstraintFilter[]): ConstraintFilter[] {
  const kinds = new Set(filters.filter((f) => INDICATOR_NOUNS.some(([k]) => k === f.kind)).map((f) => f.kind));
  if (kinds.size < 2) return [...filters];
  const picked = INDICATOR_NOUNS.filter(
    ([kind, nouns]) =>
      kinds.has(kind) &&
      new RegExp(String.raw`\b(?:the|these|those|both|all)\s+(?:${COUNT_WORDS}\s+)?(?:${nouns})\b`, 'i').test(text),
  );
  if (picked.length !== 1) return [...filters];
  const keep = picked[0]![0];
  return filters.filter((f) => f.kind === keep || !INDICATOR_NOUNS.some(([k]) => k === f.kind));
}

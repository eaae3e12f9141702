import { scan, type SpanSet, type ValueHit } from './value-hit';

/**
 * A name written with a wildcard after a verb or noun of a name lookup ("who looked up wpad*", "lookups of *update*",
 * "hosts resolving *-cdn"): the names queried that begin, end or hold it. A name with a dot is read as a domain
 * elsewhere; this reads the part of a name people hunt by (a single label and a wildcard).
 */
const LOOKED_UP_PATTERN =
  /(?<=\b(?:look(?:ed|s|ing)?\s+up|lookups?\s+(?:of|for)|quer(?:y|ies)\s+(?:of|for)|resolutions?\s+of|resolv(?:e|ed|es|ing)|quer(?:ied|ying))\s+)(\*?[A-Za-z0-9][A-Za-z0-9-]{0,62}\*|\*[A-Za-z0-9-][A-Za-z0-9-]{0,62})(?![\w.*-])/gi;

/** Names looked up, said as a wildcard pattern of one label (see {@link LOOKED_UP_PATTERN}): the domains queried. */
export function readLookedUpPatterns(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  scan(
    text,
    LOOKED_UP_PATTERN,
    taken,
    (m) => ({
      kind: 'domain',
      value: m[1]!.replace(/\*/g, '').toLowerCase(),
      start: m.index,
      end: m.index + m[0].length,
      operator: 'contains',
    }),
    hits,
  );
  return hits;
}

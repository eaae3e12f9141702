import { scan, type SpanSet, type ValueHit } from './value-hit';

/**
 * Guest (B2B) accounts of a Microsoft tenant, which carry `#EXT#` in their user principal name: the
 * marker written out ("#EXT#"), "guest users", "guest accounts", "external guests", "guest identities".
 * Read as a user value searched as part of the name. Bounded: one pass over the question.
 */
const GUEST =
  /#EXT#|\b(?:external\s+)?guest[\s-]+(?:users?|accounts?|identities|identity|upns?)\b|\bexternal\s+guests?\b/gi;

/** The guest-account marker as a user value, once however often the question says it; [] when it names no guests. */
export function readGuestAccounts(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  scan(
    text,
    GUEST,
    taken,
    (m) => ({ kind: 'user', value: '#EXT#', start: m.index, end: m.index + m[0].length, operator: 'contains' }),
    hits,
  );
  return hits.slice(0, 1);
}

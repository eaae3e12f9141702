/**
 * "which customer segments have brought in …", "which Finance department users had more than 3 …": the noun
 * that ends the words after "which" (up to three qualifiers before it), where the verb begins. The qualifier
 * just before it is returned too, for a column named by both ("customer segment").
 */
const WHICH_SUBJECT =
  /\b(?:which|what)\s+((?:[a-z][\w-]*\s+){0,3}?)([a-z][\w-]{2,30})\s+(?:have|has|had|did|do|does|were|was|are|is|got|made|spent|brought|generated|earned|used|saw|with|that|who|whose)\b/i;

export interface WhichSubject {
  /** The noun as said ("segments", "users"). */
  readonly noun: string;
  /** The word before it, if any ("customer" in "customer segments"). */
  readonly qualifier: string | null;
}

/** The subject of a "which <qualifiers> <noun> <verb> …" question, or null. */
export function readWhichSubject(text: string): WhichSubject | null {
  const m = WHICH_SUBJECT.exec(text.slice(0, 1_000));
  if (!m) return null;
  const before = m[1]!.trim().split(/\s+/).filter(Boolean);
  return { noun: m[2]!.toLowerCase(), qualifier: before.length > 0 ? before[before.length - 1]!.toLowerCase() : null };
}

/**
 * "which customer segments have brought in …", "which Finance department users had more than 3 …", "any printer
 * queue that jammed …", "which customers still owe …" (not a pronoun: "what they have spent"): the noun
 * that ends the words after "which" (up to three qualifiers before it), where the verb begins. The qualifier
 * just before it is returned too, for a column named by both ("customer segment").
 */
const WHICH_SUBJECT =
  /\b(?:which|what|any)\s+(?!(?:they|we|you|he|she|it|each)\b)((?:[a-z][\w-]*\s+){0,3}?)(?!(?:they|them|we|you|he|she|it|one)\b)([a-z][\w-]{2,30})\s+(?:(?:still|already|currently|also|ever|recently)\s+)?(?:have|has|had|did|do|does|were|was|are|is|got|made|spent|brought|generated|earned|used|saw|went|ran|reset|sent|wrote|overspent|exceeded|owes?|bought|paid|with|that|who|whose|[a-z]{3,}ed)\b/i;
/**
 * "which customers in Italy had …", "which users from Finance did …", "which customers from Germany signed up …": the
 * noun before a place or a group it is in (one to three words), then the verb; read first, or the place would be
 * taken for the noun.
 */
const WHICH_SUBJECT_IN =
  /\b(?:which|what)\s+((?:[a-z][\w-]*\s+){0,2}?)([a-z][\w-]{2,30})\s+(?:in|from|at|based\s+in|located\s+in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:have|has|had|did|do|does|were|was|are|is|got|made|spent|brought|generated|earned|used|saw|placed|ordered|bought|who|that|[a-z]{3,}ed)\b/i;

/**
 * "which budget categories of the Finance department have …", "which teams of our EMEA region went …": a plural noun
 * before the whole it is part of (one to three words), then the verb; read first, or the whole would be taken for it.
 */
const WHICH_SUBJECT_OF =
  /\b(?:which|what)\s+((?:[a-z][\w-]*\s+){0,2}?)([a-z][\w-]{2,30}s)\s+of\s+(?:the\s+|our\s+|their\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:have|has|had|did|do|does|were|was|are|is|got|made|spent|brought|generated|earned|used|saw|went|overspent|exceeded|[a-z]{3,}ed)\b/i;

/**
 * "segments with a mean basket above …", "show the regions whose total is …", "list the customers from Switzerland …": a
 * plural noun the question opens with (after a verb of showing), then the words that bring in what each of them has or
 * the place or group they are in.
 */
const LEADING_SUBJECT =
  /^\s*(?:(?:list|show|give|find|get)\s+(?:me\s+)?)?(?:(?:all|the|our)\s+)?((?:[a-z][\w-]*\s+){0,2}?)([a-z][\w-]{2,30}s)\s+(?:with|having|whose|where|(?:that|which|who)\s+have|(?:from|in|based\s+in|located\s+in)\s)/i;

export interface WhichSubject {
  /** The noun as said ("segments", "users"). */
  readonly noun: string;
  /** The word before it, if any ("customer" in "customer segments"). */
  readonly qualifier: string | null;
}

/** The subject of a "which <qualifiers> <noun> <verb> …" question, or of one that opens with it, or null. */
export function readWhichSubject(text: string): WhichSubject | null {
  const bounded = text.slice(0, 1_000);
  const m =
    WHICH_SUBJECT_IN.exec(bounded) ??
    WHICH_SUBJECT_OF.exec(bounded) ??
    WHICH_SUBJECT.exec(bounded) ??
    LEADING_SUBJECT.exec(bounded);
  if (!m) return null;
  const before = m[1]!.trim().split(/\s+/).filter(Boolean);
  return { noun: m[2]!.toLowerCase(), qualifier: before.length > 0 ? before[before.length - 1]!.toLowerCase() : null };
}

/**
 * "hosts in 10.1.0.0/16 reaching port 23 …", "mde - endpoints that ran …", "show me accounts locked out …", "report the
 * source IPs outside 10.0.0.0/8 that …": the plural
 * noun a question opens with (past a tag naming the source, a verb of showing and up to two qualifiers), then the words
 * that say which of them are meant.
 */
const OPENING_SUBJECT =
  /^\s*(?:[\w-]+(?:\s+[\w-]+){0,4}?\s*(?::|\s[-\u2013\u2014]+)\s*)?(?:(?:list|show|give|find|get|pull|report|identify)\s+(?:me\s+)?)?(?:(?:all|the|any|our)\s+)?(?!(?:how|what|which|who|why|when|where|did|does|do|is|are|was|were|has|have)\b)((?:[a-z][\w-]*\s+){0,2}?)([a-z][\w-]{1,30}s)\s+(?=(?:that|who|whose|which|in|on|from|to|at|with|under|behind|inside|outside|[a-z]{3,}ing|[a-z]{3,}ed)\b)/i;

/** The subject a question opens with as a list of them ("servers in the lab range talking to …"), or null. */
export function readOpeningSubject(text: string): WhichSubject | null {
  const m = OPENING_SUBJECT.exec(text.slice(0, 1_000));
  if (!m) return null;
  const before = m[1]!.trim().split(/\s+/).filter(Boolean);
  return { noun: m[2]!.toLowerCase(), qualifier: before.length > 0 ? before[before.length - 1]!.toLowerCase() : null };
}

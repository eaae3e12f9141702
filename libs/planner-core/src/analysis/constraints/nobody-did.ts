/**
 * "products that are active but nobody bought them in 60 days", "items no one has ordered this month", "plans
 * none of our customers purchased": a subject, then "nobody" / "no one" / "none of …" doing a verb of buying;
 * what is absent is the subject's sales. The subject is the noun before the clause (with an optional clause
 * of its own before "but" / "and"). Null when no such clause is said.
 */
const NOBODY_BOUGHT = new RegExp(
  String.raw`\b([a-z][\w-]{2,30})\s+(?:(?:who|that|which)\s+[^.?!;]{1,60}?\s+)?(?:(?:but|and|yet|that|which|where)\s+)?(?:(?:did|do|does|have|has|had)\s+)?` +
    String.raw`(?:nobody|no\s*-?\s*one|none\s+of\s+(?:our\s+|the\s+)?[a-z]{3,20})\s+(?:(?:has|have|had|did|does|do|ever|even|really)\s+){0,2}` +
    String.raw`(buy|buys|bought|buying|purchased?|purchases|order|orders|ordered)\b`,
  'i',
);

/** The words of no one {@link NOBODY_BOUGHT} needs one of: a cheap test before it. */
const SAYS_NOBODY = /nobody|no\s*-?\s*one|none/i;

export interface NobodyDid {
  /** The subject as written ("products"). */
  readonly subject: string;
  readonly expression: string;
}

export function readNobodyBought(text: string): NobodyDid | null {
  const slice = text.slice(0, 1000);
  const m = SAYS_NOBODY.test(slice) ? NOBODY_BOUGHT.exec(slice) : null;
  return m ? { subject: m[1]!, expression: m[0] } : null;
}

/**
 * A name said to be mentioned in a column: "the value data mentions regsvr32", "where the comment references
 * rundll32.exe", "the description containing evil.com". The column the words before the verb name holds the
 * name somewhere in its text, whatever column a program's, file's or domain's name would go to by itself.
 */
const MENTION_BEFORE =
  /\b(?:mentions?|mentioning|mentioned|contains?|containing|includes?|including|references?|referencing|referenced)\s+["'`]?$/i;

/** Kinds of names a column of free text may mention. */
const MENTIONABLE: ReadonlySet<string> = new Set(['process', 'file', 'domain', 'url']);

/** Whether a name of `kind` is said to be mentioned by the words just before it (`before` ends where it starts). */
export function saysMention(kind: string, before: string): boolean {
  return MENTIONABLE.has(kind) && MENTION_BEFORE.test(before.slice(-24));
}

/**
 * The words before a dotted suffix that make it the end of a name looked up, not a file's extension:
 * "domains ending with .zip", "dns queries for names that finish in .mov", "lookups of domains ending in
 * .top or .zip" (a later item of the list too). Read on at most 80 characters before the suffix.
 */
const NAME_ENDING_BEFORE =
  /\b(?:domains?|tlds?|host\s*names?|fqdns?|urls?|sites?|websites?|quer(?:y|ies)|lookups?|names?)\b[^.?!;]{0,40}?\b(?:end(?:s|ed|ing)?|finish(?:es|ed|ing)?|terminat(?:es|ed|ing))\s+(?:with|in|on|by)\s+(?:\*?\.[\w-]{1,24}\s*(?:,\s*(?:or\s+|and\s+)?|\bor\s+|\band\s+|\/\s*))*$/i;

/** Whether a dotted suffix starting at `start` ends the names a question looks up ("domains ending with .zip"). */
export function saidAsNameEnding(text: string, start: number): boolean {
  return NAME_ENDING_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}

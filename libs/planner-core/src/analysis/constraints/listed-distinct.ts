import { subjectKind } from './shape-reader';

/**
 * "with the list of countries", "and list the IPs", "plus which apps", "and the countries themselves": the values
 * counted distinct, asked to be seen as well (the set of them beside their number). The noun is read as an entity
 * kind.
 */
const LIST_OF =
  /\b(?:(?:the\s+|a\s+)?(?:list|set|names?)\s+of\s+(?:the\s+|those\s+|these\s+|their\s+)?|list(?:ing)?\s+(?:the\s+|those\s+|these\s+|their\s+)|(?:and|with|plus|\+|&)\s+which\s+(?:ones?\s+(?:of\s+)?)?(?:the\s+)?)([a-z][\w-]{1,30}(?:\s+[a-z][\w-]{1,30})?)/gi;

/** Whether the question asks to see the distinct values of `kind` it counts ("… with the list of countries"). */
export function asksDistinctListed(text: string, kind: string): boolean {
  for (const m of text.matchAll(LIST_OF)) {
    const words = m[1]!.split(/\s+/);
    // "the list of source IPs", "the IPs": the noun of one or two words.
    const kinds = [words.join(' '), words[0]!, words[words.length - 1]!].map((w) => subjectKind(w));
    if (kinds.includes(kind)) return true;
  }
  return false;
}

/** Characters of the question read for a value said before a column's word. */
const MAX_TEXT = 1_000;

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The value a question names of a column by writing it, capitalised, just before the column's word
 * after a preposition or an article ("in the Marketing team", "of the Garden range", "for our Nordic
 * region"), or just after the column's word in brackets or after "in"/"with" ("(dept Legal)", "with role
 * Auditor"): a value of that column, so the rows asked about are that table's. Null when none is said
 * so; a capitalised word opening a sentence is not a value.
 */
export function valueSaidOf(text: string, columnWord: string): string | null {
  if (!/^[a-z][a-z-]{2,30}$/i.test(columnWord)) return null;
  const word = escaped(columnWord);
  const pattern = new RegExp(
    String.raw`\b(?:in|of|from|for|at|on|to|the|our|their|its)\s+(?:the\s+|our\s+)?([A-Z][\w&-]{1,30})\s+${word}\b|(?:\(\s*|\b(?:in|with)\s+)${word}\s*[:=]?\s*([A-Z][\w&-]{1,30})\b`,
  );
  const m = pattern.exec(text.slice(0, MAX_TEXT));
  return m ? (m[1] ?? m[2]!) : null;
}

/** The verb of creation and the words up to the window after it ("have just signed up in the last …"). */
const CREATION_VERB =
  String.raw`(?:(?:have|has|had)\s+)?(?:(?:just|recently|newly|only)\s+)?` +
  String.raw`(?:signed\s+up|registered|joined|onboarded|created|enrolled|opened\s+(?:an?\s+|their\s+)?accounts?)` +
  String.raw`\s+(?:(?:between|from|in|on|during|since|after|before|within|over|at)\s+)?(?:(?:the|this)\s+)?`;

/**
 * "orders placed by new customers (customers who signed up in the last 30 days)": the window is said of when
 * the rows a noun names came to be, so it dates those rows (their creation time), not the rows counted or listed.
 */
const CREATED_THEN = new RegExp(String.raw`\b([a-z]{3,30})\s+(?:(?:who|that|which)\s+)?${CREATION_VERB}`, 'gi');
/**
 * The same with a place or a group said between the noun and "who" ("customers from Austria who signed up in the last
 * 90 days"), read after {@link CREATED_THEN} (in "orders from customers who registered …" the customers registered).
 */
const CREATED_THEN_QUALIFIED = new RegExp(
  String.raw`\b([a-z]{3,30})\s+(?:from|in|at|based\s+in)\s+[^,;.?!]{1,40}?\s+(?:who|that|which)\s+${CREATION_VERB}`,
  'gi',
);

/** "new customers this month", "new users in the last 7 days": the rows said new, then the window. */
const NEW_THEN =
  /\bnew(?:ly\s+(?:created|added|registered))?\s+([a-z]{3,30})\s+(?:(?:between|from|in|on|during|since|after|within|over)\s+)?(?:(?:the|this)\s+)?/gi;

/** "customers" / "customer" / "Customers" → "customer". */
function singularWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.replace(/s$/, '');
}

/**
 * Of the candidate tables, the one whose rows the window dates by their creation ("customers who signed up in
 * the last 30 days", window said "last 30 days" or "since March"; "new customers this month"): the table named by
 * the noun before the verb of creation (or after "new") that the window follows, its preposition included or not. Undefined when no window follows such a verb, or its noun names none of the tables.
 */
export function tableCreatedInWindow(
  question: string,
  window: string | null | undefined,
  tables: Iterable<string>,
): string | undefined {
  const said = window
    ?.trim()
    .toLowerCase()
    .replace(/^(?:the|this)\s+/, '');
  if (!said) return undefined;
  const text = question.slice(0, 2000).toLowerCase();
  const byNoun = new Map<string, string>();
  for (const table of tables) byNoun.set(singularWord(table), table);
  for (const m of [
    ...text.matchAll(CREATED_THEN),
    ...text.matchAll(NEW_THEN),
    ...text.matchAll(CREATED_THEN_QUALIFIED),
  ]) {
    // The window may be said with the preposition the match took ("since March", "in the last 30 days").
    const at = text.indexOf(said, m.index + m[1]!.length);
    if (at < 0 || at > m.index + m[0].length) continue;
    const table = byNoun.get(singularWord(m[1]!));
    if (table) return table;
  }
  return undefined;
}

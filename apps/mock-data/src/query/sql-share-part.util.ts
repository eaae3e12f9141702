import type { ConstraintFilter, Share } from './constraints';

/** What may open the rows a share is of: "of the …", "of our …", "of all (of) the …". */
const DETERMINERS = /^(?:(?:all\s+(?:of\s+)?)?(?:the|our|my|your|their|these|those)\s+|all\s+)/i;
/** Words that end the noun phrase of the rows and start what is said of them ("that", "have", "were", "never"). */
const CLAUSE_WORD =
  /^(?:that|who|whom|which|whose|with|without|where|have|has|had|haven't|hasn't|are|is|were|was|aren't|weren't|did|didn't|do|does|don't|never|not|no|got|get|in|on|at|from|for|over|during|since|this|last|per|by|each|to|and|or|but)$/i;

/**
 * The words that name the rows a share is of: "what share of the active accounts have not logged in" → "active
 * accounts". At most four words after the determiner, up to the word that starts what is said of them. Null when
 * the share's words are not found in the question.
 */
export function shareRowsPhrase(share: Share, question: string): string | null {
  const at = question.toLowerCase().indexOf(share.expression.toLowerCase());
  if (at < 0) return null;
  const after = question.slice(at + share.expression.length).trimStart();
  const words: string[] = [];
  for (const word of after.replace(DETERMINERS, '').split(/\s+/)) {
    const bare = word.replace(/[^\p{L}\p{N}'&-]+$/u, '');
    if (bare.length === 0 || CLAUSE_WORD.test(bare) || words.length === 4) break;
    words.push(bare);
    if (bare !== word) break; // "… of active accounts, …": punctuation ends the phrase
  }
  return words.length > 0 ? words.join(' ') : null;
}

/** Whether a filter is said among the words naming the rows a share is of ("share of the active accounts"). */
function namesTheRows(filter: ConstraintFilter, share: Share, question: string): boolean {
  const said = filter.expression.trim().toLowerCase();
  const rows = shareRowsPhrase(share, question)?.toLowerCase();
  if (!rows || said.length === 0) return false;
  return new RegExp(`(?:^|\\s)${said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`).test(rows);
}

/**
 * The filters that say which rows are the part of a share: every status ("refund rate"), and a value said inside
 * the share's own clause ("what % of orders were 2,000 or more" → the amount). The other filters say what all
 * the rows are. An amount's currency stays with all the rows ("% of CHF orders were 2,000 or more": CHF orders are
 * the whole): the part is its comparison only, the currency a filter of its own.
 * A status said in the words naming the rows ("what share of the active accounts have not logged in for 90
 * days", "what % of paid invoices were paid late") says what all the rows are: it is a filter, and what is said
 * of them after is the part. With the question, such a status is `whole`; the caller takes it back as the part
 * when nothing else is.
 */
export function sharePartOf(
  filter: ConstraintFilter,
  share: Share | null,
  question = '',
): { part: ConstraintFilter | null; whole: ConstraintFilter | null } | null {
  if (!share) return null;
  if (filter.kind === 'status' && namesTheRows(filter, share, question)) return { part: null, whole: filter };
  if (filter.kind === 'status') return { part: filter, whole: null };
  const said = filter.expression.trim().toLowerCase();
  if (said.length === 0 || !share.expression.toLowerCase().includes(said)) return null;
  if (filter.kind !== 'amount' || !filter.currency) return { part: filter, whole: null };
  return {
    part: { ...filter, currency: null },
    whole: {
      kind: 'currency',
      operator: 'eq',
      values: [filter.currency],
      field: null,
      currency: null,
      expression: filter.currency,
    },
  };
}

/**
 * "successes and failures reported separately", "failed vs successful side by side", "split into allowed and
 * blocked": both outcomes of the rows asked for apart, a key on the outcome column, not a filter on one of them.
 */
const OUTCOME =
  '(?:success(?:es|ful)?|succeeded|succeeding|failures?|failed|failing|fails|allowed|allows|blocked|blocks|denied|denials|passed|passes|errors?|ok)';
const PAIR = `${OUTCOME}(?:\\s+(?:ones|events|sign-?ins|logons|logins|attempts))?\\s*(?:,|\\band\\b|\\bvs\\.?|\\bversus\\b|&|\\/|\\bor\\b)\\s*${OUTCOME}`;
const APART =
  '(?:separately|separated|apart|side[\\s-]+by[\\s-]+side|broken\\s+out|split(?:\\s+out)?|individually|in\\s+separate\\s+(?:columns|rows|counts|lines|series))';

/** The pair, then a word that keeps them apart within a few words ("… reported separately"). */
const PAIR_APART = new RegExp(`\\b${PAIR}\\b(?:\\s+[\\w-]+){0,3}?\\s+${APART}\\b`, 'i');
/** A word that splits, then the pair ("broken out into success and failure", "separate counts for …"). */
const APART_PAIR = new RegExp(
  `\\b(?:split|broken\\s+(?:out|down)|break(?:\\s+(?:it|them))?\\s+(?:out|down)|separated?|separate\\s+counts?|each\\s+count)\\s+(?:by|into|for|of|between)\\s+(?:the\\s+)?${PAIR}\\b`,
  'i',
);

/** The span of words that set two outcomes apart, or null when the question does not. */
export function readOutcomeSplit(text: string): { start: number; end: number } | null {
  const found = PAIR_APART.exec(text) ?? APART_PAIR.exec(text);
  return found ? { start: found.index, end: found.index + found[0].length } : null;
}

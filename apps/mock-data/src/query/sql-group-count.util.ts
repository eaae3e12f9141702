import { compactName } from './column-kinds';
import type { GroupKey } from './constraints';
import { singular, subjectOfWord } from './text-signals.util';

/** "how many", "the number of", "count the", "total number of": a count asked for, before the noun counted. */
const COUNT_CUE =
  /\b(?:how\s+many|(?:the\s+)?(?:total\s+)?number\s+of|count\s+(?:of\s+)?(?:the\s+|all\s+|our\s+)?)\s*(?:of\s+(?:our|the|all|these|those|my)\s+)?(?:distinct\s+|different\s+|unique\s+)?([a-z][\w-]{1,30})(?:\s+([a-z][\w-]{1,30}))?/i;

/**
 * Whether a word names the grouped entity: its kind ("customers"), a synonym of it ("clients"), or a word for
 * an entity the analysis already read as that kind ("accounts" counted as customers).
 */
function namesKey(word: string, key: GroupKey, countedOf: string | null): boolean {
  const kind = singular(compactName(key.kind));
  const entity = subjectOfWord(word);
  return singular(compactName(word)) === kind || entity === kind || (entity !== null && countedOf === key.kind);
}

/**
 * The entity a question counts when each one must meet a condition of its own ("how many clients placed more
 * than 3 orders", "number of retail buyers with over 2 invoices"): the only grouping key, named right after
 * the count cue or after one qualifying word that names no table; `countedOf` is what the analysis counts. Null when the question counts something else
 * ("how many orders did …") or groups by more than that entity.
 */
export function countedGroupKey(
  question: string,
  keys: readonly GroupKey[],
  tables: readonly string[],
  countedOf: string | null,
): GroupKey | null {
  const entityKeys = keys.filter((k) => !TIME_KINDS.has(k.kind));
  if (entityKeys.length !== 1) return null;
  const key = entityKeys[0]!;
  const cue = COUNT_CUE.exec(question);
  if (!cue) return null;
  const [, first, second] = cue;
  if (namesKey(first!, key, countedOf)) return key;
  const firstIsTable = tables.some((t) => singular(compactName(t)) === singular(compactName(first!)));
  return second !== undefined && !firstIsTable && namesKey(second, key, countedOf) ? key : null;
}

const TIME_KINDS: ReadonlySet<string> = new Set(['hour', 'day', 'week', 'month', 'minute', 'time', 'date']);

/**
 * The groups a grouped query keeps (after its HAVING), counted: `SELECT COUNT(*) FROM (…) AS qualifying`, per
 * time bucket when the inner query has one. The inner query is given without its ORDER BY and LIMIT.
 */
export function countOfGroups(inner: readonly string[], select: readonly string[], name: string): string[] {
  const bucket = select.find((item) => /\s+AS\s+bucket$/i.test(item)) ? 'bucket' : null;
  // A line may hold more than one ("WHERE a\n  AND b"): each is indented.
  const indented = inner.flatMap((line) => line.split('\n')).map((line) => `  ${line}`);
  return bucket
    ? [
        `SELECT ${bucket}, COUNT(*) AS ${name}`,
        'FROM (',
        ...indented,
        ') AS qualifying',
        `GROUP BY ${bucket}`,
        `ORDER BY ${bucket} ASC`,
        'LIMIT 1000',
      ]
    : [`SELECT COUNT(*) AS ${name}`, 'FROM (', ...indented, ') AS qualifying'];
}

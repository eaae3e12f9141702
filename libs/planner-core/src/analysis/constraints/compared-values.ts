import { isFunctionWord } from './function-words';
import type { TableColumns } from './column-mapper';
import type { SpanSet, ValueHit } from './value-hit';

/** Two lower-case names set against each other before a noun ("kiosk vs web buyers", "tools versus toys category"). */
const COMPARED_PAIR = /(?<![\w-])([a-z][a-z-]{1,30})\s+(?:vs\.?|versus)\s+([a-z][a-z-]{1,30})\s+([a-z]{3,30})\b/g;
/** The word {@link COMPARED_PAIR} sets the names against by, in its case: a cheap test before it. */
const SAYS_VERSUS = /\b(?:vs|versus)\b/;
/** Columns that sort a table's rows into kinds ("segment", "tier", "role"), the first a table has being its kind. */
const KIND_COLUMN = /^(?:segment|tier|plan|role|category|kind|type|class|group|department|channel)$/i;
/** Words that describe or count rather than name a kind ("new vs old", "this vs last"). */
const NOT_A_KIND =
  /^(?:new|old|this|last|next|previous|current|first|other|more|less|most|least|top|bottom|high|low|same|different|total|average|avg|sum|count|number)$/i;

/** The column a noun names, or the kind column of the table it names ("category" → category, "buyers" → none). */
function kindColumnOf(noun: string, tables: readonly TableColumns[]): string | null {
  const word = noun
    .toLowerCase()
    .replace(/(?:ies)$/, 'y')
    .replace(/s$/, '');
  for (const t of tables) {
    const named = t.columns.find((c) => c.toLowerCase() === word && KIND_COLUMN.test(c));
    if (named) return `${t.table}.${named}`;
  }
  const table = tables.find((t) => t.table.toLowerCase().replace(/s$/, '') === word);
  const kind = table?.columns.find((c) => KIND_COLUMN.test(c));
  return table && kind ? `${table.table}.${kind}` : null;
}

/**
 * "avg basket, kiosk vs web buyers", "hardware versus software category": two names set against each other
 * before a kind column's name, or before the noun of a table that sorts its rows by kind, are values of that
 * column: two `text` hits with it as their hint. Names that describe or count are none.
 */
export function readComparedValues(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  COMPARED_PAIR.lastIndex = 0;
  if (!SAYS_VERSUS.test(text)) return hits;
  for (let m = COMPARED_PAIR.exec(text); m !== null; m = COMPARED_PAIR.exec(text)) {
    const [first, second] = [m[1]!, m[2]!];
    if ([first, second].some((name) => isFunctionWord(name) || NOT_A_KIND.test(name))) continue;
    const hint = kindColumnOf(m[3]!, tables);
    if (hint === null) continue;
    const secondStart = m.index + m[0].lastIndexOf(second, m[0].length - m[3]!.length - 1);
    const end = secondStart + second.length;
    if (taken.overlaps(m.index, end)) continue;
    hits.push(
      { kind: 'text', value: first, start: m.index, end: m.index + first.length, hint },
      { kind: 'text', value: second, start: secondStart, end, hint },
    );
    taken.add(m.index, end);
  }
  return hits;
}

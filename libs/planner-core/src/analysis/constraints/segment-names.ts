import { statusWordValue } from './business-values';
import type { TableColumns } from './column-mapper';
import { COUNTRY_BY_ADJECTIVE, COUNTRY_BY_NAME, WORLD_COUNTRY_BY_NAME } from './country-table';
import { isFunctionWord } from './function-words';
import { TIME_NAME, tableNamed } from './titled-names-before';
import type { SpanSet, ValueHit } from './value-hit';

/** The column that files a table's rows into segments or tiers ("segment", "customer_tier"). */
const SEGMENT_COLUMN = /^(?:\w+_)?(?:segment|tier)$/i;
/** Nouns for the people a business sells to, whatever its table is called ("clients", "subscribers", "subs"). */
const BUYER_NOUN = /^(?:customers?|clients?|subscribers?|subs|accounts?|accts?|buyers?|shoppers?|members?)$/i;
/**
 * A name right before a noun, after a word in lower case or a number (so never the word opening the question):
 * a capitalised word alone ("for Residential subs"), or any word joined to "-segment"/"-tier" ("new
 * business-segment customers"). `[1]` the name, `[2]` "segment"/"tier" when said, `[3]` the noun.
 */
const NAME_THEN_NOUN =
  /(?<=(?:\b[a-z][\w'-]*|\d)\s+)([A-Z][a-z]{2,30}|[a-z]{3,30}(?=-))(?:-(segment|tier))?\s+([a-z]{3,30})\b/g;
/** The table a noun names, by its own name or, for a word for buyers, the chosen table of buyers ("subs" → customers). */
function tableOfNoun(noun: string, tables: readonly TableColumns[]): TableColumns | undefined {
  const own = tableNamed(noun, tables);
  if (own || !BUYER_NOUN.test(noun)) return own;
  return tables.find((t) => BUYER_NOUN.test(t.table));
}

/** Whether a word is a place, a time, a state or a function word: no segment's name. */
function namesSomethingElse(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    isFunctionWord(lower) ||
    TIME_NAME.test(word) ||
    statusWordValue(lower) !== undefined ||
    COUNTRY_BY_ADJECTIVE.has(lower) ||
    COUNTRY_BY_NAME.has(lower) ||
    WORLD_COUNTRY_BY_NAME.has(lower)
  );
}

/**
 * "new Business-segment customers", "overdue invoices for Residential subs": a segment named by one word right
 * before the noun of a chosen table that files its rows by segment or tier. The word is capitalised, as the name of
 * a segment is written, and does not open the question; or it is joined to "-segment"/"-tier", which says what it
 * is. A country's adjective ("German customers"), a time, a state ("Active") or a function word is left alone.
 * Each becomes a `text` value with that column as its hint.
 */
export function readSegmentNames(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  NAME_THEN_NOUN.lastIndex = 0;
  for (let m = NAME_THEN_NOUN.exec(text); m !== null; m = NAME_THEN_NOUN.exec(text)) {
    const [, name, said, noun] = m as unknown as [string, string, string | undefined, string];
    if (!said && /^[a-z]/.test(name)) continue;
    const table = tableOfNoun(noun, tables);
    const column = table?.columns.find((c) => SEGMENT_COLUMN.test(c));
    if (!table || !column) continue;
    const end = m.index + name.length + (said ? said.length + 1 : 0);
    if (namesSomethingElse(name) || taken.overlaps(m.index, end)) continue;
    hits.push({ kind: 'text', value: name, start: m.index, end, hint: `${table.table}.${column}` });
    taken.add(m.index, end);
  }
  return hits;
}

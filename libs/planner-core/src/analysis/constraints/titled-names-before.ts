import type { TableColumns } from './column-mapper';
import { COUNTRY_BY_ADJECTIVE, COUNTRY_BY_NAME } from './country-table';
import { isFunctionWord } from './function-words';
import { takeListedNames, type SpanSet, type ValueHit } from './value-hit';

/**
 * The columns that sort a table's rows into named kinds ("segment", "category", "department", "product_type"), in
 * the order a name said before the table's noun is read as one of them.
 */
const KIND_COLUMNS = [
  /^segment$/i,
  /^category$/i,
  /^tier$/i,
  /^(?:type|kind|class)$/i,
  /^(?:department|division)$/i,
  /^\w+_(?:segment|category|tier|type|kind|class)$/i,
];

/** One capitalised name of up to three words ("Commercial", "Scientific Instruments", "R&D"). */
const NAME = String.raw`[A-Z][\w&'.-]*(?:\s+(?:&\s+)?[A-Z][\w&'.-]*){0,2}`;
const JOIN = String.raw`(?:\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+|\s*\/\s*)`;
/** Two or more capitalised names joined by commas, "or", "and" or "/", then a lower-case noun `[2]`. */
const NAMES_THEN_NOUN = new RegExp(String.raw`\b(${NAME}(?:${JOIN}${NAME}){1,7})\s+([a-z][a-z-]{2,30})\b`, 'g');
const ITEM_SPLIT = new RegExp(JOIN);

/** Words written with a capital that name a time, no kind of row ("Monday", "March", "Q3"). */
export const TIME_NAME =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$|^(?:q[1-4]|fy\d{2,4}|h[12])$/i;

/** The table a noun names (its name, singular or plural) among the chosen ones, or undefined. */
export function tableNamed(noun: string, tables: readonly TableColumns[]): TableColumns | undefined {
  const stem = (word: string) => word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return tables.find((t) => stem(t.table) === stem(noun));
}

/** The column that sorts a table's rows into named kinds, by {@link KIND_COLUMNS}; undefined when it has none. */
function kindColumn(table: TableColumns): string | undefined {
  for (const pattern of KIND_COLUMNS) {
    const column = table.columns.find((c) => pattern.test(c));
    if (column) return column;
  }
  return undefined;
}

/**
 * The kind column a noun names: the one of the chosen table the noun names ("customers" → customers.segment), or a
 * kind column named by the noun itself ("the Garden or Kitchen categories" → products.category).
 */
function kindNamed(noun: string, tables: readonly TableColumns[]): { table: TableColumns; column: string } | null {
  const table = tableNamed(noun, tables);
  const column = table ? kindColumn(table) : undefined;
  if (table && column) return { table, column };
  const stem = noun.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  for (const t of tables) {
    const named = t.columns.find((c) => c.toLowerCase() === stem && KIND_COLUMNS.some((p) => p.test(c)));
    if (named) return { table: t, column: named };
  }
  return null;
}

/**
 * "Commercial or Industrial customers", "Garden, Kitchen and Outdoor products": capitalised names listed just before
 * the noun of a chosen table are values of the column that sorts that table's rows into kinds (segment, category,
 * department): each becomes a `text` value with that column as its hint, so the list becomes one IN filter. A list
 * needs two names at least (a lone capital may open the sentence); a function word opening it ("Which") is no name,
 * and names of a time, or already read as something else (a country), are left alone.
 */
export function readTitledNamesBefore(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  NAMES_THEN_NOUN.lastIndex = 0;
  for (let m = NAMES_THEN_NOUN.exec(text); m !== null; m = NAMES_THEN_NOUN.exec(text)) {
    const owner = kindNamed(m[2]!, tables);
    if (!owner) continue;
    const { table, column } = owner;
    const raw = m[1]!.split(ITEM_SPLIT);
    // "Which Commercial or …": words of the sentence before the first name are no part of it.
    const firstWords = raw[0]!.split(/\s+/);
    const opening = firstWords.findLastIndex((word) => isFunctionWord(word)) + 1;
    const items = [firstWords.slice(opening).join(' '), ...raw.slice(1)];
    if (items.some((item) => item === '' || item.split(/\s+/).some((w) => isFunctionWord(w) || TIME_NAME.test(w))))
      continue;
    // "German and French customers": names of countries are the country's values, read as such.
    if (items.some((item) => COUNTRY_BY_ADJECTIVE.has(item.toLowerCase()) || COUNTRY_BY_NAME.has(item.toLowerCase())))
      continue;
    hits.push(...takeListedNames(text, items, { from: m.index }, `${table.table}.${column}`, taken));
  }
  return hits;
}

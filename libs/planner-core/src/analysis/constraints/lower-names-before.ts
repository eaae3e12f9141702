import type { TableColumns } from './column-mapper';
import { isFunctionWord } from './function-words';
import { takeListedNames, type SpanSet, type ValueHit } from './value-hit';

/** Column words that name no category a row is in ("the same name", "with the latest date"). */
const NOT_A_CATEGORY = /^(?:names?|emails?|ids?|types?|values?|codes?|times?|dates?|totals?|amounts?|counts?)$/;

/** Words that qualify a column rather than give its value ("with the same role", "in a different department"). */
const QUALIFIER =
  /^(?:same|other|different|another|highest|lowest|most|least|top|bottom|biggest|largest|smallest|new|old|current|previous|next|last|first|given|whole|entire|each|every|any|which|what|this|that|their|his|her|its|my|your|our|own|wrong|right|default|main|no|not|one|two|three|many|several|multiple|specific|certain|particular|expected|correct|required|appropriate|relevant)$/;

/** Words that name an aggregate or a reading of one ("on average, per region"): never a category's value. */
const AGGREGATE_WORD = /^(?:average|mean|median|total|overall|sum|maximum|minimum|typical|usual)$/;

/** One lower-case name: a word, or words joined by a hyphen or an underscore ("read-only", "super_admin"). */
const ITEM = String.raw`[a-z][a-z0-9]*(?:[-_][a-z0-9]+){0,3}`;

/**
 * "with the admin or owner role", "having the viewer role", "in the finance, legal or hr departments": lower-case
 * names just before a column's name, after a word that places the rows in them. A list (joined by commas, "or",
 * "and", "/") needs no article; one name needs "the" or "a" before it, so "for customer segment" names no value.
 */
const NAMES_BEFORE = new RegExp(
  String.raw`\b(?:with|having|holding|has|have|had|in|on|from|for|of)\s+(the\s+|an?\s+)?(${ITEM}(?:(?:\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+|\s*\/\s*)${ITEM}){0,7})\s+$`,
  'i',
);
const ITEM_SPLIT = /\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+|\s*\/\s*/i;

/** The one-word columns of the chosen tables a category is said with ("role", "department"), first table first. */
function categoryColumns(tables: readonly TableColumns[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const t of tables)
    for (const column of t.columns) {
      const word = column.toLowerCase();
      if (/^[a-z]{4,20}$/.test(word) && !NOT_A_CATEGORY.test(word) && !owners.has(word))
        owners.set(word, `${t.table}.${column}`);
    }
  return owners;
}

/** A word that qualifies, aggregates or joins ("same", "average", "per"): no name a row is in. */
function notAValue(item: string): boolean {
  return QUALIFIER.test(item) || AGGREGATE_WORD.test(item) || isFunctionWord(item);
}

/**
 * Values said in lower case before a one-word column's name ("accounts with the admin or owner role"): each name
 * becomes a `text` value with the column as its hint, so a list becomes one IN filter. Names that are themselves
 * a table's or a column's name, or words that qualify the column ("the same role"), are no values.
 */
export function readLowerNamesBefore(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  const owners = categoryColumns(tables);
  if (owners.size === 0) return hits;
  const known = new Set<string>();
  for (const t of tables) {
    known.add(t.table.toLowerCase().replace(/s$/, ''));
    for (const column of t.columns) known.add(column.toLowerCase());
  }
  const lower = text.toLowerCase();
  const words = /\b[a-z]{4,20}\b/g;
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    const hint = owners.get(m[0]) ?? owners.get(m[0].replace(/e?s$/, '')) ?? owners.get(m[0].replace(/s$/, ''));
    if (!hint) continue;
    const lead = text.slice(Math.max(0, m.index - 160), m.index);
    const before = NAMES_BEFORE.exec(lead);
    if (!before) continue;
    const list = before[2]!;
    const items = list.split(ITEM_SPLIT).map((item) => item.toLowerCase());
    if (items.length === 1 && before[1] === undefined) continue;
    if (items.some((item) => notAValue(item) || known.has(item) || known.has(item.replace(/s$/, '')))) continue;
    // The lead ends where the column's name starts: the list stands just before the spaces there.
    const from = m.index - (before[0].length - before[0].trimEnd().length) - list.length;
    hits.push(...takeListedNames(text, items, { from, until: m.index, search: lower }, hint, taken));
  }
  return hits;
}

import type { ConstraintFilter, GroupKey } from '@mesh/a2a-contracts';
import type { TableColumns } from './column-mapper';
import { isFunctionWord } from './function-words';
import { isBreakdownNoun } from './shape-reader';

/**
 * "top 5 headphones by units sold", "which laptops sold best": a ranked noun that names no column or table is
 * a kind of the things a table lists by category. Where a chosen table keeps named things with a category
 * (products: name, category), the noun is a value of that category and the ranking is per thing of that table.
 */
const CATEGORY_COLUMN = /^(?:category|\w+_category)$/i;
const NAME_COLUMN = /^(?:name|title|\w+_name)$/i;
/** Nouns that say "things" without saying which kind. */
const GENERIC =
  /^(?:items?|things?|products?|goods?|articles?|skus?|sellers?|best-?sellers?|ones?|entr(?:y|ies)|rows?|records?|results?|lines?|categor(?:y|ies)|brands?|kinds?|types?|models?|others?)$/i;
const TIME_WORD = /^(?:minute|hour|day|week|month|quarter|year|time|date)s?$/i;

interface CategoryTable {
  readonly table: string;
  readonly category: string;
  readonly key: string;
}

/** A chosen table of named things with a category and a key of its own. */
function categoryTable(tables: readonly TableColumns[]): CategoryTable | null {
  for (const t of tables) {
    const category = t.columns.find((c) => CATEGORY_COLUMN.test(c));
    if (!category || !t.columns.some((c) => NAME_COLUMN.test(c))) continue;
    const stem = t.table.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
    const key = t.columns.find((c) => c.toLowerCase() === `${stem}_id`) ?? t.columns.find((c) => /^id$/i.test(c));
    if (key) return { table: t.table, category, key };
  }
  return null;
}

/** Capitalised words just before a noun ("Garden Hoses"): with it, one category name said as a title. */
const TITLED_BEFORE = /(?:\b[A-Z][\w&'-]*\s+){1,3}$/;

/** The title-cased words before a capitalised noun that are no function word ("Which", "Top"), or "". */
function titledPrefix(before: string): string {
  const words = TITLED_BEFORE.exec(before)?.[0].trim().split(/\s+/) ?? [];
  const kept = words.slice(words.findLastIndex((word) => isFunctionWord(word)) + 1);
  return kept.join(' ');
}

/**
 * The noun as the question says it ("headphones" for the key "headphone"), or the key itself; a capitalised noun
 * after capitalised words is a category named as a title ("Garden Hoses"), kept whole and as said.
 */
function saidForm(text: string, kind: string): { readonly said: string; readonly titled: boolean } {
  const escaped = kind.replace(/[^\w-]/g, '');
  const head = text.slice(0, 4_000);
  const m = new RegExp(`\\b${escaped}(?:e?s)?\\b`, 'i').exec(head);
  if (!m) return { said: kind, titled: false };
  const prefix = /^[A-Z]/.test(m[0]) ? titledPrefix(head.slice(0, m.index)) : '';
  return prefix ? { said: `${prefix} ${m[0]}`, titled: true } : { said: m[0].toLowerCase(), titled: false };
}

/**
 * Group keys no column holds that name a kind of thing: each becomes a filter on the category column (the
 * noun as said and its singular) and a key on the thing's own table. Keys a column holds are kept as they are.
 */
export function categoryNounKeys(
  text: string,
  groupBy: readonly GroupKey[],
  tables: readonly TableColumns[],
): { groupBy: GroupKey[]; filters: ConstraintFilter[] } | null {
  const unheld = groupBy.filter(
    (key) =>
      key.field === null &&
      /^[a-z][a-z-]{2,30}$/i.test(key.kind) &&
      !GENERIC.test(key.kind) &&
      !TIME_WORD.test(key.kind) &&
      // "which region has the most orders": a breakdown no chosen table holds, not a kind of thing.
      !isBreakdownNoun(key.kind),
  );
  // A ranking by one noun ("top 5 kayaks"), not one key among others ("per department, role and …").
  if (groupBy.length !== 1 || unheld.length !== 1) return null;
  const owner = categoryTable(tables);
  if (!owner) return null;
  const noun = unheld[0]!;
  const { said, titled } = saidForm(text, noun.kind);
  const values = [...new Set(titled ? [said, said.toLowerCase()] : [said, noun.kind.toLowerCase()])];
  const thing = owner.table.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  const qualified = tables.length > 1;
  const field = (column: string) => (qualified ? `${owner.table}.${column}` : column);
  return {
    groupBy: groupBy.map((key) => (key === noun ? { kind: thing, field: field(owner.key) } : key)),
    filters: [
      {
        kind: 'text',
        operator: values.length > 1 ? 'in' : 'eq',
        values,
        field: field(owner.category),
        currency: null,
        expression: said,
      },
    ],
  };
}

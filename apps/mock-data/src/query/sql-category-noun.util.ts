import { columnFor, compactName } from './column-kinds';
import type { ConstraintFilter, GroupKey, QueryConstraints } from './constraints';
import type { SqlSchema } from './schema';
import { singular } from './text-signals.util';

/**
 * "top 10 speakers by revenue", "best 3 monitors by units": a ranked noun no table or column of the whole
 * database holds names a kind of the things a table lists by category (products: name, category). The key
 * becomes that table's own key and the noun a value of its category (as said, and singular), so the ranking
 * is per thing of that kind. The planner does the same when it chose that table; this covers the questions
 * where it did not (the noun alone does not name products).
 */
const CATEGORY_COLUMN = /^(?:category|\w+_category)$/i;
const NAME_COLUMN = /^(?:name|title|\w+_name)$/i;
/** Nouns that say "things" without saying which kind, and words of time. */
const NOT_A_KIND =
  /^(?:items?|things?|products?|goods?|articles?|skus?|sellers?|best-?sellers?|ones?|entr(?:y|ies)|rows?|records?|results?|lines?|categor(?:y|ies)|brands?|kinds?|types?|models?|others?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|times?|dates?)$/i;

interface CategoryTable {
  readonly table: string;
  readonly category: string;
  readonly key: string;
}

function categoryTable(schema: SqlSchema): CategoryTable | undefined {
  for (const [table, columns] of Object.entries(schema.tables)) {
    const category = columns.find((c) => CATEGORY_COLUMN.test(c));
    if (!category || !columns.some((c) => NAME_COLUMN.test(c))) continue;
    const key = columns.find((c) => c === `${singular(compactName(table))}_id`) ?? columns.find((c) => c === 'id');
    if (key) return { table, category, key };
  }
  return undefined;
}

/** Whether any table is named by the word or has a column for it. */
function heldAnywhere(kind: string, schema: SqlSchema): boolean {
  const word = singular(compactName(kind));
  return Object.entries(schema.tables).some(
    ([table, columns]) => singular(compactName(table)) === word || columnFor(columns, kind, null, table) !== undefined,
  );
}

/** The constraints with a ranked kind-of-thing noun read as a category value, or as they were. */
export function withCategoryNoun(c: QueryConstraints, schema: SqlSchema, question: string): QueryConstraints {
  // A ranking by one noun ("top 10 speakers by revenue"), not one key among others ("per department, role and …").
  if (c.groupBy.length !== 1 || (c.limit === null && c.order?.by !== 'measure')) return c;
  const unheld = c.groupBy.filter(
    (key) =>
      key.field === null &&
      /^[a-z][a-z-]{2,30}$/i.test(key.kind) &&
      !NOT_A_KIND.test(key.kind) &&
      !heldAnywhere(key.kind, schema),
  );
  const owner = unheld.length === 1 ? categoryTable(schema) : undefined;
  if (!owner) return c;
  const noun = unheld[0]!;
  const said = new RegExp(`\\b${noun.kind.replace(/[^\w-]/g, '')}(?:e?s)?\\b`, 'i').exec(question.slice(0, 2_000));
  // A kind the planner named in its own words ("laptops" read as a host) is not the question's noun.
  if (!said) return c;
  const values = [...new Set([said[0].toLowerCase(), noun.kind.toLowerCase()])];
  const key: GroupKey = { kind: singular(compactName(owner.table)), field: `${owner.table}.${owner.key}` };
  const filter: ConstraintFilter = {
    kind: 'text',
    operator: values.length > 1 ? 'in' : 'eq',
    values,
    field: `${owner.table}.${owner.category}`,
    currency: null,
    expression: values[0]!,
  };
  // "top 5 packages in the 'City Breaks' category": the category is given already; the noun names the things ranked.
  const given = c.filters.some((f) => f.field === filter.field);
  return {
    ...c,
    groupBy: c.groupBy.map((k) => (k === noun ? key : k)),
    filters: given ? c.filters : [...c.filters, filter],
  };
}

/** One word just before the things a category table lists ("garden products", "Kitchen items"): group 1, then the noun. */
const WORD_BEFORE_THINGS = /\b([A-Za-z][a-z&-]{2,30})\s+([a-z]+)\b/g;
/** Nouns of things any such table lists, besides its own name. */
const THINGS = /^(?:items?|goods|articles?|merchandise)$/i;
/**
 * Words before "products" that say which ones without naming a kind: determiners and quantities, states, prices,
 * ranks and times ("our", "active", "cheap", "top", "new"), participles ("discontinued", "best-selling"), and verbs
 * that open a question ("list", "rank", "sort").
 */
const NOT_A_CATEGORY =
  /^(?:a|an|the|all|any|our|my|your|their|his|her|its|these|those|this|that|which|what|whose|some|many|much|most|more|less|least|few|fewer|other|others|each|every|no|both|several|various|such|same|similar|different|distinct|unique|individual|single|total|new|old|newer|older|active|inactive|live|available|current|recent|latest|first|last|next|previous|existing|top|best|worst|cheap|cheaper|expensive|pricey|popular|slow|fast|low|high|big|small|top-selling|best-selling|selling|trending|moving|remaining|missing|pending|matching|upcoming|returning|free|paid|sold|unsold|bought|made|held|kept|physical|digital|catalog|catalogue|inventory|stock|store|shop|line|menu|sale|retail|cart|basket|wishlist|bundle|own|only|main|certain|specific|given|named|of|for|with|from|in|on|by|per|and|or|than|to|at|as|how|why|where|when|who|list|show|find|count|get|give|rank|ranking|sort|compare|are|were|was|is|be|have|has|had|do|did|does)$/i;

/**
 * "hardware products under 20", "list Kitchen items": a word said just before the things a category table lists
 * (products, items, goods), that no table or column holds, no filter reads already and no word of state, price,
 * rank or time is, names their category: a filter on the category column, as said and capitalised (the catalog
 * may keep either spelling). Constraints with a category filter already are kept as they are.
 */
export function withCategoryAdjective(c: QueryConstraints, schema: SqlSchema, question: string): QueryConstraints {
  const owner = categoryTable(schema);
  if (!owner || c.filters.some((f) => f.field === `${owner.table}.${owner.category}`)) return c;
  const own = singular(compactName(owner.table));
  const said = new Set(c.filters.flatMap((f) => [...f.values, f.expression]).map((v) => v.toLowerCase()));
  const text = question.slice(0, 2_000);
  for (const m of text.matchAll(WORD_BEFORE_THINGS)) {
    const [word, noun] = [m[1]!, m[2]!.toLowerCase()];
    if (singular(noun) !== own && !THINGS.test(noun)) continue;
    const lower = word.toLowerCase();
    if (NOT_A_CATEGORY.test(lower) || /(?:ed|est|ly)$/.test(lower) || said.has(lower)) continue;
    if (singular(lower) === own || heldAnywhere(lower, schema)) continue;
    const values = [...new Set([lower, `${lower[0]!.toUpperCase()}${lower.slice(1)}`])];
    const filter: ConstraintFilter = {
      kind: 'text',
      operator: 'in',
      values,
      field: `${owner.table}.${owner.category}`,
      currency: null,
      expression: word,
    };
    return { ...c, filters: [...c.filters, filter] };
  }
  return c;
}

/** A quoted name: group 1, 2 or 3 holds it. */
const QUOTED_NAME = String.raw`(?:'([^'\n]{1,60})'|"([^"\n]{1,60})"|[‘“]([^’”\n]{1,60})[’”])`;
/** Quoted names listed with commas, "and", "or" or "&": the list whole. */
const QUOTED_LIST = String.raw`${QUOTED_NAME}(?:\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or|&)\s+)${QUOTED_NAME})*`;
/**
 * "the 'Skins' category", "'Smart Meters' and 'Water Filters' categories", "category 'Outdoor'", "in categories
 * \"Toys\" or \"Games\"": quoted names the next or the previous word calls categories.
 */
const QUOTED_BEFORE_CATEGORY = new RegExp(String.raw`(${QUOTED_LIST})\s+categor(?:y|ies)\b`, 'gi');
const QUOTED_AFTER_CATEGORY = new RegExp(String.raw`\bcategor(?:y|ies)\s*[:=]?\s*(${QUOTED_LIST})`, 'gi');

/** The names quoted in a list matched by {@link QUOTED_LIST}. */
function quotedNames(list: string): string[] {
  return [...list.matchAll(new RegExp(QUOTED_NAME, 'g'))].map((m) => (m[1] ?? m[2] ?? m[3]!).trim());
}

/**
 * "top 5 packages in the 'City Breaks' category", "units sold in the 'Smart Meters' and 'Water Filters'
 * categories": quoted names the question calls categories are values of the category column of the table that
 * files its rows by category, matched whole, even where the planner placed them in no column (the table holding
 * the category was not among those it chose) and the text would otherwise be searched for in a name.
 */
export function withQuotedCategory(c: QueryConstraints, schema: SqlSchema, question: string): QueryConstraints {
  const owner = categoryTable(schema);
  if (!owner) return c;
  const field = `${owner.table}.${owner.category}`;
  const text = question.slice(0, 2_000);
  const named = new Set<string>();
  for (const pattern of [QUOTED_BEFORE_CATEGORY, QUOTED_AFTER_CATEGORY])
    for (const m of text.matchAll(pattern)) for (const name of quotedNames(m[1]!)) named.add(name.toLowerCase());
  if (named.size === 0) return c;
  let changed = false;
  const filters = c.filters.map((f): ConstraintFilter => {
    if (f.kind !== 'text' || f.field !== null || f.values.length === 0) return f;
    if (!f.values.every((v) => named.has(v.toLowerCase()))) return f;
    if (f.operator !== 'contains' && f.operator !== 'eq' && f.operator !== 'in') return f;
    changed = true;
    return { ...f, field, operator: f.values.length > 1 ? 'in' : 'eq' };
  });
  return changed ? { ...c, filters } : c;
}

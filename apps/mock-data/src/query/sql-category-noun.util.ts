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
  return {
    ...c,
    groupBy: c.groupBy.map((k) => (k === noun ? key : k)),
    filters: [...c.filters, filter],
  };
}

/** Tables Sentinel keeps for a product's logs, which a workspace's schema may not list. */
const WELL_KNOWN_TABLES: ReadonlySet<string> = new Set(['AWSCloudTrail']);

/** A product whose logs Sentinel keeps in a table of its own, by the product's name ("CloudTrail" → AWSCloudTrail). */
const PRODUCT_TABLES: ReadonlyArray<readonly [RegExp, string]> = [[/\b(?:aws\s*)?cloud\s*trail\b/i, 'AWSCloudTrail']];
/** Words that place a question's data in Sentinel or Log Analytics, where a product's logs are in its own table. */
const SENTINEL_SAID = /\b(?:sentinel|log\s+analytics|kql|kusto)\b/i;
/** What splits a question into the words a table's name is matched with. */
const WORD_SPLIT = /[^\w]+/;
/** Characters of the question read for a table's name. */
const MAX_TEXT = 2_000;

/** A table the question names, its columns (none when the schema does not list it), and whether the schema lists it. */
export interface NamedTable {
  readonly table: string;
  readonly columns: readonly string[];
  readonly listed: boolean;
}

/** A name of two words or more run together (`SigninLogs`, `AWSCloudTrail`), which no sentence says by chance. */
const COMPOUND_NAME = /[a-z][A-Z]|[A-Z]{2}[a-z]/;

/** Whether the question says a table's name: a compound name in any case, a one-word name (`Event`) as it is spelt. */
function says(words: ReadonlySet<string>, table: string): boolean {
  return COMPOUND_NAME.test(table) ? words.has(table.toLowerCase()) : words.has(table);
}

/** A table of the schema, or a well-known one the schema may lack, by its name said as a word of the question. */
function tableSaid(
  words: ReadonlySet<string>,
  catalog: Readonly<Record<string, readonly string[]>>,
): NamedTable | null {
  const said = Object.keys(catalog).filter((table) => says(words, table));
  if (said.length > 1) return null;
  if (said.length === 1) return { table: said[0]!, columns: catalog[said[0]!]!, listed: true };
  const known = [...WELL_KNOWN_TABLES].find((table) => says(words, table));
  return known ? { table: known, columns: [], listed: false } : null;
}

/**
 * The one table a question names for a KQL query: a table of the schema or a well-known one by its name
 * ("AWSCloudTrail sign-in events"), or a product said to be in Sentinel by the product's name ("CloudTrail in
 * Sentinel"); null when it names none, or several (a join or a union is the planner's to choose).
 */
export function namedKqlTable(
  question: string,
  catalog: Readonly<Record<string, readonly string[]>>,
): NamedTable | null {
  const text = question.slice(0, MAX_TEXT);
  const split = text.split(WORD_SPLIT);
  const words = new Set([...split, ...split.map((word) => word.toLowerCase())]);
  const said = tableSaid(words, catalog);
  if (said || !SENTINEL_SAID.test(text)) return said;
  const table = PRODUCT_TABLES.find(([product]) => product.test(text))?.[1];
  if (!table) return null;
  const columns = catalog[table];
  return columns ? { table, columns, listed: true } : { table, columns: [], listed: false };
}

import { topicScore } from './table-topics';
import { contentWords, singular, wordsOf } from './text-signals.util';

export interface ResolvedTables {
  /** Canonical names (as the schema spells them) or, for unknown ones, as written. */
  readonly tables: string[];
  readonly unknown: string[];
  readonly notes: string[];
}

/** How well a question's words fit a table: its name counts double, its columns once. */
function overlapScore(words: ReadonlySet<string>, table: string, columns: readonly string[]): number {
  const nameWords = new Set([...wordsOf(table).map(singular), singular(wordsOf(table).join(''))]);
  let score = 0;
  for (const word of nameWords) if (words.has(word)) score += 2;
  const columnWords = new Set(
    columns.flatMap((column) => [...wordsOf(column).map(singular), singular(wordsOf(column).join(''))]),
  );
  for (const word of columnWords) if (words.has(word)) score += 1;
  return score;
}

/** The catalog entry whose name and columns share the most words with the question, or null. */
export function bestTableByOverlap(
  question: string,
  catalog: Readonly<Record<string, readonly string[]>>,
): { table: string; score: number } | null {
  const words = contentWords(question);
  let best: { table: string; score: number } | null = null;
  for (const [table, columns] of Object.entries(catalog)) {
    // What the table is about counts more than a shared column word.
    const score = overlapScore(words, table, columns) + 3 * topicScore(table, question);
    if (score > 0 && (!best || score > best.score)) best = { table, score };
  }
  return best;
}

/**
 * Maps the analysis's table names onto the catalog (case-insensitively). Unknown names are
 * kept as written, with a note. With no names at all, picks the catalog entry that best
 * overlaps the question (or the first one), and says so.
 */
export function resolveTables(
  requested: readonly string[],
  catalog: Readonly<Record<string, readonly string[]>>,
  question: string,
  platform: string,
): ResolvedTables {
  const byLower = new Map(Object.keys(catalog).map((name) => [name.toLowerCase(), name]));
  const tables: string[] = [];
  const unknown: string[] = [];
  const notes: string[] = [];
  for (const name of requested) {
    const canonical = byLower.get(name.toLowerCase());
    if (canonical) {
      if (!tables.includes(canonical)) tables.push(canonical);
      continue;
    }
    if (!tables.includes(name)) tables.push(name);
    unknown.push(name);
    notes.push(`table ${name} is not in the ${platform} schema; the query uses it as written`);
  }
  if (tables.length > 0) return { tables, unknown, notes };

  const best = bestTableByOverlap(question, catalog);
  if (best) {
    notes.push(`the analysis names no table; picked ${best.table} by word overlap with the question`);
    return { tables: [best.table], unknown, notes };
  }
  const first = Object.keys(catalog)[0];
  if (!first) return { tables: [], unknown, notes: ['the analysis names no table and the schema lists none'] };
  notes.push(`the analysis names no table and no table matched the question; defaulted to ${first}`);
  return { tables: [first], unknown, notes };
}

import type { SchemaEntry } from '../context/schema-catalog';
import { identifierWords } from './text.util';

/** The key a name is looked up by: its stems joined (`zip_code` → `zip code`). */
function keyOf(stems: readonly string[]): string {
  return stems.join(' ');
}

/**
 * Tables the given tables point at through their columns (`orders.customer_id` →
 * `customers`, `expense.link_to_report` → `report`): the joins a query over them is likely to
 * need. One hop, forward references only, at most `limit`. Linear in the platform's entries.
 */
export function referencedTables(tables: readonly SchemaEntry[], entries: readonly SchemaEntry[], limit = 3): string[] {
  if (tables.length === 0 || limit <= 0) return [];
  const byKey = new Map<string, string>();
  for (const entry of entries) {
    const stems = identifierWords(entry.name).stems;
    if (stems.length > 0 && stems.length <= 3) byKey.set(keyOf(stems), entry.name);
  }
  const own = new Set(tables.map((t) => t.name));
  const found: string[] = [];
  for (const table of tables) {
    for (const column of table.columns) {
      const stems = identifierWords(column).stems;
      // A reference is a table's name inside a longer column name (`customer_id`, `link_to_patient`);
      // a one-word column (`city`) is an attribute, even when a table shares its name.
      if (stems.length < 2) continue;
      for (let length = 1; length < stems.length && length <= 3; length += 1) {
        for (let start = 0; start + length <= stems.length; start += 1) {
          const name = byKey.get(keyOf(stems.slice(start, start + length)));
          if (name && !own.has(name) && !found.includes(name)) found.push(name);
          if (found.length >= limit) return found;
        }
      }
    }
  }
  return found;
}

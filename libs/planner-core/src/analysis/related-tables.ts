import type { SchemaEntry } from '../context/schema-catalog';
import { ANALYSIS_LIMITS, isFillerStem } from './catalog-index';
import { identifierWords, stemWord } from './text.util';

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
  const byKey = new KeyLookup(keyIndexOf(entries));
  const own = new Set(tables.map((t) => t.name));
  const found: string[] = [];
  const unresolved: string[] = [];
  for (const table of tables) {
    for (const column of table.columns) {
      const { stems, words } = identifierWords(column);
      // A reference is a table's name inside a longer column name (`customer_id`, `link_to_patient`);
      // a one-word column (`city`) is an attribute, even when a table shares its name.
      if (stems.length < 2) continue;
      for (let length = 1; length < stems.length && length <= 3; length += 1) {
        for (let start = 0; start + length <= stems.length; start += 1) {
          const name = byKey.get(keyOf(stems.slice(start, start + length)), table);
          if (name && !own.has(name) && !found.includes(name)) found.push(name);
          if (found.length >= limit) return found;
        }
      }
      const key = words[0]!;
      if (stems.length === 2 && stems[1] === 'id' && key.length >= MIN_REFERENCE_KEY && !byKey.has(stems[0]!))
        if (!unresolved.includes(key) && unresolved.length < MAX_UNRESOLVED) unresolved.push(key);
    }
  }
  for (const name of compoundTargets(unresolved, entries))
    if (!own.has(name) && !found.includes(name) && found.length < limit) found.push(name);
  return found;
}

/** Shortest key a key column is read for, and most unresolved keys looked up per call. */
const MIN_REFERENCE_KEY = 4;
const MAX_UNRESOLVED = 8;

/**
 * For key columns no table is named after (`hero_id`), the one single-word table whose name ends in
 * the key (`superhero`): the key of a table named as a compound. Ambiguous keys (two such tables)
 * reach none. One pass over the entries, times at most {@link MAX_UNRESOLVED} keys.
 */
function compoundTargets(keys: readonly string[], entries: readonly SchemaEntry[]): string[] {
  if (keys.length === 0) return [];
  const targets = new Map<string, string | null>();
  for (const entry of entries) {
    const { words } = identifierWords(entry.name);
    if (words.length !== 1) continue;
    for (const key of keys)
      if (words[0]!.length > key.length && words[0]!.endsWith(key))
        targets.set(key, targets.has(key) ? null : entry.name);
  }
  return keys.map((key) => targets.get(key)).filter((name): name is string => typeof name === 'string');
}

/** Whether an entry holds a key column for `key` (`races.raceId`, `race.race_id`) within the columns read. */
function holdsKey(entry: SchemaEntry, key: string, budget: { columns: number }): boolean {
  const count = Math.min(entry.columns.length, ANALYSIS_LIMITS.columnsPerEntry, budget.columns);
  budget.columns -= count;
  for (let c = 0; c < count; c += 1) {
    const stems = identifierWords(entry.columns[c]!).stems;
    if (stems.length >= 2 && stems[stems.length - 1] === 'id' && keyOf(stems.slice(0, -1)) === key) return true;
  }
  return false;
}

/** The table names of a platform by the key a column would spell them with (`race_id` → `race`); the later wins a clash. */
function namesByKey(entries: readonly SchemaEntry[]): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const entry of entries) {
    const stems = identifierWords(entry.name).stems;
    if (stems.length > 0 && stems.length <= 3) byKey.set(keyOf(stems), entry.name);
  }
  return byKey;
}

/** Whether an entry is keyed by a plain `id` column (within the columns read). */
function holdsPlainId(entry: SchemaEntry, budget: { columns: number }): boolean {
  const count = Math.min(entry.columns.length, ANALYSIS_LIMITS.columnsPerEntry, budget.columns);
  budget.columns -= count;
  for (let c = 0; c < count; c += 1) if (entry.columns[c]!.toLowerCase() === 'id') return true;
  return false;
}

/** A platform's names by key, with the keys two names share (see {@link KeyLookup}). */
interface KeyIndex {
  readonly byKey: ReadonlyMap<string, string>;
  readonly clashes: ReadonlyMap<string, readonly SchemaEntry[]>;
}

function buildKeyIndex(entries: readonly SchemaEntry[]): KeyIndex {
  const byKey = new Map<string, string>();
  const clashes = new Map<string, SchemaEntry[]>();
  const first = new Map<string, SchemaEntry>();
  for (const entry of entries) {
    const stems = identifierWords(entry.name).stems;
    if (stems.length === 0 || stems.length > 3) continue;
    const key = keyOf(stems);
    const earlier = first.get(key);
    if (!earlier) first.set(key, entry);
    else clashes.set(key, [...(clashes.get(key) ?? [earlier]), entry]);
    byKey.set(key, entry.name);
  }
  return { byKey, clashes };
}

/**
 * What is read of a platform's entries list whatever the question, once per list: a request's lists
 * (`CatalogIndex.byPlatform`) live as long as its catalog, held weakly.
 */
interface EntriesIndex {
  readonly keys: KeyIndex;
  /** {@link namesByKey} of the list. */
  readonly names: ReadonlyMap<string, string>;
  /**
   * For each entry: the keys of other tables its first {@link ANALYSIS_LIMITS.columnsPerEntry} columns point
   * at (see {@link columnReferences}), each once, its own key left out.
   */
  readonly references: Array<readonly string[] | undefined>;
}

const entriesIndexes = new WeakMap<readonly SchemaEntry[], EntriesIndex>();

function entriesIndexOf(entries: readonly SchemaEntry[]): EntriesIndex {
  let index = entriesIndexes.get(entries);
  if (!index) {
    index = { keys: buildKeyIndex(entries), names: namesByKey(entries), references: [] };
    entriesIndexes.set(entries, index);
  }
  return index;
}

function keyIndexOf(entries: readonly SchemaEntry[]): KeyIndex {
  return entriesIndexOf(entries).keys;
}

/**
 * Key lookup for one referring table. Two tables with one key (`race`, `races`, from two databases)
 * are told apart by the referring table's habit: one keyed by a plain `id` (`superhero.id`) points at
 * one without this key column (`race.id`); one without a plain `id` (`results.resultId`) points at the
 * one holding it (`races.raceId`). Else the later name. Columns are read only on such clashes, at most
 * {@link ANALYSIS_LIMITS.columns} in all.
 */
class KeyLookup {
  private readonly budget = { columns: ANALYSIS_LIMITS.columns as number };

  constructor(private readonly keys: KeyIndex) {}

  has(key: string): boolean {
    return this.keys.byKey.has(key);
  }

  get(key: string, referrer: SchemaEntry): string | undefined {
    const clash = this.keys.clashes.get(key);
    if (!clash) return this.keys.byKey.get(key);
    const named = !holdsPlainId(referrer, this.budget);
    const fitting = clash.filter((entry) => holdsKey(entry, key, this.budget) === named);
    return fitting.length === 1 ? fitting[0]!.name : this.keys.byKey.get(key);
  }
}

/** The keys an entry's first `count` columns point at, each once, its own key left out. */
function referencesOf(entry: SchemaEntry, count: number, byKey: ReadonlyMap<string, string>): string[] {
  const references = new Set<string>();
  for (let c = 0; c < count; c += 1) columnReferences(entry.columns[c]!, byKey, references);
  references.delete(keyOf(identifierWords(entry.name).stems));
  return [...references];
}

/** The tables (by key) one column points at: a table's name inside a longer column name. */
function columnReferences(column: string, byKey: ReadonlyMap<string, string>, into: Set<string>): void {
  const stems = identifierWords(column).stems;
  if (stems.length < 2) return;
  for (let length = 1; length < stems.length && length <= 3; length += 1) {
    for (let start = 0; start + length <= stems.length; start += 1) {
      const key = keyOf(stems.slice(start, start + length));
      if (byKey.has(key)) into.add(key);
    }
  }
}

/**
 * The junction between tables a question names (`results` between `drivers` and `races`,
 * `hero_power` between `superhero` and `superpower`): an entry whose columns point at two or more
 * of them. The one linking the most of them wins, then the one pointing at the most tables in all
 * and the widest (the fact table at the centre, holding the facts asked about), then catalog order;
 * at most `limit`. Reads at most {@link ANALYSIS_LIMITS} columns (per entry and in all).
 */
export function bridgingTables(tables: readonly SchemaEntry[], entries: readonly SchemaEntry[], limit = 1): string[] {
  if (tables.length < 2 || limit <= 0) return [];
  const wanted = namesByKey(tables);
  const index = entriesIndexOf(entries);
  const own = new Set(tables.map((t) => t.name));
  const found: Array<{ name: string; links: number; references: number; columns: number; order: number }> = [];
  // Read within the analysis caps: the first columns of each entry, and no more columns in all than the matcher reads.
  let budget: number = ANALYSIS_LIMITS.columns;
  for (let order = 0; order < entries.length; order += 1) {
    const entry = entries[order]!;
    if (own.has(entry.name) || budget <= 0) continue;
    const full = Math.min(entry.columns.length, ANALYSIS_LIMITS.columnsPerEntry);
    const count = Math.min(full, budget);
    budget -= count;
    // An entry read in full points where it always does (worked out once per list); one cut by the budget is read here.
    const references =
      count === full
        ? (index.references[order] ??= referencesOf(entry, full, index.names))
        : referencesOf(entry, count, index.names);
    let links = 0;
    for (const key of references) if (wanted.has(key)) links += 1;
    if (links >= 2)
      found.push({ name: entry.name, links, references: references.length, columns: entry.columns.length, order });
  }
  found.sort((a, b) => b.links - a.links || b.references - a.references || b.columns - a.columns || a.order - b.order);
  return found.slice(0, limit).map((f) => f.name);
}

/** A source as a name's prefix when it ends in a wildcard (`WinEventLog:App/*` → `wineventlog:app`), else null. */
function wildcardPrefix(source: string): string | null {
  if (!source.endsWith('*')) return null;
  const prefix = source.replace(/[*/\\:]+$/, '').toLowerCase();
  return prefix.length >= 3 ? prefix : null;
}

/**
 * The sourcetypes the given entries stand for (a macro's `sourcetype=…`, what an index holds; see
 * `SchemaEntry.sources`) that the platform's catalog lists: what a search through the macro reads.
 * Names compare without case; a source ending in `*` reaches the names it begins. At most `limit`,
 * in the order the entries and their definitions name them. Linear in the platform's entries.
 */
export function sourcedTables(tables: readonly SchemaEntry[], entries: readonly SchemaEntry[], limit = 3): string[] {
  if (limit <= 0 || !tables.some((t) => t.sources && t.sources.length > 0)) return [];
  const byLower = new Map<string, string>();
  for (const entry of entries) if (entry.kind === 'sourcetype') byLower.set(entry.name.toLowerCase(), entry.name);
  const own = new Set(tables.map((t) => t.name));
  const found: string[] = [];
  const take = (name: string | undefined) => {
    if (name !== undefined && !own.has(name) && !found.includes(name) && found.length < limit) found.push(name);
  };
  for (const table of tables) {
    for (const source of table.sources ?? []) {
      const prefix = wildcardPrefix(source);
      if (prefix === null) take(byLower.get(source.toLowerCase()));
      else for (const [lower, name] of byLower) if (lower.startsWith(prefix)) take(name);
      if (found.length >= limit) return found;
    }
  }
  return found;
}

/** Padding that names a record of happenings (`…Events`, `…Log`): a family's logs end in it. */
const HAPPENING_STEMS: ReadonlySet<string> = new Set(['event', 'events', 'log', 'logs'].map(stemWord));

/** A name's lead word and whether the rest is happening padding alone (`HostEvents`) or says more (`HostFileEvents`). */
function familyShape(name: string): { lead: string; general: boolean; specific: boolean } | null {
  const { stems } = identifierWords(name);
  if (stems.length < 2 || !HAPPENING_STEMS.has(stems[stems.length - 1]!)) return null;
  const said = stems.slice(1).filter((stem) => !isFillerStem(stem)).length;
  return { lead: stems[0]!, general: said === 0, specific: said > 0 };
}

/**
 * The general log of each family the given tables belong to: for a specific log of happenings named by a lead word
 * and what it records (`HostFileEvents`, `HostProcessEvents`), the sibling named by the lead word alone
 * (`HostEvents`), where a source writes what its specific logs do not (a blocked exploit, an antivirus verdict,
 * an audited setting). At most `limit`; linear in the platform's entries.
 */
export function familyLogs(tables: readonly SchemaEntry[], entries: readonly SchemaEntry[], limit = 2): string[] {
  const leads = new Set<string>();
  for (const table of tables) {
    const shape = familyShape(table.name);
    if (shape?.specific) leads.add(shape.lead);
  }
  if (leads.size === 0 || limit <= 0) return [];
  const own = new Set(tables.map((t) => t.name));
  const found: string[] = [];
  for (const entry of entries) {
    if (own.has(entry.name)) continue;
    const shape = familyShape(entry.name);
    if (shape?.general && leads.has(shape.lead) && !found.includes(entry.name)) found.push(entry.name);
    if (found.length >= limit) break;
  }
  return found;
}

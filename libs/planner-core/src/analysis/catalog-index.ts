import { SCHEMA_CATALOG_LIMITS, type SchemaCatalog, type SchemaEntry } from '../context/schema-catalog';
import { isMeaningful } from './question-reader';
import { identifierWords, stemWord } from './text.util';
import { NAME_FILLER_WORDS, SHARED_PRODUCT_WORDS } from './vocabulary';

/**
 * How much of a catalog one request reads. The catalog reader keeps up to 1,000 entries and
 * 10,000 columns of `schema_hints` ({@link SCHEMA_CATALOG_LIMITS}); the analysis reads those entries
 * (in the order the hints list them, platform by platform), the first `columnsPerEntry` columns of
 * each and at most `columns` columns in all. Names are already at most 256 characters (the catalog
 * reader drops longer ones); typo-tolerant matching only compares names of at most `typoNameLength`
 * characters, and a name's words past the first `nameWords` are not read.
 */
export const ANALYSIS_LIMITS = {
  entries: SCHEMA_CATALOG_LIMITS.entries,
  columnsPerEntry: 200,
  columns: SCHEMA_CATALOG_LIMITS.totalColumns,
  typoNameLength: 64,
  nameWords: 12,
} as const;

const FILLER_STEMS = new Set(NAME_FILLER_WORDS.map(stemWord));

/** A shared product's name as one stem (`powershel`, `activdirectori`): how a name's word or joined pair holds it. */
const SHARED_PRODUCT_STEMS: ReadonlySet<string> = new Set(
  SHARED_PRODUCT_WORDS.map((phrase) => phrase.split(' ').map(stemWord).join('')),
);

/** Weights of a name's words: padding (`…Events`) counts for little, unless the name has nothing else. */
export const NAME_WORD_WEIGHTS = { word: 1, filler: 0.25, onlyFiller: 0.5 } as const;

/** What a name says, worked out once per distinct name (names recur across requests). */
export interface NameInfo {
  readonly lower: string;
  readonly multiWord: boolean;
  /** Meaningful stems, each once, with their weight (padding counts for less). */
  readonly stems: readonly string[];
  /** The name's word each stem comes from, lower-case (`indicator` for `indic`). */
  readonly words: readonly string[];
  readonly weights: readonly number[];
  /** For each stem: the joined stems of it with its neighbours (`Power|Shell` → powershel). */
  readonly joins: ReadonlyArray<readonly string[]>;
  /**
   * The name holds a product both telemetry stores ingest (`…-Windows-KettleMonitor…`, `…PowerShell…`, `AAD…`;
   * see SHARED_PRODUCT_WORDS): it names a source of that product's data, which the other store keeps under other
   * names, so the words of the product's parts it holds say what the data is, not which store holds it.
   */
  readonly sharedProduct: boolean;
}

const NAME_CACHE_MAX = 50_000;
const nameCache = new Map<string, NameInfo>();

/**
 * Acronyms run together in a name (`W3CIISLog` reads as w3, ciis, log) cannot be told apart by
 * case: a word written in capitals in the name also stands for its tails and heads of three
 * letters or more (`ciis` → iis, cii), so a question saying `IIS` reaches it.
 */
function acronymParts(name: string, word: string): string[] {
  if (word.length < 4 || word.length > MAX_ACRONYM_RUN || !/[a-z]/.test(word) || !name.includes(word.toUpperCase()))
    return [];
  const parts: string[] = [];
  for (let length = 3; length < word.length; length += 1)
    parts.push(stemWord(word.slice(word.length - length)), stemWord(word.slice(0, length)));
  return parts;
}

/** Longest run of capitals split into acronyms (longer runs are words written in capitals, not acronyms run together). */
const MAX_ACRONYM_RUN = 8;

export function nameInfo(name: string): NameInfo {
  let info = nameCache.get(name);
  if (info) return info;
  const words = identifierWords(name);
  const onlyFiller = words.stems.every((stem) => !isMeaningful(stem) || FILLER_STEMS.has(stem));
  const stems: string[] = [];
  const ownWords: string[] = [];
  const weights: number[] = [];
  const joins: string[][] = [];
  const count = Math.min(words.stems.length, ANALYSIS_LIMITS.nameWords);
  for (let i = 0; i < count; i += 1) {
    const stem = words.stems[i]!;
    if (!isMeaningful(stem) || stems.includes(stem)) continue;
    stems.push(stem);
    ownWords.push(words.words[i]!);
    weights.push(
      FILLER_STEMS.has(stem)
        ? onlyFiller
          ? NAME_WORD_WEIGHTS.onlyFiller
          : NAME_WORD_WEIGHTS.filler
        : NAME_WORD_WEIGHTS.word,
    );
    const before = i > 0 ? words.joined[i - 1] : undefined;
    const after = i + 1 < count ? words.joined[i] : undefined;
    const own =
      before !== undefined && after !== undefined && before !== after
        ? [before, after]
        : before !== undefined
          ? [before]
          : after !== undefined
            ? [after]
            : [];
    joins.push([...own, ...acronymParts(name, words.words[i]!)]);
  }
  const sharedProduct =
    stems.some((stem) => SHARED_PRODUCT_STEMS.has(stem)) ||
    joins.some((list) => list.some((joined) => SHARED_PRODUCT_STEMS.has(joined)));
  info = {
    lower: name.toLowerCase(),
    multiWord: words.words.length > 1,
    stems,
    words: ownWords,
    weights,
    joins,
    sharedProduct,
  };
  if (nameCache.size >= NAME_CACHE_MAX) nameCache.clear();
  nameCache.set(name, info);
  return info;
}

export function isFillerStem(stem: string): boolean {
  return FILLER_STEMS.has(stem);
}

/** One catalog entry as the matcher reads it. */
export interface IndexedEntry {
  readonly entry: SchemaEntry;
  readonly platform: string;
  readonly info: NameInfo;
  /** How many of its columns are read (within the per-entry and whole-catalog caps). */
  readonly columnCount: number;
}

/**
 * A catalog read once per request (whatever number of question segments it is matched against):
 * the entries within {@link ANALYSIS_LIMITS}, with their names read into words, and how rare
 * each name word is. It allocates per entry, not per column: a question (segment) then scans
 * the entries it holds, so the work per request is bounded by the caps times the segments.
 */
export interface CatalogIndex {
  readonly entries: readonly IndexedEntry[];
  /** Entries of each platform, in catalog order (what related-table lookups read). */
  readonly byPlatform: ReadonlyMap<string, readonly SchemaEntry[]>;
  /** How many entries hold a name stem. */
  readonly nameDf: ReadonlyMap<string, number>;
  /** The one platform whose names hold a stem or a joined pair, or '' once two platforms do. */
  readonly nameHome: ReadonlyMap<string, string>;
}

function setHome(homes: Map<string, string>, key: string, platform: string): void {
  const home = homes.get(key);
  if (home === undefined) homes.set(key, platform);
  else if (home !== platform) homes.set(key, '');
}

/** What a catalog's index holds whatever the question: built once per catalog and list of platforms. */
interface CatalogBase {
  readonly platforms: readonly string[];
  readonly entries: readonly IndexedEntry[];
  readonly byPlatform: ReadonlyMap<string, readonly SchemaEntry[]>;
  readonly nameDf: ReadonlyMap<string, number>;
}

/** Lists of platforms indexed per catalog: requests with other agents rarely vary it, and each base is bounded by the caps. */
const MAX_BASES_PER_CATALOG = 4;

/**
 * Bases by catalog, held weakly: a catalog gone with its request (or its caller) takes its bases along.
 * `readSchemaCatalogOnce` hands out one catalog per hints object, so a caller that plans many questions over
 * one catalog indexes it once.
 */
const basesByCatalog = new WeakMap<SchemaCatalog, CatalogBase[]>();

function samePlatforms(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

function buildBase(catalog: SchemaCatalog, platforms: readonly string[]): CatalogBase {
  const entries: IndexedEntry[] = [];
  const byPlatform = new Map<string, SchemaEntry[]>();
  const nameDf = new Map<string, number>();
  let columnBudget: number = ANALYSIS_LIMITS.columns;

  for (const platform of new Set(platforms)) {
    const own: SchemaEntry[] = [];
    byPlatform.set(platform, own);
    for (const entry of catalog.platforms.get(platform)?.entries ?? []) {
      if (entries.length >= ANALYSIS_LIMITS.entries) break;
      const info = nameInfo(entry.name);
      const columnCount = Math.min(entry.columns.length, ANALYSIS_LIMITS.columnsPerEntry, columnBudget);
      columnBudget -= columnCount;
      entries.push({ entry, platform, info, columnCount });
      own.push(entry);
      for (const stem of info.stems) nameDf.set(stem, (nameDf.get(stem) ?? 0) + 1);
    }
  }
  return { platforms: [...platforms], entries, byPlatform, nameDf };
}

/** The catalog's base for these platforms, built on first use (see {@link MAX_BASES_PER_CATALOG}). */
function baseOf(catalog: SchemaCatalog, platforms: readonly string[]): CatalogBase {
  let bases = basesByCatalog.get(catalog);
  if (!bases) basesByCatalog.set(catalog, (bases = []));
  for (const base of bases) if (samePlatforms(base.platforms, platforms)) return base;
  const base = buildBase(catalog, platforms);
  if (bases.length >= MAX_BASES_PER_CATALOG) bases.shift();
  bases.push(base);
  return base;
}

/**
 * Reads the catalog entries of the given platforms into a {@link CatalogIndex}, within
 * {@link ANALYSIS_LIMITS}. `said`, when given, holds every stem the question says (terms, implied
 * terms and names): where other words live is never asked. The part that does not depend on the
 * question is built once per catalog and list of platforms.
 */
export function indexCatalog(
  catalog: SchemaCatalog,
  platforms: readonly string[],
  said?: ReadonlySet<string>,
): CatalogIndex {
  const { entries, byPlatform, nameDf } = baseOf(catalog, platforms);
  // Per question: only the words it says are looked up, and those are few (a map of every word would not be).
  const nameHome = new Map<string, string>();
  for (const { platform, info } of entries) {
    for (let i = 0; i < info.stems.length; i += 1) {
      const stem = info.stems[i]!;
      if (!said || said.has(stem)) setHome(nameHome, stem, platform);
      for (const joined of info.joins[i]!)
        if (joined !== stem && (!said || said.has(joined))) setHome(nameHome, joined, platform);
    }
  }
  return { entries, byPlatform, nameDf, nameHome };
}

import type { SchemaCatalog, SchemaEntry } from '../context/schema-catalog';
import { isMeaningful } from './question-reader';
import { identifierWords, stemWord } from './text.util';
import { NAME_FILLER_WORDS } from './vocabulary';

/**
 * How much of a catalog one request reads. The catalog reader keeps up to 10,000 entries and
 * 100,000 columns of `schema_hints` (see schema-catalog.ts); the analysis reads the first `entries` entries (in the order the hints list
 * them, platform by platform), the first `columnsPerEntry` columns of each and at most `columns`
 * columns in all. Names are already at most 256 characters (the catalog reader drops longer ones);
 * typo-tolerant matching only compares names of at most `typoNameLength` characters, and a name's
 * words past the first `nameWords` are not read.
 */
export const ANALYSIS_LIMITS = {
  entries: 3_000,
  columnsPerEntry: 200,
  columns: 20_000,
  typoNameLength: 64,
  nameWords: 12,
} as const;

const FILLER_STEMS = new Set(NAME_FILLER_WORDS.map(stemWord));

/** Weights of a name's words: padding (`…Events`) counts for little, unless the name has nothing else. */
export const NAME_WORD_WEIGHTS = { word: 1, filler: 0.25, onlyFiller: 0.5 } as const;

/** What a name says, worked out once per distinct name (names recur across requests). */
export interface NameInfo {
  readonly lower: string;
  readonly multiWord: boolean;
  /** Meaningful stems, each once, with their weight (padding counts for less). */
  readonly stems: readonly string[];
  readonly weights: readonly number[];
  /** For each stem: the joined stems of it with its neighbours (`Power|Shell` → powershel). */
  readonly joins: ReadonlyArray<readonly string[]>;
}

const NAME_CACHE_MAX = 50_000;
const nameCache = new Map<string, NameInfo>();

/**
 * Acronyms run together in a name (`W3CIISLog` reads as w3, ciis, log) cannot be told apart by
 * case: a word written in capitals in the name also stands for its tails and heads of three
 * letters or more (`ciis` → iis, cii), so a question saying `IIS` reaches it.
 */
function acronymParts(name: string, word: string): string[] {
  if (word.length < 4 || word.length > MAX_ACRONYM_RUN || !/[a-z]/.test(word) || !name.includes(word.toUpperCase())) return [];
  const parts: string[] = [];
  for (let length = 3; length < word.length; length += 1) parts.push(stemWord(word.slice(word.length - length)), stemWord(word.slice(0, length)));
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
  const weights: number[] = [];
  const joins: string[][] = [];
  const count = Math.min(words.stems.length, ANALYSIS_LIMITS.nameWords);
  for (let i = 0; i < count; i += 1) {
    const stem = words.stems[i]!;
    if (!isMeaningful(stem) || stems.includes(stem)) continue;
    stems.push(stem);
    weights.push(FILLER_STEMS.has(stem) ? (onlyFiller ? NAME_WORD_WEIGHTS.onlyFiller : NAME_WORD_WEIGHTS.filler) : NAME_WORD_WEIGHTS.word);
    const before = i > 0 ? words.joined[i - 1] : undefined;
    const after = i + 1 < count ? words.joined[i] : undefined;
    const own = before !== undefined && after !== undefined && before !== after ? [before, after] : before !== undefined ? [before] : after !== undefined ? [after] : [];
    joins.push([...own, ...acronymParts(name, words.words[i]!)]);
  }
  info = { lower: name.toLowerCase(), multiWord: words.words.length > 1, stems, weights, joins };
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
}

/**
 * A catalog read once per request (whatever number of question segments it is matched against):
 * the entries within {@link ANALYSIS_LIMITS} and posting lists from each word to the entries
 * whose name or columns hold it, so a question is matched in time proportional to the entries
 * its words reach, not to the catalog's size.
 */
export interface CatalogIndex {
  readonly entries: readonly IndexedEntry[];
  /** Entries of each platform, in catalog order (what related-table lookups read). */
  readonly byPlatform: ReadonlyMap<string, readonly SchemaEntry[]>;
  /** How many entries hold a name stem. */
  readonly nameDf: ReadonlyMap<string, number>;
  /** The one platform whose names hold a stem or a joined pair, or '' once two platforms do. */
  readonly nameHome: ReadonlyMap<string, string>;
  /** Name stem or joined pair → entries whose name holds it. */
  readonly nameTerms: ReadonlyMap<string, readonly number[]>;
  /** Multi-word name in lower case → entries (a question token written out as the name). */
  readonly nameTokens: ReadonlyMap<string, readonly number[]>;
  /** Entries whose lower-case name holds a space (matched by substring), by their first word as a token. */
  readonly spacedNames: ReadonlyMap<string, readonly number[]>;
  /** Entries whose name is long enough, and short enough, for typo-tolerant matching, by first character. */
  readonly typoCandidates: ReadonlyMap<string, readonly number[]>;
  /** Meaningful column stem → entries with a column holding it. */
  readonly columnTerms: ReadonlyMap<string, readonly number[]>;
  /** Column name in lower case (4+ characters) → [entry, column as written]. */
  readonly columnTokens: ReadonlyMap<string, ReadonlyArray<readonly [number, string]>>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function setHome(homes: Map<string, string>, key: string, platform: string): void {
  const home = homes.get(key);
  if (home === undefined) homes.set(key, platform);
  else if (home !== platform) homes.set(key, '');
}

/** The first white-space separated word of a name, trimmed as question tokens are. */
export function firstToken(lower: string): string {
  return (lower.trim().split(/\s+/, 1)[0] ?? '').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
}

/** Reads the catalog entries of the given platforms into a {@link CatalogIndex}, within {@link ANALYSIS_LIMITS}. */
export function indexCatalog(catalog: SchemaCatalog, platforms: readonly string[]): CatalogIndex {
  const entries: IndexedEntry[] = [];
  const byPlatform = new Map<string, SchemaEntry[]>();
  const nameDf = new Map<string, number>();
  const nameHome = new Map<string, string>();
  const nameTerms = new Map<string, number[]>();
  const nameTokens = new Map<string, number[]>();
  const spacedNames = new Map<string, number[]>();
  const typoCandidates = new Map<string, number[]>();
  const columnTerms = new Map<string, number[]>();
  const columnTokens = new Map<string, Array<readonly [number, string]>>();
  let columnBudget: number = ANALYSIS_LIMITS.columns;

  for (const platform of new Set(platforms)) {
    const own: SchemaEntry[] = [];
    byPlatform.set(platform, own);
    for (const entry of catalog.platforms.get(platform)?.entries ?? []) {
      if (entries.length >= ANALYSIS_LIMITS.entries) break;
      const index = entries.length;
      const info = nameInfo(entry.name);
      entries.push({ entry, platform, info });
      own.push(entry);
      const joinsSeen = new Set<string>();
      for (let i = 0; i < info.stems.length; i += 1) {
        const stem = info.stems[i]!;
        nameDf.set(stem, (nameDf.get(stem) ?? 0) + 1);
        setHome(nameHome, stem, platform);
        push(nameTerms, stem, index);
        for (const joined of info.joins[i]!) {
          if (joined === stem || joinsSeen.has(joined) || info.stems.includes(joined)) continue;
          joinsSeen.add(joined);
          setHome(nameHome, joined, platform);
          push(nameTerms, joined, index);
        }
      }
      if (info.multiWord) push(nameTokens, info.lower, index);
      if (info.multiWord && info.lower.includes(' ')) push(spacedNames, firstToken(info.lower), index);
      if (info.lower.length >= 6 && info.lower.length <= ANALYSIS_LIMITS.typoNameLength) push(typoCandidates, info.lower[0]!, index);

      const columnCount = Math.min(entry.columns.length, ANALYSIS_LIMITS.columnsPerEntry, columnBudget);
      columnBudget -= columnCount;
      const seen = new Set<string>();
      for (let c = 0; c < columnCount; c += 1) {
        const column = entry.columns[c]!;
        const words = identifierWords(column);
        // Named outright only when written as an identifier of two words or more (`ConsoleLogin`,
        // `user_id`): a one-word column (`Account`, `Computer`) said in a sentence is an ordinary word.
        if (words.lower.length >= 4 && words.words.length > 1) push(columnTokens, words.lower, [index, column] as const);
        for (const stem of words.stems) {
          if (seen.has(stem) || !isMeaningful(stem)) continue;
          seen.add(stem);
          push(columnTerms, stem, index);
        }
      }
    }
  }
  return { entries, byPlatform, nameDf, nameHome, nameTerms, nameTokens, spacedNames, typoCandidates, columnTerms, columnTokens };
}

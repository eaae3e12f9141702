import { distance } from 'fastest-levenshtein';
import type { SchemaCatalog, SchemaEntry } from '../context/schema-catalog';
import { isMeaningful, type QuestionReading } from './question-reader';
import { identifierWords, stemWord } from './text.util';
import { NAME_FILLER_WORDS } from './vocabulary';

/** How a question refers to one catalog entry. */
export interface EntryMatch {
  readonly entry: SchemaEntry;
  readonly platform: string;
  /** The question's words that spell the entry's name (`sign-in` for `SigninLogs`). */
  readonly nameWords: readonly string[];
  /** Share of the name's meaningful words (weighted by rarity) the question covers, 0..1. */
  readonly coverage: number;
  /** The name is written out in the question (`Endpoint.Processes`, `aws:cloudtrail`). */
  readonly verbatim: boolean;
  /** Written with a typo (`SiginLogs`). */
  readonly fuzzy: boolean;
  /** Columns the question names outright. */
  readonly columns: readonly string[];
  /** Question words found among the entry's columns. */
  readonly columnWords: readonly string[];
  /** Stems of the name's meaningful, non-padding words the question says (`Change` → `chang`). */
  readonly evidenceStems: readonly string[];
  /** Of those, the stems the question writes as a name and only this platform's names hold (`Okta`). */
  readonly distinctiveStems: readonly string[];
  readonly nameScore: number;
  readonly columnScore: number;
  readonly score: number;
}

export interface CatalogMatch {
  /** Matches by platform, strongest first. */
  readonly byPlatform: ReadonlyMap<string, readonly EntryMatch[]>;
  /**
   * By platform: each question word found in some entry name there, with its weight (rarity
   * across the whole catalog). Words only one platform has weigh in for that platform alone.
   */
  readonly wordsByPlatform: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

const FILLER_STEMS = new Set(NAME_FILLER_WORDS.map(stemWord));

const WEIGHTS = {
  filler: 0.25,
  onlyFiller: 0.5,
  verbatimBonus: 3,
  fuzzyBonus: 2,
  caseOnlySingleWord: 0.4,
  columnWord: 0.25,
  columnWordCap: 2,
  namedColumn: 1,
  namedColumnCap: 3,
  distinctive: 2.5,
  distinctiveCap: 2,
  ordinaryShare: 0.1,
} as const;

const MAX_IDENTIFIERS = 8;

function idf(total: number, df: number): number {
  return Math.log(1 + total / Math.max(1, df));
}

/** Whether an identifier in the question is the name with a typo (one edit per 8 characters, at least one). */
function isTypoOf(identifier: string, name: string): boolean {
  if (Math.abs(identifier.length - name.length) > 2 || identifier[0] !== name[0] || identifier === name) return false;
  return distance(identifier, name) <= Math.max(1, Math.floor(name.length / 8));
}

interface RawEntryHit {
  readonly entry: SchemaEntry;
  readonly platform: string;
  /** For each meaningful name word: its stem and the weight at which the question covers it (0 = not). */
  readonly words: ReadonlyArray<{ stem: string; said: string; cover: number; weight: number; surface?: string; asName: boolean }>;
  readonly verbatim: boolean;
  readonly exactCase: boolean;
  readonly fuzzy: boolean;
  readonly columns: string[];
  readonly columnStems: ReadonlySet<string>;
}

/** What a name says, worked out once per distinct name (names recur across requests). */
interface NameInfo {
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

function nameInfo(name: string): NameInfo {
  let info = nameCache.get(name);
  if (info) return info;
  const words = identifierWords(name);
  const onlyFiller = words.stems.every((stem) => !isMeaningful(stem) || FILLER_STEMS.has(stem));
  const stems: string[] = [];
  const weights: number[] = [];
  const joins: string[][] = [];
  words.stems.forEach((stem, i) => {
    if (!isMeaningful(stem) || stems.includes(stem)) return;
    stems.push(stem);
    weights.push(FILLER_STEMS.has(stem) ? (onlyFiller ? WEIGHTS.onlyFiller : WEIGHTS.filler) : 1);
    joins.push([words.joined[i - 1], words.joined[i]].filter((j): j is string => j !== undefined));
  });
  info = { lower: name.toLowerCase(), multiWord: words.words.length > 1, stems, weights, joins };
  if (nameCache.size >= NAME_CACHE_MAX) nameCache.clear();
  nameCache.set(name, info);
  return info;
}

function coverWeight(reading: QuestionReading, stem: string): number {
  if (reading.terms.has(stem)) return 1;
  return reading.synonymTerms.get(stem) ?? 0;
}

/**
 * Whether the question could refer to an entry at all: one of its name words (or a compound of
 * two), the name as written or misspelt, or a column. Most entries of a catalog fail this, so it
 * allocates nothing; {@link readEntry} then does the full reading for the few that pass.
 */
function mayReferTo(reading: QuestionReading, entry: SchemaEntry, info: NameInfo, lowerText: string, identifiers: readonly string[]): boolean {
  for (let i = 0; i < info.stems.length; i += 1) {
    if (coverWeight(reading, info.stems[i]!) > 0) return true;
    for (const joined of info.joins[i]!) if (reading.terms.has(joined)) return true;
  }
  if (info.multiWord && (reading.tokens.has(info.lower) || (info.lower.includes(' ') && lowerText.includes(info.lower)))) return true;
  if (identifiers.length > 0 && info.lower.length >= 6) for (const id of identifiers) if (isTypoOf(id, info.lower)) return true;
  for (const column of entry.columns) {
    const words = identifierWords(column);
    if (words.lower.length >= 4 && reading.tokens.has(words.lower)) return true;
    for (const stem of words.stems) if (reading.terms.has(stem) && isMeaningful(stem)) return true;
  }
  return false;
}

/** How the question refers to one entry, or null when it does not. */
function readEntry(reading: QuestionReading, entry: SchemaEntry, platform: string, info: NameInfo, lowerText: string, identifiers: readonly string[]): RawEntryHit | null {
  if (!mayReferTo(reading, entry, info, lowerText, identifiers)) return null;
  let anyWord = false;
  const covers: number[] = [];
  const joinedHits: Array<string | undefined> = [];
  for (let i = 0; i < info.stems.length; i += 1) {
    let cover = coverWeight(reading, info.stems[i]!);
    let joined: string | undefined;
    // Two name words the question writes as one (`Power Shell` vs `powershell`).
    if (cover === 0) joined = info.joins[i]!.find((j) => reading.terms.has(j));
    if (joined) cover = 1;
    covers.push(cover);
    joinedHits.push(joined);
    if (cover > 0) anyWord = true;
  }
  const verbatim = info.multiWord && (reading.tokens.has(info.lower) || (info.lower.includes(' ') && lowerText.includes(info.lower)));
  const fuzzy = !verbatim && identifiers.length > 0 && info.lower.length >= 6 && identifiers.some((id) => isTypoOf(id, info.lower));

  let columns: string[] | undefined;
  let columnStems: Set<string> | undefined;
  for (const column of entry.columns) {
    const words = identifierWords(column);
    if (words.lower.length >= 4 && reading.tokens.has(words.lower)) (columns ??= []).push(column);
    for (const stem of words.stems) if (reading.terms.has(stem) && isMeaningful(stem)) (columnStems ??= new Set()).add(stem);
  }
  if (!anyWord && !verbatim && !fuzzy && !columns && !columnStems) return null;

  const words = info.stems.map((stem, i) => ({
    stem,
    // What the question said for it: the word, or the compound it is part of (`power` → `powershell`).
    said: joinedHits[i] ?? (covers[i]! > 0 ? info.joins[i]!.find((j) => reading.terms.has(j)) : undefined) ?? stem,
    cover: covers[i]!,
    weight: info.weights[i]!,
    surface: reading.surface.get(joinedHits[i] ?? stem),
    // Said as a name: the word itself, or the compound it forms with a neighbour (`PowerShell`, `OktaIM2`).
    asName: covers[i]! > 0 && (reading.nameStems.has(stem) || info.joins[i]!.some((j) => reading.nameStems.has(j))),
  }));
  const exactCase = reading.exactTokens.has(entry.name) || reading.exactTokens.has(`${entry.name}s`);
  return { entry, platform, words, verbatim, exactCase, fuzzy, columns: columns ?? [], columnStems: columnStems ?? new Set() };
}

/**
 * Matches a question against the catalog entries of the given platforms: names (whole,
 * word by word, through synonyms, with typos) and columns. Name words and column words are
 * weighted by rarity in this catalog, so words every table shares count for little.
 * Linear in the catalog's size: one pass over names and columns, memoized word splitting.
 */
export function matchCatalog(reading: QuestionReading, catalog: SchemaCatalog, platforms: readonly string[]): CatalogMatch {
  const lowerText = reading.text.toLowerCase();
  const identifiers = reading.identifiers.slice(0, MAX_IDENTIFIERS);
  const raw: RawEntryHit[] = [];
  const nameDf = new Map<string, number>();
  // The one platform whose names hold a stem, or '' once two platforms do.
  const nameHome = new Map<string, string>();
  const columnDf = new Map<string, number>();
  let total = 0;
  for (const platform of platforms) {
    for (const entry of catalog.platforms.get(platform)?.entries ?? []) {
      total += 1;
      const info = nameInfo(entry.name);
      for (const stem of info.stems) {
        nameDf.set(stem, (nameDf.get(stem) ?? 0) + 1);
        const home = nameHome.get(stem);
        if (home === undefined) nameHome.set(stem, platform);
        else if (home !== platform) nameHome.set(stem, '');
      }
      const hit = readEntry(reading, entry, platform, info, lowerText, identifiers);
      if (!hit) continue;
      for (const stem of hit.columnStems) columnDf.set(stem, (columnDf.get(stem) ?? 0) + 1);
      raw.push(hit);
    }
  }

  const ordinaryCap = idf(total, total * WEIGHTS.ordinaryShare);
  const byPlatform = new Map<string, EntryMatch[]>();
  const wordsByPlatform = new Map<string, Map<string, number>>();
  for (const hit of raw) {
    let covered = 0;
    let all = 0;
    const distinctive = new Set<string>();
    let words = wordsByPlatform.get(hit.platform);
    if (!words) wordsByPlatform.set(hit.platform, (words = new Map()));
    for (const word of hit.words) {
      // Rarity in this catalog is a name's own mark only when the question writes the word as a name;
      // an ordinary word (`access`, `system`) is rare in a small catalog by chance, and counts as a common one.
      const rarity = idf(total, nameDf.get(word.stem) ?? 1);
      const weight = word.weight * (word.asName || word.cover === 0 ? rarity : Math.min(rarity, ordinaryCap));
      // A word the question writes as a name, found in names of this platform only, is distinctive evidence.
      if (word.cover > 0 && word.asName && nameHome.get(word.stem) === hit.platform) distinctive.add(word.stem);
      // Padding (`…Events`) adds a little when said and takes nothing away when not.
      if (word.weight === WEIGHTS.filler && word.cover === 0) continue;
      all += weight;
      covered += weight * word.cover;
      if (word.cover > 0) words.set(word.surface ?? word.stem, Math.max(words.get(word.surface ?? word.stem) ?? 0, weight * word.cover));
    }
    const coverage = all === 0 ? 0 : covered / all;
    let nameScore = covered * (0.2 + 0.8 * coverage);
    const distinct = hit.words.filter((w) => w.weight !== WEIGHTS.filler);
    const saidAsName = distinct.some((w) => w.cover > 0 && w.asName);
    if (distinct.length <= 1 && !saidAsName && !hit.exactCase && !hit.verbatim && /[A-Z]/.test(hit.entry.name)) nameScore *= WEIGHTS.caseOnlySingleWord;
    if (hit.verbatim || hit.fuzzy) nameScore = Math.max(nameScore, all) + (hit.verbatim ? WEIGHTS.verbatimBonus : WEIGHTS.fuzzyBonus);
    else if (distinctive.size > 0) nameScore += WEIGHTS.distinctive * Math.min(WEIGHTS.distinctiveCap, distinctive.size);
    let columnWordScore = 0;
    for (const stem of hit.columnStems) columnWordScore += WEIGHTS.columnWord * idf(total, columnDf.get(stem) ?? 1);
    const columnScore = Math.min(WEIGHTS.columnWordCap, columnWordScore) + Math.min(WEIGHTS.namedColumnCap, WEIGHTS.namedColumn * hit.columns.length);
    const match: EntryMatch = {
      entry: hit.entry,
      platform: hit.platform,
      nameWords: [...new Set(hit.words.filter((w) => w.cover > 0).map((w) => w.surface ?? w.stem))],
      coverage: hit.verbatim || hit.fuzzy ? 1 : coverage,
      verbatim: hit.verbatim,
      fuzzy: hit.fuzzy,
      columns: hit.columns,
      columnWords: [...hit.columnStems].map((s) => reading.surface.get(s) ?? s),
      evidenceStems: [...new Set(distinct.filter((w) => w.cover > 0 && !FILLER_STEMS.has(w.stem)).map((w) => w.said))],
      distinctiveStems: [...new Set(hit.words.filter((w) => distinctive.has(w.stem)).map((w) => w.said))],
      nameScore,
      columnScore,
      score: nameScore + columnScore,
    };
    const list = byPlatform.get(hit.platform);
    if (list) list.push(match);
    else byPlatform.set(hit.platform, [match]);
  }
  for (const list of byPlatform.values()) list.sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name));
  return { byPlatform, wordsByPlatform };
}

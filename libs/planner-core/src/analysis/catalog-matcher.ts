import { distance } from 'fastest-levenshtein';
import type { SchemaCatalog, SchemaEntry } from '../context/schema-catalog';
import {
  ANALYSIS_LIMITS,
  indexCatalog,
  isFillerStem,
  NAME_WORD_WEIGHTS,
  type CatalogIndex,
  type IndexedEntry,
  type NameInfo,
} from './catalog-index';
import { isMeaningful, type QuestionReading } from './question-reader';
import { identifierWords, stems, stemWord } from './text.util';
import { SHARED_PRODUCT_WORDS } from './vocabulary';

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
  /** Of those, words that are a whole one-word column here and no other platform's column or name (`department`). */
  readonly ownColumnWords: readonly string[];
  /** Stems of the name's meaningful, non-padding words the question says (`Change` → `chang`). */
  readonly evidenceStems: readonly string[];
  /** Of those, the stems the question writes as a name and only this platform's names hold (`Okta`). */
  readonly distinctiveStems: readonly string[];
  /**
   * Stems of the name's own words (not padding, not a product both stores ingest) the question writes
   * itself rather than through a synonym (`O365`, `management` of `o365:management:activity`; not the
   * `o365` that `Office 365` implies).
   */
  readonly spelledStems: readonly string[];
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

const WEIGHTS = {
  filler: NAME_WORD_WEIGHTS.filler,
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
  derivedOnly: 0.5,
} as const;

const SHARED_PRODUCT_STEMS: ReadonlySet<string> = new Set(SHARED_PRODUCT_WORDS.map((phrase) => stems(phrase).join('')));

/** Whether one of the entry's columns is this word alone (`department`), not a word of a longer name (`failed_count`). */
function isWholeColumn(entry: SchemaEntry, stem: string): boolean {
  return entry.columns.some((column) => {
    const words = identifierWords(column).stems;
    return words.length === 1 && words[0] === stem;
  });
}

/** Most entries one question (segment) reads in full; a word shared by more reaches only the strongest. */
const MAX_CANDIDATES = 100;

/** Identifier-like tokens of a question compared with names for typos. */
const MAX_IDENTIFIERS = 8;

/**
 * What `pick` gives for each item (skipping undefined), each once, in order: one pass and a linear
 * scan, cheaper than filter, map and a Set for the few words of one name.
 */
function distinctOf<T>(items: readonly T[], pick: (item: T) => string | undefined): string[] {
  const out: string[] = [];
  for (const item of items) {
    const value = pick(item);
    if (value !== undefined && !out.includes(value)) out.push(value);
  }
  return out;
}

function idf(total: number, df: number): number {
  return Math.log(1 + total / Math.max(1, df));
}

/**
 * Whether an identifier in the question is the name with a typo (one edit per 8 characters, at
 * least one). Edit distance is quadratic in the lengths, so it only runs on names the index let
 * through (at most {@link ANALYSIS_LIMITS.typoNameLength} characters) within two characters of
 * the identifier's length.
 */
function isTypoOf(identifier: string, name: string): boolean {
  if (Math.abs(identifier.length - name.length) > 2 || identifier[0] !== name[0] || identifier === name) return false;
  if (identifier.length > ANALYSIS_LIMITS.typoNameLength + 2) return false;
  return distance(identifier, name) <= Math.max(1, Math.floor(name.length / 8));
}

interface RawEntryHit {
  readonly entry: SchemaEntry;
  readonly platform: string;
  /** For each meaningful name word: its stem and the weight at which the question covers it (0 = not). */
  readonly words: ReadonlyArray<{
    stem: string;
    said: string;
    cover: number;
    weight: number;
    surface?: string;
    asName: boolean;
  }>;
  readonly verbatim: boolean;
  readonly exactCase: boolean;
  readonly fuzzy: boolean;
  readonly columns: readonly string[];
  readonly columnStems: ReadonlySet<string>;
}

function coverWeight(reading: QuestionReading, stem: string): number {
  if (reading.terms.has(stem)) return 1;
  return reading.synonymTerms.get(stem) ?? 0;
}

/** A word without its inflection (plural, past, -ing): `controls` → control, `indicates` → indicate. */
function inflectionBase(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  for (const suffix of ['ing', 'ed', 'es', 's', 'd']) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length);
      return suffix === 'es' && !/(?:ss|sh|ch|x|z)$/.test(base) ? `${base}e` : base;
    }
  }
  return word;
}

/**
 * Whether the question's word reaches a name's word only through a derivation the stemmer folds together
 * (`indicate` → `Indicator`, `managed` → `management`, `controls` → `controller`): another word, not
 * another form of it. Both written out, neither is the other with an inflection.
 */
function isDerivedOnly(said: string | undefined, nameWord: string, stem: string): boolean {
  // Only a word the question writes itself with that stem (not an abbreviation it stands for: `dept`).
  if (said === undefined || said.includes(' ') || /\d/.test(said) || stemWord(said.toLowerCase()) !== stem)
    return false;
  const a = inflectionBase(said.toLowerCase());
  const b = inflectionBase(nameWord);
  return a !== b && !a.startsWith(b) && !b.startsWith(a);
}

/** What the index says a question reaches in one entry: set while collecting candidates. */
interface Candidate {
  /** Name words and compounds of the question found in the name. */
  readonly hits: number;
  readonly verbatim: boolean;
  readonly fuzzy: boolean;
  readonly columns?: string[];
  readonly columnStems?: Set<string>;
}

/** Whether the question says a name word (or a compound of two) of the entry; how many. */
function nameHits(reading: QuestionReading, info: NameInfo): number {
  let hits = 0;
  for (let i = 0; i < info.stems.length; i += 1) {
    if (coverWeight(reading, info.stems[i]!) > 0) hits += 1;
    else for (const joined of info.joins[i]!) if (reading.terms.has(joined)) hits += 1;
  }
  return hits;
}

/**
 * The entries the question could refer to: a name word (or a compound of two), the name as
 * written or misspelt, a column named outright or a column word. One pass over the entries the
 * index holds (bounded by its caps) with cached word splitting; most entries fail every test and
 * allocate nothing.
 */
function collectCandidates(
  reading: QuestionReading,
  index: CatalogIndex,
  lowerText: string,
  identifiers: readonly string[],
): Map<number, Candidate> {
  const found = new Map<number, Candidate>();
  for (let i = 0; i < index.entries.length; i += 1) {
    const { entry, info, columnCount } = index.entries[i]!;
    const hits = nameHits(reading, info);
    const verbatim =
      info.multiWord &&
      (reading.tokens.has(info.lower) || (info.lower.includes(' ') && lowerText.includes(info.lower)));
    const fuzzy =
      !verbatim &&
      info.lower.length >= 6 &&
      info.lower.length <= ANALYSIS_LIMITS.typoNameLength &&
      identifiers.some((id) => isTypoOf(id, info.lower));
    let columns: string[] | undefined;
    let columnStems: Set<string> | undefined;
    for (let c = 0; c < columnCount; c += 1) {
      const column = entry.columns[c]!;
      const words = identifierWords(column);
      // Named outright only when written as an identifier of two words or more (`ConsoleLogin`,
      // `user_id`): a one-word column (`Account`, `Computer`) said in a sentence is an ordinary word.
      if (
        words.words.length > 1 &&
        words.lower.length >= 4 &&
        reading.tokens.has(words.lower) &&
        !columns?.includes(column)
      )
        (columns ??= []).push(column);
      // A dotted field path (`All_Changes.action`) is its dataset's name and the field: only the field is a column word.
      const dot = column.lastIndexOf('.');
      const field = dot > 0 && dot < column.length - 1 ? identifierWords(column.slice(dot + 1)) : words;
      for (let k = 0; k < field.stems.length; k += 1) {
        const stem = field.stems[k]!;
        if (
          ((reading.terms.has(stem) && !reading.windowStems.has(stem)) || reading.impliedColumnStems.has(stem)) &&
          isMeaningful(stem) &&
          !isDerivedOnly(reading.surface.get(stem), field.words[k]!, stem)
        )
          (columnStems ??= new Set()).add(stem);
      }
    }
    if (hits > 0 || verbatim || fuzzy || columns || columnStems)
      found.set(i, { hits, verbatim, fuzzy, columns, columnStems });
  }
  return found;
}

/**
 * The candidates read in full, in catalog order: all of them, or when a common word reaches more
 * than {@link MAX_CANDIDATES} entries, those the most question words reach (ties in catalog order).
 */
function strongestCandidates(found: Map<number, Candidate>): Array<[number, Candidate]> {
  const all = [...found];
  // Collected in catalog order: only a cut to the strongest needs sorting (and re-sorting).
  if (all.length > MAX_CANDIDATES) {
    const strength = (c: Candidate) =>
      (c.verbatim || c.fuzzy ? 1_000 : 0) + c.hits + (c.columns?.length ?? 0) + (c.columnStems?.size ?? 0);
    all.sort((a, b) => strength(b[1]) - strength(a[1]) || a[0] - b[0]);
    all.length = MAX_CANDIDATES;
    all.sort((a, b) => a[0] - b[0]);
  }
  return all;
}

/** How the question refers to one candidate entry, or null when it does not after all. */
function readEntry(reading: QuestionReading, indexed: IndexedEntry, found: Candidate): RawEntryHit | null {
  const { entry, platform, info } = indexed;
  let anyWord = false;
  const covers: number[] = [];
  const joinedHits: Array<string | undefined> = [];
  for (let i = 0; i < info.stems.length; i += 1) {
    let cover = coverWeight(reading, info.stems[i]!);
    if (cover === 1 && isDerivedOnly(reading.surface.get(info.stems[i]!), info.words[i]!, info.stems[i]!))
      cover = WEIGHTS.derivedOnly;
    let joined: string | undefined;
    // Two name words the question writes as one (`Power Shell` vs `powershell`).
    if (cover === 0) joined = info.joins[i]!.find((j) => reading.terms.has(j));
    if (joined) cover = 1;
    covers.push(cover);
    joinedHits.push(joined);
    if (cover > 0) anyWord = true;
  }
  const { verbatim, columns, columnStems } = found;
  const fuzzy = !verbatim && found.fuzzy;
  if (!anyWord && !verbatim && !fuzzy && !columns && !columnStems) return null;

  const words = info.stems.map((stem, i) => ({
    stem,
    // What the question said for it: the word, or the compound it is part of (`power` → `powershell`).
    // A compound the question writes as a name (`GateKeeper`) comes first.
    said:
      joinedHits[i] ??
      (covers[i]! > 0
        ? (info.joins[i]!.find((j) => reading.nameStems.has(j)) ?? info.joins[i]!.find((j) => reading.terms.has(j)))
        : undefined) ??
      stem,
    cover: covers[i]!,
    weight: info.weights[i]!,
    surface: reading.surface.get(joinedHits[i] ?? stem),
    // Said as a name: the word itself, or the compound it forms with a neighbour (`PowerShell`, `OktaIM2`).
    asName: covers[i]! > 0 && (reading.nameStems.has(stem) || info.joins[i]!.some((j) => reading.nameStems.has(j))),
  }));
  const exactCase = reading.exactTokens.has(entry.name) || reading.exactTokens.has(`${entry.name}s`);
  return {
    entry,
    platform,
    words,
    verbatim,
    exactCase,
    fuzzy,
    columns: columns ?? [],
    columnStems: columnStems ?? new Set(),
  };
}

/**
 * Matches a question against the catalog entries of the given platforms: names (whole,
 * word by word, through synonyms, with typos) and columns. Name words and column words are
 * weighted by rarity in this catalog, so words every table shares count for little.
 * Linear in the catalog's size: one pass over names and columns, memoized word splitting.
 */
export function matchCatalog(
  reading: QuestionReading,
  catalog: SchemaCatalog,
  platforms: readonly string[],
  index: CatalogIndex = indexCatalog(catalog, platforms),
): CatalogMatch {
  const lowerText = reading.text.toLowerCase();
  const identifiers = reading.identifiers.slice(0, MAX_IDENTIFIERS);
  const allowed = new Set(platforms);
  const raw: RawEntryHit[] = [];
  const columnDf = new Map<string, number>();
  // Which platform's columns hold each column word the question says (null: more than one platform's).
  const columnHome = new Map<string, string | null>();
  const total = index.entries.length;
  const { nameDf, nameHome } = index;
  const candidates = strongestCandidates(collectCandidates(reading, index, lowerText, identifiers));
  const home = (key: string) => nameHome.get(key) ?? '';
  for (const [i, found] of candidates) {
    const indexed = index.entries[i]!;
    if (!allowed.has(indexed.platform)) continue;
    const hit = readEntry(reading, indexed, found);
    if (!hit) continue;
    for (const stem of hit.columnStems) {
      columnDf.set(stem, (columnDf.get(stem) ?? 0) + 1);
      const seen = columnHome.get(stem);
      columnHome.set(stem, seen === undefined || seen === hit.platform ? hit.platform : null);
    }
    raw.push(hit);
  }

  const ordinaryCap = idf(total, total * WEIGHTS.ordinaryShare);
  // Rarity of each name stem, worked out once per call: the candidates share most of their words.
  const rarities = new Map<string, number>();
  const rarityOf = (stem: string): number => {
    let rarity = rarities.get(stem);
    if (rarity === undefined) rarities.set(stem, (rarity = idf(total, nameDf.get(stem) ?? 1)));
    return rarity;
  };
  const byPlatform = new Map<string, EntryMatch[]>();
  const wordsByPlatform = new Map<string, Map<string, number>>();
  for (const hit of raw) {
    let covered = 0;
    let all = 0;
    let distinctive: Set<string> | undefined;
    let words = wordsByPlatform.get(hit.platform);
    if (!words) wordsByPlatform.set(hit.platform, (words = new Map()));
    // A compound the question writes as one name (`CloudTrail`) counts once, however many words the
    // entry's name splits it into (`AWSCloudTrail` → cloud, trail), as it does for `aws:cloudtrail`.
    let compounds: string[] | undefined;
    for (const word of hit.words) {
      if (word.cover > 0 && word.said !== word.stem && reading.nameStems.has(word.said)) {
        if (compounds?.includes(word.said)) continue;
        (compounds ??= []).push(word.said);
      }
      // Rarity in this catalog is a name's own mark only when the question writes the word as a name;
      // an ordinary word (`access`, `system`) is rare in a small catalog by chance, and counts as a common one.
      const rarity = rarityOf(word.stem);
      const weight = word.weight * (word.asName || word.cover === 0 ? rarity : Math.min(rarity, ordinaryCap));
      // A word the question writes as a name, found in names of this platform only, is distinctive evidence.
      // A compound the question wrote (`CloudTrail`) must be this platform's alone too, not only its parts.
      // A product both stores ingest (`Windows`, `PowerShell`) is no platform's mark, whichever catalog happens to name it.
      const compound = word.said !== word.stem && reading.nameStems.has(word.said);
      const own =
        home(word.stem) === hit.platform &&
        (!compound || home(word.said) === hit.platform) &&
        !SHARED_PRODUCT_STEMS.has(word.said);
      if (word.cover > 0 && word.asName && own) (distinctive ??= new Set()).add(word.stem);
      // Padding (`…Events`) adds a little when said and takes nothing away when not.
      if (word.weight === WEIGHTS.filler && word.cover === 0) continue;
      all += weight;
      covered += weight * word.cover;
      if (word.cover > 0)
        words.set(word.surface ?? word.stem, Math.max(words.get(word.surface ?? word.stem) ?? 0, weight * word.cover));
    }
    const coverage = all === 0 ? 0 : covered / all;
    let nameScore = covered * (0.2 + 0.8 * coverage);
    const distinct = hit.words.filter((w) => w.weight !== WEIGHTS.filler);
    const saidAsName = distinct.some((w) => w.cover > 0 && w.asName);
    if (distinct.length <= 1 && !saidAsName && !hit.exactCase && !hit.verbatim && /[A-Z]/.test(hit.entry.name))
      nameScore *= WEIGHTS.caseOnlySingleWord;
    if (hit.verbatim || hit.fuzzy)
      nameScore = Math.max(nameScore, all) + (hit.verbatim ? WEIGHTS.verbatimBonus : WEIGHTS.fuzzyBonus);
    else if (distinctive) nameScore += WEIGHTS.distinctive * Math.min(WEIGHTS.distinctiveCap, distinctive.size);
    let columnWordScore = 0;
    for (const stem of hit.columnStems) columnWordScore += WEIGHTS.columnWord * idf(total, columnDf.get(stem) ?? 1);
    const columnWords = Math.min(WEIGHTS.columnWordCap, columnWordScore);
    const columnScore = columnWords + Math.min(WEIGHTS.namedColumnCap, WEIGHTS.namedColumn * hit.columns.length);
    const match: EntryMatch = {
      entry: hit.entry,
      platform: hit.platform,
      nameWords: distinctOf(hit.words, (w) => (w.cover > 0 ? (w.surface ?? w.stem) : undefined)),
      coverage: hit.verbatim || hit.fuzzy ? 1 : coverage,
      verbatim: hit.verbatim,
      fuzzy: hit.fuzzy,
      columns: hit.columns,
      columnWords: [...hit.columnStems].map((s) => reading.surface.get(s) ?? s),
      ownColumnWords: [...hit.columnStems]
        .filter((s) => columnHome.get(s) === hit.platform && !nameHome.has(s) && isWholeColumn(hit.entry, s))
        .map((s) => reading.surface.get(s) ?? s),
      evidenceStems: distinctOf(distinct, (w) => (w.cover > 0 && !isFillerStem(w.stem) ? w.said : undefined)),
      distinctiveStems: distinctive
        ? distinctOf(hit.words, (w) => (distinctive!.has(w.stem) ? w.said : undefined))
        : [],
      spelledStems: distinctOf(distinct, (w) =>
        w.cover === 1 && !isFillerStem(w.stem) && !SHARED_PRODUCT_STEMS.has(w.said) ? w.said : undefined,
      ),
      nameScore,
      columnScore,
      score: nameScore + columnScore,
    };
    const list = byPlatform.get(hit.platform);
    if (list) list.push(match);
    else byPlatform.set(hit.platform, [match]);
  }
  // Code-unit order for ties: deterministic, and cheap (localeCompare is not, over thousands of matches).
  for (const list of byPlatform.values())
    list.sort((a, b) => b.score - a.score || (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0));
  return { byPlatform, wordsByPlatform };
}

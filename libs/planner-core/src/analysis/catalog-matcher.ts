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
import { identifierWords, stems, stemWord, type IdentifierWords } from './text.util';
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

/** Whether a word no other platform keeps as a column (see {@link NameScoring.columnHome}): none does, or only this one. */
function keptOnlyHere(columnHome: string | null | undefined, platform: string): boolean {
  return columnHome === undefined || columnHome === platform;
}

/** Whether the question writes a name's word, or the compound it forms with a neighbour, as a name. */
function saysAsName(names: ReadonlySet<string>, stem: string, joins: readonly string[]): boolean {
  if (names.has(stem)) return true;
  for (const joined of joins) if (names.has(joined)) return true;
  return false;
}

/**
 * Whether a name word the question capitalises only as one word of a title-cased run ("the Quick Export Queue")
 * reaches this entry alone, no other word of the run being one of the entry's: the run names something else.
 */
function loneTitleWord(reading: QuestionReading, info: NameInfo, stem: string): boolean {
  const partners = reading.titleRunStems.get(stem);
  if (!partners) return false;
  for (const partner of partners) if (info.stems.includes(partner)) return false;
  return true;
}

/** What the index says a question reaches in one entry: set while collecting candidates. */
interface Candidate {
  /** The entry's position in the index. */
  readonly index: number;
  /** Name words and compounds of the question found in the name. */
  readonly hits: number;
  readonly verbatim: boolean;
  readonly fuzzy: boolean;
  readonly columns?: string[];
  readonly columnStems?: Set<string>;
}

/**
 * How a name word is covered by a multi-word phrase the question says (`azur` of "Azure AD") when the phrase reached
 * another word of the same name through a synonym (`aad`): as that word is; else 0. A phrase's words are consumed
 * by it (they say nothing on their own), so they count only beside the word the phrase stands for.
 */
function phraseCover(reading: QuestionReading, nameStems: readonly string[], stem: string): number {
  for (const other of nameStems) {
    if (other === stem) continue;
    const weight = reading.synonymTerms.get(other);
    const phrase = weight === undefined ? undefined : reading.surface.get(other);
    if (phrase !== undefined && phrase.includes(' ') && phrase.split(' ').includes(stem)) return weight!;
  }
  return 0;
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

const FIELD_CACHE_MAX = 100_000;
/** The words of a dotted column's field (`All_Changes.action` → action), by column: no slice per request. */
const fieldCache = new Map<string, IdentifierWords>();

/** The words of a column as a column word reads them: a dotted field path's field, else the column's own. */
function fieldWords(column: string, words: IdentifierWords): IdentifierWords {
  const dot = column.lastIndexOf('.');
  if (dot <= 0 || dot >= column.length - 1) return words;
  let field = fieldCache.get(column);
  if (field === undefined) {
    field = identifierWords(column.slice(dot + 1));
    // A plain map, emptied when full (as the identifier cache is).
    if (fieldCache.size >= FIELD_CACHE_MAX) fieldCache.clear();
    fieldCache.set(column, field);
  }
  return field;
}

/** Fewest and most words of a field the question may spell out as a phrase to name it (see {@link spellsOutFieldKey}). */
const SPELLED_FIELD_WORDS = { min: 3, max: 4 } as const;

/** Words that say what kind of value a field holds (`…_name`, `…IpAddress`), not what the field is about. */
const VALUE_KIND_WORDS: ReadonlySet<string> = new Set(['name', 'id', 'ip', 'address', 'addr', 'type', 'value', 'code']);
/** Words of a spelt-out field that must say what it is about, beside the kind of value. */
const SPELLED_FIELD_TOPIC_WORDS = 2;

/**
 * The phrase the question names a field by when it says the field's three or four words in order, as words
 * (`Caller_Computer_Name` → "caller computer name"), two of them or more about what the field holds; null for other
 * fields: "source ip address" is a kind of value any log keeps under its own name, not `sourceIPAddress` named.
 */
function spellsOutFieldKey(words: readonly string[]): string | null {
  if (words.length < SPELLED_FIELD_WORDS.min || words.length > SPELLED_FIELD_WORDS.max) return null;
  let topic = 0;
  for (const word of words) if (!VALUE_KIND_WORDS.has(word)) topic += 1;
  return topic >= SPELLED_FIELD_TOPIC_WORDS ? words.join(' ') : null;
}

/** How {@link collectCandidates} reads a column, whatever the question: worked out once per distinct column. */
interface ColumnRead {
  /** The words of the column as a column word (see {@link fieldWords}). */
  readonly field: IdentifierWords;
  /**
   * The column lower-cased when the question names it by writing it as a token: an identifier of two words or more
   * (`ConsoleLogin`, `user_id`); a one-word column (`Account`, `Computer`) said in a sentence is an ordinary word.
   */
  readonly named: string | null;
  /**
   * The field's words joined by spaces when the question names it by spelling them out in order (see
   * {@link spellsOutFieldKey}): a field of three or four words, two of them about what it holds.
   */
  readonly spelled: string | null;
}

/** Column reads by column (a plain map, emptied when full, as the field cache is). */
const columnReads = new Map<string, ColumnRead>();

function columnRead(column: string): ColumnRead {
  let read = columnReads.get(column);
  if (read === undefined) {
    const words = identifierWords(column);
    // A dotted field path (`All_Changes.action`) is its dataset's name and the field: only the field is a column word.
    const field = fieldWords(column, words);
    read = {
      field,
      named: words.words.length > 1 && words.lower.length >= 4 ? words.lower : null,
      spelled: spellsOutFieldKey(field.words),
    };
    if (columnReads.size >= FIELD_CACHE_MAX) columnReads.clear();
    columnReads.set(column, read);
  }
  return read;
}

/** Whether one of the question's first identifiers is the name with a typo. */
function typoOfAny(identifiers: readonly string[], name: string): boolean {
  const count = Math.min(identifiers.length, MAX_IDENTIFIERS);
  for (let i = 0; i < count; i += 1) if (isTypoOf(identifiers[i]!, name)) return true;
  return false;
}

/**
 * The entries the question could refer to, in catalog order: a name word (or a compound of two), the
 * name as written or misspelt, a column named outright or a column word. One pass over the entries the
 * index holds (bounded by its caps) with cached word splitting; most entries fail every test and
 * allocate nothing.
 */
function collectCandidates(reading: QuestionReading, index: CatalogIndex): Candidate[] {
  const found: Candidate[] = [];
  let lowerText: string | undefined;
  for (let i = 0; i < index.entries.length; i += 1) {
    const { entry, info, columnCount } = index.entries[i]!;
    const hits = nameHits(reading, info);
    const verbatim =
      info.multiWord &&
      (reading.tokens.has(info.lower) ||
        (info.lower.includes(' ') && (lowerText ??= reading.text.toLowerCase()).includes(info.lower)));
    const fuzzy =
      !verbatim &&
      info.lower.length >= 6 &&
      info.lower.length <= ANALYSIS_LIMITS.typoNameLength &&
      typoOfAny(reading.identifiers, info.lower);
    let columns: string[] | undefined;
    let columnStems: Set<string> | undefined;
    for (let c = 0; c < columnCount; c += 1) {
      const column = entry.columns[c]!;
      const { field, named, spelled } = columnRead(column);
      if (
        ((named !== null && reading.tokens.has(named)) || (spelled !== null && reading.wordGrams.has(spelled))) &&
        !columns?.includes(column)
      )
        (columns ??= []).push(column);
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
      found.push({ index: i, hits, verbatim, fuzzy, columns, columnStems });
  }
  return found;
}

/**
 * The candidates read in full, in catalog order: all of them, or when a common word reaches more
 * than {@link MAX_CANDIDATES} entries, those the most question words reach (ties in catalog order).
 */
function strongestCandidates(found: Candidate[]): Candidate[] {
  // Collected in catalog order: only a cut to the strongest needs sorting (and re-sorting).
  if (found.length > MAX_CANDIDATES) {
    const strength = (c: Candidate) =>
      (c.verbatim || c.fuzzy ? 1_000 : 0) + c.hits + (c.columns?.length ?? 0) + (c.columnStems?.size ?? 0);
    found.sort((a, b) => strength(b) - strength(a) || a.index - b.index);
    found.length = MAX_CANDIDATES;
    found.sort((a, b) => a.index - b.index);
  }
  return found;
}

/** Shared by every match without such words (never written to: the fields are read-only). */
const NONE: readonly string[] = Object.freeze([]);

/** `value` added to a list made on first use, unless the list holds it already. */
function addDistinct(list: string[] | undefined, value: string): string[] {
  if (!list) return [value];
  if (!list.includes(value)) list.push(value);
  return list;
}

/** A match whose column evidence is filled in once every candidate's column words are known. */
type PartialMatch = { -readonly [K in keyof EntryMatch]: EntryMatch[K] };

/** The catalog-wide figures a candidate's name is weighed with, set once per call. */
interface NameScoring {
  readonly reading: QuestionReading;
  readonly index: CatalogIndex;
  readonly total: number;
  readonly ordinaryCap: number;
  readonly wordsByPlatform: Map<string, Map<string, number>>;
  /** Which platform's columns hold each column word the question says (null: more than one platform's). */
  readonly columnHome: ReadonlyMap<string, string | null>;
}

/**
 * How the question refers to one candidate entry by its name: each meaningful name word, how the
 * question covers it (said, through a synonym, as a compound, only as a derivation) and how rare it
 * is in this catalog, summed into the name score; the column figures stay zero until
 * {@link matchCatalog} has read every candidate's columns. One pass over the name's words, no
 * per-word objects.
 */
function readEntry(scoring: NameScoring, indexed: IndexedEntry, found: Candidate): PartialMatch {
  const { reading, index, total, ordinaryCap } = scoring;
  const { entry, platform, info } = indexed;
  const { verbatim } = found;
  const fuzzy = !verbatim && found.fuzzy;
  let words = scoring.wordsByPlatform.get(platform);
  if (!words) scoring.wordsByPlatform.set(platform, (words = new Map()));
  let covered = 0;
  let all = 0;
  let distinctiveCount = 0;
  let distinctCount = 0;
  let saidAsName = false;
  // In a shared product's source: whether the question says the product, and a word of the name beyond it.
  let productSaid = false;
  let beyondProduct = false;
  let compounds: string[] | undefined;
  let nameWords: string[] | undefined;
  let evidenceStems: string[] | undefined;
  let distinctiveStems: string[] | undefined;
  let spelledStems: string[] | undefined;
  for (let i = 0; i < info.stems.length; i += 1) {
    const stem = info.stems[i]!;
    const joins = info.joins[i]!;
    const nameWeight = info.weights[i]!;
    let cover = coverWeight(reading, stem);
    // A word of the phrase that reached another word of this name through a synonym ("Azure AD" → `aad` of
    // `azure:monitor:aad`): the phrase names this entry's product, its words covered as that word is.
    if (cover === 0) cover = phraseCover(reading, info.stems, stem);
    if (cover === 1 && isDerivedOnly(reading.surface.get(stem), info.words[i]!, stem)) cover = WEIGHTS.derivedOnly;
    // Two name words the question writes as one (`Power Shell` vs `powershell`).
    let joined: string | undefined;
    let joinedCover = 1;
    if (cover === 0)
      for (const j of joins) {
        // A compound the question implies ("cloudtrail", a cloud API call's hint) covers it at that discount.
        const implied = reading.terms.has(j) ? 1 : (reading.synonymTerms.get(j) ?? 0);
        if (implied > 0) {
          joined = j;
          joinedCover = implied;
          break;
        }
      }
    if (joined) cover = joinedCover;
    // What the question said for it: the word, or the compound it is part of (`power` → `powershell`).
    // A compound the question writes as a name (`GateKeeper`) comes first.
    let said = joined;
    if (said === undefined && cover > 0) {
      for (const j of joins)
        if (reading.nameStems.has(j)) {
          said = j;
          break;
        }
      if (said === undefined)
        for (const j of joins)
          if (reading.terms.has(j)) {
            said = j;
            break;
          }
    }
    said ??= stem;
    const surface = reading.surface.get(joined ?? stem);
    // Said as a name: the word itself, or the compound it forms with a neighbour (`PowerShell`, `OktaIM2`).
    const written = cover > 0 && saysAsName(reading.nameStems, stem, joins);
    // A name's mark (its full rarity, distinctive evidence) is not carried by a product both stores ingest, nor, in
    // a shared product's source (`…-Windows-KettleMonitor…`), by a word capitalised as a title ("Kettle Monitor"):
    // that names a part of the product, which the other store keeps too; a word formed as a name (`QZB7`) still does.
    const product = SHARED_PRODUCT_STEMS.has(said) || SHARED_PRODUCT_STEMS.has(stem);
    if (cover > 0 && product) productSaid = true;
    else if (cover > 0 && nameWeight !== WEIGHTS.filler) beyondProduct = true;
    // Nor by one word of a title-cased run that names something else ("System Restore" → `…:System`).
    const asName =
      written &&
      !product &&
      (!info.sharedProduct || saysAsName(reading.formedNameStems, stem, joins)) &&
      !loneTitleWord(reading, info, stem);

    // The words the evidence lists, each once, in the name's order.
    if (cover > 0) nameWords = addDistinct(nameWords, surface ?? stem);
    if (nameWeight !== WEIGHTS.filler) {
      distinctCount += 1;
      if (written) saidAsName = true;
      if (cover > 0 && !isFillerStem(stem)) evidenceStems = addDistinct(evidenceStems, said);
      if (cover === 1 && !isFillerStem(stem) && !SHARED_PRODUCT_STEMS.has(said))
        spelledStems = addDistinct(spelledStems, said);
    }

    // A compound the question writes as one name (`CloudTrail`) counts once, however many words the
    // entry's name splits it into (`AWSCloudTrail` → cloud, trail), as it does for `aws:cloudtrail`.
    const compound = said !== stem && reading.nameStems.has(said);
    if (cover > 0 && compound) {
      if (compounds?.includes(said)) continue;
      (compounds ??= []).push(said);
    }
    // Rarity in this catalog is a name's own mark only when the question writes the word as a name;
    // an ordinary word (`access`, `system`) is rare in a small catalog by chance, and counts as a common one.
    const rarity = idf(total, index.nameDf.get(stem) ?? 1);
    const weight = nameWeight * (asName || cover === 0 ? rarity : Math.min(rarity, ordinaryCap));
    // A word the question writes as a name, found in names of this platform only, is distinctive evidence.
    // A compound the question wrote (`CloudTrail`) must be this platform's alone too, not only its parts.
    // A product both stores ingest (`Windows`, `PowerShell`) is no platform's mark, whichever catalog happens to name it.
    // So is a word another platform keeps as a column (`url`, `dns`): that store holds such data under its own names.
    const own =
      (index.nameHome.get(stem) ?? '') === platform &&
      (!compound || (index.nameHome.get(said) ?? '') === platform) &&
      !SHARED_PRODUCT_STEMS.has(said) &&
      keptOnlyHere(scoring.columnHome.get(stem), platform);
    if (cover > 0 && asName && own) {
      // Name stems are distinct: each word adds its own.
      distinctiveCount += 1;
      distinctiveStems = addDistinct(distinctiveStems, said);
    }
    // Padding (`…Events`) adds a little when said and takes nothing away when not.
    if (nameWeight === WEIGHTS.filler && cover === 0) continue;
    all += weight;
    covered += weight * cover;
    if (cover > 0) {
      const key = surface ?? stem;
      words.set(key, Math.max(words.get(key) ?? 0, weight * cover));
    }
  }
  const coverage = all === 0 ? 0 : covered / all;
  let nameScore = covered * (0.2 + 0.8 * coverage);
  // A shared product's source reached by the product's name alone ("PowerShell"), or by words of a part of it without
  // the product ("Kettle Monitor"), says what the data is, not where: one ordinary word's worth. The product named
  // with more of the source's name (`azure` and `firewall` of `azure:firewall`) names that source.
  if (info.sharedProduct && !(productSaid && beyondProduct) && distinctiveCount === 0 && !verbatim && !fuzzy)
    nameScore = Math.min(nameScore, ordinaryCap);
  if (
    distinctCount <= 1 &&
    !saidAsName &&
    !verbatim &&
    /[A-Z]/.test(entry.name) &&
    !(reading.exactTokens.has(entry.name) || reading.exactTokens.has(`${entry.name}s`))
  )
    nameScore *= WEIGHTS.caseOnlySingleWord;
  if (verbatim || fuzzy) nameScore = Math.max(nameScore, all) + (verbatim ? WEIGHTS.verbatimBonus : WEIGHTS.fuzzyBonus);
  else if (distinctiveCount > 0) nameScore += WEIGHTS.distinctive * Math.min(WEIGHTS.distinctiveCap, distinctiveCount);
  return {
    entry,
    platform,
    nameWords: nameWords ?? NONE,
    coverage: verbatim || fuzzy ? 1 : coverage,
    verbatim,
    fuzzy,
    columns: found.columns ?? NONE,
    columnWords: NONE,
    ownColumnWords: NONE,
    evidenceStems: evidenceStems ?? NONE,
    distinctiveStems: distinctiveStems ?? NONE,
    spelledStems: spelledStems ?? NONE,
    nameScore,
    columnScore: 0,
    score: nameScore,
  };
}

/**
 * Which platform's columns hold each column word the question says (null: more than one platform's), over every
 * entry that holds one, before the cut to the strongest candidates.
 */
function columnHomes(
  candidates: readonly Candidate[],
  index: CatalogIndex,
  platforms: readonly string[],
): Map<string, string | null> {
  const homes = new Map<string, string | null>();
  for (const candidate of candidates) {
    if (!candidate.columnStems) continue;
    const { platform } = index.entries[candidate.index]!;
    if (!platforms.includes(platform)) continue;
    for (const stem of candidate.columnStems) {
      const seen = homes.get(stem);
      homes.set(stem, seen === undefined || seen === platform ? platform : null);
    }
  }
  return homes;
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
  const total = index.entries.length;
  const candidates = collectCandidates(reading, index);
  const scoring: NameScoring = {
    reading,
    index,
    total,
    ordinaryCap: idf(total, total * WEIGHTS.ordinaryShare),
    wordsByPlatform: new Map(),
    columnHome: columnHomes(candidates, index, platforms),
  };
  const matches: PartialMatch[] = [];
  const columnStemsOf: Array<ReadonlySet<string> | undefined> = [];
  const columnDf = new Map<string, number>();
  // Which platform's columns hold each column word the question says (null: more than one platform's).
  const columnHome = new Map<string, string | null>();
  for (const found of strongestCandidates(candidates)) {
    const indexed = index.entries[found.index]!;
    if (!platforms.includes(indexed.platform)) continue;
    if (found.columnStems)
      for (const stem of found.columnStems) {
        columnDf.set(stem, (columnDf.get(stem) ?? 0) + 1);
        const seen = columnHome.get(stem);
        columnHome.set(stem, seen === undefined || seen === indexed.platform ? indexed.platform : null);
      }
    matches.push(readEntry(scoring, indexed, found));
    columnStemsOf.push(found.columnStems);
  }

  const byPlatform = new Map<string, EntryMatch[]>();
  for (let m = 0; m < matches.length; m += 1) {
    const match = matches[m]!;
    const columnStems = columnStemsOf[m];
    let columnWordScore = 0;
    if (columnStems) {
      const columnWords: string[] = [];
      let ownColumnWords: string[] | undefined;
      for (const stem of columnStems) {
        columnWordScore += WEIGHTS.columnWord * idf(total, columnDf.get(stem) ?? 1);
        const word = reading.surface.get(stem) ?? stem;
        columnWords.push(word);
        if (columnHome.get(stem) === match.platform && !index.nameHome.has(stem) && isWholeColumn(match.entry, stem))
          (ownColumnWords ??= []).push(word);
      }
      match.columnWords = columnWords;
      match.ownColumnWords = ownColumnWords ?? NONE;
    }
    const columnWords = Math.min(WEIGHTS.columnWordCap, columnWordScore);
    match.columnScore = columnWords + Math.min(WEIGHTS.namedColumnCap, WEIGHTS.namedColumn * match.columns.length);
    match.score = match.nameScore + match.columnScore;
    const list = byPlatform.get(match.platform);
    if (list) list.push(match);
    else byPlatform.set(match.platform, [match]);
  }
  // Code-unit order for ties: deterministic, and cheap (localeCompare is not, over thousands of matches).
  for (const list of byPlatform.values())
    list.sort((a, b) => b.score - a.score || (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0));
  return { byPlatform, wordsByPlatform: scoring.wordsByPlatform };
}

import type { SchemaEntry } from '../context/schema-catalog';
import { ANALYSIS_LIMITS, isFillerStem } from './catalog-index';
import { isMeaningful, phraseKey, phrasesSaid, saysAnyPhrase, type QuestionReading } from './question-reader';
import { identifierWords, stemWord } from './text.util';
import { saysAccountLifecycle } from './directory-object.util';
import { saysSecurityLogEventId } from './windows-event.util';
import { saysWebRequest } from './web-request.util';
import { saysWindowsActivity } from './constraints/windows-events';
import { DATA_CATEGORIES, type DataCategory } from './vocabulary';

/** A table a question's kind of activity points at, and the category that did. */
export interface CategoryTable {
  readonly entry: SchemaEntry;
  readonly category: string;
  /** The question's words that evoke the category (none for the hunting default). */
  readonly said: readonly string[];
  /** Whether the question names the category's thing outright (an admin cmdlet for the office suite's audit log). */
  readonly named: boolean;
  /** Whether the question signs in to what the category's log records access to (see `DataCategory.signedInto`). */
  readonly accessed?: true;
}

const NAME_STEMS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  DATA_CATEGORIES.map((category) => [category.name, new Set(category.names.map((word) => stemWord(word)))]),
);

const CATEGORY_BY_NAME: ReadonlyMap<string, DataCategory> = new Map(DATA_CATEGORIES.map((c) => [c.name, c]));

const PLAINNESS_CACHE_MAX = 50_000;
/** Plainness by name, memoized (every category a question evokes reads every name of a platform). */
const plainnessCache = new Map<string, number>();

/** How many meaningful words other than padding a name has (`DeviceProcessEvents` → 2). */
function plainness(entry: SchemaEntry): number {
  let words = plainnessCache.get(entry.name);
  if (words === undefined) {
    words = 0;
    for (const stem of identifierWords(entry.name).stems) if (isMeaningful(stem) && !isFillerStem(stem)) words += 1;
    if (plainnessCache.size >= PLAINNESS_CACHE_MAX) plainnessCache.clear();
    plainnessCache.set(entry.name, words);
  }
  return words;
}

/**
 * Each platform's entries list (one per request: `CatalogIndex.byPlatform`) → the entry found for each
 * category: every segment of a question, and the clauses scored alone, ask the same lists again.
 */
const categoryEntryMemo = new WeakMap<readonly SchemaEntry[], Map<string, SchemaEntry | undefined>>();

/** {@link plainestEntry}, once per entries list and category. */
function categoryEntry(category: DataCategory, entries: readonly SchemaEntry[]): SchemaEntry | undefined {
  let memo = categoryEntryMemo.get(entries);
  if (!memo) categoryEntryMemo.set(entries, (memo = new Map()));
  if (memo.has(category.name)) return memo.get(category.name);
  const entry = plainestEntry(category, entries);
  memo.set(category.name, entry);
  return entry;
}

/** Padding that names a record of happenings (`…Events`, `…Log`), as an inventory's (`…Info`) does not. */
const HAPPENING_STEMS: ReadonlySet<string> = new Set(['event', 'events', 'log', 'logs'].map(stemWord));

/**
 * The plainest entry whose name says the category (`DeviceProcessEvents`, `Endpoint.Processes` for process activity);
 * of two as plain, the one named as a record of happenings (`HostEvents` before `HostInfo`): a category is an activity.
 */
function plainestEntry(category: DataCategory, entries: readonly SchemaEntry[]): SchemaEntry | undefined {
  const names = NAME_STEMS.get(category.name)!;
  let best: SchemaEntry | undefined;
  let bestWords = Number.POSITIVE_INFINITY;
  for (const entry of entries) {
    const stems = identifierWords(entry.name).stems;
    if (!stems.some((stem) => names.has(stem))) continue;
    // Half a word less plain without padding that says happenings: ties go to the log of events.
    const words = plainness(entry) + (stems.some((stem) => HAPPENING_STEMS.has(stem)) ? 0 : 0.5);
    if (words < bestWords) {
      best = entry;
      bestWords = words;
    }
  }
  return best ?? entryHoldingColumn(category, entries) ?? keeperEntry(category, entries);
}

/** The entry of the category whose log keeps this one's activity where none is named for it (see `DataCategory.keptBy`). */
function keeperEntry(category: DataCategory, entries: readonly SchemaEntry[]): SchemaEntry | undefined {
  const keeper = category.keptBy === undefined ? undefined : CATEGORY_BY_NAME.get(category.keptBy);
  return keeper === undefined ? undefined : categoryEntry(keeper, entries);
}

/**
 * The entry with the likeliest column only the category's tables hold (`QueryName` before `RemoteUrl` for DNS
 * lookups), if the category has any: the first entry holding the first such column found.
 */
function entryHoldingColumn(category: DataCategory, entries: readonly SchemaEntry[]): SchemaEntry | undefined {
  const columns = category.columns;
  if (columns === undefined) return undefined;
  let best: SchemaEntry | undefined;
  let bestRank = columns.length;
  for (const entry of entries)
    for (const column of entry.columns) {
      const rank = columns.indexOf(squashed(column));
      if (rank >= 0 && rank < bestRank) [best, bestRank] = [entry, rank];
    }
  return best;
}

/** A column's name in lower-case letters and digits (`Query_Name` → `queryname`). */
function squashed(column: string): string {
  return column.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** `phrase` added to a list made on first use, unless a phrase of the same stems is in it (`launch`, `launched`). */
function addDistinct(kept: string[] | undefined, phrase: string): string[] {
  if (!kept) return [phrase];
  const key = phraseKey(phrase);
  for (const other of kept) if (phraseKey(other) === key) return kept;
  kept.push(phrase);
  return kept;
}

/** The phrases of a list the question says, each stem sequence once, added to `kept`; undefined when none is. */
function saidOnce(reading: QuestionReading, phrases: readonly string[], kept?: string[]): string[] | undefined {
  for (const phrase of phrasesSaid(reading, phrases)) kept = addDistinct(kept, phrase);
  return kept;
}

function saysAny(reading: QuestionReading, phrases: readonly string[] | undefined): boolean {
  return phrases !== undefined && saysAnyPhrase(reading, phrases);
}

/** Characters of the question read for a name that evokes a category. */
const MAX_NAMED_TEXT = 1_000;

type Evoked = ReadonlyArray<{
  readonly category: DataCategory;
  readonly said: readonly string[];
  readonly named: boolean;
  readonly accessed?: boolean;
}>;

/**
 * A cue said only as a word of another category's longer cue ("run" of "the Run keys", a registry key) evokes nothing
 * of its own: each such phrase is taken out of its category's list (in place), and a list left empty evokes nothing.
 */
function dropCuesInsideLonger(strong: Array<string[] | undefined>, reading: QuestionReading): void {
  const longer: string[] = [];
  for (const said of strong) for (const phrase of said ?? []) if (phrase.includes(' ')) longer.push(phraseKey(phrase));
  if (longer.length === 0) return;
  strong.forEach((said, order) => {
    if (!said) return;
    const kept = said.filter((phrase) => {
      const key = phraseKey(phrase);
      const inside = longer.filter(
        (other) => other !== key && ` ${other} `.includes(` ${key} `) && !said.some((own) => phraseKey(own) === other),
      );
      if (inside.length === 0) return true;
      const within = inside.reduce((sum, other) => sum + reading.stemGrams.count(other), 0);
      return reading.stemGrams.count(key) > within;
    });
    strong[order] = kept.length > 0 ? kept : undefined;
  });
}

/** What each reading evokes, worked out once per reading (every platform asks). */
const evokedByReading = new WeakMap<QuestionReading, Evoked>();

const NOTHING_EVOKED: Evoked = Object.freeze([]);

/**
 * The categories a question evokes, those it says most words of first. Most categories are not evoked:
 * they allocate nothing.
 */
function evokedCategories(reading: QuestionReading): Evoked {
  let evoked = evokedByReading.get(reading);
  if (!evoked) {
    const eventId =
      DATA_CATEGORIES.some((c) => c.securityLogEventIds) &&
      (saysSecurityLogEventId(reading.text) || saysWindowsActivity(reading.text));
    const lifecycle = DATA_CATEGORIES.some((c) => c.accountLifecycle) && saysAccountLifecycle(reading.text);
    const webRequest = saysWebRequest(reading.text);
    const slice = reading.text.slice(0, MAX_NAMED_TEXT);
    const named = DATA_CATEGORIES.map((category) => category.namedIn?.exec(slice));
    const signedInto = DATA_CATEGORIES.map((category) => category.signedInto?.exec(slice));
    const strong: Array<string[] | undefined> = DATA_CATEGORIES.map((category, order) => {
      const name = named[order];
      const access = signedInto[order];
      const product = category.productIn?.exec(slice);
      const first = [...(name ? [name[0]] : []), ...(access ? [access[0]] : []), ...(product ? [product[0]] : [])];
      const said = saidOnce(reading, category.cues, first.length > 0 ? first : undefined);
      const logged = eventId && category.securityLogEventIds ? [...(said ?? []), 'a Security log event'] : said;
      const lived = lifecycle && category.accountLifecycle ? [...(logged ?? []), 'an account lifecycle event'] : logged;
      // "requests to the /login page that got a 5xx": a web request by its shape, whatever ordinary words its path holds.
      return webRequest && category.name === 'web' ? [...(lived ?? []), 'a web request'] : lived;
    });
    dropCuesInsideLonger(strong, reading);
    const others = (order: number) => strong.some((said, other) => other !== order && said !== undefined);
    const found: Array<{
      category: DataCategory;
      order: number;
      said: readonly string[];
      named: boolean;
      accessed: boolean;
    }> = [];
    DATA_CATEGORIES.forEach((category, order) => {
      let said: readonly string[] | undefined = strong[order];
      // A weak cue (conditional access) evokes its category alone, or when the question says the thing changed.
      if (saysAny(reading, category.weakCues) && (!others(order) || saysAny(reading, category.actionCues))) {
        let kept: string[] | undefined;
        for (const phrase of said ?? []) kept = addDistinct(kept, phrase);
        said = saidOnce(reading, category.weakCues!, kept);
      }
      if (said !== undefined)
        found.push({ category, order, said, named: Boolean(named[order]), accessed: Boolean(signedInto[order]) });
    });
    // A sign-in to what a category's log records access to comes first ("logged into the shared mailbox"); of two
    // categories evoked as much, the one whose thing the question names outright ("ran <a mailbox cmdlet>").
    evoked =
      found.length === 0
        ? NOTHING_EVOKED
        : found.sort(
            (a, b) =>
              Number(b.accessed) - Number(a.accessed) ||
              b.said.length - a.said.length ||
              Number(b.named) - Number(a.named) ||
              a.order - b.order,
          );
    evokedByReading.set(reading, evoked);
  }
  return evoked;
}

/** The hunting default: the categories endpoint hunting reads first (see `DataCategory.hunted`), as evoked by no word. */
const HUNTED: Evoked = Object.freeze(
  DATA_CATEGORIES.filter((category) => category.hunted).map((category) => ({ category, said: [], named: false })),
);

/**
 * Whether the question names outright a thing only one kind of telemetry records (an admin cmdlet on a mailbox or a
 * transport rule): security work, as a word no business question uses is.
 */
export function namesActivityOutright(reading: QuestionReading): boolean {
  return evokedCategories(reading).some((found) => found.named);
}

/**
 * The tables a question's kind of activity points at on one platform: for each data category the
 * question evokes (a process run, a file written, a network connection, a registry change, a
 * sign-in, a directory change, an email, a web request, a DNS lookup — the data sources of
 * ATT&CK and the CIM data models), the plainest catalog entry whose name says that category.
 * Categories come in the order the question evokes most words of; at most `limit` tables. With
 * `hunting` (a telemetry question that evokes no category: "activity of <a tool or a malware
 * family>"), the hunted categories stand in (what it ran, wrote and connected to), beyond `limit` if need be.
 * Linear in the platform's entries per category evoked.
 */
export function categoryTables(
  reading: QuestionReading,
  entries: readonly SchemaEntry[],
  limit: number,
  hunting = false,
): CategoryTable[] {
  let evoked = evokedCategories(reading);
  let most = limit;
  if (evoked.length === 0 && hunting) {
    evoked = HUNTED;
    most = Math.max(limit, HUNTED.length);
  }
  const found: CategoryTable[] = [];
  for (const { category, said, named, accessed } of evoked) {
    if (found.length >= most) break;
    const entry = categoryEntry(category, entries);
    if (entry && !found.some((f) => f.entry === entry))
      found.push(
        accessed
          ? { entry, category: category.name, said, named, accessed }
          : { entry, category: category.name, said, named },
      );
  }
  // "turned on through the registry": the change is made by a command run, which the process log records too.
  for (const { category, said } of evoked) {
    const maker = category.madeBy === undefined ? undefined : CATEGORY_BY_NAME.get(category.madeBy);
    if (!maker || found.length >= most || !found.some((f) => f.category === category.name)) continue;
    const entry = categoryEntry(maker, entries);
    if (entry && !found.some((f) => f.entry === entry)) found.push({ entry, category: maker.name, said, named: false });
  }
  return found;
}

/** The category whose events the Windows Security log carries (see `DataCategory.securityLogEventIds`). */
const SECURITY_LOG_CATEGORY = DATA_CATEGORIES.find((category) => category.securityLogEventIds === true);

/**
 * The platform's entry for the operating system's security log (the plainest entry named for the category its event
 * ids evoke), or undefined. The directory's servers audit each change to a directory object there too, so a question
 * about such a change reads it beside the directory's own record. Memoized per entries list.
 */
export function securityLogEntry(entries: readonly SchemaEntry[]): SchemaEntry | undefined {
  return SECURITY_LOG_CATEGORY === undefined ? undefined : categoryEntry(SECURITY_LOG_CATEGORY, entries);
}

/** Columns of an entry read for {@link alsoLoggedTables}, squashed once per entry (the lists live as long as their catalog). */
const squashedColumns = new WeakMap<SchemaEntry, ReadonlySet<string>>();

function columnsOf(entry: SchemaEntry): ReadonlySet<string> {
  let columns = squashedColumns.get(entry);
  if (!columns) {
    columns = new Set(entry.columns.slice(0, ANALYSIS_LIMITS.columnsPerEntry).map(squashed));
    squashedColumns.set(entry, columns);
  }
  return columns;
}

/**
 * The second log of each kind of activity whose table is among `chosen` (see `DataCategory.alsoLoggedWith`): the
 * first other entry holding every column that log is known by. A process run on a host is in the agent's process
 * table and in the host's own security log alike; a hunt reads both. Linear in the platform's entries per category.
 */
export function alsoLoggedTables(chosen: readonly SchemaEntry[], entries: readonly SchemaEntry[]): string[] {
  const found: string[] = [];
  for (const category of DATA_CATEGORIES) {
    const columns = category.alsoLoggedWith;
    if (columns === undefined) continue;
    const own = categoryEntry(category, entries);
    if (own === undefined || !chosen.includes(own)) continue;
    const second = entries.find((entry) => entry !== own && columns.every((column) => columnsOf(entry).has(column)));
    if (second && !chosen.includes(second) && !found.includes(second.name)) found.push(second.name);
  }
  return found;
}

import type { SchemaEntry } from '../context/schema-catalog';
import { isFillerStem } from './catalog-index';
import { isMeaningful, phraseKey, phrasesSaid, type QuestionReading } from './question-reader';
import { identifierWords, stemWord } from './text.util';
import { saysSecurityLogEventId } from './windows-event.util';
import { DATA_CATEGORIES, type DataCategory } from './vocabulary';

/** A table a question's kind of activity points at, and the category that did. */
export interface CategoryTable {
  readonly entry: SchemaEntry;
  readonly category: string;
  /** The question's words that evoke the category (none for the hunting default). */
  readonly said: readonly string[];
}

const NAME_STEMS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  DATA_CATEGORIES.map((category) => [category.name, new Set(category.names.map((word) => stemWord(word)))]),
);

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

/** The plainest entry whose name says the category (`DeviceProcessEvents`, `Endpoint.Processes` for process activity). */
function plainestEntry(category: DataCategory, entries: readonly SchemaEntry[]): SchemaEntry | undefined {
  const names = NAME_STEMS.get(category.name)!;
  let best: SchemaEntry | undefined;
  let bestWords = Number.POSITIVE_INFINITY;
  for (const entry of entries) {
    if (!identifierWords(entry.name).stems.some((stem) => names.has(stem))) continue;
    const words = plainness(entry);
    if (words < bestWords) {
      best = entry;
      bestWords = words;
    }
  }
  return best;
}

/** The phrases said, each stem once (`launch` and `launched` are one word said). */
function distinct(phrases: readonly string[]): string[] {
  const keys = new Set<string>();
  return phrases.filter((phrase) => !keys.has(phraseKey(phrase)) && keys.add(phraseKey(phrase)));
}

type Evoked = ReadonlyArray<{ readonly category: DataCategory; readonly said: readonly string[] }>;

/** What each reading evokes, worked out once per reading (every platform asks). */
const evokedByReading = new WeakMap<QuestionReading, Evoked>();

/** The categories a question evokes, those it says most words of first. */
function evokedCategories(reading: QuestionReading): Evoked {
  let evoked = evokedByReading.get(reading);
  if (!evoked) {
    const eventId = DATA_CATEGORIES.some((c) => c.securityLogEventIds) && saysSecurityLogEventId(reading.text);
    const strong = DATA_CATEGORIES.map((category, order) => ({
      category,
      order,
      said: [
        ...distinct(phrasesSaid(reading, category.cues)),
        ...(eventId && category.securityLogEventIds ? ['a Security log event id'] : []),
      ],
    }));
    const others = (category: DataCategory) => strong.some((c) => c.category !== category && c.said.length > 0);
    // A weak cue (conditional access) evokes its category alone, or when the question says the thing changed.
    evoked = strong
      .map((c) => {
        const weak = phrasesSaid(reading, c.category.weakCues ?? []);
        const counts =
          weak.length > 0 && (!others(c.category) || phrasesSaid(reading, c.category.actionCues ?? []).length > 0);
        return counts ? { ...c, said: distinct([...c.said, ...weak]) } : c;
      })
      .filter((c) => c.said.length > 0)
      .sort((a, b) => b.said.length - a.said.length || a.order - b.order);
    evokedByReading.set(reading, evoked);
  }
  return evoked;
}

/**
 * The tables a question's kind of activity points at on one platform: for each data category the
 * question evokes (a process run, a file written, a network connection, a registry change, a
 * sign-in, a directory change, an email, a web request, a DNS lookup — the data sources of
 * ATT&CK and the CIM data models), the plainest catalog entry whose name says that category.
 * Categories come in the order the question evokes most words of; at most `limit` tables. With
 * `hunting` (a telemetry question that evokes no category: "activity of <a tool or a malware
 * family>"), the first category (process execution, where endpoint hunting starts) stands in.
 * Linear in the platform's entries per category evoked.
 */
export function categoryTables(
  reading: QuestionReading,
  entries: readonly SchemaEntry[],
  limit: number,
  hunting = false,
): CategoryTable[] {
  const evoked: Array<{ category: DataCategory; said: readonly string[] }> = [...evokedCategories(reading)];
  if (evoked.length === 0 && hunting && DATA_CATEGORIES[0]) evoked.push({ category: DATA_CATEGORIES[0], said: [] });
  const found: CategoryTable[] = [];
  for (const { category, said } of evoked) {
    if (found.length >= limit) break;
    const entry = categoryEntry(category, entries);
    if (entry && !found.some((f) => f.entry === entry)) found.push({ entry, category: category.name, said });
  }
  return found;
}

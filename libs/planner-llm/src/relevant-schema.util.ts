import { LRUCache } from 'lru-cache';
import { splitWords, stems, stemWord, type SchemaCatalog, type SchemaEntry } from '@mesh/planner-core';

/** Limits on the schema part of the prompt. */
export interface RelevanceLimits {
  /** Most entries (tables, indexes, ...) offered to the model. */
  readonly maxEntries: number;
  /** Most columns shown per entry. */
  readonly maxColumns: number;
  /** Most characters of the rendered schema section. */
  readonly maxChars: number;
  /** Entry names listed for a platform none of whose entries the question mentions. */
  readonly fallbackNames: number;
}

export const DEFAULT_RELEVANCE_LIMITS: RelevanceLimits = Object.freeze({
  maxEntries: 12,
  maxColumns: 8,
  maxChars: 1400,
  fallbackNames: 3,
});

/** One catalog entry offered to the model. */
export interface OfferedEntry {
  readonly name: string;
  readonly kind: SchemaEntry['kind'];
  /** Lower-case platform, or null for names the hints did not place. */
  readonly platform: string | null;
  readonly columns: readonly string[];
  /** Lexical relevance to the question (0 for a fallback listing). */
  readonly score: number;
}

export interface RelevantSchema {
  readonly entries: readonly OfferedEntry[];
  /** `kql: SigninLogs(UserPrincipalName,ResultType); ...`, one line per platform. */
  readonly text: string;
}

/** Words that say nothing about where data lives. */
const STOP = new Set(
  stems(
    'the and for with from that this show list find all any get give what which who when where how many much last past over into per are was were has have had not but our your their its of in on at to by or a an me my is be do does did can could would should will there than then them they it as',
  ),
);

const SCAN_COLUMNS = 400;

/** Identifier stems, memoized: the same table and column names recur across requests. */
const identifierCache = new LRUCache<string, readonly string[]>({ max: 50_000 });

function identifierStems(name: string): readonly string[] {
  let cached = identifierCache.get(name);
  if (cached === undefined) {
    cached = [...new Set(stems(name))];
    identifierCache.set(name, cached);
  }
  return cached;
}

function scoreEntry(
  entry: SchemaEntry,
  question: ReadonlySet<string>,
  questionLower: string,
  boosted: ReadonlySet<string>,
): { score: number; columns: string[] } {
  let score = 0;
  if (boosted.has(entry.name.toLowerCase())) score += 5;
  if (entry.name.length > 2 && questionLower.includes(entry.name.toLowerCase())) score += 6;
  for (const s of identifierStems(entry.name)) if (question.has(s)) score += 3;
  const matched: string[] = [];
  for (const column of entry.columns.slice(0, SCAN_COLUMNS)) {
    const hit = questionLower.includes(column.toLowerCase()) || identifierStems(column).some((s) => question.has(s));
    if (hit) matched.push(column);
  }
  score += Math.min(matched.length, 4);
  return { score, columns: matched };
}

function render(entry: OfferedEntry): string {
  const kind = entry.kind === 'table' ? '' : `${entry.kind} `;
  return `${kind}${entry.name}${entry.columns.length > 0 ? `(${entry.columns.join(',')})` : ''}`;
}

/**
 * The part of the schema hints a question is about, chosen lexically: entries whose name or
 * columns share word stems with the question (or that the heuristic analysis already found),
 * best first, with their matching columns first; for a platform with no match, a few names
 * so the model sees what lives there. Bounded in entries, columns and characters, so hints
 * with thousands of tables still make a small prompt.
 */
export function pickRelevantSchema(
  question: string,
  catalog: SchemaCatalog,
  platforms: readonly string[],
  options: { readonly boostedTables?: readonly string[]; readonly limits?: Partial<RelevanceLimits> } = {},
): RelevantSchema {
  const limits = { ...DEFAULT_RELEVANCE_LIMITS, ...options.limits };
  // Stems of the words, and of adjacent words written together ("sign in" meets SigninLogs).
  const words = splitWords(question);
  const joined = words.slice(1).map((w, i) => stemWord(words[i]! + w));
  const questionStems = new Set([...stems(question), ...joined].filter((s) => s.length > 2 && !STOP.has(s)));
  const questionLower = question.toLowerCase();
  const boosted = new Set((options.boostedTables ?? []).map((t) => t.toLowerCase()));
  const allowed = new Set(platforms);

  const scored: OfferedEntry[] = [];
  for (const entry of catalog.entries) {
    if (entry.platform !== null && !allowed.has(entry.platform)) continue;
    const { score, columns } = scoreEntry(entry, questionStems, questionLower, boosted);
    if (score <= 0) continue;
    const rest = entry.columns.filter((c) => !columns.includes(c));
    scored.push({
      name: entry.name,
      kind: entry.kind,
      platform: entry.platform,
      columns: [...columns, ...rest].slice(0, limits.maxColumns),
      score,
    });
  }
  scored.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  const chosen = scored.slice(0, limits.maxEntries);

  for (const platform of platforms) {
    if (chosen.some((e) => e.platform === platform)) continue;
    const names = (catalog.platforms.get(platform)?.entries ?? []).slice(0, limits.fallbackNames);
    for (const entry of names) chosen.push({ name: entry.name, kind: entry.kind, platform, columns: [], score: 0 });
  }

  // Render per platform within the character budget, best entries first.
  const kept: OfferedEntry[] = [];
  const lines = new Map<string, string[]>();
  let used = 0;
  for (const entry of chosen) {
    const piece = render(entry);
    const key = entry.platform ?? 'other';
    const cost = piece.length + (lines.has(key) ? 2 : key.length + 3);
    if (used + cost > limits.maxChars) continue;
    used += cost;
    kept.push(entry);
    const list = lines.get(key);
    if (list) list.push(piece);
    else lines.set(key, [piece]);
  }
  const order = [...platforms, 'other'].filter((p) => lines.has(p));
  return { entries: kept, text: order.map((p) => `${p}: ${lines.get(p)!.join('; ')}`).join('\n') };
}

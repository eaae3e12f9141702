import { readConstraints } from './constraints';
import type { KnowledgeHint, QueryInput, TimeFilter } from './query-input';
import { durationFromText } from './time-range.util';

/** What a `generate_query` step carries, before it is read. */
export interface GenerateQueryStep {
  readonly query_analysis: Record<string, unknown>;
  readonly natural_language?: string;
  readonly use_knowledge?: boolean;
  readonly knowledge?: ReadonlyArray<{ id: string; title: string; text: string; score: number; domain?: string }>;
}

const MAX_NAMES = 16;
const MAX_KNOWLEDGE = 20;

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function names(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  for (const item of value) {
    if (typeof item === 'string' && item.trim().length > 0 && item.length <= 256) out.add(item.trim());
    if (out.size >= MAX_NAMES) break;
  }
  return [...out];
}

function isoOrNull(value: unknown): string | null {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : null;
}

/** "since three days", "since 2 weeks": a counted span up to now (said for "for the past …"), a rolling window. */
const SINCE_COUNT =
  /\bsince\s+(?:\d{1,4}(?:\.\d{1,2})?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|sixty|ninety)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?)\b/i;

/**
 * "since last Friday", "last tuesday", "last night", "the week before last", "since the start of last week": a day or a
 * week of the calendar said through "last", a span with fixed ends (its start a date), not one rolling back from now.
 */
const LAST_ANCHOR =
  /\b(?:last|lst|previous|prev|prior|past)\s+(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|night)\b|\bbefore\s+last\b|\b(?:start|beginning)\s+of\s+(?:the\s+)?(?:last|previous|prev|prior)\b/i;

/** "last month", "previous quarter", "prior year": a calendar period, or the span up to now, as the window's instants say. */
const PREVIOUS_PERIOD_WORDS = /^\s*(?:last|previous|prev|prior)\s+(?:week|month|quarter|year)\s*$/i;

/** Whether an ISO instant is the start of a UTC day. */
function dayStart(iso: string): boolean {
  const at = new Date(iso);
  return (
    at.getUTCHours() === 0 && at.getUTCMinutes() === 0 && at.getUTCSeconds() === 0 && at.getUTCMilliseconds() === 0
  );
}

function readTime(entities: Record<string, unknown>): TimeFilter | null {
  const description =
    typeof entities['time_range'] === 'string' && entities['time_range'].trim() ? entities['time_range'].trim() : null;
  const window = record(entities['time_window']);
  const start = isoOrNull(window['start']);
  const end = isoOrNull(window['end']);
  const windowSeconds =
    typeof window['duration_seconds'] === 'number' &&
    Number.isFinite(window['duration_seconds']) &&
    window['duration_seconds'] > 0
      ? window['duration_seconds']
      : null;
  const fromDates =
    start && end && Date.parse(end) > Date.parse(start) ? (Date.parse(end) - Date.parse(start)) / 1000 : null;
  const words = description ?? (typeof window['expression'] === 'string' ? window['expression'] : '');
  // "last weekend", "last week (mon-sun)", "the previous calendar month", "last fiscal year" are fixed spans with both ends
  // known, not spans up to now; so is "last month" ("last week", "last quarter", "last year") when the planner's window
  // starts on a day's start: the calendar period. From any other instant it is the span up to now ("over the last week").
  const relative =
    (/\b(last|lst|past|previous|prev|prior|recent|ago|within)\b/i.test(words) &&
      !/\b(?:weekend|calendar|fiscal|full|whole|complete)\b|\bmon(?:day)?\s*(?:-|–|to|thru|through)\s*sun/i.test(
        words,
      ) &&
      !(PREVIOUS_PERIOD_WORDS.test(words) && start !== null && dayStart(start)) &&
      !LAST_ANCHOR.test(words)) ||
    SINCE_COUNT.test(words) ||
    !(start && end);
  // A rolling window says its length in words ("last 24 hours"): trust the words over instants that disagree.
  const spoken = relative && words ? durationFromText(words) : null;
  const durationSeconds = spoken ?? windowSeconds ?? (description ? durationFromText(description) : null) ?? fromDates;
  if (durationSeconds === null && !(start && end)) return null;
  return { description: description ?? (words || null), durationSeconds, start, end, relative };
}

/**
 * Reads a step's parameters into a QueryInput. Never throws: an older or newer planner may
 * send less or more, and what cannot be read is left out.
 */
export function readQueryInput(step: GenerateQueryStep): QueryInput {
  const analysis = record(step.query_analysis);
  const entities = record(analysis['entities']);
  const characteristics = record(analysis['query_characteristics']);
  const knowledge: KnowledgeHint[] = (step.knowledge ?? [])
    .slice(0, MAX_KNOWLEDGE)
    .map((p) => ({ id: p.id, title: p.title, text: p.text, score: p.score, ...(p.domain ? { domain: p.domain } : {}) }))
    .sort((a, b) => b.score - a.score);
  const readNotes: string[] = [];
  const constraints = readConstraints(analysis['constraints'], readNotes);
  return {
    tables: names(entities['tables']),
    fields: names(entities['fields']),
    time: readTime(entities),
    isAggregation: characteristics['is_aggregation'] === true,
    isTimeSeries: characteristics['is_time_series'] === true,
    hasJoins: characteristics['has_joins'] === true,
    intent: typeof analysis['intent'] === 'string' ? analysis['intent'] : null,
    naturalLanguage: typeof step.natural_language === 'string' ? step.natural_language : '',
    useKnowledge: step.use_knowledge === true,
    knowledge,
    constraints,
    readNotes,
  };
}

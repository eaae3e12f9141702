import type { ConstraintFilter, FilterKind, QueryConstraints, TimeWindow } from '@mesh/a2a-contracts';
import type { PlatformEvidence } from '../analyzer.types';
import { resolveTimeRange } from '../time-range.util';
import { chosenTableColumns } from './column-mapper';
import { extractConstraints } from './extract-constraints';

/** What one data step asks when a question asks each store for its own thing. */
export interface ClauseScope {
  /** The words of the question this platform's evidence came from. */
  readonly text: string;
  readonly constraints: QueryConstraints;
  readonly timeRange: string | null;
  readonly timeWindow: TimeWindow | null;
}

export interface ClauseScopeInput {
  /** The question's clauses in order, each with the platforms it chose. */
  readonly segments: ReadonlyArray<{ readonly text: string; readonly platforms: readonly string[] }>;
  /** The chosen platforms' evidence (their tables). */
  readonly chosen: readonly PlatformEvidence[];
  readonly catalog: Parameters<typeof chosenTableColumns>[0];
  readonly now: Date;
}

/** Who or what a question is about: named once, it stays the subject of the other clauses. */
const SHARED_KINDS: ReadonlySet<FilterKind> = new Set<FilterKind>(['user', 'email', 'ip', 'host']);
const MAX_CLAUSE_TEXT = 1_000;

/**
 * One scope per chosen platform when the question's clauses ask different stores for different
 * things ("X in one store, and Y in the other"): each platform gets the constraints of the clause
 * that chose it, plus the subject (a user, an address, a host) another clause named, when its own
 * clause names none of that kind and its tables have a column for it ("… for bob, and his …": bob
 * is the subject of both). A time window said in an earlier clause stays there; one said in the
 * last clause may close the whole question and applies to every clause without its own. Empty
 * (today's behaviour, one set for all) unless every chosen platform was chosen by exactly one
 * clause and not all by the same one.
 */
export function scopeClauses(input: ClauseScopeInput): Map<string, ClauseScope> {
  const out = new Map<string, ClauseScope>();
  const { segments, chosen } = input;
  if (segments.length < 2 || chosen.length < 2) return out;
  const clauseOf = new Map<string, number>();
  for (const { platform } of chosen) {
    const choosing = segments.flatMap((s, i) => (s.platforms.includes(platform) ? [i] : []));
    if (choosing.length !== 1) return out;
    clauseOf.set(platform, choosing[0]!);
  }
  if (new Set(clauseOf.values()).size < 2) return out;
  const windows = segments.map((s) => resolveTimeRange(s.text.slice(0, MAX_CLAUSE_TEXT), input.now));
  const last = segments.length - 1;
  for (const own of chosen) {
    const at = clauseOf.get(own.platform)!;
    const text = segments[at]!.text;
    const tables = chosenTableColumns(input.catalog, [own]);
    const constraints = extractConstraints({ text, tables });
    const has = new Set(constraints.filters.map((f) => f.kind));
    const shared: ConstraintFilter[] = [];
    segments.forEach((other, i) => {
      if (i === at) return;
      for (const filter of extractConstraints({ text: other.text, tables }).filters) {
        // Only where its store has a column for it: an address says nothing about a sales table.
        if (
          SHARED_KINDS.has(filter.kind) &&
          !has.has(filter.kind) &&
          filter.operator !== 'neq' &&
          filter.field !== null
        )
          shared.push(filter);
      }
    });
    // After its own: the clause's own values say what it is about (its table); the subject narrows it.
    constraints.filters.push(...shared);
    const window = windows[at] ?? (at !== last ? windows[last] : null) ?? null;
    out.set(own.platform, {
      text,
      constraints,
      timeRange: window?.description ?? null,
      timeWindow: window?.window ?? null,
    });
  }
  return out;
}

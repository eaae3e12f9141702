import type { ConstraintFilter, FilterKind, QueryConstraints, TimeWindow } from '@mesh/a2a-contracts';
import { platformClauses } from '../question-reader';
import { resolveTimeRange, type ResolvedTimeRange } from '../time-range.util';
import type { TableColumns } from './column-mapper';
import { extractConstraints } from './extract-constraints';

/** What one clause of a two-clause question asks its own platform for. */
export interface ClauseAnalysis {
  /** The clause's words, as the data step's question. */
  readonly text: string;
  readonly constraints: QueryConstraints;
  readonly time_range: string | null;
  readonly time_window: TimeWindow | null;
}

export interface ClauseConstraintInput {
  readonly text: string;
  readonly now: Date;
  /** The platforms the analysis chose: clauses are read only when they are exactly the two the clauses name. */
  readonly chosen: readonly string[];
  /** A platform's chosen tables with their columns. */
  readonly tablesOf: (platform: string) => readonly TableColumns[];
  /** The window read from the whole question. */
  readonly whole: ResolvedTimeRange | null;
}

/** Who or what a request is about: named once, the other clause may mean it too. */
const ENTITY_KINDS: ReadonlySet<FilterKind> = new Set<FilterKind>(['user', 'email', 'host', 'ip', 'cidr']);

/** Words that point back at someone or something the question named before ("his", "the same user"). */
const REFERS_BACK =
  /\b(?:his|her|hers|him|he|she|their|them|they|its|(?:the\s+)?same\s+(?:user|account|person|host|machine|device|ip|address|customer|employee)|(?:that|this)\s+(?:user|account|person|host|machine|device|ip|address|customer|employee))\b/i;

const MAX_TIME_TEXT = 1_000;

function windowOf(range: ResolvedTimeRange | null): Pick<ClauseAnalysis, 'time_range' | 'time_window'> {
  return { time_range: range?.description ?? null, time_window: range?.window ?? null };
}

/** The other clause's entity filters this clause lacks, their column left to the agent (it was read among the other platform's tables). */
function sharedEntities(own: QueryConstraints, from: readonly ConstraintFilter[]): ConstraintFilter[] {
  const has = new Set(own.filters.flatMap((f) => f.values.map((v) => `${f.kind}\u0000${v.toLowerCase()}`)));
  return from
    .filter(
      (f) =>
        ENTITY_KINDS.has(f.kind) &&
        (f.operator === 'eq' || f.operator === 'in') &&
        !f.values.some((v) => has.has(`${f.kind}\u0000${v.toLowerCase()}`)),
    )
    .map((f) => ({ ...f, field: null }));
}

/**
 * Per platform, what its own clause of the question asks for, when the question asks two platforms
 * for two things ("failed sign-ins in Entra in the last day, and his unpaid invoices in the billing
 * DB"): each clause's filters, shape and window, plus the entities the other clause named when this
 * one points back at them ("his", "the same user"). A window or an entity said after the last
 * clause's store ("… in Splunk over the last week"), or an entity in a heading before the first
 * ("check 10.0.0.1 everywhere: …"), is said of both. Empty when the clauses cannot be
 * told apart or do not name exactly the chosen platforms: then every step reads the whole question.
 */
export function clauseAnalyses(input: ClauseConstraintInput): Map<string, ClauseAnalysis> {
  const out = new Map<string, ClauseAnalysis>();
  if (input.chosen.length !== 2) return out;
  const clauses = platformClauses(input.text);
  if (!clauses || !clauses.every((c) => input.chosen.includes(c.platform))) return out;
  const read = clauses.map((clause) => ({
    clause,
    constraints: extractConstraints({ text: clause.text, tables: input.tablesOf(clause.platform) }),
    time: resolveTimeRange(clause.text.slice(0, MAX_TIME_TEXT), input.now),
  }));
  const first = clauses[0];
  const last = clauses[clauses.length - 1]!;
  const tail = last.text.slice(last.cueEnd);
  // "check 10.0.0.1 everywhere: …": a heading before the first store, ended by a colon, is said of both clauses.
  const colon = first.text.indexOf(':');
  const heading = colon >= 0 && colon < first.cueAt ? first.text.slice(0, colon) : '';
  const trailingTime = tail.trim().length > 0 ? resolveTimeRange(tail.slice(0, MAX_TIME_TEXT), input.now) : null;
  // A window the whole question names but no clause holds (cut through by the split): every step keeps it.
  const unplaced = input.whole !== null && read.every((r) => r.time === null);
  for (const { clause, constraints, time } of read) {
    const others = read.filter((r) => r.clause !== clause);
    const shared = others.flatMap((other) =>
      REFERS_BACK.test(clause.text)
        ? other.constraints.filters
        : other.constraints.filters.filter((f) =>
            other.clause === last ? tail.includes(f.expression) : heading.includes(f.expression),
          ),
    );
    const filters = [...constraints.filters, ...sharedEntities(constraints, shared)];
    out.set(clause.platform, {
      text: clause.text,
      constraints: { ...constraints, filters },
      ...windowOf(unplaced ? input.whole : (time ?? trailingTime)),
    });
  }
  return out;
}

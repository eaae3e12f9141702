import type { QueryConstraints } from './constraints';

/** A knowledge passage as a data agent reads it (the contract's KnowledgePassage, loosely). */
export interface KnowledgeHint {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly score: number;
  readonly domain?: string;
}

/** The time a query covers: a relative duration ("last 24 hours") or an absolute window. */
export interface TimeFilter {
  readonly description: string | null;
  /** Seconds back from now; null when only an absolute window is known. */
  readonly durationSeconds: number | null;
  /** ISO-8601 instants, when the analysis resolved them. */
  readonly start: string | null;
  readonly end: string | null;
  /** True when the question reads as "the last N ..." rather than fixed dates. */
  readonly relative: boolean;
}

/** What a query builder needs, read defensively from the step's parameters. */
export interface QueryInput {
  readonly tables: readonly string[];
  readonly fields: readonly string[];
  readonly time: TimeFilter | null;
  readonly isAggregation: boolean;
  readonly isTimeSeries: boolean;
  readonly hasJoins: boolean;
  readonly intent: string | null;
  readonly naturalLanguage: string;
  readonly useKnowledge: boolean;
  readonly knowledge: readonly KnowledgeHint[];
  /** `query_analysis.constraints`, read defensively; null when the planner sent none (older planners). */
  readonly constraints: QueryConstraints | null;
  /** What reading the analysis skipped (unknown kinds, unreadable parts), for the query's notes. */
  readonly readNotes: readonly string[];
}

/** A builder's answer: the `result` of `generate_query`. */
export interface GeneratedQuery {
  readonly platform: string;
  readonly query: string;
  readonly tables: string[];
  readonly notes: string[];
}

/** A QueryInput with defaults, for tests and callers that know only a little. */
export function aQueryInput(overrides: Partial<QueryInput> = {}): QueryInput {
  return {
    tables: [],
    fields: [],
    time: null,
    isAggregation: false,
    isTimeSeries: false,
    hasJoins: false,
    intent: null,
    naturalLanguage: '',
    useKnowledge: false,
    knowledge: [],
    constraints: null,
    readNotes: [],
    ...overrides,
  };
}

/**
 * With constraints, they decide the query's shape (a measure, groups, buckets): the older
 * `is_aggregation` / `is_time_series` guesses are dropped, so "in the last 24 hours" no longer
 * turns a list into an hourly chart.
 */
export function shapeFromConstraints(input: QueryInput): QueryInput {
  return input.constraints ? { ...input, isAggregation: false, isTimeSeries: false } : input;
}

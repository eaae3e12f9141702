import { readQueryInput } from '../analysis-reader.util';
import type { QueryInput } from '../query-input';

/** A wire filter of the shared constraints spec. */
export function aFilter(
  kind: string,
  values: string[],
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    kind,
    operator: values.length > 1 ? 'in' : 'eq',
    values,
    field: null,
    currency: null,
    expression: values.join(' '),
    ...overrides,
  };
}

/** Wire `constraints` with every field present (the spec requires them), overridden where given. */
export function aConstraints(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    filters: [],
    measure: null,
    group_by: [],
    having: null,
    time_bucket: null,
    order: null,
    limit: null,
    inactivity: null,
    ...overrides,
  };
}

export interface AnalysisFixture {
  readonly tables: string[];
  /** Columns the question names. */
  readonly fields?: string[];
  readonly question?: string;
  readonly constraints?: Record<string, unknown>;
  readonly timeRange?: string | null;
  readonly window?: { start: string; end: string; duration_seconds: number; expression?: string } | null;
  readonly aggregation?: boolean;
  readonly timeSeries?: boolean;
  readonly joins?: boolean;
}

/** A `generate_query` step's parameters as a planner following the spec sends them, read as the agent reads them. */
export function anInput(fixture: AnalysisFixture): QueryInput {
  return readQueryInput({
    natural_language: fixture.question ?? '',
    query_analysis: {
      intent: 'security',
      entities: {
        tables: fixture.tables,
        fields: fixture.fields ?? [],
        time_range: fixture.timeRange ?? null,
        ...(fixture.window ? { time_window: { expression: fixture.timeRange ?? '', ...fixture.window } } : {}),
      },
      query_characteristics: {
        is_aggregation: fixture.aggregation ?? false,
        is_time_series: fixture.timeSeries ?? false,
        has_joins: fixture.joins ?? false,
        complexity_factors: [],
      },
      ...(fixture.constraints ? { constraints: fixture.constraints } : {}),
    },
  });
}

export const DAY = 86_400;
/** A rolling window ending at 2024-05-08 12:00 UTC. */
export function lastSeconds(seconds: number, words: string): Pick<AnalysisFixture, 'timeRange' | 'window'> {
  const end = Date.parse('2024-05-08T12:00:00Z');
  return {
    timeRange: words,
    window: {
      start: new Date(end - seconds * 1000).toISOString(),
      end: new Date(end).toISOString(),
      duration_seconds: seconds,
    },
  };
}

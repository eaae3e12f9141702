/** The vocabularies of `QueryConstraints` (decorator-free: pure code reads them through `wire.ts`). */
/** What a filter's values are: the mesh's entity kinds, plus `text` for anything else quoted. */
export const FILTER_KINDS = [
  'ip',
  'cidr',
  'user',
  'email',
  'host',
  'domain',
  'url',
  'hash',
  'port',
  'event_id',
  'process',
  'file',
  'command_line',
  'registry',
  'status',
  'amount',
  'currency',
  'country',
  'city',
  'app',
  'id',
  'severity',
  'action',
  'text',
] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];

export const FILTER_OPERATORS = ['eq', 'neq', 'in', 'not_in', 'contains', 'gt', 'gte', 'lt', 'lte'] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

/** `median` is the 50th percentile; `percentile` carries its rank in `Measure.percentile` (added, optional). */
export const MEASURE_KINDS = ['count', 'distinct_count', 'sum', 'avg', 'min', 'max', 'median', 'percentile'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const THRESHOLD_OPERATORS = ['gt', 'gte', 'lt', 'lte', 'eq'] as const;
export type ThresholdOperator = (typeof THRESHOLD_OPERATORS)[number];

export const TIME_BUCKET_UNITS = ['minute', 'hour', 'day', 'week', 'month'] as const;
export type TimeBucketUnit = (typeof TIME_BUCKET_UNITS)[number];

export const ORDER_DIRECTIONS = ['asc', 'desc'] as const;
export type OrderDirection = (typeof ORDER_DIRECTIONS)[number];

/** Caps on what one analysis's constraints hold. */
export const CONSTRAINT_LIMITS = {
  filters: 32,
  groupBy: 8,
  values: 64,
  valueLength: 1024,
  expressionLength: 512,
} as const;

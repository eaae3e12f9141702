/**
 * `QueryAnalysis.constraints` as a data agent reads it (its shape is `QueryConstraints` in libs/a2a-contracts): what the
 * question asks for beyond tables and a time window. Every field is checked; what cannot be
 * read is left out with a note, never an error.
 */

import {
  FILTER_KINDS,
  FILTER_OPERATORS,
  MEASURE_KINDS,
  THRESHOLD_OPERATORS,
  TIME_BUCKET_UNITS as BUCKET_UNITS,
  type FilterKind,
  type FilterOperator,
  type MeasureKind,
  type ThresholdOperator,
  type TimeBucketUnit as BucketUnit,
} from '@mesh/a2a-contracts/wire';

export { FILTER_KINDS, FILTER_OPERATORS, MEASURE_KINDS, THRESHOLD_OPERATORS, BUCKET_UNITS };
export type { FilterKind, FilterOperator, MeasureKind, ThresholdOperator, BucketUnit };

export interface ConstraintFilter {
  readonly kind: FilterKind;
  readonly operator: FilterOperator;
  readonly values: readonly string[];
  readonly field: string | null;
  readonly currency: string | null;
  readonly expression: string;
}

export interface Measure {
  readonly kind: MeasureKind;
  readonly of: string | null;
  readonly field: string | null;
  /** For `percentile`: the rank (0–100); 50 for `median`. */
  readonly percentile: number | null;
  /** A threshold on this measure of each group, besides `having` ("from more than 4 different IPs"). */
  readonly threshold?: Threshold;
  /** For `avg`: the key whose rows are summed first, the average taken over those sums. */
  readonly per?: GroupKey;
}

/** Two measured values compared ("spent gt budget"). */
export interface MeasureComparison {
  readonly left: string;
  readonly operator: ThresholdOperator;
  readonly right: string;
  readonly leftField: string | null;
  readonly rightField: string | null;
  /** The share of the right side compared with ("more than 90% of their budget" → 0.9); 1 when not said. */
  readonly ratio: number;
  readonly expression: string;
}

/** One summed value less another ("budget left" → amount minus spent). */
export interface MeasureDifference {
  readonly left: string;
  readonly right: string;
  readonly leftField: string | null;
  readonly rightField: string | null;
  readonly expression: string;
}

/** One summed column as a percentage of another ("utilisation as a % of budget" → 100 × spent / amount). */
export interface MeasureRatio {
  readonly part: string;
  readonly whole: string;
  readonly partField: string | null;
  readonly wholeField: string | null;
  readonly expression: string;
  /** A plain quotient of the two sums ("ratio of bytes sent to bytes received"), not a percentage. */
  readonly plain?: boolean;
}

/** Rows of the subject with no related row ("customers who never ordered"). */
export interface Absence {
  readonly of: string;
  readonly subject: string | null;
  readonly expression: string;
}

/** A rate: the rows the status filters match as a share of all rows ("refund rate"). */
export interface Share {
  readonly expression: string;
}

/**
 * Two periods of one length set side by side ("this week vs last week", "the last 7 days and the 7 before"): the
 * window covers both; rows from `splitAt` on are the later period's.
 */
export interface ComparedPeriods {
  readonly expression: string;
  /** ISO-8601, UTC: where the later period starts. */
  readonly splitAt: string;
  /** One period's length. */
  readonly seconds: number;
  /** The calendar unit of both periods; null for spans rolling back from now. */
  readonly calendar: 'day' | 'week' | 'month' | 'quarter' | 'year' | null;
  /** With `calendar`: 0 when the later period is the current one, -1 when it is the one before. */
  readonly offset: 0 | -1;
}

export interface GroupKey {
  readonly kind: string;
  readonly field: string | null;
}

export interface Threshold {
  readonly operator: ThresholdOperator;
  readonly value: number;
  /** On the number of rows of each group, whatever the measure ("categories with at least ten products"). */
  readonly rows?: boolean;
  /** On the share asked for, in percent ("those whose failure rate exceeds 20 percent"), not on the measure. */
  readonly percent?: boolean;
}

export interface TimeBucket {
  readonly unit: BucketUnit;
  readonly size: number;
  readonly seconds: number;
}

export interface Ordering {
  readonly by: string;
  readonly direction: 'asc' | 'desc';
}

export interface Inactivity {
  readonly durationSeconds: number;
  readonly activity: string | null;
  readonly expression: string;
  /** "not logged in since 1 August": the last activity is before this instant (ISO-8601); null for a duration. */
  readonly before: string | null;
}

/** An inactivity said of the activity that succeeded ("no successful sign-in", "not logged on successfully"). */
const SUCCEEDED = /\bsuccess(?:ful(?:ly)?)?\b|\bsucceeded\b/i;

/** Whether only the activity that succeeded keeps an entity active ("no successful sign-in for 60 days"). */
export function inactiveUnlessSucceeded(inactivity: Inactivity | null): boolean {
  return inactivity !== null && SUCCEEDED.test(inactivity.expression);
}

export interface QueryConstraints {
  readonly filters: readonly ConstraintFilter[];
  readonly measure: Measure | null;
  readonly groupBy: readonly GroupKey[];
  readonly having: Threshold | null;
  readonly timeBucket: TimeBucket | null;
  readonly order: Ordering | null;
  readonly limit: number | null;
  readonly inactivity: Inactivity | null;
  /** Further measures beside `measure` (optional on the wire; [] when absent). */
  readonly extraMeasures: readonly Measure[];
  readonly comparison: MeasureComparison | null;
  readonly difference: MeasureDifference | null;
  readonly absence: Absence | null;
  readonly share: Share | null;
  /** One summed column as a percentage of another (optional on the wire; null when absent). */
  readonly ratio: MeasureRatio | null;
  /** Each group's measure as a percentage of the total over all groups (optional on the wire; null when absent). */
  readonly shareOfTotal: Share | null;
  /** Each time bucket's change from the one before, in percent (optional on the wire; null when absent). */
  readonly periodChange: Share | null;
  /** Two periods set side by side ("this week vs last week"); optional on the wire, null when absent. */
  readonly periodComparison: ComparedPeriods | null;
  /** What a list shows of each row ("command lines"); [] when absent. */
  readonly show: readonly GroupKey[];
}

export const CONSTRAINT_LIMITS = { filters: 32, values: 64, groupBy: 8, text: 256, limit: 10_000 } as const;

const BUCKET_SECONDS: Readonly<Record<BucketUnit, number>> = {
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 604_800,
  month: 2_592_000,
};

/** No constraints: what an older planner's analysis means. */
export const NO_CONSTRAINTS: QueryConstraints = {
  filters: [],
  measure: null,
  groupBy: [],
  having: null,
  timeBucket: null,
  order: null,
  limit: null,
  inactivity: null,
  extraMeasures: [],
  comparison: null,
  difference: null,
  absence: null,
  share: null,
  ratio: null,
  shareOfTotal: null,
  periodChange: null,
  periodComparison: null,
  show: [],
};

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= CONSTRAINT_LIMITS.text
    ? value.trim()
    : null;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function finite(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return null;
}

function readFilter(value: unknown, notes: string[]): ConstraintFilter | null {
  const o = record(value);
  if (!o) return null;
  const kind = oneOf(o['kind'], FILTER_KINDS);
  const operator = oneOf(o['operator'], FILTER_OPERATORS);
  const expression = text(o['expression']) ?? '';
  if (!kind || !operator) {
    notes.push(
      `skipped a filter the agent cannot read (kind ${JSON.stringify(o['kind'])}, operator ${JSON.stringify(o['operator'])})`,
    );
    return null;
  }
  const raw = Array.isArray(o['values']) ? o['values'] : [];
  const values = [
    ...new Set(
      raw
        .slice(0, CONSTRAINT_LIMITS.values)
        .map((v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : text(v)))
        .filter((v): v is string => v !== null),
    ),
  ];
  if (values.length === 0) {
    notes.push(`skipped the ${kind} filter "${expression}": it has no values`);
    return null;
  }
  const currency = text(o['currency']);
  return {
    kind,
    operator,
    values,
    field: text(o['field']),
    currency: currency ? currency.toUpperCase() : null,
    expression,
  };
}

function readMeasure(value: unknown, notes: string[]): Measure | null {
  const o = record(value);
  if (!o) return null;
  const kind = oneOf(o['kind'], MEASURE_KINDS);
  if (!kind) {
    notes.push(`skipped the measure ${JSON.stringify(o['kind'])}: not one the agent knows`);
    return null;
  }
  const rank = finite(o['percentile']);
  const percentile = kind === 'median' ? 50 : rank !== null && rank > 0 && rank < 100 ? rank : null;
  if (kind === 'percentile' && percentile === null) {
    notes.push('skipped a percentile measure without a rank between 0 and 100');
    return null;
  }
  const threshold = o['threshold'] ? readThreshold(o['threshold'], notes) : null;
  const per = kind === 'avg' ? (readKeys([o['per']])[0] ?? null) : null;
  const measure = { kind, of: text(o['of']), field: text(o['field']), percentile, ...(per ? { per } : {}) };
  return threshold ? { ...measure, threshold } : measure;
}

function readComparison(value: unknown, notes: string[]): MeasureComparison | null {
  const o = record(value);
  if (!o) return null;
  const left = text(o['left']);
  const right = text(o['right']);
  const operator = oneOf(o['operator'], THRESHOLD_OPERATORS);
  if (!left || !right || !operator) {
    notes.push('skipped a comparison of two values the agent cannot read');
    return null;
  }
  return {
    left,
    operator,
    right,
    leftField: text(o['left_field']),
    rightField: text(o['right_field']),
    ratio: comparisonRatio(o['ratio'], notes),
    expression: text(o['expression']) ?? '',
  };
}

/** A comparison's ratio: a number above 0 and at most 100; 1 when absent or unreadable (with a note). */
function comparisonRatio(value: unknown, notes: string[]): number {
  if (value === undefined || value === null) return 1;
  const ratio = finite(value);
  if (ratio !== null && ratio > 0 && ratio <= 100) return ratio;
  notes.push(
    `skipped the comparison's ratio ${JSON.stringify(value).slice(0, 40)}: not a number above 0 and at most 100`,
  );
  return 1;
}

function readDifference(value: unknown): MeasureDifference | null {
  const o = record(value);
  const left = o ? text(o['left']) : null;
  const right = o ? text(o['right']) : null;
  if (!o || !left || !right) return null;
  return {
    left,
    right,
    leftField: text(o['left_field']),
    rightField: text(o['right_field']),
    expression: text(o['expression']) ?? '',
  };
}

function readAbsence(value: unknown): Absence | null {
  const o = record(value);
  const of = o ? text(o['of']) : null;
  return o && of ? { of, subject: text(o['subject']), expression: text(o['expression']) ?? '' } : null;
}

function readShare(value: unknown): Share | null {
  const o = record(value);
  return o ? { expression: text(o['expression']) ?? '' } : null;
}

const COMPARED_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'quarter', 'year']);

/** Two compared periods: where the later starts and one period's length, read or skipped (with a note). */
function readComparedPeriods(value: unknown, notes: string[]): ComparedPeriods | null {
  const o = record(value);
  if (!o) return null;
  const splitAt = text(o['split_at']);
  const seconds = finite(o['seconds']);
  if (splitAt === null || !Number.isFinite(Date.parse(splitAt)) || seconds === null || seconds <= 0) {
    notes.push('skipped a comparison of two periods without a readable start or length');
    return null;
  }
  const unit = text(o['calendar']);
  const calendar = unit !== null && COMPARED_UNITS.has(unit) ? (unit as ComparedPeriods['calendar']) : null;
  return {
    expression: text(o['expression']) ?? '',
    splitAt: new Date(splitAt).toISOString(),
    seconds,
    calendar,
    offset: calendar && finite(o['offset']) === -1 ? -1 : 0,
  };
}

function readRatio(value: unknown): MeasureRatio | null {
  const o = record(value);
  const part = o ? text(o['part']) : null;
  const whole = o ? text(o['whole']) : null;
  if (!o || !part || !whole) return null;
  return {
    part,
    whole,
    partField: text(o['part_field']),
    wholeField: text(o['whole_field']),
    expression: text(o['expression']) ?? '',
    ...(o['plain'] === true ? { plain: true } : {}),
  };
}

function readKeys(value: unknown): GroupKey[] {
  return (Array.isArray(value) ? value : [])
    .slice(0, CONSTRAINT_LIMITS.groupBy)
    .map((g) => {
      const key = record(g);
      const kind = key ? text(key['kind']) : null;
      return kind ? { kind: kind.toLowerCase(), field: text(key!['field']) } : null;
    })
    .filter((g): g is GroupKey => g !== null);
}

function readThreshold(value: unknown, notes: string[]): Threshold | null {
  const o = record(value);
  if (!o) return null;
  const operator = oneOf(o['operator'], THRESHOLD_OPERATORS);
  const threshold = finite(o['value']);
  if (!operator || threshold === null) {
    notes.push('skipped a threshold (having) the agent cannot read');
    return null;
  }
  if (o['percent'] === true) return { operator, value: threshold, percent: true };
  return o['rows'] === true ? { operator, value: threshold, rows: true } : { operator, value: threshold };
}

function readBucket(value: unknown, notes: string[]): TimeBucket | null {
  const o = record(value);
  if (!o) return null;
  const unit = oneOf(o['unit'], BUCKET_UNITS);
  const size = finite(o['size']) ?? 1;
  if (!unit || size <= 0 || !Number.isInteger(size) || size > 1000) {
    notes.push('skipped a time bucket the agent cannot read');
    return null;
  }
  return { unit, size, seconds: BUCKET_SECONDS[unit] * size };
}

function readOrder(value: unknown): Ordering | null {
  const o = record(value);
  if (!o) return null;
  const by = text(o['by']) ?? 'measure';
  const direction = o['direction'] === 'asc' ? 'asc' : 'desc';
  return { by, direction };
}

function readInactivity(value: unknown, notes: string[]): Inactivity | null {
  const o = record(value);
  if (!o) return null;
  const seconds = finite(o['duration_seconds']);
  if (seconds === null || seconds <= 0) {
    notes.push('skipped an inactivity condition without a positive duration');
    return null;
  }
  const said = text(o['before']);
  const before = said !== null && Number.isFinite(Date.parse(said)) ? new Date(said).toISOString() : null;
  if (said !== null && before === null)
    notes.push('skipped an inactivity date the agent cannot read; its duration is used');
  return {
    durationSeconds: seconds,
    activity: text(o['activity']),
    expression: text(o['expression']) ?? '',
    before,
  };
}

/**
 * Reads `constraints` from an analysis. Absent or not an object: null (the builders then do
 * what they did before constraints existed). Notes say what was skipped.
 */
export function readConstraints(value: unknown, notes: string[]): QueryConstraints | null {
  const o = record(value);
  if (!o) return null;
  const filters = (Array.isArray(o['filters']) ? o['filters'] : [])
    .slice(0, CONSTRAINT_LIMITS.filters)
    .map((f) => readFilter(f, notes))
    .filter((f): f is ConstraintFilter => f !== null);
  const groupBy = readKeys(o['group_by']);
  const limit = finite(o['limit']);
  return {
    filters,
    measure: readMeasure(o['measure'], notes),
    groupBy,
    having: readThreshold(o['having'], notes),
    timeBucket: readBucket(o['time_bucket'], notes),
    order: readOrder(o['order']),
    limit: limit !== null && limit >= 1 ? Math.min(Math.floor(limit), CONSTRAINT_LIMITS.limit) : null,
    inactivity: readInactivity(o['inactivity'], notes),
    extraMeasures: (Array.isArray(o['extra_measures']) ? o['extra_measures'] : [])
      .slice(0, 4)
      .map((m) => readMeasure(m, notes))
      .filter((m): m is Measure => m !== null),
    comparison: readComparison(o['comparison'], notes),
    difference: readDifference(o['difference']),
    absence: readAbsence(o['absence']),
    share: readShare(o['share']),
    ratio: readRatio(o['ratio']),
    shareOfTotal: readShare(o['share_of_total']),
    periodChange: readShare(o['period_change']),
    periodComparison: readComparedPeriods(o['period_comparison'], notes),
    show: readKeys(o['show']),
  };
}

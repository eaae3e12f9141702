import {
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  CONSTRAINT_LIMITS,
  FILTER_KINDS,
  FILTER_OPERATORS,
  MEASURE_KINDS,
  ORDER_DIRECTIONS,
  THRESHOLD_OPERATORS,
  TIME_BUCKET_UNITS,
  type FilterKind,
  type FilterOperator,
  type MeasureKind,
  type OrderDirection,
  type ThresholdOperator,
  type TimeBucketUnit,
} from './constraint-kinds';
import { IsNested, IsNestedArray, IsOptionalText, IsText, IsTextArray } from './validation';

/** One condition on the rows: `kind operator values` ("ip eq 10.0.0.5", "status not_in cancelled,refunded"). */
export class ConstraintFilter {
  @IsIn(FILTER_KINDS)
  kind!: FilterKind;

  @IsIn(FILTER_OPERATORS)
  operator!: FilterOperator;

  /** Always strings (numbers in plain decimal); `in`/`not_in` hold one or more, the others exactly one. */
  @IsTextArray({ max: CONSTRAINT_LIMITS.values, maxLength: CONSTRAINT_LIMITS.valueLength })
  @ArrayMinSize(1)
  values!: string[];

  /** The catalog column that holds it when the catalog says ("IPAddress", "orders.status"), else null. */
  @IsOptionalText()
  field!: string | null;

  /** ISO 4217 code for kind `amount` ("USD"), else null. */
  @IsOptionalText(8)
  currency!: string | null;

  /** The words of the question it was read from. */
  @IsString()
  @MaxLength(CONSTRAINT_LIMITS.expressionLength)
  expression!: string;
}

/** What to compute over the matching rows. */
export class Measure {
  @IsIn(MEASURE_KINDS)
  kind!: MeasureKind;

  /** What is counted or summed: an entity kind ("user") or a word of the question ("amount"); null for rows. */
  @IsOptionalText(128)
  of!: string | null;

  @IsOptionalText()
  field!: string | null;

  /** For kind `percentile`: the rank, above 0 and below 100 ("p95" → 95). Optional (added); absent otherwise. */
  @IsOptional()
  @IsNumber()
  @Min(0.1)
  @Max(99.9)
  percentile?: number | null;

  /**
   * A threshold on this measure of each group, besides `having` ("over 20 failures from more than 4 different IPs" →
   * the count held by `having`, the distinct count of IPs in `extra_measures` with gt 4 here). Optional (added).
   */
  @IsOptional()
  @IsNested(() => Threshold)
  threshold?: Threshold | null;

  /**
   * For kind `avg`: the key whose rows are summed first, the average then taken over those sums ("units per
   * shipment on average" → the mean of each shipment's summed units). Optional (added); absent otherwise.
   */
  @IsOptional()
  @IsNested(() => GroupKey)
  per?: GroupKey | null;
}

/** One grouping key: "by country", "per user". */
export class GroupKey {
  /** An entity kind or a word of the question ("country", "segment"). */
  @IsText(128)
  kind!: string;

  @IsOptionalText()
  field!: string | null;
}

/** A threshold on the measure (SQL HAVING): "more than 5 orders" => gt 5. */
export class Threshold {
  @IsIn(THRESHOLD_OPERATORS)
  operator!: ThresholdOperator;

  @IsNumber()
  value!: number;

  /**
   * True when the threshold is on the number of rows of each group whatever the measure ("average price per
   * category, for categories with at least ten products" → COUNT(*) >= 10). Optional (added); absent otherwise.
   */
  @IsOptional()
  @IsBoolean()
  rows?: boolean;

  /**
   * True when the threshold is on the share the constraints ask for, in percent ("those whose failure rate exceeds 20
   * percent" → percent > 20), not on the measure or the rows. Optional (added); absent otherwise.
   */
  @IsOptional()
  @IsBoolean()
  percent?: boolean;
}

/** A time bucket: "hourly" => {hour, 1, 3600}; "every 5 minutes" => {minute, 5, 300}. */
export class TimeBucket {
  @IsIn(TIME_BUCKET_UNITS)
  unit!: TimeBucketUnit;

  @IsInt()
  @Min(1)
  size!: number;

  @IsInt()
  @Min(1)
  seconds!: number;
}

/** "top 10 …" => {by: 'measure', direction: 'desc'}; "oldest first" => {by: 'time', direction: 'asc'}. */
export class Ordering {
  /** 'measure', 'time', or a field. */
  @IsText()
  by!: string;

  @IsIn(ORDER_DIRECTIONS)
  direction!: OrderDirection;
}

/**
 * Two measured columns compared ("overspent their budget" → spent gt amount): on each row of a list, on the
 * sums of a grouped query (added, optional).
 */
export class MeasureComparison {
  /** The word or column on the left ("spent"). */
  @IsText(128)
  left!: string;

  @IsIn(THRESHOLD_OPERATORS)
  operator!: ThresholdOperator;

  /** The word or column on the right ("budget", "amount"). */
  @IsText(128)
  right!: string;

  @IsOptionalText()
  left_field!: string | null;

  @IsOptionalText()
  right_field!: string | null;

  /**
   * The share of the right side the left is compared with ("used more than 90% of their budget" → 0.9: spent
   * gt 0.9 × amount); absent means 1 (added, optional).
   */
  @IsOptional()
  @IsNumber()
  @Min(0.0001)
  @Max(100)
  ratio?: number;

  @IsString()
  @MaxLength(CONSTRAINT_LIMITS.expressionLength)
  expression!: string;
}

/**
 * One summed value less another ("budget left", "remaining budget" → amount minus spent): what is left
 * of an allotment, per group when grouped (added, optional).
 */
export class MeasureDifference {
  /** The word or column taken from ("budget"). */
  @IsText(128)
  left!: string;

  /** The word or column subtracted ("spent"). */
  @IsText(128)
  right!: string;

  @IsOptionalText()
  left_field!: string | null;

  @IsOptionalText()
  right_field!: string | null;

  @IsString()
  @MaxLength(CONSTRAINT_LIMITS.expressionLength)
  expression!: string;
}

/**
 * "customers who have never placed an order", "products with no orders in 2026": rows of the subject for
 * which no related row exists (an anti-join), the time window, if any, applying to the related rows (added, optional).
 */
export class Absence {
  /** What does not exist: an entity kind or a word ("order", "invoice", "sign-in"). */
  @IsText(128)
  of!: string;

  /** Whose rows are listed ("customer"); null when the question does not say. */
  @IsOptionalText(128)
  subject!: string | null;

  @IsString()
  @MaxLength(CONSTRAINT_LIMITS.expressionLength)
  expression!: string;
}

/**
 * "refund rate per month", "what % of logins failed": the rows the status filters match, as a percentage of all
 * rows the other filters and the window match, per group (added, optional).
 */
export class Share {
  @IsString()
  @MaxLength(CONSTRAINT_LIMITS.expressionLength)
  expression!: string;
}

/**
 * One summed column as a percentage of another of the same rows ("budget utilisation as a percentage of
 * budget" → 100 × spent / amount): what is used of an allotment, per group when grouped (added, optional).
 */
export class MeasureRatio {
  /**
   * True for a plain quotient ("the ratio of bytes sent out to bytes received" → sum out / sum in), not a percentage.
   * Optional (added); absent otherwise.
   */
  @IsOptional()
  @IsBoolean()
  plain?: boolean;

  /** The word or column of the used part ("spent", "used"). */
  @IsText(128)
  part!: string;

  /** The word or column of the whole ("budget", "quota", "limit"). */
  @IsText(128)
  whole!: string;

  @IsOptionalText()
  part_field!: string | null;

  @IsOptionalText()
  whole_field!: string | null;

  @IsString()
  @MaxLength(CONSTRAINT_LIMITS.expressionLength)
  expression!: string;
}

/**
 * "what % of revenue came from each category": each group's measure as a percentage of the measure over all
 * groups (a share of the total, not of rows; added, optional).
 */
export class ShareOfTotal {
  @IsString()
  @MaxLength(CONSTRAINT_LIMITS.expressionLength)
  expression!: string;
}

/**
 * "revenue by month with the month-over-month % change": each time bucket's measure beside its change from the
 * bucket before, in percent (added, optional).
 */
export class PeriodChange {
  @IsString()
  @MaxLength(CONSTRAINT_LIMITS.expressionLength)
  expression!: string;
}

/** The calendar units two compared periods may be ("this week vs last week", "this quarter against last"). */
export const COMPARED_PERIOD_UNITS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type ComparedPeriodUnit = (typeof COMPARED_PERIOD_UNITS)[number];

/**
 * Two periods of one length set side by side, the later one and the one just before it ("this week vs last week",
 * "the last 7 days compared with the 7 days before"): the time window covers both and the query tells them apart
 * (added, optional).
 */
export class PeriodComparison {
  @IsString()
  @MaxLength(CONSTRAINT_LIMITS.expressionLength)
  expression!: string;

  /** Where the later period starts (ISO-8601, UTC); the earlier one ends there. */
  @IsString()
  @MaxLength(40)
  split_at!: string;

  /** One period's length in seconds (a calendar period's as this one runs: a month of 30 or 31 days). */
  @IsInt()
  @Min(1)
  seconds!: number;

  /** The calendar unit of both periods; absent for spans rolling back from now ("the last 7 days"). */
  @IsOptional()
  @IsIn(COMPARED_PERIOD_UNITS)
  calendar?: ComparedPeriodUnit;

  /** With `calendar`: the later period, 0 the current one (so far), -1 the one before it ("last week vs the week before"). */
  @IsOptional()
  @IsInt()
  @Min(-1)
  @Max(0)
  offset?: number;
}

/** "not logged in for 90 days": a condition (last activity older than), not a time window. */
export class Inactivity {
  /** With `before`: the time from that moment until the planning (at least 1), for agents that read no `before`. */
  @IsInt()
  @Min(1)
  duration_seconds!: number;

  /**
   * "not logged in since 1 August 2026", "no login after 2026-08-01": the last activity is before this moment
   * (ISO-8601, UTC), said as a date rather than a duration. Optional (added); absent for a duration.
   */
  @IsOptionalText(64)
  before?: string | null;

  /** What did not happen: "sign-in", "login", "order"; null when the question does not say. */
  @IsOptionalText(128)
  activity!: string | null;

  @IsString()
  @MaxLength(CONSTRAINT_LIMITS.expressionLength)
  expression!: string;
}

/**
 * What the question asks for, beyond where the data lives: filters with values, the measure,
 * grouping, threshold, time bucket, ordering and limit, and an inactivity condition. Every field
 * is present on what the planner sends (null or [] when the question says nothing of it).
 */
export class QueryConstraints {
  /** ANDed together. */
  @IsNestedArray(() => ConstraintFilter, CONSTRAINT_LIMITS.filters)
  filters!: ConstraintFilter[];

  /** null: list the matching rows. */
  @IsOptional()
  @IsNested(() => Measure)
  measure!: Measure | null;

  @IsNestedArray(() => GroupKey, CONSTRAINT_LIMITS.groupBy)
  group_by!: GroupKey[];

  @IsOptional()
  @IsNested(() => Threshold)
  having!: Threshold | null;

  @IsOptional()
  @IsNested(() => TimeBucket)
  time_bucket!: TimeBucket | null;

  @IsOptional()
  @IsNested(() => Ordering)
  order!: Ordering | null;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  limit!: number | null;

  @IsOptional()
  @IsNested(() => Inactivity)
  inactivity!: Inactivity | null;

  /** Further measures beside `measure` ("first and last seen" → min and max of the time; "budget vs spent"). Optional (added). */
  @IsOptional()
  @IsNestedArray(() => Measure, 4)
  extra_measures?: Measure[];

  /** Two measured columns compared ("overspent their budget"). Optional (added). */
  @IsOptional()
  @IsNested(() => MeasureComparison)
  comparison?: MeasureComparison | null;

  /** One summed value less another ("budget left"). Optional (added). */
  @IsOptional()
  @IsNested(() => MeasureDifference)
  difference?: MeasureDifference | null;

  /** Rows with no related row ("never ordered"). Optional (added). */
  @IsOptional()
  @IsNested(() => Absence)
  absence?: Absence | null;

  /** A rate: the status filters' rows as a share of all rows ("failure rate"). Optional (added). */
  @IsOptional()
  @IsNested(() => Share)
  share?: Share | null;

  /** One summed column as a percentage of another ("utilisation as a % of budget"). Optional (added). */
  @IsOptional()
  @IsNested(() => MeasureRatio)
  ratio?: MeasureRatio | null;

  /** Each group's measure as a percentage of the total over all groups ("what % of revenue per category"). Optional (added). */
  @IsOptional()
  @IsNested(() => ShareOfTotal)
  share_of_total?: ShareOfTotal | null;

  /** Each time bucket's change from the one before, in percent ("month-over-month % change"). Optional (added). */
  @IsOptional()
  @IsNested(() => PeriodChange)
  period_change?: PeriodChange | null;

  /** Two periods set side by side, the later and the one before it ("this week vs last week"). Optional (added). */
  @IsOptional()
  @IsNested(() => PeriodComparison)
  period_comparison?: PeriodComparison | null;

  /** What the question asks to see of each listed row ("command lines", "emails"); kind and column like a group key. Optional (added). */
  @IsOptional()
  @IsNestedArray(() => GroupKey, CONSTRAINT_LIMITS.groupBy)
  show?: GroupKey[];
}

/** The planner's question back to the user when a request carries nothing to act on. */
export class Clarification {
  /** One sentence for the user. */
  @IsText(1000)
  question!: string;

  /** What could not be read: 'data source', 'subject', 'time range', … */
  @IsTextArray({ max: 8, maxLength: 64 })
  missing!: string[];

  /** Two or three rephrasings built from the available platforms and catalog. */
  @IsTextArray({ max: 3, maxLength: 512 })
  suggestions!: string[];
}

/** `result` of a `create_plan` answered `status: "input_required"`: no plan, a clarification. */
export interface ClarificationResult {
  clarification: Clarification;
}

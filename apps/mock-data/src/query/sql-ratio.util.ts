import type { QueryConstraints } from './constraints';

interface Column {
  readonly table: string;
  readonly column: string;
}

/** What the ratio needs of the query being built: the column a word or field names, and its reference. */
export interface RatioParts {
  readonly fact: string;
  find(kind: string, field: string | null): Column | undefined;
  ref(entry: Column): string;
}

/** A computed column of the SELECT list. */
export interface SelectedMeasure {
  readonly expression: string;
  readonly name: string;
}

/**
 * "budget utilisation as a percentage of budget": the used column summed over the whole column summed, in
 * percent, both of one table (a part and a whole of other tables would be summed over a join). Null, with a
 * note, when the two columns are not found on one table.
 */
export function ratioOf(c: QueryConstraints, parts: RatioParts, notes: string[]): SelectedMeasure | null {
  const ratio = c.ratio;
  if (!ratio) return null;
  const part = parts.find(ratio.part, ratio.partField);
  const whole = parts.find(ratio.whole, ratio.wholeField);
  if (!part || !whole || part.table !== whole.table || part.column === whole.column) {
    notes.push(
      `no table holds both "${ratio.part}" and "${ratio.whole}"; the ratio (${ratio.expression}) is not computed`,
    );
    return null;
  }
  // "the ratio of refunds to sales": a plain quotient of the two sums.
  if (ratio.plain)
    return {
      expression: `ROUND(SUM(${parts.ref(part)})::numeric / NULLIF(SUM(${parts.ref(whole)}), 0), 2)`,
      name: `${part.column}_to_${whole.column}`,
    };
  return {
    expression: `ROUND(100.0 * SUM(${parts.ref(part)}) / NULLIF(SUM(${parts.ref(whole)}), 0), 2)`,
    name: `${part.column}_pct_of_${whole.column}`,
  };
}

/** A measure whose values over the groups add up to a total: a count of rows or a sum. */
const ADDITIVE = /^(?:COUNT\(\*\)|SUM\()/;

/**
 * "what % of revenue came from each category": the group's measure as a percentage of the measure over all
 * groups (a window over the grouped rows, taken before any LIMIT). Null, with a note, for a measure whose
 * group values do not add up (an average, a distinct count).
 */
export function shareOfTotalOf(
  c: QueryConstraints,
  measure: SelectedMeasure,
  grouped: boolean,
  notes: string[],
): SelectedMeasure | null {
  if (!c.shareOfTotal) return null;
  if (!grouped || !ADDITIVE.test(measure.expression)) {
    notes.push(
      `"${c.shareOfTotal.expression}" asks for a share of the total; ${grouped ? `${measure.name} does not add up over the groups` : 'the query has no groups'}, so none is computed`,
    );
    return null;
  }
  return {
    expression: `ROUND(100.0 * ${measure.expression} / NULLIF(SUM(${measure.expression}) OVER (), 0), 2)`,
    name: `pct_of_total_${measure.name}`,
  };
}

/**
 * "revenue by month with the month-over-month % change": each bucket's measure against the bucket before it
 * (LAG over the buckets, within each other group key), in percent. Null, with a note, without a time bucket.
 */
export function periodChangeOf(
  c: QueryConstraints,
  measure: SelectedMeasure,
  groupBy: readonly string[],
  notes: string[],
): SelectedMeasure | null {
  if (!c.periodChange) return null;
  const bucket = groupBy[0];
  if (!bucket?.startsWith('DATE_TRUNC')) {
    notes.push(`"${c.periodChange.expression}" asks for a change between periods; the query has no time bucket`);
    return null;
  }
  const others = groupBy.slice(1);
  const over = `OVER (${others.length > 0 ? `PARTITION BY ${others.join(', ')} ` : ''}ORDER BY ${bucket})`;
  const before = `LAG(${measure.expression}) ${over}`;
  return {
    expression: `ROUND(100.0 * (${measure.expression} - ${before}) / NULLIF(${before}, 0), 2)`,
    name: `pct_change_${measure.name}`,
  };
}

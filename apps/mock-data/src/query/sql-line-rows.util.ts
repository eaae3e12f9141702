import type { ConstraintFilter, QueryConstraints } from './constraints';

/** The rows a question lists are lines of orders ("order lines", "line items", "order items", "sales lines"). */
const LINES_LISTED = /\b(?:(?:order|sales?|invoice|purchase)\s+)?(?:lines?|line[\s-]+items?)\b|\border\s+items?\b/i;
/** A measure or a key that says units held by a row ("quantity", "units", "qty"). */
const UNITS = /(?:^|\.)(?:quantity|qty|units?)$/i;
/** Keys a reader may take from the listed rows' own noun ("line", "item"): no column holds them. */
const LINE_KEY = /^(?:lines?|items?|line\s+items?|order\s+lines?)$/i;

/**
 * "order lines over 12 units this week", "line items with more than 30 units": a number of units said of lines of
 * orders holds for each line, one row each, not for a sum over all of them. The threshold on the summed units
 * becomes a filter on the quantity column; the other constraints stay. As they were when no lines are listed, when
 * a key is grouped by, or when the threshold is on the rows counted.
 */
export function withUnitsPerLine(c: QueryConstraints, question: string): QueryConstraints {
  const { having, measure } = c;
  if (!having || having.rows || measure?.kind !== 'sum' || !measure.field || !UNITS.test(measure.field)) return c;
  if (c.groupBy.some((key) => key.field !== null || !LINE_KEY.test(key.kind))) return c;
  if (!LINES_LISTED.test(question.slice(0, 2_000))) return c;
  const filter: ConstraintFilter = {
    kind: 'text',
    operator: having.operator,
    values: [String(having.value)],
    field: measure.field,
    currency: null,
    expression: `${having.operator} ${having.value} units`,
  };
  return { ...c, measure: null, having: null, groupBy: [], filters: [...c.filters, filter] };
}

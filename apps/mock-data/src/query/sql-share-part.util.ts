import type { ConstraintFilter, Share } from './constraints';

/**
 * The filters that say which rows are the part of a share: every status ("refund rate"), and a value said inside
 * the share's own clause ("what % of orders were 2,000 or more" → the amount). The other filters say what all
 * the rows are. An amount's currency stays with all the rows ("% of CHF orders were 2,000 or more": CHF orders are
 * the whole): the part is its comparison only, the currency a filter of its own.
 */
export function sharePartOf(
  filter: ConstraintFilter,
  share: Share | null,
): { part: ConstraintFilter; whole: ConstraintFilter | null } | null {
  if (!share) return null;
  if (filter.kind === 'status') return { part: filter, whole: null };
  const said = filter.expression.trim().toLowerCase();
  if (said.length === 0 || !share.expression.toLowerCase().includes(said)) return null;
  if (filter.kind !== 'amount' || !filter.currency) return { part: filter, whole: null };
  return {
    part: { ...filter, currency: null },
    whole: {
      kind: 'currency',
      operator: 'eq',
      values: [filter.currency],
      field: null,
      currency: null,
      expression: filter.currency,
    },
  };
}

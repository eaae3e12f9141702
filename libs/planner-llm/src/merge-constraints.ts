import type { QueryConstraints } from '@mesh/a2a-contracts';

const MAX_FILTERS = 32;

const EMPTY: QueryConstraints = {
  filters: [],
  measure: null,
  group_by: [],
  having: null,
  time_bucket: null,
  order: null,
  limit: null,
  inactivity: null,
};

/**
 * The constraints of a merged analysis. The heuristics read values verbatim from the question,
 * so every heuristic filter stays; the model adds a filter only of a kind the heuristics found
 * none of (its values were checked against the question when its answer was read). For the
 * shape — measure, grouping, threshold, bucket, order, limit, inactivity — the heuristics' part
 * stands when they found one, and the model's fills the parts they did not.
 */
export function mergeConstraints(
  heuristic: QueryConstraints | undefined,
  model: QueryConstraints | null,
): QueryConstraints {
  const h = heuristic ?? EMPTY;
  if (!model) return h;
  const kinds = new Set(h.filters.map((f) => f.kind));
  return {
    filters: [...h.filters, ...model.filters.filter((f) => !kinds.has(f.kind))].slice(0, MAX_FILTERS),
    measure: h.measure ?? model.measure,
    group_by: h.group_by.length > 0 ? h.group_by : model.group_by,
    having: h.having ?? model.having,
    time_bucket: h.time_bucket ?? model.time_bucket,
    order: h.order ?? model.order,
    limit: h.limit ?? model.limit,
    inactivity: h.inactivity ?? model.inactivity,
    // The optional parts (added to the contract later) come from the heuristics; the model's answer has none.
    ...(h.extra_measures ? { extra_measures: h.extra_measures } : {}),
    ...(h.comparison ? { comparison: h.comparison } : {}),
    ...(h.difference ? { difference: h.difference } : {}),
    ...(h.absence ? { absence: h.absence } : {}),
    ...(h.share ? { share: h.share } : {}),
    ...(h.ratio ? { ratio: h.ratio } : {}),
    ...(h.share_of_total ? { share_of_total: h.share_of_total } : {}),
    ...(h.period_change ? { period_change: h.period_change } : {}),
    ...(h.period_comparison ? { period_comparison: h.period_comparison } : {}),
    ...(h.show ? { show: h.show } : {}),
  };
}

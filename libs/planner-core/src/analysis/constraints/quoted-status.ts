import type { ConstraintFilter } from '@mesh/a2a-contracts';
import { statusWordValue } from './business-values';
import { columnFor, type TableColumns } from './column-mapper';

/**
 * "orders still sitting in 'pending'", "tickets left 'open'": a quoted value, written in lower case, that is a
 * status word is that status (an equality on the status column), not a text to search for. A quoted value
 * a column was found for, or one written with capitals ('Failed', a platform's own spelling), is left as it
 * was read.
 */
export function quotedStatus(filter: ConstraintFilter, tables: readonly TableColumns[]): ConstraintFilter {
  if (filter.kind !== 'text' || filter.operator !== 'contains' || filter.values.length === 0) return filter;
  // A value after a column's name ("status 'overdue'") keeps the reading its column gave it.
  if (filter.field !== null) return filter;
  if (!/^["'`\u201c].*["'`\u201d]$/.test(filter.expression)) return filter;
  const statuses = filter.values.map((value) => (value === value.toLowerCase() ? statusWordValue(value) : undefined));
  if (statuses.some((status) => status === undefined)) return filter;
  const field = columnFor('status', tables);
  if (field === null) return filter;
  const values = statuses as string[];
  return { ...filter, kind: 'status', operator: values.length > 1 ? 'in' : 'eq', values, field };
}

import type { ConstraintFilter } from '@mesh/a2a-contracts';
import { statusWordValue } from './business-values';
import { columnFor, statusColumnOf, type TableColumns } from './column-mapper';

/**
 * "orders still sitting in 'pending'", "tickets left 'open'": a quoted value, written in lower case, that is a
 * status word is that status (an equality on the status column), not a text to search for. A quoted value
 * a column was found for, or one written with capitals ('Failed', a platform's own spelling), is left as it
 * was read. A quoted lower-case code ('awaiting_payment', 'disputed') written just before a noun that names a table
 * with a status column ("'awaiting_payment' orders") is a value of that table's status, whatever the word.
 */
export function quotedStatus(filter: ConstraintFilter, tables: readonly TableColumns[], text = ''): ConstraintFilter {
  if (filter.kind !== 'text' || filter.operator !== 'contains' || filter.values.length === 0) return filter;
  // A value after a column's name ("status 'overdue'") keeps the reading its column gave it.
  if (filter.field !== null) return filter;
  if (!/^["'`\u201c].*["'`\u201d]$/.test(filter.expression)) return filter;
  const statuses = filter.values.map((value) => (value === value.toLowerCase() ? statusWordValue(value) : undefined));
  if (statuses.some((status) => status === undefined)) return codeBeforeRecordNoun(filter, tables, text);
  const field = columnFor('status', tables);
  if (field === null) return filter;
  const values = statuses as string[];
  return { ...filter, kind: 'status', operator: values.length > 1 ? 'in' : 'eq', values, field };
}

/** A status code as a record's status is written: one lower-case word, or words joined by `_` or `-`. */
const STATUS_CODE = /^[a-z]+(?:[_-][a-z]+)*$/;
/** The word right after a quoted value (`'x' orders`). */
const NOUN_AFTER = /^\s+([a-z]{3,30})\b/i;

/** "'awaiting_payment' orders": the quoted codes as values of the status column of the table the next noun names. */
function codeBeforeRecordNoun(
  filter: ConstraintFilter,
  tables: readonly TableColumns[],
  text: string,
): ConstraintFilter {
  if (!filter.values.every((value) => STATUS_CODE.test(value))) return filter;
  const at = text.indexOf(filter.expression);
  if (at < 0) return filter;
  const noun = NOUN_AFTER.exec(text.slice(at + filter.expression.length))?.[1];
  const field = noun ? statusColumnOf(noun, tables) : null;
  if (field === null) return filter;
  const values = [...filter.values];
  return { ...filter, kind: 'status', operator: values.length > 1 ? 'in' : 'eq', values, field };
}

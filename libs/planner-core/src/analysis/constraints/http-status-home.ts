import type { ConstraintFilter } from '@mesh/a2a-contracts';
import type { TableColumns } from './column-mapper';

/** An HTTP status code or class ("404", "5xx"). */
const HTTP_CODE = /^[1-5](?:\d\d|xx)$/i;
/** Columns that make a table one of web requests: where an HTTP status is a value of its status column. */
const WEB_COLUMN = /url|uri|path|method|user_?agent|http|request|referr?er|^cs_?|^sc_?|^cs[A-Z]|^sc[A-Z]/i;

/**
 * "orders per hour next to HTTP 5xx errors on the web servers": an HTTP status is a value of the status
 * column of web requests only. On a table with no column of a web request (an order's or a ticket's status),
 * the code is left without a column, so no agent compares a business status with it. Other filters pass.
 */
export function httpStatusOffWeb(filter: ConstraintFilter, tables: readonly TableColumns[]): ConstraintFilter {
  if (filter.kind !== 'text' || filter.field === null || filter.values.length === 0) return filter;
  if (!/status$/i.test(filter.field) || !filter.values.every((v) => HTTP_CODE.test(v))) return filter;
  const dot = filter.field.indexOf('.');
  const owner =
    dot > 0
      ? tables.find((t) => t.table === filter.field!.slice(0, dot))
      : tables.find((t) => t.columns.includes(filter.field!));
  if (!owner || owner.columns.some((column) => WEB_COLUMN.test(column))) return filter;
  return { ...filter, field: null };
}

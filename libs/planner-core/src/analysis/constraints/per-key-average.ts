import type { Measure } from '@mesh/a2a-contracts';
import { columnFor, type TableColumns } from './column-mapper';

/** A basket's size said as such ("mean cart size", "typical order size"): the units an order holds. */
const SIZE_OF_KEY = /\b(?:average|avg|mean|typical)\s+(?:basket|cart|order)\s+sizes?\b/i;
/** Units said per order ("items per order", "units in each basket", "products for every cart"). */
const UNITS_PER_KEY =
  /\b(?:items|units|products|articles|pieces)\s+(?:(?:are|is)\s+)?(?:per|in\s+(?:an?|each|every|the\s+average)|for\s+(?:each|every))\s+(?:orders?|baskets?|carts?|purchases?)\b/i;
/** The mean said anywhere ("on avg", "on average", "mean", "typically"). */
const MEAN_WORD = /\b(?:average|avg|mean|typical(?:ly)?)\b/i;

/** "average number of bookings per guest", "mean count of tickets for each agent": rows of a table per key. */
const COUNT_PER_KEY =
  /\b(?:average|avg|mean|typical)\s+(?:number|count|#|amount)\s+of\s+([a-z]{3,30}s)\s+(?:per|for\s+each|for\s+every|by|each)\s+([a-z]{3,30})\b/i;

function singularWord(word: string): string {
  return word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
}

/** A qualified column name (`orders.customer_id`), whatever form `columnFor` gave. */
function qualified(column: string, table: string): string {
  return column.includes('.') ? column : `${table}.${column}`;
}

/**
 * "average number of orders per client": the rows of the table the first noun names, counted by their key, averaged
 * over the keys of the second noun that table references. Null when no chosen table holds both.
 */
function countPerKey(text: string, tables: readonly TableColumns[]): Measure | null {
  const m = COUNT_PER_KEY.exec(text);
  if (!m) return null;
  const rows = tables.find((t) => singularWord(t.table) === singularWord(m[1]!));
  const key = rows?.columns.find((column) => column === `${singularWord(rows.table)}_id`);
  const per = rows ? columnFor(singularWord(m[2]!), [rows]) : null;
  if (!rows || !key || !per || per.endsWith(key)) return null;
  return {
    kind: 'avg',
    of: singularWord(m[1]!),
    field: `${rows.table}.${key}`,
    per: { kind: singularWord(m[2]!), field: qualified(per, rows.table) },
  };
}

/**
 * "how many units are in each basket on average", "mean cart size": the average of each order's summed
 * quantity (not of its value, not of its line rows); "average number of orders per client": each client's orders
 * counted, averaged over the clients. Null when not said or no catalog table holds both a
 * quantity and an order key.
 */
export function readPerKeyAverage(text: string, tables: readonly TableColumns[]): Measure | null {
  const counted = countPerKey(text, tables);
  if (counted) return counted;
  if (!SIZE_OF_KEY.test(text) && !(UNITS_PER_KEY.test(text) && MEAN_WORD.test(text))) return null;
  const quantity = columnFor('quantity', tables);
  const lines = quantity ? tables.filter((t) => t.table === quantity.split('.')[0]) : [];
  const order = columnFor('order', lines);
  if (!quantity || !order) return null;
  const key = order.includes('.') ? order : `${lines[0]!.table}.${order}`;
  return { kind: 'avg', of: 'quantity', field: quantity, per: { kind: 'order', field: key } };
}

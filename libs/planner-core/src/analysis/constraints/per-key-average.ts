import type { Measure } from '@mesh/a2a-contracts';
import { columnFor, type TableColumns } from './column-mapper';

/** A basket's size said as such ("mean cart size", "typical order size"): the units an order holds. */
const SIZE_OF_KEY = /\b(?:average|avg|mean|typical)\s+(?:basket|cart|order)\s+sizes?\b/i;
/** Units said per order ("items per order", "units in each basket", "products for every cart"). */
const UNITS_PER_KEY =
  /\b(?:items|units|products|articles|pieces)\s+(?:(?:are|is)\s+)?(?:per|in\s+(?:an?|each|every|the\s+average)|for\s+(?:each|every))\s+(?:orders?|baskets?|carts?|purchases?)\b/i;
/** The mean said anywhere ("on avg", "on average", "mean", "typically"). */
const MEAN_WORD = /\b(?:average|avg|mean|typical(?:ly)?)\b/i;

/**
 * "how many units are in each basket on average", "mean cart size": the average of each order's summed
 * quantity (not of its value, not of its line rows). Null when not said or no catalog table holds both a
 * quantity and an order key.
 */
export function readPerKeyAverage(text: string, tables: readonly TableColumns[]): Measure | null {
  if (!SIZE_OF_KEY.test(text) && !(UNITS_PER_KEY.test(text) && MEAN_WORD.test(text))) return null;
  const quantity = columnFor('quantity', tables);
  const lines = quantity ? tables.filter((t) => t.table === quantity.split('.')[0]) : [];
  const order = columnFor('order', lines);
  if (!quantity || !order) return null;
  const key = order.includes('.') ? order : `${lines[0]!.table}.${order}`;
  return { kind: 'avg', of: 'quantity', field: quantity, per: { kind: 'order', field: key } };
}

import type { ConstraintFilter } from '@mesh/a2a-contracts';
import type { TableColumns } from './column-mapper';

/** A column that keeps how many of a thing one row holds ("quantity", "qty", "units"). */
const QUANTITY_COLUMN = /^(?:quantity|qty|units|\w+_quantity|\w+_qty)$/i;

/**
 * "25 or more at once", "at least 12 in one order line", "over 40 in a single purchase": a number of units
 * that one row holds, not a count of rows.
 */
const LINE_QUANTITY =
  /\b(?:(\d{1,7})\s*(?:or\s+more|\+)|at\s+least\s+(\d{1,7}))\s+(?:(?:units?|pieces?|items?|of\s+them)\s+)?(?:at\s+once|in\s+(?:one|a\s+single|a|the\s+same)\s+(?:order\s+line|line|order|go|purchase|basket|transaction))\b/i;

/**
 * The units one row holds, said as bought or ordered at once: a filter on the quantity column of a chosen table
 * (at least that many), or null when no such phrase or no such column.
 */
export function readLineQuantity(text: string, tables: readonly TableColumns[]): ConstraintFilter | null {
  const m = LINE_QUANTITY.exec(text.slice(0, 4_000));
  if (!m) return null;
  for (const t of tables) {
    const column = t.columns.find((c) => QUANTITY_COLUMN.test(c));
    if (!column) continue;
    return {
      kind: 'text',
      operator: 'gte',
      values: [m[1] ?? m[2]!],
      field: tables.length > 1 ? `${t.table}.${column}` : column,
      currency: null,
      expression: m[0],
    };
  }
  return null;
}

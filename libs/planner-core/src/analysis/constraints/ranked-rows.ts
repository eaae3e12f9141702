import { NUMBER_PATTERN, readNumber } from './number-words.util';

/**
 * "our 5 biggest unpaid invoices", "the ten largest open orders", "3 smallest refunds": N rows of one table
 * ranked by their amount — a list with a limit, not one maximum. Up to three words (statuses, qualifiers) may
 * stand between the ranking word and the rows' noun.
 */
const RANKED_ROWS = new RegExp(
  String.raw`\b(${NUMBER_PATTERN})\s+(biggest|largest|highest|most\s+expensive|priciest|smallest|lowest|cheapest)\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)`,
  'i',
);

export interface RankedRows {
  readonly limit: number;
  readonly direction: 'asc' | 'desc';
  /** The rows' noun as said ("invoices"). */
  readonly rows: string;
}

/** N rows ranked by their amount, when `isRows` takes the noun for a table's rows; null otherwise. */
export function readRankedRows(text: string, isRows: (noun: string) => boolean): RankedRows | null {
  const m = RANKED_ROWS.exec(text.slice(0, 1_000));
  if (!m) return null;
  const limit = readNumber(m[1]!.replace(/,/g, ''));
  // The first word that names the rows ("overdue express shipments" → shipments).
  const rows = m[3]!
    .toLowerCase()
    .split(/\s+/)
    .find((word) => word.length > 3 && word.endsWith('s') && isRows(word));
  if (limit === null || !Number.isInteger(limit) || limit < 1 || rows === undefined) return null;
  return { limit, direction: /^(?:smallest|lowest|cheapest)/i.test(m[2]!) ? 'asc' : 'desc', rows };
}

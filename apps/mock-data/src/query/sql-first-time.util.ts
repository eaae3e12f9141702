import type { SqlSchema } from './schema';
import { parentsOf, timeColumnOf } from './sql-relations.util';

/**
 * "first-time buyers", "whose very first order", "ordered for the first time", "their first ever purchase": the
 * rows counted are each one's first of its kind — no earlier row of the same one exists.
 */
const FIRST_TIME =
  /\bfirst[\s-]+time\s+(?:buyers?|customers?|purchasers?|shoppers?|clients?|orders?|purchases?)\b|\b(?:very\s+)?first\s+(?:ever\s+)?(?:orders?|purchases?)\b|\b(?:ordered|bought|purchased)\b[^.?!;]{0,30}?\bfor\s+the\s+(?:very\s+)?first\s+time\b/i;

/** Whether the question counts only each one's first row ("first-time buyers", "their first order"). */
export function asksFirstTime(question: string): boolean {
  return FIRST_TIME.test(question.slice(0, 1_000));
}

/**
 * `NOT EXISTS` an earlier row of the same parent (`NOT EXISTS (SELECT 1 FROM orders x WHERE x.customer_id =
 * o.customer_id AND x.created_at < o.created_at)`): each row kept is that parent's first. The parent is the one the
 * question groups by or else the fact's first dimension (a table that references nothing); null when the fact has no
 * time column or no such parent.
 */
export function firstTimeClause(
  fact: string,
  alias: string,
  schema: SqlSchema,
  groupTables: readonly string[],
): string | null {
  const time = timeColumnOf(fact, schema);
  const dimensions = parentsOf(fact, schema).filter((edge) => parentsOf(edge.to, schema).length === 0);
  const parent = dimensions.find((edge) => groupTables.includes(edge.to)) ?? dimensions[0];
  if (!time || !parent) return null;
  const x = alias === 'x' ? 'y' : 'x';
  return `NOT EXISTS (SELECT 1 FROM ${fact} ${x} WHERE ${x}.${parent.column} = ${alias}.${parent.column} AND ${x}.${time} < ${alias}.${time})`;
}

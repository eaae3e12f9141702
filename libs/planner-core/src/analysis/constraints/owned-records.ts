import type { TableColumns } from './column-mapper';
import { isFunctionWord } from './function-words';
import { CUSTOMER_NOUNS } from '../vocabulary';
import { scan, type SpanSet, type ValueHit } from './value-hit';

/**
 * A party named with a capital, then its records in the possessive ("Ferrocast's orders", "Acme Corp's unpaid
 * invoices"): the records of the customer of that name.
 */
const OWNED_RECORDS =
  /(?<![\w'’])([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+(?:[a-z]+\s+){0,2}?(?:orders|invoices|payments|purchases|bills|shipments|deliveries|subscriptions|refunds|returns|quotes)\b/g;
/** Capitalised words before "'s" that name a time, a pronoun or a party by its role, not by its name. */
const NOT_A_NAME =
  /^(?:today|yesterday|tomorrow|tonight|this|last|next|each|every|one|everyone|everybody|someone|somebody|nobody|company|customer|client|buyer|supplier|vendor|week|month|year|quarter|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|fy\d*)$/i;
/** Verbs that open a request before a name ("Show Acme's invoices"): no part of it. */
const OPENING_VERB = /^(?:show|list|get|find|give|pull|count|check|display|return|fetch|see|sum|total)$/i;

/** The name column of the chosen table of customers, as `table.column`, or undefined. */
function customerNameField(tables: readonly TableColumns[]): string | undefined {
  for (const t of tables) {
    const noun = t.table.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
    if (!CUSTOMER_NOUNS.includes(noun)) continue;
    const column = t.columns.find((c) => c.toLowerCase() === 'name');
    if (column) return `${t.table}.${column}`;
  }
  return undefined;
}

/**
 * Records said as a named party's ("Ferrocast's orders"), when a table of customers with a name is chosen: a `text`
 * value of the customer's name, matched as a part (a company's name is often written shorter than it is kept).
 */
export function readOwnedRecords(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  if (!/['’]s\s/.test(text)) return hits;
  const field = customerNameField(tables);
  if (!field) return hits;
  scan(
    text,
    OWNED_RECORDS,
    taken,
    (m) => {
      const words = m[1]!.split(/\s+/);
      const first = words.findIndex((w) => !isFunctionWord(w.toLowerCase()) && !OPENING_VERB.test(w));
      const name = first < 0 ? [] : words.slice(first);
      if (name.length === 0 || name.some((w) => NOT_A_NAME.test(w))) return null;
      const value = name.join(' ');
      const start = m.index + m[0].indexOf(value);
      return { kind: 'text', value, start, end: start + value.length, operator: 'contains', hint: field };
    },
    hits,
  );
  return hits;
}

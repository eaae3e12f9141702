import { data } from 'currency-codes';

/** Two words, letters only ("Swiss Franc", "Canadian Dollar"): a name said in prose, not a fund or a unit of account. */
const PROSE_NAME = /^[A-Za-z]+ [A-Za-z]+$/;

/**
 * ISO 4217 currency names in lower case, singular and plural ("swiss franc", "swiss francs" → CHF), from the
 * `currency-codes` list. Only names of two words: one-word names are often plain English ("Won", "Rand",
 * "Real"), and the common ones (euro, dollar, pound, yen) are read by the caller's own words.
 */
export const CURRENCY_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  data
    .filter((record) => PROSE_NAME.test(record.currency) && !record.code.startsWith('X'))
    .flatMap((record) => {
      const name = record.currency.toLowerCase();
      return [
        [name, record.code],
        [`${name}s`, record.code],
      ];
    }),
);

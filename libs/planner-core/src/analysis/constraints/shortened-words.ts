import { ABBREVIATIONS } from '../vocabulary';

/**
 * A common abbreviation written as a word of its own ("by cust segment", "qty sold"), not inside an address, a path
 * or an identifier ("cust@shop.example", "cust-db", "cust_id").
 */
const SHORTENED = new RegExp(`(?<![\\w.@/\\\\-])(?:${Object.keys(ABBREVIATIONS).join('|')})(?![\\w.@/\\\\-])`, 'gi');

/** The question with its common abbreviations written out ("cust" → "customer"), so the readers of the word read them. */
export function spellOutAbbreviations(text: string): string {
  return text.replace(SHORTENED, (short: string) => ABBREVIATIONS[short.toLowerCase()] ?? short);
}

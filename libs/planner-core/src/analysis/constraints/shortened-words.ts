import { ABBREVIATIONS } from '../vocabulary';

/**
 * A common abbreviation written as a word of its own ("by cust segment", "qty sold"), not inside an address, a path
 * or an identifier ("cust@shop.example", "cust-db", "cust_id").
 */
const SHORTENED = new RegExp(`(?<![\\w.@/\\\\-])(?:${Object.keys(ABBREVIATIONS).join('|')})(?![\\w.@/\\\\-])`, 'gi');

/**
 * "and" typed as a lone "n" between two words ("by user n ip", "defender n sysmon"), not a count said as a letter
 * ("top n users", "the n most recent") nor a letter before a number.
 */
const CHAT_AND = /(?<=[A-Za-z0-9.*]\s+)(?<!\b(?:top|first|last|bottom|the|any|of)\s+)n(?=\s+[A-Za-z])/g;

/** The question with "and" typed as a lone "n" written out ("defender n sysmon" → "defender and sysmon"). */
export function spellOutChatAnd(text: string): string {
  return text.includes(' n ') ? text.replace(CHAT_AND, 'and') : text;
}

/** The question with its common abbreviations written out ("cust" → "customer"), so the readers of the word read them. */
export function spellOutAbbreviations(text: string): string {
  const spelt = text.replace(SHORTENED, (short: string) => ABBREVIATIONS[short.toLowerCase()] ?? short);
  return spellOutChatAnd(spelt);
}

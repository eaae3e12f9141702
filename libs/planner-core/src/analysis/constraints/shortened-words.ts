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

/**
 * "and" typed as a plus before a clause of its own ("signins from sentinel + her o365 activity in splunk", "+ what
 * he did in the app"), not between two names of a list ("defender + sysmon", "host + process") nor numbers.
 */
const PLUS_AND =
  /(?<=[A-Za-z0-9)\]'"])\s+\+\s+(?=(?:her|his|their|its|our|my|your|the|any|all|what|which|who|how|whatever|everything)\s)/gi;

/**
 * The question with "and" typed as a lone "n" or a plus written out ("defender n sysmon" → "defender and sysmon",
 * "signins from sentinel + her o365 activity" → "… and her o365 activity").
 */
export function spellOutChatAnd(text: string): string {
  const anded = text.includes(' n ') ? text.replace(CHAT_AND, 'and') : text;
  return anded.includes(' + ') ? anded.replace(PLUS_AND, ' and ') : anded;
}

/** The question with its common abbreviations written out ("cust" → "customer"), so the readers of the word read them. */
export function spellOutAbbreviations(text: string): string {
  const spelt = text.replace(SHORTENED, (short: string) => ABBREVIATIONS[short.toLowerCase()] ?? short);
  return spellOutChatAnd(spelt);
}

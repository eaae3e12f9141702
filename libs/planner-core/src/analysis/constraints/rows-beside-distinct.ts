/** Nouns of things that happen, counted as rows ("sign-ins", "requests", "attempts"), not of who or what did them. */
const EVENT_NOUN = String.raw`(?:sign[\s-]?ins?|log[\s-]?ins?|log[\s-]?ons?|events?|requests?|calls?|attempts?|failures?|alerts?|connections?|records?|rows?|entries|hits|downloads?|uploads?|operations?|actions?|executions?|runs?|sessions?|queries|lookups?|messages?|e-?mails?|orders?|transactions?|times)`;

/**
 * The rows themselves counted ("the total number of logins", "how many requests", "count of uploads"), a word of what
 * they are (at most one: "how many failed logins") between.
 */
const ROWS_COUNTED = new RegExp(
  String.raw`\b(?:(?:the\s+)?total\s+(?:(?:number|count|no\.?)\s+of\s+)?|(?:the\s+)?(?:number|count|no\.?)\s+of\s+|how\s+many\s+)(?:the\s+)?(?![a-z]*\s*(?:different|distinct|unique|individual|separate)\b)(?:[\w-]+\s+)?${EVENT_NOUN}\b`,
  'i',
);

/**
 * The rows counted without their noun, right before the different values ("how many and how many unique users",
 * "how many, and from how many distinct hosts",
 * "the total and distinct callers", "count + unique hosts").
 */
const BARE_COUNT_THEN_DISTINCT =
  /\b(?:how\s+many(?:\s+in\s+total)?|(?:the\s+)?(?:total|count))\s*(?:,\s*(?:and\s+)?|\s+and\s+|&|\+)\s*(?:(?:from|on|across|over|by|for|to)\s+)?(?:how\s+many\s+|the\s+number\s+of\s+|(?:a\s+)?count\s+of\s+)?(?:different|distinct|unique|individual|separate)\b/i;

/** The different values first, then the rows counted without their noun ("distinct ips + count", "unique users and total"). */
const DISTINCT_THEN_BARE_COUNT =
  /\b(?:different|distinct|unique)\s+[\w-]+(?:\s+[\w-]+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|&|\+)\s*(?:the\s+|a\s+)?(?:total|count|how\s+many)\b(?!\s+(?:of|distinct|different|unique)\b)/i;

/** A count of different values asked ("how many different hosts", "number of unique callers"). */
const DISTINCT_COUNTED =
  /\b(?:how\s+many|(?:number|count|no\.?)\s+of)\s+(?:different|distinct|unique|individual|separate)\b/i;

/**
 * Whether a question asks for the count of its rows beside a count of different values ("total downloads and how
 * many distinct users", "how many requests and from how many unique addresses"): both are measured, the rows first.
 */
export function asksRowsBesideDistinct(text: string): boolean {
  return (
    BARE_COUNT_THEN_DISTINCT.test(text) ||
    DISTINCT_THEN_BARE_COUNT.test(text) ||
    (DISTINCT_COUNTED.test(text) && ROWS_COUNTED.test(text))
  );
}

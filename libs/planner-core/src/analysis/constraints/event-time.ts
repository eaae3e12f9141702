/**
 * "Show the computer, the account and the time", "with the timestamp of each", "include when it happened":
 * the moment of each row is asked to be seen. A question that lists rows with their time wants the events
 * themselves, not one summary row per entity (which would lose the time).
 */
const EVENT_TIME =
  /\b(?:show(?:ing)?|display(?:ing)?|include|including|with|give\s+me|list|return|i\s+(?:want|need)|need)\b[^.?!;]{0,80}?\b(?:(?:the|their|its|exact)\s+)?(?:(?:date\s+and\s+)?time(?:stamp)?s?(?!\s*(?:range|window|frame|period|zone|bucket|series|span|line|out)\b)|when\s+(?:it|they|this|each(?:\s+one)?)\s+happened)\b/i;

/** "which hosts and when", "who did it, and at what time?": the entity asked about and the moment of each row. */
const WHO_AND_WHEN =
  /\b(?:which|what|who)\b[^.?!;]{0,60}?(?:,\s*)?\band\s+(?:when|at\s+what\s+times?)\s*(?:[?.!;,]|$)/i;

/** Whether the question asks to see the time of each row. */
export function asksEventTime(text: string): boolean {
  return EVENT_TIME.test(text) || WHO_AND_WHEN.test(text);
}

/**
 * Where traffic goes, said with a verb of motion and the name of what it goes to, not a column word:
 * "going to our resolvers 10.0.0.53", "sent to the proxies 10.1.1.1", "connecting to mail relay 10.2.2.2".
 * The words between "to" and the address (up to two) name the far end; the address is its destination.
 * "NOT going to our resolvers 10.0.0.53 and 10.0.0.54": the negation reaches the whole phrase of motion.
 */
const MOTION_VERB = String.raw`(?:going|goes|gone|went|sent|heading|headed|bound|routed|destined|connecting|talking)`;
const FAR_END = String.raw`\s+(?:out\s+)?(?:to|for|towards)\s+(?:(?:the|our|their|its|your)\s+)?(?:[a-z][\w-]{1,30}\s+){0,2}$`;

const MOTION_TO = new RegExp(String.raw`\b${MOTION_VERB}${FAR_END}`, 'i');
const NEGATED_MOTION = new RegExp(
  String.raw`(?:\bnot|\b(?:is|are|was|were|do|does|did)n['’]?t|\bnever)\s+(?:been\s+)?${MOTION_VERB}${FAR_END}`,
  'i',
);

/** "did not come from the corporate range ", "never originated from our vpn pool ": a negated origin, the value its place. */
const NEGATED_ORIGIN = new RegExp(
  String.raw`(?:\bnot|\b(?:is|are|was|were|do|does|did)n['’]?t|\bnever)\s+(?:been\s+)?(?:come|came|comes|coming|originat(?:e|es|ed|ing)|arriv(?:e|es|ed|ing))\s+from\s+(?:(?:the|our|their|its|your)\s+)?(?:[a-z][\w-]{1,30}\s+){0,2}$`,
  'i',
);

/**
 * One end of the traffic said right before its address, with no verb: "against ", "targeting ", or named in words
 * ("towards the ticketing gateway ", "against our mail relay ", "from the guest kiosk "): up to two words that are
 * no preposition name the end.
 */
const NAMED_END = String.raw`\s+(?:(?:the|our|their|its|your|a|an)\s+)?(?:(?!(?:from|to|into|towards?|against|via|by|on|at|in|of|for|and|or|with|than)\b)[a-z][\w-]{1,30}\s+){0,2}$`;
const TO_NAMED_END = new RegExp(String.raw`\b(?:to|into|towards?|against|targeting)${NAMED_END}`, 'i');
const FROM_NAMED_END = new RegExp(String.raw`\bfrom${NAMED_END}`, 'i');

/** The side of the traffic an address is on when the words before it say that end ("towards the gateway "), or null. */
export function namedEndSide(before: string): 'destination' | 'source' | null {
  const near = before.slice(-MOTION_WINDOW);
  if (TO_NAMED_END.test(near)) return 'destination';
  return FROM_NAMED_END.test(near) ? 'source' : null;
}

/**
 * The address taken up again by a pronoun after it ("IOC 203.0.113.9: any traffic to it?", "did anything connect to
 * that?", "logons from it"): "to" says the traffic went to the address, "from" that it came from it.
 */
const PRONOUN_END =
  /\b(?:(?:connections?|connect(?:ed|ing|s)?|traffic|talk(?:ed|ing|s)?|beacon(?:ed|ing|s)?|requests?|flows?|sessions?|packets?|callbacks?|sent|went|going|logons?|logins?)\b[^.?!;]{0,40}?\b(?:(to|into|towards?)|(from))|(reach(?:ed|ing)?|contact(?:ed|ing)?))\s+(?:it|that|this|them|those)\b/i;
/** Characters after a value read for a pronoun that takes it up again. */
const PRONOUN_WINDOW = 80;

/** The side of the traffic an address is on when a pronoun after it says so ("traffic to it"), or null. */
export function pronounEndSide(after: string): 'destination' | 'source' | null {
  const m = PRONOUN_END.exec(after.slice(0, PRONOUN_WINDOW));
  if (!m) return null;
  return m[2] ? 'source' : 'destination';
}

/**
 * An address that does what traffic does, said right after it ("is 10.1.1.1 hitting port 22", "192.0.2.7 connecting
 * out to …", "10.2.2.2 keeps scanning"): the end the traffic came from.
 */
const ACTING_END =
  /^\s+(?:(?:is|was|has\s+been|been|keeps|kept|still|also|even)\s+){0,2}(?:hit(?:s|ting)?|connect(?:s|ed|ing)|talk(?:s|ed|ing)|send(?:s|ing)|sent|scan(?:s|ned|ning)|prob(?:es|ed|ing)|beacon(?:s|ed|ing)|reach(?:es|ed|ing)\s+out|call(?:s|ed|ing)\s+out|contact(?:s|ed|ing)|initiat(?:es|ed|ing)|spray(?:s|ed|ing)|brute[\s-]?forc(?:es|ed|ing))\b/i;
/** Characters after a value read for a verb it does. */
const ACTING_WINDOW = 40;

/** The source side when the address is said to do what traffic does ("10.1.1.1 hitting port 445"), or null. */
export function actingEndSide(after: string): 'source' | null {
  return ACTING_END.test(after.slice(0, ACTING_WINDOW)) ? 'source' : null;
}

/** Characters before a value read for a phrase of motion. */
export const MOTION_WINDOW = 48;

/** Whether the words just before a value say traffic goes to it ("going to our resolvers "). */
export function saysMotionTo(before: string): boolean {
  return MOTION_TO.test(before.slice(-MOTION_WINDOW));
}

/**
 * Where a negated phrase of motion or of origin begins in the words before a value ("not going to our resolvers ",
 * "did not come from the corporate range "), or -1.
 */
export function negatedMotionAt(before: string): number {
  const m = NEGATED_MOTION.exec(before) ?? NEGATED_ORIGIN.exec(before);
  return m ? m.index : -1;
}

/**
 * A person said just before "from"/"in" and a unit's name ("ana@corp.io from sales", "she works in support", "our
 * colleague in marketing"): the unit is where the person works, a department, not a word of what is measured.
 */
const PERSON_FROM =
  /(?:@[\w-]+(?:\.[\w-]+)+|\b(?:works?|working|worked|she|he|colleague|employee|staffer))\s+(?:from|in)\s+(?:the\s+)?$/i;

/** Characters before a unit's name read for the person it belongs to. */
const PERSON_REACH = 80;

/** Whether the text before a unit's name (ending where the name starts) says it is the unit a person works in. */
export function saysUnitOfPerson(before: string): boolean {
  return PERSON_FROM.test(before.slice(-PERSON_REACH));
}

import type { Inactivity } from '@mesh/a2a-contracts';
import { UNIT_PATTERN, unitSeconds } from './duration.util';
import { NUMBER_PATTERN, readNumber } from './number-words.util';
import { allMatches } from '../regex-matches.util';

/** An inactivity condition and where the question says it. */
export interface InactivityPhrase extends Inactivity {
  readonly start: number;
  readonly end: number;
  /**
   * "not logged in since 1 August 2026": the words of the date the last activity is before (`duration_seconds`
   * is then 0 until the caller resolves the date against the planning's clock).
   */
  readonly since?: string;
}

const SPAN = `(?:the\\s+)?(?:last\\s+|past\\s+)?(?:more\\s+than\\s+|over\\s+|at\\s+least\\s+)?(?:(${NUMBER_PATTERN})\\s*\\+?\\s*)?(${UNIT_PATTERN})\\b`;

/**
 * "since" before a counted span ("since 3 weeks", "since 40 days"): a duration said the way many non-native speakers
 * say "for"; a date after "since" ("since 3 March") is read by the dated readers below.
 */
const SINCE_COUNTED = `since(?=\\s+(?:more\\s+than\\s+|over\\s+|at\\s+least\\s+)?(?:${NUMBER_PATTERN})\\s*\\+?\\s*${UNIT_PATTERN}\\b(?!\\s*-))`;
/** "nobody has logged in", "no one signed in", "no-one used it": a subject that says no one did it. */
const NO_ONE = String.raw`nobody|no[\s-]?one`;
/**
 * "not logged in for 90 days" (or "90+ days"), "no orders in the past 6 months", "haven't signed in within 30 days",
 * "not login since 3 weeks"; the words between may hold a short aside in brackets ("no sign-in (interactive) for a month").
 */
const NEGATED = new RegExp(
  `\\b(?:${NO_ONE}|not|no|never|haven't|hasn't|havent|hasnt|have\\s+not|has\\s+not|didn't|did\\s+not|(?:without|w\\/o)(?:\\s+any)?)\\s+((?:[\\w-]+\\s+|\\([^()]{1,40}\\)\\s+){0,6}?)(?:for|in|within|during|over|${SINCE_COUNTED})\\s+${SPAN}`,
  'gi',
);
/**
 * "inactive for 3 months", "dormant accounts over 90 days", "stale for 60d"; a source that went quiet:
 * "silent for the last 3 days", "gone quiet for 2 days", "offline for a week", "stopped sending events for 48 hours".
 * A state said of the subject takes its number with no word between ("have been idle 60 days", "is dormant 3 months").
 */
const IDLE = new RegExp(
  `\\b(?:(?:inactive|dormant|stale|idle|unused|silent|quiet|offline|unresponsive|stopped\\s+(?:sending|reporting|logging|checking\\s+in))\\s+(?:[\\w-]+\\s+){0,2}?(?:for|in|over|since|longer\\s+than|more\\s+than)|(?<=\\b(?:been|is|are|was|were|gone|went|sat|stayed)\\s+)(?:inactive|dormant|idle|unused))\\s+${SPAN}`,
  'gi',
);
/** "last login older than 90 days", "last seen more than 30 days ago". */
const LAST_SEEN = new RegExp(
  `\\blast\\s+((?:log(?:ged)?[\\s-]?(?:in|on)|login|logon|sign[\\s-]?in|signed\\s+in|seen|activity|active|order|purchase|access)(?:\\s+date|\\s+time)?)\\s+(?:is\\s+|was\\s+)?(?:older\\s+than|more\\s+than|over|before)\\s+(${NUMBER_PATTERN})\\s*(${UNIT_PATTERN})\\b(?:\\s+ago)?`,
  'gi',
);

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ORDINAL = '\\d{1,2}(?:st|nd|rd|th)?';
/**
 * A date said on its own: "2026-08-01", "1/8/2026", "1 August 2026", "the 1st of Aug", "August 1, 2026",
 * "August", "Monday", "yesterday", "the start of the month", "last week".
 */
const DATE = [
  '\\d{4}-\\d{2}-\\d{2}(?:[t ]\\d{2}:\\d{2}(?::\\d{2})?z?)?',
  '\\d{1,2}/\\d{1,2}/\\d{2,4}',
  `(?:the\\s+)?${ORDINAL}\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+\\d{4})?`,
  `${MONTH}\\s+${ORDINAL}\\b(?:,?\\s+\\d{4})?`,
  `${MONTH}(?:\\s+\\d{4})?`,
  // "the 1st": a day of the month said without its month, not an ordinal before a noun ("the 2nd floor").
  '(?:the\\s+)\\d{1,2}(?:st|nd|rd|th)(?!\\s+(?!(?:in|on|at|for|and|or|from|by|with|of\\s+(?:the|this)\\s+month)\\b)[a-z])',
  '(?:last\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day',
  'yesterday',
  '(?:the\\s+)?(?:start|beginning|1st|first)\\s+of\\s+(?:the|this|last)\\s+(?:week|month|quarter|year)',
  // "since the start of July": a month named, from its first day.
  `(?:the\\s+)?(?:start|beginning)\\s+of\\s+${MONTH}(?:\\s+\\d{4})?\\b`,
  '(?:last|this)\\s+(?:week|month|quarter|year)',
].join('|');

/** The verbs that negate what happened ("have not", "never", "didn't"); a bare "no" stands only before the activity. */
const NOT = `(?:${NO_ONE}|not|never|haven't|hasn't|havent|hasnt|have\\s+not|has\\s+not|didn't|did\\s+not|(?:without|w\\/o)(?:\\s+any)?)`;
/** "have not logged in since 1 August 2026", "no login after 2026-08-01", "never signed in since Monday". */
const NEGATED_SINCE = new RegExp(
  `\\b(?:${NOT}\\s+((?:[\\w-]+\\s+){0,6}?)|no\\s+((?:log(?:ged)?[\\s-]?(?:in|on)|logins?|logons?|sign[\\s-]?ins?|signins?|orders?|purchases?|activity|access|transactions?|payments?)\\s+))(?:since|after)\\s+(${DATE})\\b`,
  'gi',
);
/** "inactive since 1 August", "idle since Monday", "stopped reporting since the 3rd", "offline since Friday". */
const IDLE_SINCE = new RegExp(
  `\\b(?:inactive|dormant|idle|unused|silent|offline|unresponsive|stopped\\s+(?:sending|reporting|logging|checking\\s+in)(?:\\s+(?:events|logs|data|in))?)\\s+since\\s+(${DATE})\\b`,
  'gi',
);
/** "last login before 1 August 2026", "last sign-in earlier than 2026-08-01". */
const LAST_BEFORE = new RegExp(
  `\\blast\\s+((?:log(?:ged)?[\\s-]?(?:in|on)|login|logon|sign[\\s-]?in|signed\\s+in|seen|activity|active|order|purchase|access)(?:\\s+date|\\s+time)?)\\s+(?:is\\s+|was\\s+)?(?:before|prior\\s+to|earlier\\s+than|older\\s+than)\\s+(${DATE})\\b`,
  'gi',
);

/** Words that say what did not happen; a negation without one is not inactivity ("not from the US in the last 7 days"). */
const ACTIVITIES: ReadonlyArray<readonly [RegExp, string]> = [
  // "signed into the portal", "signed onto the VPN": the sign-in, said with where to.
  [/\bsign(?:ed)?[\s-]?(?:ins?|into|onto)\b|\bsignins?\b/i, 'sign-in'],
  // "logged into the portal", "logged onto the VPN": the login, said with where to.
  [/\blog(?:ged)?[\s-]?(?:in|on)(?:s|to)?\b|\blog(?:in|on)s?\b/i, 'login'],
  // "w/o any booking": a sale said as what was booked is an order.
  [/\border(?:s|ed)?\b|\bbook(?:ings?|ed)\b/i, 'order'],
  [/\bpurchas\w*|\bbought\b/i, 'purchase'],
  [/\bpassword\b|\brotat\w*|\breset\b/i, 'password change'],
  [
    /\bseen\b|\bsent\b|\breport\w*|\bevents?\b|\blogs?\b|\bheartbeats?\b|\bactiv\w*|\bused\b|\bconnect\w*|\bauthenticat\w*|\baccess\w*|\bvisit\w*/i,
    'activity',
  ],
  [/\btransaction\w*|\bpayment\w*|\bpaid\b/i, 'transaction'],
];

function activityOf(words: string): string | null {
  for (const [pattern, activity] of ACTIVITIES) if (pattern.test(words)) return activity;
  return null;
}

function phrase(
  match: RegExpExecArray,
  amount: string | undefined,
  unit: string,
  activity: string | null,
): InactivityPhrase | null {
  // "in the past year" is one year; a bare letter ("in the s") is no unit.
  if (amount === undefined && unit.length < 3) return null;
  const value = amount === undefined ? 1 : readNumber(amount);
  const seconds = unitSeconds(unit);
  if (value === null || seconds === null || value <= 0) return null;
  return {
    duration_seconds: Math.round(value * seconds),
    activity: activity === 'activity' ? null : activity,
    expression: match[0].trim(),
    start: match.index,
    end: match.index + match[0].length,
  };
}

function dated(match: RegExpExecArray, date: string, activity: string | null): InactivityPhrase {
  return {
    duration_seconds: 0,
    activity: activity === 'activity' ? null : activity,
    expression: match[0].trim(),
    start: match.index,
    end: match.index + match[0].length,
    since: date,
  };
}

/** Inactivity said with a date the last activity is before ("not logged in since 1 August 2026"). */
function datedInactivity(text: string): InactivityPhrase[] {
  const found: InactivityPhrase[] = [];
  NEGATED_SINCE.lastIndex = 0;
  for (let m = NEGATED_SINCE.exec(text); m !== null; m = NEGATED_SINCE.exec(text)) {
    const activity = activityOf(m[1] ?? m[2]!);
    if (activity === null) continue;
    found.push(dated(m, m[3]!, activity));
    break;
  }
  IDLE_SINCE.lastIndex = 0;
  const idle = IDLE_SINCE.exec(text);
  if (idle) found.push(dated(idle, idle[1]!, activityOf(idle[0])));
  LAST_BEFORE.lastIndex = 0;
  const last = LAST_BEFORE.exec(text);
  if (last) found.push(dated(last, last[2]!, activityOf(last[1]!)));
  return found;
}

/** The first inactivity condition of a question ("not logged in for 90 days"), or null. */
export function findInactivity(text: string): InactivityPhrase | null {
  const found: InactivityPhrase[] = [];
  NEGATED.lastIndex = 0;
  for (let m = NEGATED.exec(text); m !== null; m = NEGATED.exec(text)) {
    const activity = activityOf(m[1]!);
    if (activity === null) continue;
    const hit = phrase(m, m[2], m[3]!, activity);
    if (hit) found.push(hit);
    break;
  }
  IDLE.lastIndex = 0;
  const idle = IDLE.exec(text);
  if (idle) {
    const hit = phrase(idle, idle[1], idle[2]!, activityOf(idle[0]));
    if (hit) found.push(hit);
  }
  LAST_SEEN.lastIndex = 0;
  const last = LAST_SEEN.exec(text);
  if (last) {
    const hit = phrase(last, last[2]!, last[3]!, activityOf(last[1]!));
    if (hit) found.push(hit);
  }
  found.push(...datedInactivity(text));
  return found.sort((a, b) => a.start - b.start)[0] ?? null;
}

/** A number set apart in brackets ("(4740)", "(event 4740)"): the code of the activity, a value of its own. */
const BRACKETED_CODE = /\(\s*(?:event\s+(?:id\s+)?)?\d{1,6}\s*\)/gi;

/**
 * The spans of an inactivity phrase that are its words, without a code in brackets inside it ("not had a logon (4740)
 * for 30 days"): that code says which events count as the activity, so it is read as a value like any other.
 */
export function inactivityWordSpans(text: string, phrase: InactivityPhrase): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  let from = phrase.start;
  for (const code of allMatches(text.slice(phrase.start, phrase.end), BRACKETED_CODE)) {
    spans.push([from, phrase.start + code.index]);
    from = phrase.start + code.index + code[0].length;
  }
  spans.push([from, phrase.end]);
  return spans;
}

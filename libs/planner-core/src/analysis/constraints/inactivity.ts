import type { Inactivity } from '@mesh/a2a-contracts';
import { UNIT_PATTERN, unitSeconds } from './duration.util';
import { NUMBER_PATTERN, readNumber } from './number-words.util';

/** An inactivity condition and where the question says it. */
export interface InactivityPhrase extends Inactivity {
  readonly start: number;
  readonly end: number;
}

const SPAN = `(?:the\\s+)?(?:last\\s+|past\\s+)?(?:more\\s+than\\s+|over\\s+|at\\s+least\\s+)?(?:(${NUMBER_PATTERN})\\s*\\+?\\s*)?(${UNIT_PATTERN})\\b`;

/** "not logged in for 90 days" (or "90+ days"), "no orders in the past 6 months", "haven't signed in within 30 days". */
const NEGATED = new RegExp(
  `\\b(?:not|no|never|haven't|hasn't|havent|hasnt|have\\s+not|has\\s+not|didn't|did\\s+not|without(?:\\s+any)?)\\s+((?:[\\w-]+\\s+){0,6}?)(?:for|in|within|during|over)\\s+${SPAN}`,
  'gi',
);
/**
 * "inactive for 3 months", "dormant accounts over 90 days", "stale for 60d"; a source that went quiet:
 * "silent for the last 3 days", "gone quiet for 2 days", "offline for a week", "stopped sending events for 48 hours".
 */
const IDLE = new RegExp(
  `\\b(?:inactive|dormant|stale|idle|unused|silent|quiet|offline|unresponsive|stopped\\s+(?:sending|reporting|logging|checking\\s+in))\\s+(?:[\\w-]+\\s+){0,2}?(?:for|in|over|since|longer\\s+than|more\\s+than)\\s+${SPAN}`,
  'gi',
);
/** "last login older than 90 days", "last seen more than 30 days ago". */
const LAST_SEEN = new RegExp(
  `\\blast\\s+((?:log(?:ged)?[\\s-]?(?:in|on)|login|logon|sign[\\s-]?in|signed\\s+in|seen|activity|active|order|purchase|access)(?:\\s+date|\\s+time)?)\\s+(?:is\\s+|was\\s+)?(?:older\\s+than|more\\s+than|over|before)\\s+(${NUMBER_PATTERN})\\s*(${UNIT_PATTERN})\\b(?:\\s+ago)?`,
  'gi',
);

/** Words that say what did not happen; a negation without one is not inactivity ("not from the US in the last 7 days"). */
const ACTIVITIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bsign(?:ed)?[\s-]?ins?\b|\bsignins?\b/i, 'sign-in'],
  [/\blog(?:ged)?[\s-]?(?:in|on)s?\b|\blog(?:in|on)s?\b/i, 'login'],
  [/\border(?:s|ed)?\b/i, 'order'],
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
  return found.sort((a, b) => a.start - b.start)[0] ?? null;
}

import type { MeasureKind } from '@mesh/a2a-contracts';
import { TIME_MEASURE_KINDS, type ElapsedMeasure } from './elapsed-measure';

/**
 * "how many days late on average", "average days late", "the median number of days overdue when paid",
 * "mean lateness in days": how long after its due date each row's event happened (paid, shipped, delivered…),
 * the time from the due date to that event's moment.
 */
const LATE_UNIT =
  /\b(?:(average|avg|mean|median|typical|max(?:imum)?|longest|min(?:imum)?|shortest)\s+(?:number\s+of\s+)?|how\s+many\s+)(days|hours|minutes|weeks)\s+(?:late|overdue|past\s+(?:the\s+|their\s+|its\s+)?due(?:\s+dates?)?|after\s+(?:the\s+|their\s+|its\s+)?due(?:\s+dates?)?)\b/i;
const LATENESS = /\b(average|avg|mean|median|typical)\s+lateness\b(?:\s+in\s+(days|hours|minutes|weeks))?/i;
/** The event that came late, as the question says it. */
const LATE_EVENT =
  /\b(paid|payments?|shipped|shipments?|delivered|deliver(?:y|ies)|resolved|closed|completed|returned|submitted|fulfilled|settled)\b/i;
/** A count asked beside the lateness ("how many per currency, and how many days late on average"). */
const COUNT_ASKED =
  /\bhow\s+many\b(?!\s+(?:days|hours|minutes|weeks)\b)|\b(?:number|count)\b(?!\s+of\s+(?:days|hours|minutes|weeks)\b)/i;

export interface LatenessMeasure {
  /** The time from the due date to the event ("days from due to paid"). */
  readonly measure: ElapsedMeasure;
  /** The question also asks how many rows there are: the lateness goes beside the count. */
  readonly besideCount: boolean;
}

/** How late each row's event came against its due date, or null when the question asks no lateness or names no event. */
export function readLateness(text: string): LatenessMeasure | null {
  const bounded = text.slice(0, 1_000);
  const unit = LATE_UNIT.exec(bounded);
  const noun = unit ? null : LATENESS.exec(bounded);
  const m = unit ?? noun;
  if (!m) return null;
  const event = LATE_EVENT.exec(bounded);
  if (!event) return null;
  const said = m[1]?.toLowerCase();
  const kind: MeasureKind = said ? TIME_MEASURE_KINDS[said]! : /\bmedian\b/i.test(bounded) ? 'median' : 'avg';
  const measure = { kind, of: `${(m[2] ?? 'days').toLowerCase()} from due to ${event[1]!.toLowerCase()}` };
  const rest = bounded.slice(0, m.index) + ' '.repeat(m[0].length) + bounded.slice(m.index + m[0].length);
  return { measure, besideCount: COUNT_ASKED.test(rest) };
}

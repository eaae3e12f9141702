import type { TimeBucketUnit } from '@mesh/a2a-contracts';

/**
 * "which months …", "in what weeks …", "show the months where …": the rows asked about are periods, so the answer
 * is one row per period (a time bucket), whether the table stores a timestamp or the period as a number.
 */
const WHICH_PERIOD =
  /\b(?:which|what)\s+(minutes|hours|days|weeks|months)\b|\b(?:show|list|find|give|get)\s+(?:me\s+|us\s+)?(?:the\s+|all\s+)?(minutes|hours|days|weeks|months)\s+(?:where|when|in\s+which|that|with)\b/i;

const UNITS: Readonly<Record<string, readonly [TimeBucketUnit, number]>> = {
  minutes: ['minute', 60],
  hours: ['hour', 3_600],
  days: ['day', 86_400],
  weeks: ['week', 604_800],
  months: ['month', 2_592_000],
};

/** The bucket of one period a "which <periods>" question lists, or null. */
export function readWhichPeriod(text: string): { unit: TimeBucketUnit; size: number; seconds: number } | null {
  const m = WHICH_PERIOD.exec(text.slice(0, 1_000));
  const unit = m ? UNITS[(m[1] ?? m[2])!.toLowerCase()] : undefined;
  return unit ? { unit: unit[0], size: 1, seconds: unit[1] } : null;
}

import type { TimeBucketUnit } from '@mesh/a2a-contracts';

/** A change from one period to the one before, and the period, as the question says it. */
export interface PeriodChangeWords {
  readonly expression: string;
  readonly unit: TimeBucketUnit;
  readonly seconds: number;
}

const PERIOD_SECONDS: Readonly<Record<string, readonly [TimeBucketUnit, number]>> = {
  day: ['day', 86_400],
  week: ['week', 604_800],
  month: ['month', 2_592_000],
};

/** "month-over-month", "week on week", "day-to-day": the same period twice, joined by over/on/to. */
const PERIOD_OVER_PERIOD = /\b(day|week|month)[\s-]+(?:over|on|to)[\s-]+(day|week|month)\b/i;
/** "MoM", "WoW", "DoD": the usual shorthands, in their mixed case only ("wow" is also a word). */
const SHORTHAND = /\b(?:(MoM|MOM)|(WoW|WOW)|(DoD|DOD))\b/;
/** "change from the previous month", "growth vs the prior week", "difference compared with last month". */
const VERSUS_PREVIOUS =
  /\b(?:change|growth|increase|decrease|difference|delta|trend)\s+(?:from|vs\.?|versus|compared\s+(?:to|with)|over|on|against)\s+(?:the\s+)?(?:previous|prior|preceding|last)\s+(day|week|month)\b/i;

/** The change from each period to the one before that the question asks for, or null. */
export function readPeriodChange(text: string): PeriodChangeWords | null {
  const over = PERIOD_OVER_PERIOD.exec(text);
  if (over && over[1]!.toLowerCase() === over[2]!.toLowerCase()) return change(over[0], over[1]!);
  const short = SHORTHAND.exec(text);
  if (short) return change(short[0], short[1] ? 'month' : short[2] ? 'week' : 'day');
  const versus = VERSUS_PREVIOUS.exec(text);
  return versus ? change(versus[0], versus[1]!) : null;
}

function change(expression: string, period: string): PeriodChangeWords {
  const [unit, seconds] = PERIOD_SECONDS[period.toLowerCase()]!;
  return { expression, unit, seconds };
}

import type { ComparedPeriods } from './constraints';
import { compactDuration, intervalText } from './time-range.util';

type Unit = NonNullable<ComparedPeriods['calendar']>;

/** How each platform snaps to the start of a calendar period, and counts one period back. */
const SPL_SNAP: Readonly<Record<Unit, string>> = { day: '@d', week: '@w1', month: '@mon', quarter: '@q', year: '@y' };
const SPL_STEP: Readonly<Record<Unit, string>> = { day: 'd', week: 'w', month: 'mon', quarter: 'q', year: 'y' };
const SQL_STEP: Readonly<Record<Unit, string>> = {
  day: '1 day',
  week: '1 week',
  month: '1 month',
  quarter: '3 months',
  year: '1 year',
};
const SQL_TWO_STEPS: Readonly<Record<Unit, string>> = {
  day: '2 days',
  week: '2 weeks',
  month: '2 months',
  quarter: '6 months',
  year: '2 years',
};

/** The names of the two periods, the later first: "this week" / "last week", "last 7 days" / "previous 7 days". */
export function periodLabels(p: ComparedPeriods): readonly [later: string, earlier: string] {
  if (!p.calendar) {
    const length = intervalText(p.seconds);
    return [`last ${length}`, `previous ${length}`];
  }
  if (p.calendar === 'day') return p.offset === 0 ? ['today', 'yesterday'] : ['yesterday', 'day before yesterday'];
  return p.offset === 0
    ? [`this ${p.calendar}`, `last ${p.calendar}`]
    : [`last ${p.calendar}`, `${p.calendar} before last`];
}

// KQL has startofday/week/month/year with an offset in periods, but no startofquarter: a quarter is its first month's.
function kqlStart(p: ComparedPeriods, shift: number): string {
  if (p.calendar === 'quarter') {
    const quarter = `datetime_add('month', -((getmonth(now()) - 1) % 3), startofmonth(now()))`;
    return shift === 0 ? quarter : `datetime_add('month', ${3 * shift}, ${quarter})`;
  }
  return shift === 0 ? `startof${p.calendar}(now())` : `startof${p.calendar}(now(), ${shift})`;
}

/** The KQL window that covers both periods: `ago()` twice the span, or from the earlier calendar period's start. */
export function kqlComparedWindow(p: ComparedPeriods, column: string): string {
  if (!p.calendar) return `${column} > ago(${compactDuration(2 * p.seconds)})`;
  const from = `${column} >= ${kqlStart(p, p.offset - 1)}`;
  return p.offset === 0 ? from : `${from} and ${column} < ${kqlStart(p, 0)}`;
}

/** A KQL key naming each row's period: `Period = iff(TimeGenerated >= startofweek(now()), "this week", "last week")`. */
export function kqlPeriodKey(p: ComparedPeriods, column: string): string {
  const split = p.calendar ? kqlStart(p, p.offset) : `ago(${compactDuration(p.seconds)})`;
  const [later, earlier] = periodLabels(p);
  return `Period = iff(${column} >= ${split}, "${later}", "${earlier}")`;
}

/** SPL `earliest=`/`latest=` covering both periods (`-14d`; `-1w@w1`; `-2mon@mon latest=@mon`). */
export function splComparedTimeTerms(p: ComparedPeriods): string[] {
  if (!p.calendar) return [`earliest=-${compactDuration(2 * p.seconds)}`];
  const snap = SPL_SNAP[p.calendar];
  const earliest = `earliest=-${1 - p.offset}${SPL_STEP[p.calendar]}${snap}`;
  return p.offset === 0 ? [earliest] : [earliest, `latest=${snap}`];
}

/** An SPL `eval` naming each event's period: `eval period=if(_time>=relative_time(now(), "-7d"), …)`. */
export function splPeriodEval(p: ComparedPeriods): string {
  const split = !p.calendar
    ? `-${compactDuration(p.seconds)}`
    : p.offset === 0
      ? SPL_SNAP[p.calendar]
      : `-1${SPL_STEP[p.calendar]}${SPL_SNAP[p.calendar]}`;
  const [later, earlier] = periodLabels(p);
  return `eval period=if(_time>=relative_time(now(), "${split}"), "${later}", "${earlier}")`;
}

function sqlStart(unit: Unit, back: number): string {
  const start = `DATE_TRUNC('${unit}', NOW())`;
  return back === 0 ? start : `${start} - INTERVAL '${back === 1 ? SQL_STEP[unit] : SQL_TWO_STEPS[unit]}'`;
}

/** The SQL WHERE terms covering both periods. */
export function sqlComparedWindow(p: ComparedPeriods, ref: string): string[] {
  if (!p.calendar) return [`${ref} >= NOW() - INTERVAL '${intervalText(2 * p.seconds)}'`];
  const from = `${ref} >= ${sqlStart(p.calendar, 1 - p.offset)}`;
  return p.offset === 0 ? [from] : [from, `${ref} < ${sqlStart(p.calendar, 0)}`];
}

/** An SQL key naming each row's period: `CASE WHEN o.created_at >= DATE_TRUNC('month', NOW()) THEN … END`. */
export function sqlPeriodKey(p: ComparedPeriods, ref: string): string {
  const split = p.calendar ? sqlStart(p.calendar, -p.offset) : `NOW() - INTERVAL '${intervalText(p.seconds)}'`;
  const [later, earlier] = periodLabels(p);
  return `CASE WHEN ${ref} >= ${split} THEN '${later}' ELSE '${earlier}' END`;
}

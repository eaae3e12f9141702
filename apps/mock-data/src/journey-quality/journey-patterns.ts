/**
 * Check patterns the journey sets share: how a query spells a time window, a shape (count, top N, threshold, bucket,
 * grouping) or a comparison on each platform, accepting every spelling of the same condition. A set keeps only
 * what is its own (its values and explicit days) and imports these.
 */
import {
  DAY_MS,
  LAST_MONTH_START,
  MONDAY,
  MONTH_START,
  SUNDAY,
  TODAY,
  YEAR,
  YESTERDAY,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
  usDate,
} from './journey-dates';

/** `now()` and its SQL spellings. */
export const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';
/** The last day of the previous calendar month. */
export const LAST_MONTH_END = new Date(MONTH_START.getTime() - DAY_MS);
/** "the last N" (KQL): `ago(48h)` or `now() - 48h` with any of the given spellings. */
export const kqlLast = (spellings: string) =>
  new RegExp(`ago\\(\\s*(${spellings})\\s*\\)|now\\(\\)\\s*-\\s*(${spellings})\\b`);
export const DAY1_KQL = kqlLast('24h|1d|1440m');
/** A window start on an explicit day (KQL): `>= datetime(2026-11-21)`, `between (datetime(…)`. */
export const kqlSince = (date: Date) =>
  new RegExp(`(>=?|between\\s*\\()\\s*(${kqlDate(date)}|todatetime\\(\\s*["']${iso(date)})`);
export const THIS_WEEK_KQL = new RegExp(
  `startofweek\\(\\s*now\\(\\)\\s*(,\\s*0\\s*)?\\)|${kqlDate(SUNDAY)}|${kqlDate(MONDAY)}|startofweek\\(\\s*now\\(\\)\\s*\\)\\s*\\+\\s*1d`,
);
export const THIS_MONTH_KQL = new RegExp(`startofmonth\\(\\s*now\\(\\)\\s*\\)|${kqlDate(MONTH_START)}`);
/** Yesterday's start and end (KQL). */
export const YESTERDAY_START_KQL = new RegExp(
  `startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)|${kqlDate(YESTERDAY)}`,
);
export const YESTERDAY_END_KQL = new RegExp(
  `(<|\\.\\.)\\s*(startofday\\(\\s*now\\(\\)\\s*\\)|${kqlDate(TODAY)})|endofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|${kqlDate(YESTERDAY)})|(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(YESTERDAY)}[T ]23`,
);
export const COUNT_KQL = /\bcount\(|\|\s*count\b/;
/** `EventID == 4771` or `EventID in (4771, …)` (KQL). */
export const kqlEvent = (id: number) => new RegExp(`EventID\\s*(==|in\\s*\\()\\s*${id}\\b`);
/** A threshold after aggregation (KQL): `where n > 2`. */
export const kqlAbove = (n: number) => new RegExp(`\\|\\s*where\\s+[^|]*(>\\s*${n}|>=\\s*${n + 1})\\b`);
/** A column the answer shows (KQL): named, or every column kept (no project / summarize / distinct / count). */
export const kqlShows = (column: string) =>
  new RegExp(`\\b(${column})\\b|^(?![\\s\\S]*\\|\\s*(project|summarize|distinct|count)\\b)`);
export const kqlIs = (column: string, value: string) =>
  new RegExp(
    `${column}\\s*(==|=~|has|contains|startswith|endswith|(in~?|has_any)\\s*\\([^)]*?)\\s*["']${value}["']`,
    'i',
  );
/** A device / computer name starting with a prefix (KQL). */
export const kqlPrefix = (column: string, prefix: string) =>
  new RegExp(
    `${column}\\s*(startswith(_cs)?|hasprefix|has_prefix|matches\\s+regex|=~|has|contains|like)\\s*["']\\^?${prefix}`,
    'i',
  );
/** "the last N" (SPL): `earliest=-4h` with any of the given spellings. */
export const splLast = (spellings: string) => new RegExp(`earliest\\s*=\\s*"?-(${spellings})\\b`);
export const DAY1_SPL = splLast('24h|1d|1440m');
export const TODAY_SPL = new RegExp(`earliest\\s*=\\s*"?(@d|-0d@d|${splDate(TODAY)})`);
export const THIS_WEEK_SPL = new RegExp(
  `earliest\\s*=\\s*"?(@w[01]?|-0w@w[01]?|${splDate(SUNDAY)}|${splDate(MONDAY)})`,
);
/** Since an explicit day (SPL): `earliest="11/01/2026:00:00:00"`, ISO or epoch. */
export const splSince = (date: Date) => new RegExp(`earliest\\s*=\\s*"?(${splDate(date)})`);
/** The previous calendar month (SPL), both ends. */
export const PREV_MONTH_START_SPL = new RegExp(
  `earliest\\s*=\\s*"?(-1mon@mon|-1month@month|-1mon@month|${splDate(LAST_MONTH_START)})`,
);
export const PREV_MONTH_END_SPL = new RegExp(
  `latest\\s*=\\s*"?(@mon|-0mon@mon|@month|${splDate(MONTH_START)}|${usDate(LAST_MONTH_END)}:23:59|${iso(LAST_MONTH_END)}T23:59)`,
);
/** `EventCode=4728` or `EventCode IN (4728, …)` (SPL). */
export const splEvent = (id: number) => new RegExp(`EventCode\\s*(=|IN\\s*\\()\\s*"?${id}\\b`, 'i');
/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
export const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4648|4688|4698|4720|4738|4771)\b/;
/** A column the answer shows (SPL): named, or a raw search keeping every field (no table / fields / stats …). */
export const splShows = (column: string) =>
  new RegExp(
    `\\b(${column.replace(/\./g, '\\.')})\\b|^(?![\\s\\S]*(\\|\\s*(table|fields|stats|chart|timechart|top|rare|dedup)\\b|\\btstats\\b))`,
  );
/** A count after grouping (SPL). */
export const COUNT_SPL = /\bcount\b/;
/** Top N (SPL): `top limit=5 x`, `top 5 x`, or a sort then `head 5`. */
export const splTop = (n: number) =>
  new RegExp(`\\|\\s*(top\\s+[^|]*\\blimit\\s*=\\s*${n}\\b|top\\s+${n}\\b|head\\s+${n}\\b)`);
/** A threshold after aggregation (SPL): `where n > 5` or `search n > 5`. */
export const splAbove = (n: number) => new RegExp(`\\|\\s*(where|search)\\s+[^|]*(>\\s*${n}|>=\\s*${n + 1})\\b`);
/** An SQL interval of the given spellings (`interval '7 days'`, `'7 days'::interval`, `make_interval`). */
export const sqlInterval = (spellings: string, days?: number) =>
  `(interval\\s*'(${spellings})'|'(${spellings})'\\s*::\\s*interval${days === undefined ? '' : `|make_interval\\(\\s*days\\s*=>\\s*${days}\\s*\\)|${days}\\b`})`;
/** "the last N" on a column (SQL). */
export const sqlLast = (column: string, spellings: string, days?: number) =>
  new RegExp(
    `${column}\\s*(>=?|BETWEEN)\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval(spellings, days)}`,
    'i',
  );
/** Since the start of this <unit> on a column (SQL): date_trunc of now, or the literal first day. */
export const sqlThis = (column: string, unit: string, ...starts: readonly Date[]) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}(${starts.map(iso).join('|')}))|date_trunc\\(\\s*'${unit}'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}|EXTRACT\\(\\s*${unit}\\s+FROM\\s+(\\w+\\.)?${column}\\s*\\)\\s*=\\s*EXTRACT\\(\\s*${unit}\\s+FROM\\s+${sqlNow}`,
    'i',
  );
/** A timestamp column taken as a day (SQL). */
export const sqlDayOf = (column: string) =>
  `((\\w+\\.)?${column}\\s*::\\s*date|date\\(\\s*(\\w+\\.)?${column}\\s*\\)|CAST\\(\\s*(\\w+\\.)?${column}\\s+AS\\s+DATE\\s*\\)|date_trunc\\(\\s*'day'\\s*,\\s*(\\w+\\.)?${column}\\s*\\))`;
/** A window start on an explicit day on a column (SQL). */
export const sqlSince = (column: string, date: Date) =>
  new RegExp(`${column}\\s*(\\)\\s*)?(>=|BETWEEN)\\s*\\(?\\s*${sqlLiteral}${iso(date)}`, 'i');
/** A window end: before the day after, or on / up to the last day (SQL). */
export const sqlUntil = (column: string, lastDay: Date) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*${sqlLiteral}${iso(new Date(lastDay.getTime() + DAY_MS))}`,
      `(BETWEEN|<=)\\s*[^;]*${iso(lastDay)}[T ]23:59`,
      `${sqlDayOf(column)}\\s*(<=\\s*|BETWEEN\\s*[^;]*?AND\\s*)${sqlLiteral}${iso(lastDay)}'`,
    ].join('|'),
    'i',
  );
/** The previous calendar month on a column (SQL): start and end. */
export const sqlPrevMonthStart = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)\\s*-\\s*(interval\\s*'1 months?'|'1 months?'\\s*::\\s*interval)`,
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*date_trunc\\(\\s*'month'\\s*,\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*(interval\\s*'1 months?'|'1 months?'\\s*::\\s*interval)`,
      `${column}\\s*(>=|BETWEEN)\\s*${sqlLiteral}${iso(LAST_MONTH_START)}`,
      `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'month'\\s*,\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*(interval\\s*'1 months?'|'1 months?'\\s*::\\s*interval)`,
    ].join('|'),
    'i',
  );
export const sqlPrevMonthEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(MONTH_START)})`,
      `(BETWEEN|<=)\\s*[^;]*${iso(LAST_MONTH_END)}[T ]23:59`,
      `${sqlDayOf(column)}\\s*(<=\\s*|BETWEEN\\s*[^;]*?AND\\s*)${sqlLiteral}${iso(LAST_MONTH_END)}'`,
      `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=`,
    ].join('|'),
    'i',
  );
/** `LIMIT 10` / `FETCH FIRST 10` (SQL). */
export const topSql = (n: number) => new RegExp(`LIMIT\\s+${n}\\b|FETCH\\s+FIRST\\s+${n}\\b`, 'i');
/** A HAVING on a count (SQL). */
export const sqlCountAbove = (n: number) =>
  new RegExp(`HAVING\\s+[^;]*COUNT\\(\\s*\\*?[^)]*\\)\\s*(>\\s*${n}|>=\\s*${n + 1})\\b`, 'i');
/** A SQL string compared to a column (or `lower(column)`): `=`, `ILIKE`, or in an `IN` list. */
export const sqlIs = (column: string, value: string) =>
  new RegExp(`${column}\\s*\\)?\\s*(=|I?LIKE|IN\\s*\\([^)]*?)\\s*'${value}'`, 'i');
/** A column the answer shows (SQL): named, or every column. */
export const sqlShows = (column: string) => new RegExp(`\\b${column}\\b|SELECT\\s+(\\w+\\.)?\\*`, 'i');
/** The orders' window must not be put on the customer's or product's creation date (SQL). */
export const NOT_CUSTOMER_DATE_SQL = /\b(c|cu|cust|customers|p|pr|prod|products)\.created_at\s*(>|>=|<|BETWEEN)/i;
/** An invoice not paid yet (SQL): no payment date, or a status other than paid / an unpaid status. */
export const UNPAID_SQL =
  /paid_at\s+IS\s+NULL|status\s*(<>|!=)\s*'paid'|status\s+NOT\s+IN\s*\([^)]*'paid'|status\s*(=|IN\s*\()[^)]*'(overdue|unpaid|open|outstanding|issued|pending)'/i;
/** Biggest first (SQL). */
export const DESC_SQL = /ORDER\s+BY\s+[^;]*\bDESC\b/i;
/** The first day of this calendar quarter. */
export const QUARTER_START = new Date(Date.UTC(YEAR, Math.floor(TODAY.getUTCMonth() / 3) * 3, 1));
export const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon|-0mon@mon|@month|${splDate(MONTH_START)})`);
export const YESTERDAY_START_SPL = new RegExp(`earliest\\s*=\\s*"?(-1d@d|-24h@d|${splDate(YESTERDAY)})`);
/** An hourly bucket (SPL). */
export const HOURLY_SPL = /span\s*=\s*"?(1h|60m|1hour)\b/;
/** An hourly / daily bucket (KQL). */
export const HOURLY_KQL = /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1h|60m)\s*\)/;
export const DAILY_KQL = /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1d|24h)\s*\)|startofday\(\s*TimeGenerated\s*\)/;
/** Top N (KQL). */
export const kqlTop = (n: number) => new RegExp(`\\|\\s*(top\\s+${n}\\b|take\\s+${n}\\b|limit\\s+${n}\\b)`);
/** A count per group above a threshold in SQL or a distinct count (SQL). */
export const COUNT_DISTINCT_USER_SQL = /COUNT\(\s*DISTINCT\s+(\w+\.)?user_id\s*\)/i;
/** Weekly bucket (SQL). */
export const WEEKLY_SQL = /date_trunc\(\s*'week'|EXTRACT\(\s*WEEK\b|to_char\([^)]*'I?W/i;
/** This quarter (SQL). */
export const THIS_QUARTER_SQL = new RegExp(
  `${sqlThis('created_at', 'quarter', QUARTER_START).source}|EXTRACT\\(\\s*QUARTER\\s+FROM\\s+(\\w+\\.)?created_at\\s*\\)\\s*=\\s*EXTRACT\\(\\s*QUARTER\\s+FROM\\s+${sqlNow}`,
  'i',
);
/** Since the start of today (KQL). */
export const TODAY_KQL = new RegExp(`startofday\\(\\s*now\\(\\)\\s*\\)|${kqlDate(TODAY)}`);
/** Yesterday's end (SPL). */
export const YESTERDAY_END_SPL = new RegExp(`latest\\s*=\\s*"?(@d|-0d@d|${splDate(TODAY)})`);
/** A failed sign-in (KQL): a non-zero result code. */
export const FAILED_SIGNIN_KQL = /ResultType\s*(!=|!in|!~|<>)|ResultType\s*(==|in\s*\()\s*["']?[1-9]/;
/** A monthly bucket (SQL). */
export const MONTHLY_SQL =
  /date_trunc\(\s*'month'|EXTRACT\(\s*MONTH\s+FROM|to_char\([^)]*'(YYYY-MM|Mon|MM|Month)|date_part\(\s*'month'/i;
/** Since the start of today on a column (SQL). */
export const sqlToday = (column: string) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(${sqlNow}\\s*::\\s*date|CURRENT_DATE|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}|${sqlLiteral}${iso(TODAY)})|${sqlDayOf(column)}\\s*=\\s*(CURRENT_DATE|${sqlNow}\\s*::\\s*date|${sqlLiteral}${iso(TODAY)})`,
    'i',
  );
/** A count of rows per group, grouped by a column (KQL / SPL / SQL). */
export const kqlBy = (columns: string) => new RegExp(`\\bby\\s+[^|]*\\b(${columns})\\b`);
export const splBy = (columns: string) => new RegExp(`\\bby\\s+[^|]*\\b(${columns.replace(/\./g, '\\.')})`);
export const sqlGroupBy = (columns: string) => new RegExp(`GROUP\\s+BY\\s+[^;]*\\b(${columns})\\b`, 'i');
/** An SPL field compared to a value: `field=value`, `field="value"`, `field IN (…)`. */
export const splIs = (field: string, value: string) =>
  new RegExp(`${field.replace(/\./g, '\\.')}\\s*(=|IN\\s*\\([^)]*?)\\s*"?\\*?${value}`, 'i');
/** Escapes the dots of an address for a pattern. */
export const dots = (text: string) => text.replace(/\./g, '\\.');

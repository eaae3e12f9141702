import type { SchemaEntry } from '../context/schema-catalog';
import { lookupTable } from '../lookup-table.util';
import { identifierWords, stemWord } from './text.util';

/**
 * Words of a column that records when an activity last happened (`last_login_at`, `lastSignInDate`,
 * `last_order_date`), by the activity an inactivity condition names (see `findInactivity`); `null`
 * stands for activity in general (`last_seen`, `last_active_at`). The column must use the question's own
 * word: "logged in" reads `last_login_at`, "signed in" reads `last_sign_in_at`, not each other's (a
 * sign-in is also what an identity provider's logs record).
 */
const ACTIVITY_WORDS: Readonly<Record<string, readonly string[]>> = lookupTable({
  login: ['login', 'logon'],
  'sign-in': ['signin', 'sign'],
  order: ['order', 'purchase'],
  purchase: ['purchase', 'order'],
  'password change': ['password'],
  transaction: ['transaction', 'payment', 'paid'],
  activity: ['seen', 'active', 'activity'],
});

const ACTIVITY_STEMS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.keys(ACTIVITY_WORDS).map((activity) => [activity, new Set(ACTIVITY_WORDS[activity]!.map(stemWord))]),
);

const LAST_STEMS: ReadonlySet<string> = new Set(['last', 'latest', 'recent'].map(stemWord));

/**
 * "never logged in at all", "have never once signed on", "never ordered anything": an activity that never happened to
 * a row. Not a first time said against before ("never logged in from there before"): that is a sign-in log's question.
 */
const NEVER_DONE =
  /\bnever\s+(?:once\s+|even\s+|yet\s+|ever\s+)?(?:(log)(?:ged)?[\s-]?(?:in|on)|(sign)(?:ed)?[\s-]?(?:in|on)|(order)ed|(purchas)ed|(bought))\b(?![^.?!;]{0,48}\b(?:before|previously|until\s+now)\b)/i;
/** The activity of each NEVER_DONE capture, in order. */
const NEVER_ACTIVITIES = ['login', 'sign-in', 'order', 'purchase', 'purchase'] as const;

/** The activity a question says never happened ("never logged in" → `login`), or null when it says none. */
export function neverDoneActivity(text: string): string | null {
  const m = NEVER_DONE.exec(text);
  if (!m) return null;
  const at = m.slice(1).findIndex((part) => part !== undefined);
  return NEVER_ACTIVITIES[at] ?? null;
}

/** Most entries, and columns per entry, looked through for such a column. */
export const LAST_ACTIVITY_LIMITS = { entries: 200, columns: 200 } as const;

/** The column of a table that holds when `activity` last happened, as `table.column`, or null. */
export function lastActivityColumn(entries: readonly SchemaEntry[], activity: string | null): string | null {
  const wanted = ACTIVITY_STEMS.get(activity ?? 'activity');
  if (!wanted) return null;
  for (const entry of entries.slice(0, LAST_ACTIVITY_LIMITS.entries)) {
    for (const column of entry.columns.slice(0, LAST_ACTIVITY_LIMITS.columns)) {
      const { stems } = identifierWords(column);
      if (stems.some((s) => LAST_STEMS.has(s)) && stems.some((s) => wanted.has(s))) return `${entry.name}.${column}`;
    }
  }
  return null;
}

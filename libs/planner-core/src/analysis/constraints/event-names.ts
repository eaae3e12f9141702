import { APP_EVENT_NAME } from '../activity-log.util';
import type { TableColumns } from './column-mapper';
import { scan, type SpanSet, type ValueHit } from './value-hit';

/**
 * "triggered a password_reset", "fired an order_refunded event", "did export_data 20 times": a lower-case name
 * with underscores after a verb of doing is the name of what happened (an event type or an action), not a user
 * or a free text. Its column is a chosen table's event-type column when there is one; otherwise it is an
 * `action` and the agent finds the table of what its rows did.
 */
const DONE_NAME =
  /\b(?:trigger(?:s|ed|ing)?|fire[sd]?|firing|raise[sd]?|raising|perform(?:s|ed|ing)?|did|does|do|done|generate[sd]?|generating|emit(?:s|ted|ting)?|caus(?:es|ed|ing)|ran|run|runs|hit|hits|got|had|has|have)\s+(?:an?\s+|the\s+|any\s+|some\s+)?([a-z][a-z0-9]{1,30}(?:_[a-z0-9]{1,30}){1,4})\b(?![\w.@'"`-])/g;

/** A column that names what happened on each row ("event_type", "EventType", "action"). */
const EVENT_COLUMN = /^(?:event_?type|event_?name|action|action_?type|activity)$/i;

/** Names of what happened said after a verb of doing, each a value of the event-type column (or an action). */
export function readEventNames(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  if (!text.includes('_')) return [];
  const columns = new Set(tables.flatMap((t) => t.columns.map((c) => c.toLowerCase())));
  const owner = tables
    .flatMap((t) => t.columns.map((column) => ({ table: t.table, column })))
    .find(({ column }) => EVENT_COLUMN.test(column));
  const hits: ValueHit[] = [];
  scan(
    text.slice(0, 4_000),
    DONE_NAME,
    taken,
    (m) => {
      const value = m[1]!;
      // A column said by its name ("had last_login_at …") is no value.
      if (columns.has(value)) return null;
      const start = m.index + m[0].length - value.length;
      const end = start + value.length;
      return owner
        ? { kind: 'text', value, start, end, hint: `${owner.table}.${owner.column}` }
        : { kind: 'action', value, start, end };
    },
    hits,
  );
  // "any order_refunded spikes today?": an app's event named by what happened is a value of the event-type column
  // wherever it stands, verb or not.
  if (owner)
    scan(
      text.slice(0, 4_000),
      APP_EVENT_NAME,
      taken,
      (m) =>
        columns.has(m[1]!)
          ? null
          : {
              kind: 'text',
              value: m[1]!,
              start: m.index,
              end: m.index + m[1]!.length,
              hint: `${owner.table}.${owner.column}`,
            },
      hits,
    );
  return hits;
}

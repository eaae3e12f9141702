import { oncePerList } from './once-per-list.util';

/** An entry as these searches read it. */
type ColumnsOf = { readonly name: string; readonly columns: readonly string[] };

/** Characters of the question read for what someone did. */
const MAX_TEXT = 1_000;
/** Entries read for an activity log (the first ones; a catalog may hold thousands). */
const MAX_ENTRIES = 200;

/**
 * What someone did, asked as such: "everything she did", "whatever he did", "what he has done", "what did they do", "what her
 * account did", "his activity",
 * "their actions", "her app events".
 */
const DOINGS =
  /\b(?:what(?:ever)?|everything|anything|all)\s+(?:(?:that|else)\s+)?(?:he|she|they|we|i|you|it|this\s+user|the\s+user|(?:his|her|their|its|this|that|the)\s+(?:user\s+)?account|[\w.+-]+@[\w.-]+)\s+(?:has\s+|have\s+|had\s+)?(?:did|done|does|do)\b|\bwhat\s+(?:else\s+)?(?:did|does|has|have)\s+(?:he|she|they|it|this\s+user|the\s+user|(?:his|her|their|its|this|that|the)\s+(?:user\s+)?account|[\w.+-]+@[\w.-]+)\s+(?:do|done)\b|\b(?:his|her|their|its|the\s+user'?s)\s+(?:activity|activities|actions|doings|app\s+(?:events?|activity|activities|actions))\b/i;

/** Whether the question asks what a person did ("everything he did in our app"), not what happened to a table. */
export function saysDoings(text: string): boolean {
  return DOINGS.test(text.slice(0, MAX_TEXT));
}

/**
 * Things people do, said as what is asked of them ("failed logins", "sign-ins", "downloads", "password resets",
 * "exports", "logged in", not "never logged in"): with the app's own people ("failed logins per app user"), rows of the app's activity log, not of its
 * accounts.
 */
const ACTIONS_DONE =
  /(?<!\b(?:not|never|n't|nt|no\s+longer)\s+(?:\w+\s+)?)\b(?:logged|signed)[\s-]?(?:in|on)\b|\b(?:log-?ins?|logons?|sign-?ins?|signins?|log-?outs?|sign-?outs?|downloads?|uploads?|exports?|imports?|password\s+(?:resets?|changes?)|actions|activity|activities|events|clicks|sessions|page\s*views)\b/i;

/** Whether the question names something people do (see {@link ACTIONS_DONE}). */
export function saysActionsDone(text: string): boolean {
  return ACTIONS_DONE.test(text.slice(0, MAX_TEXT));
}

/**
 * An app's own event named in snake_case by what happened last ("invite_accepted", "cart_item_removed",
 * "receipt_sent"): lower-case words joined by underscores, the last a past participle. Not a flag or a moment
 * (`is_locked`, `last_updated`, `date_created`) nor a counter of traffic (`bytes_received`), which are columns.
 * Global: the name is group 1; a caller resets `lastIndex` before each scan.
 */
export const APP_EVENT_NAME =
  /(?<![\w.:/\\@-])((?!(?:is|has|was|were|last|first|date|time|bytes|packets|pkts|octets|frames)_)[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:[a-z]{2,}ed|sent|paid|sold|made|done|begun|shown|seen|lost|won))(?![\w.:/\\@-])/g;

/** Whether the question names an event of the business's own app by its snake_case name (see {@link APP_EVENT_NAME}). */
export function saysAppEventName(text: string): boolean {
  const said = text.slice(0, MAX_TEXT);
  APP_EVENT_NAME.lastIndex = 0;
  return said.includes('_') && APP_EVENT_NAME.test(said);
}

/**
 * An app's event named in snake_case and said as events ("login_failed events", "any refund_issued event"): the
 * name is a type the app gave its own events, which no security log spells so.
 */
const APP_EVENT_SAID_AS_EVENTS = new RegExp(`${APP_EVENT_NAME.source}\\s+events?\\b`);

/** Whether the question names an event of the app by its snake_case name as events (see {@link APP_EVENT_SAID_AS_EVENTS}). */
export function saysAppEventsByName(text: string): boolean {
  const said = text.slice(0, MAX_TEXT);
  return said.includes('_') && APP_EVENT_SAID_AS_EVENTS.test(said);
}

/**
 * What the business's own application records, said as such: a verb of recording with the app as its agent or
 * place ("every change recorded by our application", "captured in our billing app"; not "logged in to the app",
 * a sign-in), the app's own events or log ("our app's events", "the application's audit trail"), or events read
 * from the app's database ("portal events from that range in the app db").
 */
const APP_RECORDED =
  /\b(?:recorded|captured|tracked|audited|logged\s+by)\s+(?:by|in|within|inside)?\s*(?:the|our)\s+(?:own\s+)?(?:(?<=\bour\s+(?:own\s+)?)[a-z]{3,20}\s+)?app(?:lication)?(?:'s|\u2019s)?(?![\w-])(?!\s+(?:registrations?|consents?|roles?|permissions?|proxy|gateway)\b)|\b(?:the|our)\s+app(?:lication)?(?:'s|\u2019s)?\s+(?:own\s+)?(?:events|event\s+log|activity\s+log|audit\s+(?:log|trail))\b|\bevents?\b[^.?!;]{0,80}?\b(?:in|from)\s+(?:the|our)\s+app(?:lication)?(?:'s)?\s+(?:db|database)\b/i;

/** Whether the question asks what the business's own application recorded (see {@link APP_RECORDED}). */
export function saysAppRecorded(text: string): boolean {
  return APP_RECORDED.test(text.slice(0, MAX_TEXT));
}

/** Who acted, by the kind of party an app's users are. */
const USER_COLUMN = /^(?:user|actor|account|member|customer|person|employee|staff|principal)_?id$/;
const KIND_COLUMN = /^(?:event|action|activity)_?(?:type|name)$/;
const TIME_COLUMN = /^(?:occurred|happened|created|logged)_?at$|^(?:timestamp|event_?time)$/;

/**
 * The first of the first entries that logs what users did, one row per action: who (`user_id`), what kind
 * (`event_type`) and when (`occurred_at`); undefined when none does.
 */
export const activityLogEntry = oncePerList((entries: readonly ColumnsOf[]): ColumnsOf | undefined =>
  entries.slice(0, MAX_ENTRIES).find((entry) => {
    const lower = entry.columns.map((c) => c.toLowerCase());
    return (
      lower.some((c) => USER_COLUMN.test(c)) &&
      lower.some((c) => KIND_COLUMN.test(c)) &&
      lower.some((c) => TIME_COLUMN.test(c))
    );
  }),
);

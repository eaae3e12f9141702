import type { SchemaEntry } from '../context/schema-catalog';
import { ONE_WORD_PRODUCTS } from './vocabulary';

/** Characters of the question read for "the <name> table" (the phrase is short and comes early). */
const MAX_TEXT = 1_000;

/**
 * "the users table", "the sysmon index", "the aws:cloudtrail sourcetype", "the Web data model"; also after
 * another determiner or an owner ("our users table", "the app's users table"), or with one word saying whose
 * or which it is before the name ("the HR users table", "the billing invoices table").
 */
const THE_NAME_KIND =
  /(?:\b(?:the|our|their|its|your|my|this|that)\s+|\(\s*)(?:[A-Za-z][\w-]{0,63}(?:'s|\u2019s|s')\s+)?(?:([A-Za-z][\w-]{0,31})\s+)?([A-Za-z][\w:./-]{0,127})\s+(?:tables?|index(?:es)?|sourcetypes?|source\s+types?|data\s*models?|macros?)\b/gi;

/** The kind word {@link THE_NAME_KIND} ends with ("table", "index", "sourcetype", "data model", "macro"): a cheap test before it. */
const SAYS_NAME_KIND = /table|index|source|model|macro/i;

/**
 * The names a question calls by their kind ("from the users table"): the plainest way to name
 * where the data is. Lower-cased, each once.
 */
export function namesCalledByKind(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  THE_NAME_KIND.lastIndex = 0;
  const slice = text.slice(0, MAX_TEXT);
  if (!SAYS_NAME_KIND.test(slice)) return out;
  for (let m = THE_NAME_KIND.exec(slice); m !== null; m = THE_NAME_KIND.exec(slice)) {
    const name = m[2]!.toLowerCase();
    out.add(name);
    // The word before may be part of the name (`hr_users`), or the store it sits in.
    if (m[1]) out.add(`${m[1].toLowerCase()}_${name}`);
  }
  return out;
}

/** A name in the other number: `users` for "user", `user` for "users" (a table is called either way). */
function otherNumber(name: string): string {
  return name.endsWith('s') ? name.slice(0, -1) : `${name}s`;
}

/**
 * The first of a platform's entries the question calls by name and kind, or undefined; a name said in
 * the other number calls it too ("the user table" → `users`), when no entry has the name as said.
 */
export function entryCalledByKind(
  called: ReadonlySet<string>,
  entries: readonly SchemaEntry[],
): SchemaEntry | undefined {
  if (called.size === 0) return undefined;
  const exact = entries.find((entry) => called.has(entry.name.toLowerCase()));
  if (exact) return exact;
  return entries.find((entry) => called.has(otherNumber(entry.name.toLowerCase())));
}

/**
 * The business's own application, said without a name ("in the app", "our app's", "from the application"):
 * not a third-party service an identity provider signs users into (`the Workday portal`, `Zendesk`), but
 * the product whose own records (its users, its events) the business database keeps; so is the app said as
 * what kept them ("logged by our app", "did the app record"), and a person's doings or account in it ("her app events",
 * "his app account", "her payroll app account", "the payroll app account of jdoe"). A word
 * after it that makes it an identity object
 * (`app registration`, `application consent`) is not that.
 */
const OWN_APP =
  /\b(?:in|on|of|to|into|from|inside|within|across|for|by)\s+(?:the|our)\s+(?:web\s+|(?<=\bour\s+)(?!(?:authenticator|mobile|microsoft|teams|outlook|okta|duo|zoom|slack|office|azure|aws|google|phone|vpn|authy|sso)\s)[a-z]{3,20}\s+)?app(?:lication)?(?:'s|\u2019s)?(?![\w-])(?!\s+(?:registrations?|consents?|roles?|permissions?|proxy|gateway|ids?|secrets?|credentials?|owners?|principals?)\b)|\b(?:did\s+(?:the|our)|our)\s+(?:[a-z]{3,20}\s+)?app(?:lication)?\s+(?:log|logs|logged|record|records|recorded)\b|\b(?:his|her|their)\s+(?:[a-z]{3,20}\s+)?app\s+(?=(?:events?|activity|activities|actions?|accounts?|profiles?)\b)|\bthe\s+(?:[a-z]{3,20}\s+)?app\s+(?:accounts?|profiles?)\s+(?=(?:of|for|belonging\s+to)\b)/i;

/**
 * "app accounts with …", "list our app users": the application's own people, said with "app" as their adjective
 * at the start of the question or after an article, a preposition or "our" (not after a product's name); a word of
 * their state may stand before "app" ("suspended app users", "our inactive app members") and leads on its own too;
 * or said before the app they are in ("accounts in the app", "members of our application", "users who logged in to the
 * application"), not an identity object.
 */
const OWN_APP_PEOPLE =
  /(?:(?:^\s*|\b(?:the|our|in|of|for|from|with|which|what|all|any|each|every|per|by)\s+)(?:(?:disabled|deactivated|inactive|active|enabled|suspended|locked|dormant|new)\s+)?|\b(?:disabled|deactivated|inactive|suspended|locked|dormant)\s+)app(?:'s|\u2019s)?\s+(?:users?|accounts?|members?|customers?|admins?|administrators?)\b|\b(?:users|accounts|members)\s+(?:(?:who|that)\s+(?:have\s+|had\s+)?)?(?:in|of|on|(?:logged|signed)[\s-]?(?:in|on)\s+(?:to|into))\s+(?:the|our)\s+app(?:lication)?\b(?![\w-])(?!\s+(?:registrations?|consents?|roles?|permissions?|proxy|gateway)\b)/i;

/**
 * "editors in the intranet app", "moderators of our forum app", "the booking app's admins": people named by the role
 * they hold in an application its name calls an app, or in the app unnamed; a role the app's own records give them
 * (an identity provider keeps no roles of its users inside one app). The name may be two words; not a product a
 * log is named for ("the Azure app"), nor an identity object after "app".
 */
const APP_ROLE_PEOPLE =
  /\b(?:admins?|administrators?|superusers?|moderators?|editors?|approvers?|curators?|power\s+users?)\s+(?:in|of|on|for)\s+(?:the|our)\s+((?:[a-z][\w-]{1,30}\s+){0,2})app(?:lication)?\b(?![\w-])(?!\s+(?:registrations?|consents?|roles?|permissions?|proxy|gateway)\b)|\b(?:the|our)\s+((?:[a-z][\w-]{1,30}\s+){0,2})app(?:lication)?(?:'s|\u2019s)?\s+(?:admins?|administrators?|superusers?|moderators?|editors?|approvers?|curators?)\b/i;

/** Whether {@link APP_ROLE_PEOPLE} is said of an app no log source is named for (`Azure`, `Okta`). */
function saysAppRolePeople(text: string): boolean {
  const m = APP_ROLE_PEOPLE.exec(text);
  const name = (m?.[1] ?? m?.[2] ?? '').trim().toLowerCase().split(/\s+/);
  return m !== null && !name.some((word) => ONE_WORD_PRODUCTS.has(word));
}

/** The word every way of {@link OWN_APP} and {@link OWN_APP_PEOPLE} says: a cheap test before them. */
const SAYS_APP = /app/i;

/** Whether the question speaks of the business's own application, unnamed (see {@link OWN_APP}). */
export function saysOwnApp(text: string): boolean {
  const said = text.slice(0, MAX_TEXT);
  if (!SAYS_APP.test(said)) return false;
  return OWN_APP.test(said) || OWN_APP_PEOPLE.test(said) || saysAppRolePeople(said);
}

/** The app's people said with a state of their accounts ("locked app members"): the accounts' own flag is asked of. */
const APP_PEOPLE_STATE =
  /\b(?:disabled|deactivated|inactive|active|enabled|suspended|locked|dormant)\s+app\s+(?:users?|accounts?|members?)\b/i;

/** Whether the app's own people are said with a state of their accounts (see {@link APP_PEOPLE_STATE}). */
export function saysAppPeopleState(text: string): boolean {
  return APP_PEOPLE_STATE.test(text.slice(0, MAX_TEXT));
}

/** Whether the question names the application's own people outright ("app users"; see {@link OWN_APP_PEOPLE}). */
export function saysOwnAppPeople(text: string): boolean {
  const said = text.slice(0, MAX_TEXT);
  return OWN_APP_PEOPLE.test(said) || (SAYS_APP.test(said) && saysAppRolePeople(said));
}

import type { EntryMatch } from './catalog-matcher';
import { oncePerList } from './once-per-list.util';
import { JOB_TITLE_NOUNS } from './vocabulary';

/** Characters of the question read for a person it is about. */
const MAX_TEXT = 1_000;
/** Columns of an entry looked through for one that identifies a person. */
const MAX_COLUMNS = 200;

/**
 * A person the question is about: a pronoun for someone ("is her …", "his"), someone's account or user, people
 * named by their job ("technicians"), or someone named by their email address ("when did ann@corp.com last log in").
 */
const PERSON = new RegExp(
  `\\b(?:he|she|him|her|his|hers|(?:(?:user|member|employee|customer|staff)\\s+)?accounts?|users?|employees?|members?|${JOB_TITLE_NOUNS})\\b|[\\w.+-]{1,64}@[\\w-]{1,63}\\.[a-z]{2,}`,
  'i',
);

/**
 * A person's account named as such ("her account", "the user's account", "his app account", "the app account of
 * jdoe"): the record itself is asked of.
 */
const ACCOUNT_NAMED =
  /\b(?:his|her|their|my|your|(?:user|member|employee|customer)(?:'s|\u2019s))\s+(?:(?:[a-z]{3,20}\s+)?(?:app|application)\s+|user\s+)?account\b|\bthe\s+(?:[a-z]{3,20}\s+)?(?:app|application)\s+account\s+(?:of|for|belonging\s+to)\b/i;

/** A column that identifies a person: an email address, a user or login name, a UPN. */
const PERSON_COLUMN = /^(?:e-?mail(?:_?address)?|user_?name|login(?:_?name)?|upn|user_?principal_?name)$/;

/** Whether the question is about a person ("is her account still active?"). */
export function saysPerson(text: string): boolean {
  return PERSON.test(text.slice(0, MAX_TEXT));
}

/** Whether an entry keeps people: one of its columns identifies a person (see {@link PERSON_COLUMN}). */
function keepsPeople(match: EntryMatch): boolean {
  return match.entry.columns.slice(0, MAX_COLUMNS).some((column) => PERSON_COLUMN.test(column.toLowerCase()));
}

/**
 * Of the entries a question about a person reaches through their columns alone ("still active" → every table
 * with an `active` column), the first that keeps people (an email or user-name column): what is asked of a
 * person is read from the record of that person, not of a thing that shares the column. Undefined when none.
 */
export function personEntry(matches: readonly EntryMatch[]): EntryMatch | undefined {
  return matches.find((m) => m.columnWords.length > 0 && keepsPeople(m));
}

/** Whether the question names a person's account as such ("is her account still active?"; see {@link ACCOUNT_NAMED}). */
export function saysAccount(text: string): boolean {
  return ACCOUNT_NAMED.test(text.slice(0, MAX_TEXT));
}

/** A party that buys from the business rather than works in its app ("customer", "client", "shopper"). */
const BUYER = /\b(?:customers?|clients?|buyers?|shoppers?|subscribers?|patrons?)\b/i;

/**
 * A person's record named as such: their account, or their record, profile, row or details ("her profile in the app"),
 * or the state of their account asked of them ("is she still enabled …").
 */
const RECORD_NAMED =
  /\b(?:his|her|their|(?:user|member|employee)(?:'s|\u2019s))\s+(?:(?:[a-z]{3,20}\s+)?(?:app|application)\s+|user\s+)?(?:record|profile|row|entry|details)\b|\b(?:is|was|are|were)\s+(?:he|she|they)\s+(?:(?:still|currently|now)\s+)?(?:active|inactive|enabled|disabled|locked|suspended|deactivated)\b/i;

/**
 * Whether the question names one person's account or record as such, or asks the state of it, and says nothing of them
 * buying ("his account in the app", "her profile there", "is he still enabled there"): the account of one of the app's own people, kept in the record of its accounts (see
 * {@link accountsRecord}).
 */
export function saysMemberAccount(text: string): boolean {
  const said = text.slice(0, MAX_TEXT);
  return (saysAccount(said) || RECORD_NAMED.test(said)) && !BUYER.test(said);
}

/** Words of a person's record a question asks of it to read as that record ("active" and "last log in"). */
const ACCOUNT_WORDS = 2;

/**
 * The record of a person's account a question asks of by two or more of its columns ("is his account still
 * active and when did he last log in?" → `users`: `active`, `last_login_at`), or by one when it names the
 * account as such (`accountNamed`: "is her account still active?"), the first entry that keeps people;
 * undefined when no such entry is asked of so.
 */
export function accountEntry(matches: readonly EntryMatch[], accountNamed = false): EntryMatch | undefined {
  const least = accountNamed ? 1 : ACCOUNT_WORDS;
  return matches.find((m) => new Set(m.columnWords).size >= least && keepsPeople(m));
}

/** Entries read for the record of the app's accounts (the first ones; a catalog may hold thousands). */
const MAX_ENTRIES = 200;
/** A column that keeps when a person last did something (`last_login_at`, `last_seen_at`). */
const LAST_DONE_COLUMN = /^last_[a-z_]+_at$/;

/**
 * The record of an app's accounts, for people named as the app's own ("suspended app members"): the first entry
 * that identifies a person and keeps when they last did something; a party that only buys (no such column) is not it.
 */
export const accountsRecord = oncePerList(
  (entries: ReadonlyArray<{ readonly name: string; readonly columns: readonly string[] }>) =>
    entries.slice(0, MAX_ENTRIES).find((entry) => {
      const lower = entry.columns.slice(0, MAX_COLUMNS).map((c) => c.toLowerCase());
      return lower.some((c) => PERSON_COLUMN.test(c)) && lower.some((c) => LAST_DONE_COLUMN.test(c));
    }),
);

/** A column of who a person is in the organisation's directory (`Department`, `JobTitle`, `AssignedRoles`, `Manager`). */
const DIRECTORY_COLUMN =
  /^(?:department|job_?title|manager|assigned_?roles|group_?membership|office_?location|employee_?id)$/;
/** Directory columns an entry holds to be the directory's record of accounts. */
const DIRECTORY_COLUMNS = 2;

/**
 * The directory's record of accounts in a telemetry store: the first entry holding two or more columns of who a person
 * is (see {@link DIRECTORY_COLUMN}); what accounts did (their sign-ins) is read with it to know who they are.
 */
export const directoryRecord = oncePerList(
  (entries: ReadonlyArray<{ readonly name: string; readonly columns: readonly string[] }>) =>
    entries.slice(0, MAX_ENTRIES).find((entry) => {
      let found = 0;
      for (const column of entry.columns.slice(0, MAX_COLUMNS))
        if (DIRECTORY_COLUMN.test(column.toLowerCase()) && (found += 1) >= DIRECTORY_COLUMNS) return true;
      return false;
    }),
);

/**
 * A person's email asked as one of their details ("name and email of …", "the email of the customer who …"): a column of
 * the person's record, not mail sent or received (that is "emails", said of messages).
 */
const EMAIL_AS_DETAIL =
  /\b(?:names?|phones?(?:\s+numbers?)?)\s+and\s+e-?mails?\b|\be-?mail\s+(?:of|for)\s+(?:the|each|every|that|this)\s+(?:[a-z]+\s+)?(?:user|customer|member|person|employee|student|client|author|owner)s?\b/i;

/** A column that keeps an email address (`email`, `email_address`, `contact_email`). */
const EMAIL_COLUMN = /e-?mail/;

/** Whether the question asks a person's email as one of their details (see {@link EMAIL_AS_DETAIL}). */
export function saysEmailAsDetail(text: string): boolean {
  return EMAIL_AS_DETAIL.test(text.slice(0, MAX_TEXT));
}

/** The first entry that keeps people's email addresses (a column named for it), for a person's email asked as a detail. */
export const emailRecord = oncePerList(
  (entries: ReadonlyArray<{ readonly name: string; readonly columns: readonly string[] }>) =>
    entries
      .slice(0, MAX_ENTRIES)
      .find((entry) => entry.columns.slice(0, MAX_COLUMNS).some((c) => EMAIL_COLUMN.test(c.toLowerCase()))),
);

import { oncePerList } from './once-per-list.util';
import { DIRECTORY_ROLE_CHANGED } from './vocabulary';

/** An entry as these searches read it. */
type Named = { readonly name: string };

/** Characters of the question read for a change to a directory object. */
const MAX_TEXT = 1_000;
/** Entries read for one named for the directory (the first ones; a catalog may hold thousands). */
const MAX_ENTRIES = 1_000;

/** The cloud directory named (`Azure AD`, `Azure Active Directory`): blanked before the on-premises one is looked for. */
const CLOUD_DIRECTORY = /\b(?:azure|microsoft|windows)[\s-]+(?:ad|active\s+directory)\b/gi;
/** The on-premises directory named: "Active Directory" in any case, or "AD" in capitals ("ad" is an ordinary word). */
const ON_PREM_DIRECTORY = /\bactive\s+directory\b/i;
const ON_PREM_ACRONYM = /\bAD\b/;
/** What the directory keeps of an object: its access list, its policies, its groups, the object itself, its rights. */
const DIRECTORY_THING =
  /\b(?:d?acls?|aces?|access[\s-]+control(?:[\s-]+(?:lists?|entr(?:y|ies)))?|group[\s-]+polic(?:y|ies)|gpos?|groups?|objects?|permissions?|(?:extended\s+)?rights)\b/i;
/** A change said of it: added, removed, created, modified, disabled, granted, and their nouns. */
const CHANGE =
  /\b(?:add(?:s|ed|ing|ition)?|remov\w*|delet\w*|creat\w*|modif\w*|chang\w*|alter\w*|disabl\w*|enabl\w*|grant\w*|assign\w*)\b/i;

/**
 * Whether the question asks about a change to an object of the on-premises directory ("a new DACL set on an AD
 * user", "group policies deleted in Active Directory", "someone added to an AD group"): the directory's own record
 * of its objects' changes. The cloud directory (`Azure AD`) is not it, and a query against the directory (an LDAP
 * search) changes nothing.
 */
export function saysDirectoryObjectChange(text: string): boolean {
  const slice = text.slice(0, MAX_TEXT).replace(CLOUD_DIRECTORY, ' ');
  return (
    (ON_PREM_DIRECTORY.test(slice) || ON_PREM_ACRONYM.test(slice)) && DIRECTORY_THING.test(slice) && CHANGE.test(slice)
  );
}

/**
 * A change to who holds a role or belongs to a group, said as an event: "was added to the … group", "were removed from
 * a … role", "got assigned the … role", "promoted to the … role".
 */
const MEMBERSHIP_CHANGE =
  /\b(?:(?:was|were|been|being|got|get|gets|getting)\s+(?:added|removed|assigned|granted|given|revoked|promoted|demoted|elevated|dropped)|(?:added|removed|promoted|demoted|elevated|moved)\s+(?:to|from|into|out\s+of))(?:\s+[\w-]+){0,4}?\s+(?:roles?|groups?)\b/i;

/**
 * Administrator rights given to someone ("were given administrator rights", "granted her admin privileges", "gave the
 * contractor elevated permissions"): a role or a privileged group they were put in, as the directory records it.
 */
export const ADMIN_RIGHTS_GIVEN =
  /\b(?:given|granted|gave|grant(?:s|ing)?|giv(?:es|ing))\s+(?:[\w'’-]+\s+){0,3}?(?:admin(?:istrator|istrative)?|elevated|privileged)\s+(?:rights|privileges?|permissions?|powers)\b/i;

/**
 * Whether the question asks when someone was put in or taken out of a role or group (see {@link MEMBERSHIP_CHANGE}) or
 * given administrator rights (see {@link ADMIN_RIGHTS_GIVEN}), a directory role perhaps named by its title alone (see `DIRECTORY_ROLE_CHANGED`):
 * an event an identity provider's audit log records. A business record keeps the role someone holds now, not when
 * it changed ("users whose role is admin").
 */
export function saysMembershipChange(text: string): boolean {
  const slice = text.slice(0, MAX_TEXT);
  return MEMBERSHIP_CHANGE.test(slice) || ADMIN_RIGHTS_GIVEN.test(slice) || DIRECTORY_ROLE_CHANGED.test(slice);
}

/** The cloud directory named by any of its names (`Entra ID`, `Azure AD`, `AAD`). */
const CLOUD_DIRECTORY_SAID = /\b(?:entra|aad|azure[\s-]+(?:ad|active\s+directory))\b/i;

/** An account said as such ("accounts", "user accounts", "guest account"), or users as accounts are. */
const ACCOUNT_OR_USER = String.raw`(?:(?:user|guest|service|local|domain|admin)\s+)?accounts?|users?`;
/** What happens to an account in its life after it is made, which a business record of it does not keep. */
const LIFECYCLE_VERB = String.raw`(?:deleted|removed|disabled|re-?enabled|enabled|locked|unlocked|renamed)`;
/** "created and (later) deleted", "locked then re-enabled": a first event said before the lifecycle's. */
const MADE_THEN = String.raw`(?:(?:[a-z-]+ed|made)\s+(?:and|or|then|&|but)\s+(?:later\s+|then\s+|soon\s+)?)?`;
/** What may follow a verb said of the account (a time, who did it, the end): not an object the account acted on. */
const NO_OBJECT = String.raw`(?=\s*(?:$|[,.;:?!)]|(?:after|before|by|in|on|at|during|within|inside|again|later|recently|yesterday|today|tonight|last|this|over|since|from|and|or|then|between|per|each|every)\b))`;
/**
 * An account's lifecycle event said of the account: "accounts that were deleted", "users got disabled",
 * "accounts created and deleted within an hour", "users unlocked by the helpdesk"; "account deletions",
 * "deleted accounts". Not what an account did ("users deleted orders"), nor a state ("users that are disabled").
 */
const ACCOUNT_LIFECYCLE = new RegExp(
  [
    String.raw`\b(?:${ACCOUNT_OR_USER})\s+(?:(?:that|which|who)\s+)?(?:was|were|got|get|gets|been|being|(?:have|has|had)\s+been)\s+(?:\w+\s+)?${MADE_THEN}${LIFECYCLE_VERB}\b`,
    String.raw`\b(?:${ACCOUNT_OR_USER})\s+${MADE_THEN}${LIFECYCLE_VERB}${NO_OBJECT}`,
    String.raw`\baccounts?\s+(?:deletions?|removals?|lifecycle)\b|\b(?:deleted|removed)\s+(?:user\s+)?accounts?\b|\b(?:deletions?|removals?)\s+of\s+(?:user\s+)?accounts?\b`,
  ].join('|'),
  'i',
);

/**
 * Whether the question asks about an account's lifecycle after it was made (deleted, disabled, re-enabled, unlocked,
 * renamed; see {@link ACCOUNT_LIFECYCLE}) with no directory named: events the directory's audit and the domain
 * controllers' security log record. A business table keeps an account's current row, not when it was deleted or
 * disabled. Said of the cloud directory ("deleted in Entra"), its name is evidence enough, and its audit log alone
 * holds such events.
 */
export function saysAccountLifecycle(text: string): boolean {
  const slice = text.slice(0, MAX_TEXT);
  return ACCOUNT_LIFECYCLE.test(slice) && !CLOUD_DIRECTORY_SAID.test(slice);
}

/** The cloud directory by its former name (`Azure AD`, `Azure Active Directory`). */
const FORMER_CLOUD_DIRECTORY = /\bazure[\s-]+(?:ad|active\s+directory)\b/i;
/** The cloud directory by its current name (`Entra ID`). */
const CURRENT_CLOUD_DIRECTORY = /\bentra\b/i;

/**
 * Whether the question names the cloud directory by its former name only ("Azure AD", never "Entra ID"): the name a
 * SIEM add-on written before the rename still carries, while the directory's own vendor's content says the new one.
 */
export function namesDirectoryByFormerName(text: string): boolean {
  const slice = text.slice(0, MAX_TEXT);
  return FORMER_CLOUD_DIRECTORY.test(slice) && !CURRENT_CLOUD_DIRECTORY.test(slice);
}

/** A name that spells the on-premises directory out (`ActiveDirectory`, `active_directory`), not the cloud one. */
const DIRECTORY_NAME = /active_?directory/;
/** A name of the cloud directory's data (`azure…`, `aad…`). */
const CLOUD_DIRECTORY_NAME = /azure|aad|entra/;

/** The first of the first entries named for the on-premises directory itself (`ActiveDirectory`), or undefined. */
export const directoryNamedEntry = oncePerList((entries: readonly Named[]): Named | undefined =>
  entries.slice(0, MAX_ENTRIES).find((entry) => {
    const lower = entry.name.toLowerCase().replace(/[\s:.-]+/g, '_');
    return DIRECTORY_NAME.test(lower) && !CLOUD_DIRECTORY_NAME.test(lower);
  }),
);

/** A title's last word, plural or short ("admins", "Admin"), as the directory names its roles. */
const TITLE_END = /\b(?:admin(?:istrator)?s?|(reader|operator)s?)$/i;

/**
 * A directory role's title as the directory spells it ("global admins" → "Global Administrator", "Security Readers"
 * → "Security Reader"); the roles named in the plural ("Directory Readers") keep it.
 */
export function directoryRoleName(said: string): string {
  const words = said.trim().split(/\s+/);
  const titled = words.map((word) => (/^[a-z]/.test(word) ? word[0]!.toUpperCase() + word.slice(1) : word)).join(' ');
  if (/^Directory\s/.test(titled)) return titled;
  return titled.replace(TITLE_END, (_end, graded: string | undefined) =>
    graded ? graded[0]!.toUpperCase() + graded.slice(1).toLowerCase() : 'Administrator',
  );
}

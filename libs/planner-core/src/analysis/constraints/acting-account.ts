/**
 * The account that did what a record keeps, said with "by": "members added to Tier0 by jdoe", "accounts created (4720)
 * in the last week by svc_idm", "changes made by the provisioning account svc_idm", "by any account other than
 * svc_idm". A log that names both the one who acted and the one acted on (Windows' subject and target, Entra's
 * InitiatedBy, CloudTrail's caller) keeps that account as the one who acted.
 *
 * Only verbs and nouns of a change to something say so: "failed logons by alice" or "sign-ins by bob" name the account
 * that logged on, which such a log keeps as the one the event happened to.
 */
const CHANGE_VERB = String.raw`(?:made|done|performed|carried\s+out|initiated|issued|creat(?:ed|e)|delet(?:ed|e)|add(?:ed)?|remov(?:ed|e)|chang(?:ed|e)|modifi(?:ed)|updat(?:ed|e)|edit(?:ed)?|renam(?:ed|e)|reset|disabl(?:ed|e)|enabl(?:ed|e)|grant(?:ed)?|assign(?:ed)?|revok(?:ed|e)|unlock(?:ed)?|approv(?:ed|e))`;
const CHANGE_NOUN = String.raw`(?:changes|modifications|edits|updates|additions|removals|deletions|creations|resets|calls|api\s+calls|actions|operations)`;
/** The words between "by" and the account: an article and up to three words that say what it is ("the role "). */
const WHO = String.raw`by\s+(?:(?:the|an?|our|their|its|any|some)\s+)?(?:[\w.@-]+\s+){0,3}?`;
/** A word that leaves the account named next out ("any account other than "). */
const OTHER_THAN = String.raw`(?:other\s+than|except(?:\s+for)?|excpt|besides|apart\s+from|but)\s+`;

/**
 * The change, a stretch of words of the same clause (an event's number in brackets, "or deleted", a window), then
 * "by" and the account: the value after these words is the one who acted.
 */
const DOER_BEFORE = new RegExp(
  String.raw`\b(?:${CHANGE_VERB}|${CHANGE_NOUN})\b(?:\s+[^\s.,;:?!]+){0,10}?\s+${WHO}(?:${OTHER_THAN})?$`,
  'i',
);

/** Characters before a value read for the change and the "by" that bring it in. */
export const DOER_WINDOW = 120;

/** Whether the words before a value make it the account that acted (see {@link DOER_BEFORE}). */
export function saysDoer(before: string): boolean {
  return DOER_BEFORE.test(before.slice(-DOER_WINDOW));
}

/**
 * A word that sets aside what follows, then what was done and "by" the account: "excluding changes made by the
 * provisioning account ", "except those done by ", "not counting calls made by the role ", "leaving out anything
 * added by ". The whole of it is left out, so the account is: the value after these words is not wanted.
 */
const SET_ASIDE_BY = new RegExp(
  String.raw`(?:\bexcluding|\bexclude[sd]?|\b(?:except|excpt|exept|xcept)(?:\s+for)?|\bother\s+than|\bignoring|\bleaving\s+out|\bomitting|\bapart\s+from|\baside\s+from|\bnot\s+(?:counting|including))\s+(?:[\w-]+\s+){0,4}?(?:[a-z]{2,}(?:ed|en)|made|done|run|sent|${CHANGE_NOUN})\s+${WHO}$`,
  'i',
);

/** Where words that set aside what an account did begin before a value (see {@link SET_ASIDE_BY}), or -1. */
export function setAsideDoerAt(before: string): number {
  const near = before.slice(-DOER_WINDOW);
  const m = SET_ASIDE_BY.exec(near);
  return m ? before.length - near.length + m.index : -1;
}

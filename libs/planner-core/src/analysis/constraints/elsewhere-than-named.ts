import type { ConstraintFilter } from '@mesh/a2a-contracts';

/**
 * "did the file show up on any other machine?", "seen anywhere else?", "which other accounts used it?": the
 * one host or account the question names is the one to leave out, not the one to look at. A list that goes on
 * with the others ("WS-7 and other hosts") keeps the name.
 */
const ELSEWHERE: ReadonlyArray<readonly [ConstraintFilter['kind'], RegExp]> = [
  [
    'host',
    /(?<!\b(?:and|or|plus|&)\s+(?:any\s+|some\s+|the\s+|all\s+)?)\b(?:any\s+|some\s+|the\s+|which\s+)?other\s+(?:devices?|hosts?|machines?|endpoints?|computers?|workstations?|servers?|laptops?|boxes)\b|\b(?:elsewhere|anywhere\s+else)\b/i,
  ],
  [
    'user',
    /(?<!\b(?:and|or|plus|&)\s+(?:any\s+|some\s+|the\s+|all\s+)?)\b(?:any\s+|some\s+|the\s+|which\s+)?other\s+(?:users?|accounts?|people|identities)\b|\b(?:anyone|anybody|someone|somebody)\s+else\b/i,
  ],
];

/** The account a sentence says is the named person's own ("her account", "his mailbox", "kim's credentials"). */
const OWN_ACCOUNT = String.raw`(?:\b(?:her|his|their|my|your)|['’]s)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:accounts?|mailbox(?:es)?|credentials?|passwords?|log[\s-]?ins?|identit(?:y|ies)|profiles?)\b`;
/** A character of the same sentence: a full stop inside a word ("kim@corp.io") ends none. */
const IN_SENTENCE = String.raw`(?:[^.?!;]|\.(?=\S))`;
/**
 * "someone else has been in her account", "another person signed in as him": the others act on the named
 * person's own account, which is the one to look at. Read in the rest of the sentence after the others.
 */
const OWN_ACCOUNT_AFTER = new RegExp(
  String.raw`^${IN_SENTENCE}{0,60}?(?:${OWN_ACCOUNT}|\bas\s+(?:her|him|them|me)\b)`,
  'i',
);
/** "her account was used by someone else": the named person's own account said before the others, in the sentence. */
const OWN_ACCOUNT_BEFORE = new RegExp(String.raw`${OWN_ACCOUNT}${IN_SENTENCE}{0,60}$`, 'i');
/** Characters either side of the others read for the named person's own account. */
const OWN_ACCOUNT_REACH = 80;

/** "logged on as ", "signing in as the user ", "impersonating ": the account named next is the one the others used. */
const AS_BEFORE =
  /\b(?:(?:(?:log(?:ged|s|ging)?|sign(?:ed|s|ing)?)[\s-]*(?:in|on)|authenticat\w*|acting|posing)\s+as|impersonat\w*)\s+(?:(?:the\s+)?(?:user|account)\s+)?$/i;

/** Whether the others act as one of the named values ("someone else logged on as kim@corp.io"). */
function actAsNamed(after: string, values: readonly string[]): boolean {
  const lower = after.toLowerCase();
  return values.some((value) => {
    const at = lower.indexOf(value.toLowerCase());
    return at > 0 && AS_BEFORE.test(after.slice(0, at));
  });
}

/**
 * Whether the others a question names act on the named person's own account (see {@link OWN_ACCOUNT_AFTER}), or as
 * the named account itself.
 */
function actOnOwnAccount(text: string, at: number, end: number, values: readonly string[]): boolean {
  const after = text.slice(end, end + OWN_ACCOUNT_REACH);
  return (
    OWN_ACCOUNT_AFTER.test(after) ||
    actAsNamed(after, values) ||
    OWN_ACCOUNT_BEFORE.test(text.slice(Math.max(0, at - OWN_ACCOUNT_REACH), at))
  );
}

/** Others said against the named person just before the name ("somebody other than ", "anyone besides "). */
const OTHERS_THAN_BEFORE =
  /\b(?:someone|somebody|anyone|anybody|another\s+(?:person|user)|a\s+person)\s+(?:other\s+than|besides|apart\s+from|aside\s+from|except(?:\s+for)?)\s+$/i;
/** Characters before a name read for the others said against it. */
const OTHERS_THAN_REACH = 48;

/**
 * Whether the name at [start, end) is the person others are said to act for on that person's own account
 * ("did anybody other than kim@corp.io sign in with her password"): the account named is the one to look at, though
 * "other than" stands before it. Users other than the named one ("logons by users other than kim") are not others
 * of this kind: there the name is left out.
 */
export function othersOnNamedAccount(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - OTHERS_THAN_REACH), start);
  const others = OTHERS_THAN_BEFORE.exec(before);
  if (!others) return false;
  return actOnOwnAccount(text, start - before.length + others.index, end, [text.slice(start, end)]);
}

/** The opposite of an operator that keeps the values named. */
const LEFT_OUT: Partial<Record<ConstraintFilter['operator'], ConstraintFilter['operator']>> = {
  eq: 'neq',
  in: 'not_in',
};

/**
 * The filters with the one host or account the question names turned into one to leave out when the question
 * asks about the others ("on any other device"); unchanged otherwise.
 */
export function elsewhereThanNamed(text: string, filters: readonly ConstraintFilter[]): ConstraintFilter[] {
  const out = [...filters];
  for (const [kind, pattern] of ELSEWHERE) {
    const named = out.filter((f) => f.kind === kind);
    const only = named.length === 1 ? named[0]! : null;
    const flipped = only ? LEFT_OUT[only.operator] : undefined;
    const others = only && flipped ? pattern.exec(text) : null;
    if (!only || !flipped || !others) continue;
    // "someone else has been using her account": the account named is the one the others used.
    if (kind === 'user' && actOnOwnAccount(text, others.index, others.index + others[0].length, only.values)) continue;
    out[out.indexOf(only)] = { ...only, operator: flipped };
  }
  return out;
}

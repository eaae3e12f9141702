import {
  ANALYTICS_WORDS,
  GENERIC_WORDS,
  ONE_WORD_PRODUCTS,
  PLATFORM_VOCABULARY,
  SECURITY_ONLY_WORDS,
  SYNONYM_GROUPS,
  TELEMETRY_WORDS,
} from '../vocabulary';
import { mayNameTime } from '../time-range.util';
import { isFunctionWord } from './function-words';
import { scan, type SpanSet, type ValueHit } from './value-hit';

/** At most this many values read per question (bounded work on a long one). */
const MAX_HITS = 16;

/**
 * A machine-style handle: a separator inside it ("terraform-ci", "gh_actions", "deploy.bot", "ci_runner2") and a
 * last part that starts with a letter, so a host's name ending in a number ("web-01") is none.
 */
const HANDLE = String.raw`([a-z][a-z0-9]*(?:[-_.][a-z0-9]+){0,3}[-_.][a-z][a-z0-9]*)`;
/**
 * What a handle did, asked as a whole: "everything terraform-ci did", "all that gh_actions changed", "what svc.sync
 * has been doing", "what did deploy.bot do", "what has build-agent touched".
 */
const DID_EVERYTHING = new RegExp(
  String.raw`\b(?:everything|anything|all|whatever|what)\s+(?:that\s+)?${HANDLE}\s+(?:(?:has|have|had)\s+(?:been\s+)?)?(?:did|done|doing|does|changed|touched|ran|deployed|modified|created|deleted|performed)\b` +
    String.raw`|\bwhat\s+(?:did|has|does)\s+${HANDLE}\s+(?:do|done|change|changed|touch|touched|run|deploy|deployed)\b`,
  'gi',
);
/** A handle that ends like a file or a domain (`setup.exe`, `contoso.com`) is no account. */
const NOT_AN_ACCOUNT = /\.(?:exe|dll|ps1|bat|cmd|sh|py|js|com|net|org|io|local|corp|internal)$/i;
/** The cheap test before the scan: none of the words that open the pattern. */
const OPENING_WORD = /\b(?:everything|anything|all|whatever|what)\b/i;

/**
 * Handles whose every action the question asks for (see {@link DID_EVERYTHING}): the account (`user`) that acted,
 * compared whole, where no other reader took the span. An ordinary word ("what it did", "everything else did"), a
 * file or a domain is never read as one.
 */
export function readActorHandles(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  if (!OPENING_WORD.test(text)) return hits;
  scan(
    text,
    DID_EVERYTHING,
    taken,
    (m) => {
      if (hits.length >= MAX_HITS) return null;
      const name = m[1] ?? m[2]!;
      if (NOT_AN_ACCOUNT.test(name)) return null;
      const start = m.index + m[0].indexOf(name, m[0].search(/\s/));
      return { kind: 'user', value: name, start, end: start + name.length };
    },
    hits,
  );
  return hits;
}

/**
 * A bare name in the actor's slot, in any case: "what did dana change", "what has Omar deleted", "priya's sign-ins".
 * The slot alone says a person is meant; the word is checked against the vocabulary (see {@link isOrdinaryWord}).
 */
const BARE_ACTOR =
  /\bwhat\s+(?:did|has|had|does)\s+([A-Za-z][a-z]{2,20})\s+(?:do|done|change|changed|modify|modified|delete|deleted|remove|removed|create|created|add|added|update|updated|edit|edited|touch|touched|disable|disabled)\b|(?<![\w.@-]|\b(?:the|a|an|this|that|last|next|our|their|his|her|my|your|its|each|every|any|some)\s+)([A-Za-z][a-z]{2,20})(?:'|\u2019)s\s+(?:sign[\s-]?ins?|log[\s-]?ins?|log[\s-]?ons?|activity|actions|changes|sessions)\b/g;
/** The cheap test before the scan: the actor's slot said one of the two ways. */
const ACTOR_SLOT = /\bwhat\s+(?:did|has|had|does)\s|(?:'|\u2019)s\s/i;
/** Words of people and things that stand in the actor's slot without naming anyone ("what did someone change", "admins' sign-ins"). */
const NO_ONE_NAMED = new Set(
  (
    'it he she they we you i anyone someone anybody somebody everyone everybody nobody none user users admin admins ' +
    'account accounts person people guest guests member members staff team group owner owners caller attacker ' +
    'intruder hacker script bot job pipeline service system vendor contractor employee employees customer customers ' +
    // Roles, teams and departments act as a body, and no one account is theirs.
    'ceo cfo cto cio ciso coo boss director manager lead intern company org organization department dept division ' +
    'finance legal security marketing sales ops devops secops hr engineering support accounting payroll procurement ' +
    'research product design operations ' +
    // Automation and vendors named as if they acted.
    'terraform ansible puppet chef jenkins github gitlab bitbucket google amazon microsoft apple'
  ).split(' '),
);
/** Every one-word phrase of the vocabulary: a word the planner reads as a product, a cue or a kind of data. */
const VOCABULARY_WORDS: ReadonlySet<string> = new Set(
  [
    ...TELEMETRY_WORDS,
    ...ANALYTICS_WORDS,
    ...SECURITY_ONLY_WORDS,
    ...SYNONYM_GROUPS.flat(),
    ...Object.values(PLATFORM_VOCABULARY).flatMap((cues) => cues.map((cue) => cue.phrase)),
  ].filter((phrase) => !phrase.includes(' ')),
);

/** A word that is ordinary English, a time, a role, a word of the vocabulary or a product, alone or as a plural: never a name. */
function isOrdinaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  const singular = lower.replace(/s$/, '');
  return [lower, singular].some(
    (w) =>
      isFunctionWord(w) ||
      mayNameTime(w) ||
      NO_ONE_NAMED.has(w) ||
      VOCABULARY_WORDS.has(w) ||
      GENERIC_WORDS.has(w) ||
      ONE_WORD_PRODUCTS.has(w),
  );
}

/**
 * Names said in the actor's slot (see {@link BARE_ACTOR}): the account (`user`) that acted, where no other reader
 * took the span and the word is no ordinary or vocabulary word ("what did azure change", "what did it do").
 */
export function readBareActors(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  if (!ACTOR_SLOT.test(text)) return hits;
  scan(
    text,
    BARE_ACTOR,
    taken,
    (m) => {
      const name = m[1] ?? m[2]!;
      if (hits.length >= MAX_HITS || isOrdinaryWord(name)) return null;
      const start = m.index + (m[1] !== undefined ? m[0].indexOf(name, m[0].search(/\s/)) : 0);
      // A first name is part of the account's name (dana.kim@…), whatever the verb after ("what has X removed").
      return { kind: 'user', value: name, operator: 'contains', start, end: start + name.length };
    },
    hits,
  );
  return hits;
}

/**
 * A machine-style handle named as a cloud identity: "the deploy-bot role", "the ci_runner service account", "the
 * etl.sync IAM user", "role build-agent", "managed identity vault-reader"; or as the one account left out ("users
 * other than terraform-ci").
 */
const NAMED_IDENTITY = new RegExp(
  String.raw`(?<![\w@.-])${HANDLE}\s+(?:(?:iam|aws|azure|gcp|entra|aad)\s+)?(?:role|service\s+account|service\s+principal|managed\s+identity|app\s+registration|iam\s+user|svc\s+account|bot\s+account)s?\b` +
    String.raw`|\b(?:role|service\s+account|service\s+principal|managed\s+identity|iam\s+user)\s+(?:named\s+|called\s+)?["'\x60]?${HANDLE}(?![\w@-]|\.\w)` +
    // "callers other than terraform-ci", "users except svc_backup": the one account left out.
    String.raw`|\b(?:users?|accounts?|principals?|identities|callers?|anyone|anybody)\s+(?:other\s+than|except(?:\s+for)?|besides|apart\s+from|excluding)\s+["'\x60]?${HANDLE}(?![\w@-]|\.\w)`,
  'gi',
);
/** The cheap test before the scan: none of the identity words. */
const IDENTITY_WORD =
  /\b(?:role|service\s+(?:account|principal)|managed\s+identity|iam\s+user|svc\s+account|bot\s+account|other\s+than|except|besides|apart\s+from|excluding)\b/i;

/**
 * Identities named by a handle and what they are (see {@link NAMED_IDENTITY}): the account (`user`) that acted,
 * searched as a part of the identity columns (a role stands inside an assumed role's ARN, not at its end).
 */
export function readNamedIdentities(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  if (!IDENTITY_WORD.test(text)) return hits;
  scan(
    text,
    NAMED_IDENTITY,
    taken,
    (m) => {
      if (hits.length >= MAX_HITS) return null;
      const name = m[1] ?? m[2] ?? m[3]!;
      if (NOT_AN_ACCOUNT.test(name)) return null;
      const start = m.index + m[0].indexOf(name);
      // The one left out ("other than X") is compared as a whole: the words before it say it is not wanted.
      if (m[3] !== undefined) return { kind: 'user', value: name, start, end: start + name.length };
      return { kind: 'user', value: name, start, end: start + name.length, operator: 'contains' };
    },
    hits,
  );
  return hits;
}

/** An account's logon name beside its email in brackets, either way round: "jdoe (j.doe@corp.com)", "j.doe@corp.com (jdoe)". */
const ALIAS_BESIDE_EMAIL =
  /(?<![\w.@\\-])([a-z][a-z0-9._-]{1,30})\s*\(\s*[a-z0-9][\w.+-]{0,63}@[\w.-]{3,253}\s*\)|(?<![\w.+-])[a-z0-9][\w.+-]{0,63}@[\w.-]{3,253}\s*\(\s*([a-z][a-z0-9._-]{1,30})\s*\)/gi;

/** Whether every letter and digit of `short` stands in `long` in order ("jdoe" in "johndoe"). */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const ch of long) if (ch === short[at]) at += 1;
  return at === short.length;
}

/**
 * A logon name said beside the email of the same person ("tlee (t.lee@corp.com)"): Windows events name an
 * account by its logon name, sign-in logs by its email, so both are the user's values. Only a name whose
 * letters all stand, in order, in the email's local part is read (a word in brackets is no alias).
 */
export function readAccountAliases(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  if (!text.includes('@') || !text.includes('(')) return hits;
  scan(
    text,
    ALIAS_BESIDE_EMAIL,
    taken,
    (m) => {
      if (hits.length >= MAX_HITS) return null;
      const name = m[1] ?? m[2]!;
      const local = m[0].slice(0, m[0].indexOf('@')).replace(/^.*\(\s*/, '');
      const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
      if (squash(name).length < 3 || name.toLowerCase() === local.toLowerCase()) return null;
      if (!isSubsequence(squash(name), squash(local))) return null;
      const start = m.index + (m[1] !== undefined ? 0 : m[0].lastIndexOf(name));
      return { kind: 'user', value: name, start, end: start + name.length };
    },
    hits,
  );
  return hits;
}

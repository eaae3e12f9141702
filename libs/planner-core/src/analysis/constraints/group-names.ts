import { isFunctionWord } from './function-words';
import { scan, type SpanSet, type ValueHit } from './value-hit';

/** At most this many groups read per question (bounded work on a long one). */
const MAX_HITS = 16;

/**
 * Groups a question names: a directory's well-known privileged groups in any case ("domain admins",
 * "Enterprise Admins", "backup operators"), and a capitalised name before the word group ("added to the
 * Tier0 Servers group"). Each is a `text` value searched for as a part of the record (the group's name
 * sits in a column the source chooses: Windows' TargetUserName, Entra's TargetResources).
 */
const WELL_KNOWN =
  /(?<![\w-])(domain\s+admins|enterprise\s+admins|schema\s+admins|(?:enterprise\s+)?key\s+admins|account\s+operators|backup\s+operators|server\s+operators|print\s+operators|dnsadmins|group\s+policy\s+creator\s+owners)(?![\w-])/gi;
/** A quotation mark around a name. */
const QUOTES = /^["'`\u2018\u2019\u201c\u201d]$/;
const CANONICAL: ReadonlyArray<readonly [RegExp, string]> = [
  [/^dnsadmins$/i, 'DnsAdmins'],
  [/^group policy creator owners$/i, 'Group Policy Creator Owners'],
];
/** One to four capitalised words, then "group" ("the Tier0 Servers group", "the VPN-Users AD group"). */
const NAMED_GROUP =
  /(?<![\w-])((?:[A-Z][\w$-]{0,40}\s+){0,3}[A-Z][\w$-]{0,40})\s+(?:(?:security|distribution|ad|entra|azure\s+ad|m365|office\s+365)\s+)?group\b/g;
/** A question about group membership: its event ids (4727–4737, 4754–4758) or words of adding, joining and removing members. */
const MEMBERSHIP =
  /\b(?:472[7-9]|473[0-7]|475[4-8])\b|\b(?:add(?:ed|s|ing)?|remov(?:e|ed|es|ing)|join(?:ed|s|ing)?|put|members?|membership)\b/i;
/** Words before a group's name that say whose it is or which one is meant, not its name ("Which", "Azure AD"). */
const LEADING =
  /^(?:ad|aad|azure|entra|id|microsoft|m365|office|o365|365|aws|iam|okta|google|which|what|whose|any|every|each|the|a|an|this|that|our|your)$/i;
/** Words that say what kind of group it is: a name of these words alone names none ("the Security group"). */
const KIND_WORD =
  /^(?:security|distribution|resource|log|admin|user|dynamic|static|local|global|universal|privileged|unified|mail|teams?|new)$/i;

function titleCase(words: string): string {
  return words
    .split(/\s+/)
    .map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())
    .join(' ');
}

/** The groups named in a question, as `text` values searched for as a part of the record. */
export function readGroupNames(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  if (!/admins|operators|owners|users|group/i.test(text)) return hits;
  scan(
    text,
    WELL_KNOWN,
    taken,
    (m) => {
      if (hits.length >= MAX_HITS) return null;
      // Quoted whole ("commands that mention \"domain admins\""): a string searched for, read with the quoted values.
      if (QUOTES.test(text[m.index - 1] ?? '') && QUOTES.test(text[m.index + m[1]!.length] ?? '')) return null;
      const said = m[1]!.replace(/\s+/g, ' ');
      const value = CANONICAL.find(([pattern]) => pattern.test(said))?.[1] ?? titleCase(said);
      return { kind: 'text', value, start: m.index, end: m.index + m[1]!.length, operator: 'contains' };
    },
    hits,
  );
  // A capitalised name before "group" is a group's name only where membership is asked about ("the Finance group laptops" is not).
  if (!MEMBERSHIP.test(text)) return hits;
  scan(
    text,
    NAMED_GROUP,
    taken,
    (m) => {
      if (hits.length >= MAX_HITS) return null;
      // The name is the capitalised words after any leading word of another kind ("Which", "Azure AD").
      const words = m[1]!.split(/\s+/);
      while (words.length > 0 && (LEADING.test(words[0]!) || isFunctionWord(words[0]!))) words.shift();
      if (words.length === 0 || words.every((w) => KIND_WORD.test(w))) return null;
      const value = words.join(' ');
      const start = m.index + m[1]!.length - value.length;
      return { kind: 'text', value, start, end: start + value.length, operator: 'contains' };
    },
    hits,
  );
  return hits;
}

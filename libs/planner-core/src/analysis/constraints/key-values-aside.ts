import type { ConstraintFilter, FilterKind, GroupKey } from '@mesh/a2a-contracts';
import { FILTER_KINDS } from '@mesh/a2a-contracts/wire';
import { columnFor, columnNamed, type TableColumns } from './column-mapper';
import { subjectKind } from './shape-reader';
import { allMatches } from '../regex-matches.util';

/** Words that set aside what follows them. */
const ASIDE_WORDS = String.raw`(?:leav(?:e|es|ing)\s+out|excluding|exclude|excl\.?|except(?:\s+for)?|other\s+than|apart\s+from|aside\s+from|not\s+counting|not\s+including|ignor(?:e|ing)|skip(?:ping)?)`;
/** A noun of what the value names, said before it ("the application sso-healthcheck") or after ("the Clearance category"). */
const NOUN = String.raw`(?:app(?:lication)?s?|accounts?|users?|hosts?|devices?|machines?|computers?|servers?|workstations?|categor(?:y|ies)|departments?|segments?|workloads?|sources?|services?|regions?|teams?|groups?|sites?|tenants?|subscriptions?|projects?|products?|brands?|suppliers?|vendors?)`;
/**
 * A value as names are written: quoted, a token with a joiner or a digit ("FRG-DC-LAB", "sso-healthcheck"), words in
 * capitals ("Microsoft Teams", "IT Services"), or a lone lower-case word that ends the clause ("skip sts").
 */
const VALUE = String.raw`(?:["'‘“]([^"'’”\n]{1,60})["'’”]|([A-Za-z0-9][\w.]*[-_.\d][\w.-]*[A-Za-z0-9])|([A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3})|([a-z][a-z0-9]{1,30}(?=\s*(?:[,.;:?!)]|$))))`;
const SET_ASIDE = new RegExp(
  String.raw`\b${ASIDE_WORDS}\s+(?:(?:the|our|any|all)\s+)?(?:(${NOUN})\s+)?${VALUE}(?:\s+(${NOUN})\b)?`,
  'gid',
);
/** Words in capitals that are no name: the start of a sentence, a time, a word of the question. */
const NO_NAME =
  /^(?:the|a|an|any|all|our|my|this|that|these|those|it|them|weekends?|weekdays?|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|please|thanks?|and|or|but|in|on|at|for|from|to|with|of|by|per|each|every|ones?|those|duplicates?|nulls?|blanks?|empty|none|internal|external|failures?|errors?|successes|tests?|bots?|guests?|sign-ins?|log-ins?|log-ons?|e-mails?|add-ins?|check-ins?|set-ups?|roll-outs?|follow-ups?)$/i;
/** A preposition after a word: the word names records ("sign-ins to the app …"), no name. */
const PREPOSITION_AFTER = /^\s+(?:to|from|by|of|on|in|at|for|with|against|into|via)\b/i;

/** The end of a clause right after a word. */
const CLAUSE_END = /^\s*(?:[,.;:?!)]|$)/;

/** The text after a match. */
function after(m: RegExpExecArray): string {
  return m.input.slice(m.index + m[0].length);
}

interface SetAside {
  readonly value: string;
  readonly noun: string | undefined;
  readonly start: number;
  readonly end: number;
  /** The words that set the name aside, with it. */
  readonly said: string;
}

/** Every name set aside by the words before it, no value read elsewhere covers. */
function namesSetAside(text: string, covered: (start: number, end: number) => boolean): SetAside[] {
  const found: SetAside[] = [];
  for (const m of allMatches(text, SET_ASIDE)) {
    const group = [2, 3, 4, 5].find((g) => m[g] !== undefined) ?? 2;
    const value = (m[group] ?? '').trim();
    const start = m.indices?.[group]?.[0] ?? m.index;
    // The pattern reads its words in any case; a name in capitals has a capital on each word, else it is one lone
    // lower-case word that ends the clause.
    const lone = group === 5 || (group === 4 && /^[a-z][a-z0-9]{1,30}$/.test(value) && CLAUSE_END.test(after(m)));
    if (group === 4 && !lone && !/^[A-Z][\w&]*(?:\s+[A-Z][\w&]*)*$/.test(value)) continue;
    if (value.length < 2 || NO_NAME.test(value) || value.split(/\s+/).some((w) => NO_NAME.test(w) && w.length > 3))
      continue;
    // A lone lower-case word is a name only when the question names what it is one of (a key or a noun).
    if (lone && m[1] === undefined && m[6] === undefined && !/[^aeiou]{3}/i.test(value)) continue;
    if (covered(start, start + value.length) || PREPOSITION_AFTER.test(text.slice(start + value.length))) continue;
    found.push({ value, noun: m[1] ?? m[6], start, end: start + value.length, said: m[0] });
  }
  return found;
}

function filterKind(kind: string): FilterKind {
  return (FILTER_KINDS as readonly string[]).includes(kind) ? (kind as FilterKind) : 'text';
}

/** The key a noun said with the value names, else the column it names, else the first key of a name. */
function keyOf(
  noun: string | undefined,
  groupBy: readonly GroupKey[],
  tables: readonly TableColumns[],
): GroupKey | null {
  const named = groupBy.filter((key) => key.field !== null && key.kind !== 'status' && key.kind !== 'time');
  if (noun) {
    const kind = subjectKind(noun);
    const key = named.find((k) => k.kind === kind || (k.field !== null && k.field === columnNamed(noun, tables)));
    if (key) return key;
    const field =
      columnNamed(noun.replace(/(?:ies)$/i, 'y').replace(/s$/i, ''), tables) ?? (kind ? columnFor(kind, tables) : null);
    if (field) return { kind: kind ?? 'text', field };
  }
  return named[0] ?? null;
}

/**
 * "per app …, Leave out Microsoft Teams.", "for each domain controller except FRG-DC-LAB", "per eventSource, skip sts",
 * "excluding the application sso-healthcheck": a name set aside that no reader took as a value is one of the values of
 * the noun said with it, else of the key the rows are grouped by; left out of the rows.
 */
export function readKeyValuesAside(
  text: string,
  groupBy: readonly GroupKey[],
  tables: readonly TableColumns[],
  covered: (start: number, end: number) => boolean,
): ConstraintFilter[] {
  const filters: ConstraintFilter[] = [];
  for (const aside of namesSetAside(text, covered)) {
    const key = keyOf(aside.noun, groupBy, tables);
    if (!key?.field) continue;
    filters.push({
      kind: filterKind(key.kind),
      operator: 'neq',
      values: [aside.value],
      field: key.field,
      currency: null,
      expression: aside.said,
    });
  }
  return filters;
}

import type { TableColumns } from './column-mapper';
import { scan, type SpanSet, type ValueHit } from './value-hit';

/** A column of an audit record that holds the objects acted on (Entra ID's `TargetResources`). */
const TARGET_COLUMN = /^target_?resources?$/i;
/** An app registration's name as written: one token with hyphens, dots or digits, or up to three capitalised words. */
const NAME = String.raw`[A-Za-z0-9][\w.-]{0,62}[A-Za-z0-9]|(?:[A-Z][\w.-]{0,40}\s+){0,2}[A-Z][\w.-]{0,40}`;
const REGISTRATION = String.raw`app(?:lication)?\s+reg(?:istration)?s?`;
/** A name before the words "app registration" ("the billing-bridge app registration"). */
const NAME_BEFORE = new RegExp(String.raw`(?<![\w.-])(${NAME})\s+${REGISTRATION}\b`, 'g');
/** A name after the words "app registration" ("app registration called Ledger Bridge"). */
const NAME_AFTER = new RegExp(String.raw`\b${REGISTRATION}\s+(named\s+|called\s+)?(${NAME})(?![\w-])`, 'g');
/** A name after "app registration" with no "named" before it is one when written as names are: a capital, a digit, a hyphen. */
const WRITTEN_AS_NAME = /[A-Z0-9_.-]/;
/** Words beside "app registration" that say which one without naming it, or name the directory it is in. */
const NOT_A_NAME =
  /^(?:the|a|an|any|every|each|some|all|our|my|your|their|its|this|that|these|those|which|what|new|same|one|azure|entra|microsoft|ad|azure ad|entra id|to|on|for|of|in|from|by|and|or|with|was|is|were|are|last|this week|today|yesterday|changes?|secrets?|certificates?|owners?)$/i;
/** A name made of words that opens with one of {@link NOT_A_NAME} ("The Ledger Bridge"): that word is dropped. */
const LEADING_WORD = /^(\S+)\s+/;

function targetColumn(tables: readonly TableColumns[]): string | undefined {
  for (const table of tables)
    for (const column of table.columns) if (TARGET_COLUMN.test(column)) return `${table.table}.${column}`;
  return undefined;
}

/** The registration a name says, searched for in the objects acted on; null for a word that only says which one. */
function registrationHit(said: string, start: number, hint: string): ValueHit | null {
  let name = said.trim();
  let at = start;
  const lead = LEADING_WORD.exec(name);
  if (lead && NOT_A_NAME.test(lead[1]!)) {
    at += lead[0].length;
    name = name.slice(lead[0].length);
  }
  if (name.length < 2 || NOT_A_NAME.test(name)) return null;
  return { kind: 'text', value: name, start: at, end: at + name.length, operator: 'contains', hint };
}

/**
 * App registrations a question names in an audit log of the directory ("secrets added to the billing-bridge app
 * registration"): each a `text` value searched for in the objects the records acted on, read only when a chosen
 * table keeps them.
 */
export function readAppRegistrations(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  if (!/\bapp(?:lication)?\s+reg/i.test(text)) return [];
  const hint = targetColumn(tables);
  if (hint === undefined) return [];
  const hits: ValueHit[] = [];
  scan(text, NAME_BEFORE, taken, (m) => registrationHit(m[1]!, m.index, hint), hits);
  scan(
    text,
    NAME_AFTER,
    taken,
    (m) =>
      m[1] || WRITTEN_AS_NAME.test(m[2]!) ? registrationHit(m[2]!, m.index + m[0].length - m[2]!.length, hint) : null,
    hits,
  );
  return hits;
}

import { type SpanSet, type ValueHit } from './value-hit';

/** Kinds whose values are read only from the words around them (a host after "on", an API call's CamelCase name). */
const CONTINUED: ReadonlyMap<string, RegExp> = new Map([
  // "DC01 or DC02", "web-01, web-02 and web-03": names with a digit, as the first one has.
  ['host', /^(?=[A-Za-z0-9-]*\d)[A-Za-z][A-Za-z0-9-]{1,62}$/],
  // "DeleteTrail or StopLogging": CamelCase names of two words or more.
  ['action', /^[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+$/],
  // "AccessDenied or UnauthorizedOperation": an error code's CamelCase name, then the other codes of its list.
  ['status', /^[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+$/],
]);

/**
 * An operation named by its verb alone, as mail and file audits name some ("Send", "Create", "Update", "Move"): an item
 * of an action list after a CamelCase name when joined by a comma or "or" ("MailItemsAccessed or Send"). Capitalised,
 * as the names of the list are: the ordinary word ("or send") is no operation.
 */
const BARE_VERB_ACTION =
  /^(?:Send|Create|Update|Delete|Move|Copy|Add|Remove|Set|Get|List|Search|Read|Open|Upload|Download|Share|Rename|Restore|Purge|Login|Logon|Logoff)$/;
/** A join that lists alternatives: a comma (maybe with "or") or "or". */
const OR_JOIN = /^(?:\s*,\s*(?:or\s+)?|\s+or\s+)/i;

/** What joins two items of a list: a comma (with "and"/"or"), "or", "and", "/", "&". */
const JOIN = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:or|and|&)\s+|\s*\/\s*)([^\s,;:?!()"'/]+)/i;

/** Most items a list adds after its first. */
const MAX_ITEMS = 8;

/**
 * The items that follow a value in a list ("on DC01 or DC02", "who ran DeleteTrail, StopLogging or
 * PutEventSelectors"): a value of a kind read from its context (see {@link CONTINUED}) stands for the
 * next items joined to it by commas, "or", "and" or "/" when they have the same form. Each item once;
 * spans already read are left to what read them.
 */
export function listContinuations(text: string, hits: readonly ValueHit[], taken: SpanSet): ValueHit[] {
  const added: ValueHit[] = [];
  for (const hit of hits) {
    const form = CONTINUED.get(hit.kind);
    if (!form) continue;
    let end = hit.end;
    for (let items = 0; items < MAX_ITEMS; items += 1) {
      const m = JOIN.exec(text.slice(end, end + 100));
      if (!m) break;
      const token = m[1]!.replace(/[.]+$/, '');
      const start = end + m[0].length - m[1]!.length;
      const bareVerb = hit.kind === 'action' && BARE_VERB_ACTION.test(token) && OR_JOIN.test(m[0]);
      if (!(form.test(token) || bareVerb) || taken.overlaps(start, start + token.length)) break;
      added.push({ ...hit, value: token, start, end: start + token.length });
      taken.add(start, start + token.length);
      end = start + token.length;
    }
  }
  return added;
}

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
      if (!form.test(token) || taken.overlaps(start, start + token.length)) break;
      added.push({ ...hit, value: token, start, end: start + token.length });
      taken.add(start, start + token.length);
      end = start + token.length;
    }
  }
  return added;
}

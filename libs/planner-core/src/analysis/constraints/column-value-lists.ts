import { isFunctionWord } from './function-words';
import type { SpanSet, ValueHit } from './value-hit';

/** Most items a list adds after its first value. */
const MAX_ITEMS = 8;
/** "or", "/", a comma (with "or"/"and" after it); a bare "and" only after a comma ("a, b and c"). */
const JOIN = /^(?:\s*,\s*(?:(?:or|and)\s+)?|\s+or\s+|\s*\/\s*|(\s+and\s+))([A-Za-z][\w-]{1,40})(?=$|[\s,;.?!)])/;
/** An item said before a value and joined to it by "or", "/", "vs" or "versus" ("clinic vs retail", "pro or team"). */
const JOIN_BEFORE = /(?<![\w-])([A-Za-z][\w-]{1,40})(?:\s+or\s+|\s*\/\s*|\s+(?:vs\.?|versus)\s+)$/i;
/** Words that start a new clause or qualify, not another value ("admin or higher", "owner or not"). */
const NOT_AN_ITEM =
  /^(?:not|none|higher|lower|above|below|more|less|better|worse|similar|equivalent|both|either|neither|anything|everything|whatever|other|others|else)$/i;

/** The same form as the first value: lower case stays lower case, a capitalised name another capitalised name. */
function sameForm(first: string, item: string): boolean {
  if (/^[a-z][a-z0-9_-]*$/.test(first)) return /^[a-z][a-z0-9_-]*$/.test(item);
  if (/^[A-Z][\w-]*$/.test(first)) return /^[A-Z][\w-]*$/.test(item);
  return false;
}

/**
 * "whose role is admin or owner", "department = finance, legal and hr": the items listed after a value a column's
 * name was given are values of that column too, when they have the first one's form and are no function word.
 * Quoted values, numbers and codes are left to their own readers. Each item once; spans read before stay theirs.
 */
export function readColumnValueLists(
  text: string,
  hits: readonly ValueHit[],
  taken: SpanSet,
  isColumn: (hint: string) => boolean,
): ValueHit[] {
  const added: ValueHit[] = [];
  for (const hit of hits) {
    if (hit.kind !== 'text' || !hit.hint || !isColumn(hit.hint) || !/^[A-Za-z][\w-]*$/.test(hit.value)) continue;
    if (!text.startsWith(hit.value, hit.start)) continue;
    added.push(...itemsBefore(text, hit, taken));
    if (text.slice(hit.start, hit.end) !== hit.value) continue;
    let end = hit.end;
    let commas = 0;
    for (let items = 0; items < MAX_ITEMS; items += 1) {
      const m = JOIN.exec(text.slice(end, end + 60));
      if (!m) break;
      const item = m[2]!;
      const start = end + m[0].length - item.length;
      if (m[1] !== undefined && commas === 0) break;
      if (!sameForm(hit.value, item) || isFunctionWord(item.toLowerCase()) || NOT_AN_ITEM.test(item)) break;
      if (taken.overlaps(start, start + item.length)) break;
      added.push({ ...hit, value: item, start, end: start + item.length });
      taken.add(start, start + item.length);
      if (m[0].includes(',')) commas += 1;
      end = start + item.length;
    }
  }
  return added;
}

/** The items listed before a value ("trial or pro plans", "clinic vs retail buyers"), nearest first, in its form. */
function itemsBefore(text: string, hit: ValueHit, taken: SpanSet): ValueHit[] {
  const added: ValueHit[] = [];
  let start = hit.start;
  for (let items = 0; items < MAX_ITEMS; items += 1) {
    const m = JOIN_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
    if (!m) break;
    const item = m[1]!;
    const at = start - m[0].length;
    if (!sameForm(hit.value, item) || isFunctionWord(item.toLowerCase()) || NOT_AN_ITEM.test(item)) break;
    if (taken.overlaps(at, at + item.length)) break;
    added.push({ ...hit, value: item, start: at, end: at + item.length });
    taken.add(at, at + item.length);
    start = at;
  }
  return added;
}

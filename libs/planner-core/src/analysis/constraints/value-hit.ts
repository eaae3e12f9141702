import type { FilterKind, FilterOperator } from '@mesh/a2a-contracts';

/** One value read verbatim from the question, with where it stands. */
export interface ValueHit {
  readonly kind: FilterKind;
  readonly value: string;
  /** Offsets in the question: [start, end). */
  readonly start: number;
  readonly end: number;
  /** Set when the value's own words fix it ("over $500" → gt); otherwise read from the words before it. */
  readonly operator?: FilterOperator;
  readonly currency?: string;
  /** A hint for the column: the hash algorithm, 'source' or 'destination'. */
  readonly hint?: string;
}

/** Spans of the question already read, so a value is read once (an IP inside a URL is the URL's). */
export class SpanSet {
  private readonly spans: Array<[number, number]> = [];

  overlaps(start: number, end: number): boolean {
    return this.spans.some(([s, e]) => start < e && s < end);
  }

  add(start: number, end: number): void {
    this.spans.push([start, end]);
  }
}

/**
 * Runs a global regex over the text, calling `onMatch` for matches that overlap no span read before. A `gate` is a
 * cheap test of a word every match of the pattern holds: a text that fails it is not scanned.
 */
export function scan(
  text: string,
  pattern: RegExp,
  taken: SpanSet,
  onMatch: (match: RegExpExecArray) => ValueHit | ValueHit[] | null,
  out: ValueHit[],
  gate?: RegExp,
): void {
  pattern.lastIndex = 0;
  if (gate && !gate.test(text)) return;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    if (taken.overlaps(match.index, match.index + match[0].length)) continue;
    const hit = onMatch(match);
    if (hit === null) continue;
    for (const one of Array.isArray(hit) ? hit : [hit]) {
      out.push(one);
      taken.add(one.start, one.end);
    }
  }
}

/**
 * The names of a list placed in the text in order from `from` ("Commercial or Industrial", "admin or owner"), each a
 * `text` value hinted at its column; all or none: [] when one is not found before `until` or any is already taken.
 * `search` is the text the names are looked for in (the text lower-cased, for names read in lower case); the values
 * are the text's own words. The spans of the names returned are taken.
 */
export function takeListedNames(
  text: string,
  names: readonly string[],
  place: { readonly from: number; readonly until?: number; readonly search?: string },
  hint: string,
  taken: SpanSet,
): ValueHit[] {
  const search = place.search ?? text;
  const until = place.until ?? text.length;
  const found: ValueHit[] = [];
  let at = place.from;
  for (const name of names) {
    const start = search.indexOf(name, at);
    if (start < 0 || start >= until) return [];
    const end = start + name.length;
    if (taken.overlaps(start, end)) return [];
    found.push({ kind: 'text', value: text.slice(start, end), start, end, hint });
    at = end;
  }
  for (const hit of found) taken.add(hit.start, hit.end);
  return found;
}

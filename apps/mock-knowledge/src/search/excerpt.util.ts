import { termsOf } from './text-processing.util';

export interface ExcerptOptions {
  /** Longest excerpt, in characters. */
  readonly maxChars: number;
}

interface Unit {
  readonly index: number;
  readonly text: string;
  readonly terms: Set<string>;
}

const LIST_ITEM = /^\s*(\d+\.|[-*+])\s+/;

/**
 * The units an excerpt is made of: paragraphs, and each item of a list on its own.
 * Headings are left out (the passage carries the page title).
 */
function unitsOf(body: string): Unit[] {
  const units: Unit[] = [];
  for (const block of body.split(/\n\s*\n/)) {
    const lines = block
      .split('\n')
      .filter((line) => line.trim().length > 0 && !/^\s*#{1,6}\s/.test(line) && !/^\s*```/.test(line));
    if (lines.length === 0) continue;
    const pieces: string[] = [];
    for (const line of lines) {
      if (LIST_ITEM.test(line) || pieces.length === 0) pieces.push(line.trim());
      else pieces[pieces.length - 1] += ` ${line.trim()}`;
    }
    for (const text of pieces) units.push({ index: units.length, text, terms: termsOf(text) });
  }
  return units;
}

function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The part of a page that answers a query: the units sharing the most terms with it (each
 * distinct term counts once, rarer-in-the-page terms a little more), kept in page order,
 * within `maxChars`. A page with no matching unit gives its opening paragraph.
 */
export function bestExcerpt(body: string, queryTerms: ReadonlySet<string>, options: ExcerptOptions): string {
  const units = unitsOf(body);
  if (units.length === 0) return truncate(body.trim(), options.maxChars);

  const spread = new Map<string, number>();
  for (const term of queryTerms) spread.set(term, units.filter((unit) => unit.terms.has(term)).length);
  const scoreOf = (unit: Unit): number => {
    let score = 0;
    for (const term of queryTerms) if (unit.terms.has(term)) score += 1 + 1 / spread.get(term)!;
    return score;
  };

  const ranked = units
    .map((unit) => ({ unit, score: scoreOf(unit) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.unit.index - b.unit.index);
  if (ranked.length === 0) return truncate(units[0]!.text, options.maxChars);

  const chosen: Unit[] = [];
  let length = 0;
  for (const { unit } of ranked) {
    const added = unit.text.length + (chosen.length > 0 ? 1 : 0);
    if (chosen.length > 0 && length + added > options.maxChars) continue;
    chosen.push(unit);
    length += added;
    if (length >= options.maxChars * 0.75) break;
  }
  chosen.sort((a, b) => a.index - b.index);
  return truncate(chosen.map((unit) => unit.text).join('\n'), options.maxChars);
}

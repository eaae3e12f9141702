/**
 * Every match of a global pattern in a text, as `[...text.matchAll(pattern)]` gives them, read with the pattern
 * itself: `matchAll` copies its pattern first, and a copy of a long pattern (a list of hundreds of words) costs more
 * than reading a question with it. The pattern's `lastIndex` is where the search starts, as for `matchAll`, and is
 * left as it was; an empty match moves on by one character (one code point for a `u` or `v` pattern).
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('allMatches reads a global pattern (flag g)');
  const start = pattern.lastIndex;
  const found: RegExpExecArray[] = [];
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      found.push(m);
      if (m[0] === '')
        pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || /v/.test(pattern.flags));
    }
  } finally {
    pattern.lastIndex = start;
  }
  return found;
}

/** The index after `at`: past a surrogate pair when the pattern reads code points. */
function nextIndex(text: string, at: number, codePoints: boolean): number {
  if (!codePoints || at + 1 >= text.length) return at + 1;
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? at + 2 : at + 1;
}

import { allMatches } from './regex-matches.util';

/** What `matchAll` gives, as plain data to compare. */
function plain(
  matches: Iterable<RegExpMatchArray>,
): Array<{ text: string[]; index: number | undefined; groups: unknown }> {
  return [...matches].map((m) => ({ text: [...m], index: m.index, groups: m.groups }));
}

describe('allMatches', () => {
  it('should give the matches matchAll gives, with their index and groups', () => {
    const pattern = /(?<word>[a-z]+)(\d)?/gi;
    const text = 'Alpha1 beta gamma2, delta';
    expect(plain(allMatches(text, pattern))).toEqual(plain(text.matchAll(pattern)));
  });

  it('should move past empty matches as matchAll does', () => {
    const pattern = /x*/g;
    const text = 'axxb';
    expect(plain(allMatches(text, pattern))).toEqual(plain(text.matchAll(pattern)));
  });

  it('should move past a whole surrogate pair on an empty match of a unicode pattern', () => {
    const pattern = /(?:)/gu;
    const text = 'a😀b';
    expect(allMatches(text, pattern).map((m) => m.index)).toEqual([...text.matchAll(pattern)].map((m) => m.index));
  });

  it('should start where the pattern last stopped and leave lastIndex as it was', () => {
    const pattern = /\d/g;
    pattern.lastIndex = 2;
    const found = allMatches('1234', pattern);
    expect(found.map((m) => m[0])).toEqual(['3', '4']);
    expect(pattern.lastIndex).toBe(2);
  });

  it('should find nothing in an empty text', () => {
    expect(allMatches('', /a/g)).toEqual([]);
  });

  it('should refuse a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches('a', /a/)).toThrow(TypeError);
  });
});

import { formatSpread, parseSeeds, shuffledBy } from './seed-spread';

describe('parseSeeds', () => {
  it('reads a range and a list', () => {
    expect(parseSeeds('1-5')).toEqual([1, 2, 3, 4, 5]);
    expect(parseSeeds('3, 7,3')).toEqual([3, 7]);
  });

  it('refuses what is not integers, an empty range and too many seeds', () => {
    expect(() => parseSeeds('a')).toThrow(/--seeds/);
    expect(() => parseSeeds('5-1')).toThrow(/--seeds/);
    expect(() => parseSeeds('1-1000')).toThrow(/--seeds/);
  });
});

describe('shuffledBy', () => {
  const items = Array.from({ length: 50 }, (_, i) => ({ id: `c-${i}` }));

  it('keeps every item and gives the same order for the same seed', () => {
    const a = shuffledBy(items, 7);

    expect([...a].sort((x, y) => Number(x.id.slice(2)) - Number(y.id.slice(2)))).toEqual(items);
    expect(shuffledBy(items, 7)).toEqual(a);
  });

  it('gives another order for another seed', () => {
    expect(shuffledBy(items, 7)).not.toEqual(shuffledBy(items, 8));
    expect(shuffledBy(items, 7)).not.toEqual(items);
  });
});

describe('formatSpread', () => {
  it('prints mean and min per point', () => {
    const lines = formatSpread('dev2', [1, 2], 0, [
      { accuracy: null, fileOrder: [0.9, 0.9], shuffled: [] },
      { accuracy: 0.85, fileOrder: [0.9, 0.88], shuffled: [] },
    ]);

    expect(lines[2]).toBe('heuristics alone    0.900 / 0.900');
    expect(lines[3]).toBe('right 85 %          0.890 / 0.880');
  });
});

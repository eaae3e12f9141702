import { FirstWordIndex, WordRuns } from './word-runs.util';

/** Every run of one to four words joined by spaces: what a lookup must answer as. */
function everyRun(words: readonly string[]): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i < words.length; i += 1)
    for (let n = 1; n <= 4 && i + n <= words.length; n += 1) runs.add(words.slice(i, i + n).join(' '));
  return runs;
}

describe('WordRuns', () => {
  const words = ['dns', 'lookup', 'of', 'dns', 'server', 'log', 'entri'];
  const runs = new WordRuns(words);

  it('finds one word and runs of up to four consecutive words, wherever the first word stands again', () => {
    expect(runs.has('log')).toBe(true);
    expect(runs.has('dns server')).toBe(true);
    expect(runs.has('of dns server log')).toBe(true);
    expect(runs.has('lookup of dns server')).toBe(true);
  });

  it('finds no run of five words, no words out of order and no part of a word', () => {
    expect(runs.has('of dns server log entri')).toBe(false);
    expect(runs.has('server dns')).toBe(false);
    expect(runs.has('dn')).toBe(false);
    expect(runs.has('dns serv')).toBe(false);
    expect(runs.has('dns  server')).toBe(false);
    expect(runs.has('dns server ')).toBe(false);
    expect(runs.has('')).toBe(false);
  });

  it('answers as the set of every run joined by spaces does', () => {
    const text = ['a', 'b', 'a', 'b', 'c', 'a', 'bc', 'a'];
    const lookup = new WordRuns(text);
    const runsOf = everyRun(text);
    const keys = [
      'a',
      'b',
      'c',
      'bc',
      'a b',
      'a bc',
      'b c a',
      'a b a b',
      'a b c a',
      'b a b c a',
      'c a bc a',
      'a b c',
      'x',
    ];

    for (const key of keys) expect([key, lookup.has(key)]).toEqual([key, runsOf.has(key)]);
  });

  it('finds nothing in a text of no words', () => {
    expect(new WordRuns([]).has('log')).toBe(false);
  });

  it('counts where a word or a run stands, and none where it does not', () => {
    expect(runs.count('dns')).toBe(2);
    expect(runs.count('dns server')).toBe(1);
    expect(runs.count('server dns')).toBe(0);
    expect(runs.count('firewall')).toBe(0);
  });

  it('names the keys of an indexed list the text says, in the list order, as asking each key does', () => {
    const text = ['a', 'b', 'a', 'b', 'c', 'a', 'bc', 'a'];
    const lookup = new WordRuns(text);
    const keys = ['c a bc a', 'x', 'a', 'b a b c a', 'bc', 'a b', 'x y', 'b c a', 'a x', 'b', '', 'a b'];
    const index = new FirstWordIndex(keys);
    const asked = keys.flatMap((key, at) => (lookup.has(key) ? [at] : []));
    expect(asked).toEqual([0, 2, 4, 5, 7, 9, 11]);
    expect(lookup.saidOf(index)).toEqual(asked);
    expect(lookup.saidOf(index, false)).toHaveLength(1);
    expect(lookup.distinctWords).toBe(4);
  });

  it('names no key of an indexed list none of whose first words the text has', () => {
    const index = new FirstWordIndex(['dns server', 'firewall', 'server dns']);
    expect(new WordRuns(['firewal', 'log']).saidOf(index)).toEqual([]);
    expect(new WordRuns([]).saidOf(index, false)).toEqual([]);
  });
});

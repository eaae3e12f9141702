import { readLookedUpPatterns } from './looked-up-names';
import { SpanSet } from './value-hit';

const read = (text: string) =>
  readLookedUpPatterns(text, new SpanSet()).map((h) => [h.kind, h.value, h.operator, text.slice(h.start, h.end)]);

describe('readLookedUpPatterns', () => {
  it('reads a label with a wildcard after a verb of looking a name up as a part of the domains queried', () => {
    expect(read('who looked up wpad* lst 3 days')).toEqual([['domain', 'wpad', 'contains', 'wpad*']]);
    expect(read('which devices looked up *ngrok* since yesterday')).toEqual([
      ['domain', 'ngrok', 'contains', '*ngrok*'],
    ]);
    expect(read('dns lookups of *-cdn today')).toEqual([['domain', '-cdn', 'contains', '*-cdn']]);
  });

  it('reads no plain word, and no name with a dot (a domain read elsewhere)', () => {
    expect(read('who looked up anything odd today')).toEqual([]);
    expect(read('who looked up evil.example.com')).toEqual([]);
    expect(read('who looked up *.duckdns.org')).toEqual([]);
  });
});

import { SpanSet, takeListedNames } from './value-hit';

describe('takeListedNames', () => {
  it('places the names in order from where the list starts, and takes their spans', () => {
    const text = 'which Gold or Platinum clients ordered twice?';
    const taken = new SpanSet();
    const hits = takeListedNames(text, ['Gold', 'Platinum'], { from: 6 }, 'clients.tier', taken);
    expect(hits).toEqual([
      { kind: 'text', value: 'Gold', start: 6, end: 10, hint: 'clients.tier' },
      { kind: 'text', value: 'Platinum', start: 14, end: 22, hint: 'clients.tier' },
    ]);
    expect(taken.overlaps(14, 15)).toBe(true);
  });

  it('reads the text’s own words for names looked up in lower case, before a limit', () => {
    const text = 'accounts with the Admin or Owner role';
    const hits = takeListedNames(
      text,
      ['admin', 'owner'],
      { from: 18, until: 33, search: text.toLowerCase() },
      'users.role',
      new SpanSet(),
    );
    expect(hits.map((h) => h.value)).toEqual(['Admin', 'Owner']);
  });

  it('takes none when one name is missing, past the limit or already read', () => {
    const text = 'Gold or Platinum clients';
    expect(takeListedNames(text, ['Gold', 'Silver'], { from: 0 }, 'h', new SpanSet())).toEqual([]);
    expect(takeListedNames(text, ['Gold', 'Platinum'], { from: 0, until: 8 }, 'h', new SpanSet())).toEqual([]);
    const taken = new SpanSet();
    taken.add(8, 12);
    expect(takeListedNames(text, ['Gold', 'Platinum'], { from: 0 }, 'h', taken)).toEqual([]);
    expect(taken.overlaps(0, 4)).toBe(false);
  });
});

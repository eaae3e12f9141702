import { readOutcomeSplit } from './outcome-split';

describe('readOutcomeSplit', () => {
  it('reads two outcomes kept apart after them ("… shown separately", "… side by side")', () => {
    const text = 'weekly logon totals, the failed and successful ones shown separately';
    const span = readOutcomeSplit(text);
    expect(span && text.slice(span.start, span.end)).toBe('failed and successful ones shown separately');
    expect(readOutcomeSplit('allowed vs blocked side by side per firewall')).not.toBeNull();
  });

  it('reads a word that splits before the two outcomes ("broken out into …", "separate counts for …")', () => {
    expect(readOutcomeSplit('vpn connections per day broken out into success and failure')).not.toBeNull();
    expect(readOutcomeSplit('give separate counts for denied and allowed requests')).not.toBeNull();
  });

  it('reads nothing when one outcome is asked for, or two are asked for together', () => {
    expect(readOutcomeSplit('failed logons per host, listed separately by day')).toBeNull();
    expect(readOutcomeSplit('failed or blocked attempts this week')).toBeNull();
  });
});

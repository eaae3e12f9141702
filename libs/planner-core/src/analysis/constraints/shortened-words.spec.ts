import { spellOutAbbreviations, spellOutChatAnd } from './shortened-words';

describe('spellOutAbbreviations', () => {
  it('writes out common abbreviations said as words, in any case', () => {
    expect(spellOutAbbreviations('mean basket size per cust region')).toBe('mean basket size per customer region');
    expect(spellOutAbbreviations('Qty shipped by Dept')).toBe('quantity shipped by department');
    expect(spellOutAbbreviations('locked editor accts since june')).toBe('locked editor accounts since june');
    expect(spellOutAbbreviations('net conns to 9001 by proc')).toBe('net connections to 9001 by process');
  });

  it('writes out calendar periods typed short ("per wk", "by mth", "each qtr")', () => {
    expect(spellOutAbbreviations('new accts per wk since sept 1st')).toBe('new accounts per week since sept 1st');
    expect(spellOutAbbreviations('revenue by mth, then by qtr')).toBe('revenue by month, then by quarter');
    expect(spellOutAbbreviations('the last 3 wks')).toBe('the last 3 weeks');
    expect(spellOutAbbreviations('wkstation logs')).toBe('wkstation logs');
  });

  it('leaves an abbreviation inside an address, a path or an identifier alone', () => {
    expect(spellOutAbbreviations('orders of cust@store.example')).toBe('orders of cust@store.example');
    expect(spellOutAbbreviations('rows of cust_id 7 on the cust-db host')).toBe(
      'rows of cust_id 7 on the cust-db host',
    );
    expect(spellOutAbbreviations('custard sales')).toBe('custard sales');
  });
});

describe('spellOutAbbreviations: "and" typed as a lone n', () => {
  it.each([
    ['failed signins lst 6h, by user n ip', 'failed signins lst 6h, by user and ip'],
    ['defender n sysmon, last 7d', 'defender and sysmon, last 7d'],
  ])('writes "%s" out', (text, expected) => {
    expect(spellOutAbbreviations(text)).toBe(expected);
  });

  it.each(['top n users by failed logons', 'the n most recent orders', 'n 5 rows'])('leaves "%s" alone', (text) => {
    expect(spellOutAbbreviations(text)).toBe(text);
  });
});

describe('spellOutChatAnd', () => {
  it('writes "and" for a plus before a clause of its own, and for a lone "n" between words', () => {
    expect(spellOutChatAnd('signins from sentinel + her o365 activity in splunk')).toBe(
      'signins from sentinel and her o365 activity in splunk',
    );
    expect(spellOutChatAnd('defender n sysmon, last 7d')).toBe('defender and sysmon, last 7d');
  });

  it('leaves a plus between names of a list, or numbers', () => {
    expect(spellOutChatAnd('tor.exe anywhere? defender + sysmon, host + process')).toBe(
      'tor.exe anywhere? defender + sysmon, host + process',
    );
    expect(spellOutChatAnd('events 4720 + 4732 today')).toBe('events 4720 + 4732 today');
  });
});

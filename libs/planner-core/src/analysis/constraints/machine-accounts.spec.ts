import { readMachineAccountsLeftOut } from './machine-accounts';
import { SpanSet } from './value-hit';

const read = (text: string) =>
  readMachineAccountsLeftOut(text, new SpanSet()).map((h) => [h.kind, h.value, h.operator]);

describe('readMachineAccountsLeftOut', () => {
  it('reads machine or computer accounts left out as the names not ending with $', () => {
    expect(read('top 5 accts by count, excl machine accts ($)')).toEqual([['user', '*$', 'neq']]);
    expect(read('logons by user today, excluding computer accounts')).toEqual([['user', '*$', 'neq']]);
    expect(read('failures per account, no machine accounts please')).toEqual([['user', '*$', 'neq']]);
    expect(read('only non-machine accounts')).toEqual([['user', '*$', 'neq']]);
  });

  it('reads accounts said to end in $ left out the same way', () => {
    expect(read('kerberos failures ignoring accounts ending in $')).toEqual([['user', '*$', 'neq']]);
  });

  it('reads nothing when machine accounts are asked for, or not named', () => {
    expect(read('which machine accounts changed their password')).toEqual([]);
    expect(read('logons by user today, excluding service accounts')).toEqual([]);
  });

  it('reads once however often it is said', () => {
    expect(read('no machine accounts, excluding computer accounts')).toEqual([['user', '*$', 'neq']]);
  });
});

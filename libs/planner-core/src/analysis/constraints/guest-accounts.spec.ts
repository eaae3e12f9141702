import { readGuestAccounts } from './guest-accounts';
import { SpanSet } from './value-hit';

const read = (text: string) => readGuestAccounts(text, new SpanSet()).map((h) => [h.kind, h.value, h.operator]);

describe('readGuestAccounts', () => {
  it("reads a tenant's guests as the #EXT# mark of their user names, once", () => {
    expect(read('Teams sign-ins by external guests this week')).toEqual([['user', '#EXT#', 'contains']]);
    expect(read('files B2B guests opened, any UPN with #EXT#')).toEqual([['user', '#EXT#', 'contains']]);
  });

  it('reads people from outside said as external users or collaborators, or guests alone, as the #EXT# mark', () => {
    expect(read('onedrive shares opened by external collaborators since monday')).toEqual([
      ['user', '#EXT#', 'contains'],
    ]);
    expect(read('which guests signed in to the wiki app overnight')).toEqual([['user', '#EXT#', 'contains']]);
    expect(read('external users of the booking system')).toEqual([]);
  });

  it('reads guests beside what a tenant checks at sign-in (conditional access, MFA) or beside logins', () => {
    expect(read('policy blocks under conditional access hitting guests overnight')).toEqual([
      ['user', '#EXT#', 'contains'],
    ]);
    expect(read('multi-factor challenges sent to guest identities on friday')).toEqual([['user', '#EXT#', 'contains']]);
    expect(read('which guests had logins from two countries')).toEqual([['user', '#EXT#', 'contains']]);
    expect(read('logons by the guest account on the kiosk')).toEqual([]);
  });

  it("should leave another app's guest role alone", () => {
    expect(read('how many guest accounts does our billing app have')).toEqual([]);
    expect(read('external guests of the booking system')).toEqual([]);
  });
});

const values = (text: string) =>
  readGuestAccounts(text, new SpanSet()).map(({ kind, value, operator }) => ({ kind, value, operator }));

describe('readGuestAccounts, however guests are said', () => {
  it.each([
    'teams files opened by guest users this month',
    'sign-ins of external guests from new countries',
    'which #EXT# identities touched the finance site',
  ])('reads guests as user names holding #EXT#: %s', (text) => {
    expect(values(text)).toEqual([{ kind: 'user', value: '#EXT#', operator: 'contains' }]);
  });

  it('reads the marker once however often guests are named', () => {
    expect(readGuestAccounts('guest accounts (#EXT#) and their guest users', new SpanSet())).toHaveLength(1);
  });

  it('reads nothing from a question about no guests', () => {
    expect(values('guesthouse wifi sign-ins by staff')).toEqual([]);
  });
});

describe('readGuestAccounts, guests left out', () => {
  it.each([
    ['Entra sign-ins without guest accounts from abroad', 'guest accounts'],
    ['aad sign-ins, not guests, per country', 'guests'],
    ['sign-in failures of non-guest users this month', 'non-guest users'],
    ['teams logons apart from external guests', 'external guests'],
  ])('reads "%s" as users whose type is not Guest', (text) => {
    expect(values(text)).toEqual([{ kind: 'text', value: 'Guest', operator: 'neq' }]);
    expect(readGuestAccounts(text, new SpanSet())[0]?.hint).toBe('UserType');
  });

  it('still reads guests asked for as the #EXT# mark', () => {
    expect(values('sign-ins of guest users in Entra')).toEqual([
      { kind: 'user', value: '#EXT#', operator: 'contains' },
    ]);
  });
});

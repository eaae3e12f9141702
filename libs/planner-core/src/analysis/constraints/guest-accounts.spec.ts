import { readGuestAccounts } from './guest-accounts';
import { SpanSet } from './value-hit';

const values = (text: string) =>
  readGuestAccounts(text, new SpanSet()).map(({ kind, value, operator }) => ({ kind, value, operator }));

describe('readGuestAccounts', () => {
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

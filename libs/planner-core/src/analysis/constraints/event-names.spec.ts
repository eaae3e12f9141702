import { readEventNames } from './event-names';
import { SpanSet } from './value-hit';

const USERS = { table: 'accounts', columns: ['account_id', 'email', 'last_seen_at'] };
const ACTIVITY = { table: 'audit', columns: ['audit_id', 'account_id', 'action_type', 'at'] };

describe('readEventNames', () => {
  it('should read a snake_case name after a verb of doing as an action when no table has an event column', () => {
    expect(readEventNames('accounts that fired an api_key_rotated twice', [USERS], new SpanSet())).toEqual([
      { kind: 'action', value: 'api_key_rotated', start: 23, end: 38 },
    ]);
  });

  it("should give the name the chosen table's event column", () => {
    const [hit] = readEventNames('who performed mfa_disabled last week', [USERS, ACTIVITY], new SpanSet());
    expect(hit).toMatchObject({ kind: 'text', value: 'mfa_disabled', hint: 'audit.action_type' });
  });

  it('should read an event named by what happened, without a verb before it, as a value of the event column', () => {
    const [hit] = readEventNames('wishlist_item_removed bursts per address today', [USERS, ACTIVITY], new SpanSet());
    expect(hit).toMatchObject({ kind: 'text', value: 'wishlist_item_removed', start: 0, hint: 'audit.action_type' });
    expect(readEventNames('wishlist_item_removed bursts per address today', [USERS], new SpanSet())).toEqual([]);
    expect(readEventNames('rows with last_updated this week', [USERS, ACTIVITY], new SpanSet())).toEqual([]);
  });

  it('should not read a column said by its name, a quoted name or a word without an underscore', () => {
    expect(readEventNames('accounts that had last_seen_at empty', [USERS], new SpanSet())).toEqual([]);
    expect(readEventNames("accounts that triggered 'api_key_rotated'", [USERS], new SpanSet())).toEqual([]);
    expect(readEventNames('accounts that triggered alerts', [USERS], new SpanSet())).toEqual([]);
  });
});

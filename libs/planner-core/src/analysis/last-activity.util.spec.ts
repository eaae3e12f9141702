import type { SchemaEntry } from '../context/schema-catalog';
import { lastActivityColumn, neverDoneActivity } from './last-activity.util';

/** Invented tables: no name here is from any eval set. */
const entry = (name: string, columns: string[]): SchemaEntry => ({ name, kind: 'table', platform: 'sql', columns });

describe('lastActivityColumn', () => {
  const members = entry('members', ['member_id', 'guild', 'lastLoginAt', 'last_order_date']);

  it('finds the column that keeps when a login last happened', () => {
    expect(lastActivityColumn([members], 'login')).toBe('members.lastLoginAt');
  });

  it('finds the column that keeps when an order was last placed', () => {
    expect(lastActivityColumn([members], 'order')).toBe('members.last_order_date');
  });

  it('does not read a login column for a sign-in, which an identity provider logs', () => {
    expect(lastActivityColumn([members], 'sign-in')).toBeNull();
  });

  it('needs the word "last" (a creation date is not when something last happened)', () => {
    expect(lastActivityColumn([entry('bakers', ['login_name', 'created_at'])], 'login')).toBeNull();
  });

  it('reads activity in general as a last-seen column', () => {
    expect(lastActivityColumn([entry('kiosks', ['kiosk_id', 'last_seen'])], null)).toBe('kiosks.last_seen');
  });

  it('answers null for an activity it does not know', () => {
    expect(lastActivityColumn([members], 'juggling')).toBeNull();
  });
});

describe('neverDoneActivity', () => {
  it('reads the activity a question says never happened', () => {
    expect(neverDoneActivity('bakers in the north team who never logged in at all')).toBe('login');
    expect(neverDoneActivity('members that have never once signed on')).toBe('sign-in');
    expect(neverDoneActivity('stores that never ordered flour')).toBe('order');
  });

  it('reads no such activity in a first time said against before, or with no "never"', () => {
    expect(neverDoneActivity('who logged in from a city they never logged in from before')).toBeNull();
    expect(neverDoneActivity('bakers who logged in today')).toBeNull();
  });
});

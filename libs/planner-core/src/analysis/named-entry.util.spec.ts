import type { SchemaEntry } from '../context/schema-catalog';
import {
  entryCalledByKind,
  namesCalledByKind,
  saysAppPeopleState,
  saysOwnApp,
  saysOwnAppPeople,
} from './named-entry.util';

/** Invented names: none is from any eval set. */
const entries: SchemaEntry[] = [
  { name: 'bakers', kind: 'table', platform: 'sql', columns: ['baker_id'] },
  { name: 'badge:reader:swipes', kind: 'sourcetype', platform: 'spl', columns: [] },
];

describe('namesCalledByKind', () => {
  it('reads the names a question calls by their kind', () => {
    const called = namesCalledByKind('Join the bakers table with the badge:reader:swipes sourcetype');

    expect([...called]).toEqual(['bakers', 'badge:reader:swipes']);
  });

  it('reads a name after an owner or another determiner ("the shop\'s bakers table", "our bakers table")', () => {
    expect([...namesCalledByKind("Is Kim still listed in the shop's bakers table?")]).toEqual(['bakers']);
    expect([...namesCalledByKind('check our bakers table')]).toEqual(['bakers']);
  });

  it('reads a name after one word saying whose it is ("the payroll bakers table"), and the two joined', () => {
    expect([...namesCalledByKind('Which of the payroll bakers table were late?')]).toEqual([
      'bakers',
      'payroll_bakers',
    ]);
  });

  it('reads a name in brackets after what is asked ("… (bakers table)")', () => {
    expect([...namesCalledByKind('which shift does ana work (bakers table)')]).toEqual(['bakers']);
    expect(namesCalledByKind('which shift does ana work (bakers)').size).toBe(0);
  });

  it('reads nothing from a question that names no kind', () => {
    expect(namesCalledByKind('Which bakers swiped a badge today?').size).toBe(0);
  });
});

describe('entryCalledByKind', () => {
  it('finds the entry a question calls by name and kind, whatever the case', () => {
    expect(entryCalledByKind(namesCalledByKind('from the Bakers table'), entries)?.name).toBe('bakers');
  });

  it('finds the entry a question calls in the other number ("the baker table", "the badge:reader:swipe sourcetype")', () => {
    expect(entryCalledByKind(namesCalledByKind('is Ana in our baker table?'), entries)?.name).toBe('bakers');
    expect(entryCalledByKind(namesCalledByKind('read the badge:reader:swipe sourcetype'), entries)?.name).toBe(
      'badge:reader:swipes',
    );
  });

  it('prefers the entry named as said over one in the other number', () => {
    const both: SchemaEntry[] = [
      { name: 'ovens', kind: 'table', platform: 'sql', columns: [] },
      { name: 'oven', kind: 'table', platform: 'sql', columns: [] },
    ];

    expect(entryCalledByKind(namesCalledByKind('from the oven table'), both)?.name).toBe('oven');
  });

  it('finds nothing when the called name is not an entry', () => {
    expect(entryCalledByKind(namesCalledByKind('from the ovens table'), entries)).toBeUndefined();
  });
});

describe('saysOwnApp', () => {
  it("should read the app's own people said with app as their adjective", () => {
    expect(saysOwnApp('app members who changed their password twice since Monday')).toBe(true);
    expect(saysOwnApp('list all app accounts created by the billing team')).toBe(true);
    expect(saysOwnApp('which app users came back after 30 days')).toBe(true);
    expect(saysOwnApp('is his rota app account still there?')).toBe(true);
    // Said as the key something is counted by ("per app user", "has each app member had").
    expect(saysOwnApp('exports per app user this week')).toBe(true);
    // The app named by what it is for ("our booking app"); not a product's app ("the authenticator app").
    expect(saysOwnApp('who has never logged in to our booking app')).toBe(true);
    expect(saysOwnApp('failed logins did our booking app record today')).toBe(true);
    expect(saysOwnApp('sign-ins to our authenticator app')).toBe(false);
    expect(saysOwnAppPeople('how many users logged in to the application from 10.88.0.0/16')).toBe(true);
    expect(saysOwnAppPeople('users who signed in to the app since Monday')).toBe(true);
    expect(saysOwnApp('how many lockouts has each app member had since Monday')).toBe(true);
  });

  it('should read the app as what kept the records ("logged by our app", "did the app record")', () => {
    expect(saysOwnApp('cart_abandoned rows logged by our app since noon')).toBe(true);
    expect(saysOwnApp('how many coupon_rejected events did the app record today')).toBe(true);
    expect(saysOwnApp('what our application recorded for basket 77 this morning')).toBe(true);
  });

  it("should read no own app from a product's app users or from app words that are identity objects", () => {
    expect(saysOwnApp('Teams app users with guest access')).toBe(false);
    expect(saysOwnApp('app registrations with expired secrets')).toBe(false);
  });

  it("reads a person's doings in the app said by a possessive ('her app events')", () => {
    expect(saysOwnApp('and her app events by kind')).toBe(true);
    expect(saysOwnApp('their app activity over the week')).toBe(true);
    // An app an identity provider signs people into is not the business's own.
    expect(saysOwnApp('her app sign-ins in entra')).toBe(false);
  });
});

describe('saysOwnAppPeople', () => {
  it('reads the app\'s people with a word of their state before "app"', () => {
    expect(saysOwnAppPeople('deactivated app members in Legal who signed in this week')).toBe(true);
    expect(saysOwnAppPeople('count our inactive app users by role')).toBe(true);
    expect(saysOwnApp('suspended app accounts from Ops')).toBe(true);
  });

  it('reads the app\'s people said before it ("accounts in the app", "members of our application")', () => {
    expect(saysOwnAppPeople('pastry accounts in the app that are enabled but idle for 3 weeks')).toBe(true);
    expect(saysOwnAppPeople('which members of our application from Ops have never signed in')).toBe(true);
    expect(saysOwnAppPeople('users in the app registrations list')).toBe(false);
  });

  it("reads a person's app account as the business's own app", () => {
    expect(saysOwnApp('and the state of his app account')).toBe(true);
  });

  it("reads the app's administrators as its people", () => {
    expect(saysOwnAppPeople('list the app administrators in Payroll')).toBe(true);
    expect(saysOwnAppPeople('our locked app admins')).toBe(true);
    expect(saysOwnAppPeople("our app's administrators in Payroll")).toBe(true);
  });

  it("reads no app people from an app that is not the business's own", () => {
    expect(saysOwnAppPeople('Slack app users with guest access')).toBe(false);
    expect(saysOwnAppPeople('app registrations owned by the finance team')).toBe(false);
  });
});

describe('saysAppPeopleState', () => {
  it('reads a state of the app\'s accounts said before "app"', () => {
    expect(saysAppPeopleState('list locked app members in Ops')).toBe(true);
    expect(saysAppPeopleState('app members in Ops')).toBe(false);
  });
});

describe('saysOwnApp, people named by their role in an app', () => {
  it("reads a role's people in a named app as the app's own people", () => {
    expect(saysOwnApp('moderators of the recipes app idle for 20 days')).toBe(true);
    expect(saysOwnAppPeople('the rota app admins who never signed in')).toBe(true);
  });

  it('reads no own app where the app is a product a log is named for', () => {
    expect(saysOwnAppPeople('admins of the azure app idle for 20 days')).toBe(false);
  });
});

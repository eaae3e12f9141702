import type { ConstraintFilter } from '@mesh/a2a-contracts';
import { elsewhereThanNamed, othersOnNamedAccount } from './elsewhere-than-named';

const host: ConstraintFilter = {
  kind: 'host',
  operator: 'eq',
  values: ['KIOSK-12'],
  field: 'DeviceName',
  currency: null,
  expression: 'KIOSK-12',
};
const user: ConstraintFilter = { ...host, kind: 'user', values: ['ann@fabrikam.com'], field: 'UserPrincipalName' };

describe('elsewhereThanNamed', () => {
  it('leaves out the one host or account named when the question asks about the others', () => {
    expect(elsewhereThanNamed('seen on KIOSK-12; did it reach any other machines?', [host])[0]!.operator).toBe('neq');
    expect(elsewhereThanNamed('has the tool shown up elsewhere since KIOSK-12?', [host])[0]!.operator).toBe('neq');
    expect(elsewhereThanNamed('did someone else log in from the IP ann@fabrikam.com used', [user])[0]!.operator).toBe(
      'neq',
    );
  });

  it('keeps the name when the others are added to it, or when nothing is said of others', () => {
    expect(elsewhereThanNamed('on KIOSK-12 and other hosts', [host])[0]!.operator).toBe('eq');
    expect(elsewhereThanNamed('logons on KIOSK-12 today', [host])[0]!.operator).toBe('eq');
  });
});

describe('elsewhereThanNamed, others acting on the named account', () => {
  it.each([
    'ann@fabrikam.com worries somebody else has been reading her mailbox',
    'ann@fabrikam.com: is anyone else logging in as her?',
    'her o365 account was opened by someone else, says ann@fabrikam.com',
    "other people may have ann@fabrikam.com's credentials",
    'anybody else signing in as the user ann@fabrikam.com this week?',
  ])('keeps the account named when the others used it: %s', (text) => {
    expect(elsewhereThanNamed(text, [user])[0]!.operator).toBe('eq');
  });

  it('still leaves the account out when the others did something of their own', () => {
    expect(elsewhereThanNamed('ann@fabrikam.com ran the tool; did anybody else run it?', [user])[0]!.operator).toBe(
      'neq',
    );
    expect(elsewhereThanNamed('other accounts with the same device as ann@fabrikam.com', [user])[0]!.operator).toBe(
      'neq',
    );
  });
});

describe('othersOnNamedAccount', () => {
  const about = (text: string, name: string) => {
    const start = text.indexOf(name);
    return othersOnNamedAccount(text, start, start + name.length);
  };

  it('reads others "other than" the named person acting on that person\'s own account', () => {
    expect(about('did anybody besides raj@tailspin.net open his mailbox', 'raj@tailspin.net')).toBe(true);
    expect(about('a person other than raj@tailspin.net is using my credentials', 'raj@tailspin.net')).toBe(true);
    expect(about('their account: someone except raj@tailspin.net got in', 'raj@tailspin.net')).toBe(true);
  });

  it('reads no such others when the ones left out act for themselves', () => {
    expect(about('logons by users other than raj@tailspin.net', 'raj@tailspin.net')).toBe(false);
    expect(about('anyone apart from raj@tailspin.net signing in tonight', 'raj@tailspin.net')).toBe(false);
  });
});

import { saysDoer, setAsideDoerAt } from './acting-account';

describe('saysDoer', () => {
  it('reads the account after a change and "by" as the one that acted, across the words of the same clause', () => {
    expect(saysDoer('members added to Tier0 by ')).toBe(true);
    expect(
      saysDoer('user accounts created (4720) or deleted (4726) in the last 7 days by any account other than '),
    ).toBe(true);
    expect(saysDoer('group changes this week made by the provisioning account ')).toBe(true);
    expect(saysDoer('password resets by ')).toBe(true);
  });

  it('reads no one that logged on, and no "by" a full stop or a comma parts from the change', () => {
    expect(saysDoer('failed logons by ')).toBe(false);
    expect(saysDoer('sign-ins to the VPN by ')).toBe(false);
    expect(saysDoer('accounts created today. Logons by ')).toBe(false);
    expect(saysDoer('accounts created yesterday, and logons by ')).toBe(false);
  });
});

describe('setAsideDoerAt', () => {
  it('finds where the words that set aside what an account did begin', () => {
    const before = 'members added in 30 days, excluding changes made by the provisioning account ';
    expect(before.slice(setAsideDoerAt(before))).toBe('excluding changes made by the provisioning account ');
    expect(setAsideDoerAt('API calls refused, not counting calls made by the role ')).toBeGreaterThan(0);
    expect(setAsideDoerAt('resets today except those done by ')).toBeGreaterThan(0);
    expect(setAsideDoerAt('deletions, leaving out anything removed by ')).toBeGreaterThan(0);
  });

  it('finds none where nothing is set aside, or the setting aside ends before the "by"', () => {
    expect(setAsideDoerAt('changes made by the provisioning account ')).toBe(-1);
    expect(setAsideDoerAt('excluding weekends, changes made by ')).toBe(-1);
  });
});

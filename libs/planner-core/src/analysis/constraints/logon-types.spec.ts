import { readLogonTypes } from './logon-types';

const values = (text: string) => readLogonTypes(text).map((hit) => `${hit.hint}=${hit.value}`);

describe('readLogonTypes', () => {
  it('reads the ways of logging on as Windows logon types', () => {
    expect(values('who logged on interactively to the jump host')).toEqual(['LogonType=2']);
    expect(values('remote desktop logons over the weekend')).toEqual(['LogonType=10']);
    expect(values('network logons from the scanner subnet')).toEqual(['LogonType=3']);
    expect(values('logons with cached credentials on laptops')).toEqual(['LogonType=11']);
    expect(values('accounts logging on as a service')).toEqual(['LogonType=5']);
  });

  it('reads nothing when the question is not about logging on', () => {
    expect(values('interactive dashboards of the network team')).toEqual([]);
    expect(values('rdp connections to port 3389')).toEqual([]);
    expect(values('regional office network logins to the portal')).toEqual([]);
  });

  it("reads no Windows logon type in a cloud's web console", () => {
    expect(values('gcp console logins from new countries')).toEqual([]);
    expect(values('in cloudtrail: console logins without mfa')).toEqual([]);
    expect(values('who logged on at the console of the build server')).toEqual(['LogonType=2']);
  });
});

describe('readLogonTypes (a guess is no condition)', () => {
  it('reads no logon type the asker only guesses at in the same sentence', () => {
    expect(
      readLogonTypes('failed logons for the backup account today. maybe a batch job with an old password'),
    ).toEqual([]);
    expect(
      readLogonTypes('failed logons for the backup account today, from a batch job').map((hit) => hit.value),
    ).toEqual(['4']);
  });
});

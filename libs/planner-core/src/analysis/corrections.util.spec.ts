import { withCorrections } from './corrections.util';

describe('withCorrections', () => {
  it.each([
    [
      'sentinel signins for dana@corp.io past 2 days, no wait make it 4 - only the failed ones',
      'sentinel signins for dana@corp.io past 4 days - only the failed ones',
    ],
    ['powershell on ZP-* hosts, last 6h, no wait 8h. host + user', 'powershell on ZP-* hosts, last 8h. host + user'],
    [
      'average order value by segment - no wait, sorry, by country - so far this year?',
      'average order value by country - so far this year?',
    ],
    ['orders placed in October, I mean November, per day', 'orders placed in November, per day'],
    ['failed logons for user bob - sorry, alice today', 'failed logons for user alice today'],
    ['top 10 - make that 20 - source ips by denied connections', 'top 20 - source ips by denied connections'],
    ['logins over the last three days, or rather five days', 'logins over the last five days'],
  ])('reads "%s" as "%s"', (question, meant) => {
    expect(withCorrections(question)).toBe(meant);
  });

  it.each([
    'sorry to bother you, can you pull the failed logons from yesterday',
    'can you make it a table of hosts and users',
    'I mean the firewall logs look weird',
    'wait, what happened on DC01 last night?',
    'which users have not signed in for 30 days',
    'the only ones with 3 or more failures today',
  ])('leaves "%s" as written', (question) => {
    expect(withCorrections(question)).toBe(question);
  });
});

import { asksRowsBesideDistinct } from './rows-beside-distinct';

describe('asksRowsBesideDistinct', () => {
  it('reads a count of the rows asked beside a count of different values', () => {
    expect(asksRowsBesideDistinct('payroll portal last month: total downloads and how many unique staff')).toBe(true);
    expect(asksRowsBesideDistinct('the number of VPN logons and the number of distinct source hosts')).toBe(true);
    expect(asksRowsBesideDistinct('how many requests today, from how many different addresses?')).toBe(true);
    expect(asksRowsBesideDistinct('badge swipes at gate 4: how many and how many unique badges')).toBe(true);
    expect(asksRowsBesideDistinct('the total and distinct callers per day')).toBe(true);
    expect(asksRowsBesideDistinct('vpn logins today: how many, and from how many distinct countries?')).toBe(true);
    expect(asksRowsBesideDistinct('signins last 24h - distinct ips + count per app')).toBe(true);
    expect(asksRowsBesideDistinct('unique users and total per day')).toBe(true);
  });

  it('should read none where only the different values are counted, or the count is of people', () => {
    expect(asksRowsBesideDistinct('how many distinct hosts sent requests')).toBe(false);
    expect(asksRowsBesideDistinct('how many contractors and how many different teams')).toBe(false);
    expect(asksRowsBesideDistinct('total number of calls per caller')).toBe(false);
    expect(asksRowsBesideDistinct('distinct ips and count of distinct apps')).toBe(false);
  });
});

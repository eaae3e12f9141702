import { asksDistinctListed } from './listed-distinct';

describe('asksDistinctListed', () => {
  it('reads a list of the values counted distinct asked beside their number', () => {
    expect(
      asksDistinctListed('users from more than 3 countries this week, with the list of countries', 'country'),
    ).toBe(true);
    expect(asksDistinctListed('hosts that talked to over 20 IPs today, and list the IPs', 'ip')).toBe(true);
    expect(asksDistinctListed('distinct apps per user this week, and which apps', 'app')).toBe(true);
  });

  it('reads no list of another kind, nor a list without its noun', () => {
    expect(asksDistinctListed('users from more than 3 countries, with the list of apps', 'country')).toBe(false);
    expect(asksDistinctListed('users from more than 3 countries this week', 'country')).toBe(false);
    expect(asksDistinctListed('give me a list per user of how many countries', 'country')).toBe(false);
  });
});

import { spellOutPortNumbers } from './port-words';

describe('spellOutPortNumbers', () => {
  it.each([
    ['connected on port twenty-three over the last week', 'connected on port 23 over the last week'],
    ['on port twenty two today', 'on port 22 today'],
    ['to port three thousand three hundred and eighty-nine', 'to port 3389'],
    ['ports one hundred and five', 'ports 105'],
    ['on port four forty-three', 'on port 443'],
    ['on port eighty eighty', 'on port 8080'],
    ['port number twenty-one', 'port number 21'],
    ['Port Twenty-Three', 'Port 23'],
  ])('writes "%s" as "%s"', (text, expected) => {
    expect(spellOutPortNumbers(text)).toBe(expected);
  });

  it('writes each port of a list, keeping its "and" or "or"', () => {
    expect(spellOutPortNumbers('ports twenty-one, twenty-two and twenty-three')).toBe('ports 21, 22 and 23');
    expect(spellOutPortNumbers('port four forty-three or eighty')).toBe('port 443 or 80');
  });

  it('stops at an "and" that no number follows', () => {
    expect(spellOutPortNumbers('port twenty-three and the hosts behind it')).toBe('port 23 and the hosts behind it');
  });

  it.each([
    'port 23 today',
    'the port one of them used',
    'transport one',
    'port seventy thousand',
    'two ports in five days',
  ])('leaves "%s" as it is', (text) => {
    expect(spellOutPortNumbers(text)).toBe(text);
  });
});

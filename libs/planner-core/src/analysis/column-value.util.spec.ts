import { valueSaidOf } from './column-value.util';

describe('valueSaidOf', () => {
  it('should read a capitalised word before the column word as a value of that column', () => {
    expect(valueSaidOf('open tickets of staff in the Marketing team this week', 'team')).toBe('Marketing');
  });

  it('should read the value after a possessive', () => {
    expect(valueSaidOf('headcount for our Nordic region', 'region')).toBe('Nordic');
  });

  it('should read a capitalised name just after the column word in brackets or after "with"', () => {
    expect(valueSaidOf('bakers (guild Rye) idle for a week', 'guild')).toBe('Rye');
    expect(valueSaidOf('bakers with guild: Spelt on shift', 'guild')).toBe('Spelt');
    expect(valueSaidOf('bakers of the guild today', 'guild')).toBeNull();
  });

  it('should not read a lower-case word as a value', () => {
    expect(valueSaidOf('people in the marketing team', 'team')).toBeNull();
  });

  it('should not read the word opening a sentence as a value', () => {
    expect(valueSaidOf('Team members who left', 'members')).toBeNull();
  });

  it('should read nothing for a column word that is not a word', () => {
    expect(valueSaidOf('in the Marketing t(e)am', 't(e)am')).toBeNull();
  });
});

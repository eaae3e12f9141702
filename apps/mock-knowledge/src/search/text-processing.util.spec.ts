import { processTerm, termsOf, tokenize } from './text-processing.util';

describe('tokenize', () => {
  it('should split on spaces and punctuation', () => {
    expect(tokenize('Who, what; where?')).toEqual(['Who', 'what', 'where']);
  });

  it('should add the joined form of a hyphenated word', () => {
    expect(tokenize('sign-in')).toEqual(['sign', 'in', 'signin']);
  });

  it('should add the parts of a camelCase word', () => {
    expect(tokenize('SigninLogs')).toEqual(['SigninLogs', 'Signin', 'Logs']);
  });

  it('should keep codes whole', () => {
    expect(tokenize('AADSTS50053 and 0xC000006A')).toEqual(['AADSTS50053', 'and', '0xC000006A']);
  });

  it('should return nothing for an empty string', () => {
    expect(tokenize('')).toEqual([]);
  });
});

describe('processTerm', () => {
  it('should lower-case and stem English words', () => {
    expect(processTerm('Lockouts')).toBe('lockout');
    expect(processTerm('failed')).toBe(processTerm('failing'));
  });

  it('should drop stop words and query filler', () => {
    expect(processTerm('the')).toBeNull();
    expect(processTerm('Show')).toBeNull();
  });

  it('should drop one and two digit numbers but keep event ids', () => {
    expect(processTerm('24')).toBeNull();
    expect(processTerm('4740')).toBe('4740');
  });

  it('should keep mixed codes unstemmed', () => {
    expect(processTerm('AADSTS50053')).toBe('aadsts50053');
  });
});

describe('termsOf', () => {
  it('should give the distinct processed terms', () => {
    expect([...termsOf('Locked accounts, locked ACCOUNT')].sort()).toEqual(['account', 'lock']);
  });
});

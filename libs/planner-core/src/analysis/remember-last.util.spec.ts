import { rememberLast } from './remember-last.util';

describe('rememberLast', () => {
  it('should read a text asked again only once', () => {
    const read = jest.fn((text: string) => text.toUpperCase());
    const remembered = rememberLast(read);
    expect(remembered('abc')).toBe('ABC');
    expect(remembered('abc')).toBe('ABC');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('should read a different text afresh', () => {
    const read = jest.fn((text: string) => text.length > 2);
    const remembered = rememberLast(read);
    expect(remembered('abc')).toBe(true);
    expect(remembered('ab')).toBe(false);
    expect(remembered('abc')).toBe(true);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('should remember a false answer as well as a true one', () => {
    const read = jest.fn(() => false);
    const remembered = rememberLast(read);
    remembered('x');
    remembered('x');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('should read the empty text like any other', () => {
    const read = jest.fn((text: string) => `[${text}]`);
    const remembered = rememberLast(read);
    expect(remembered('')).toBe('[]');
    expect(remembered('')).toBe('[]');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('should not remember a reading that threw', () => {
    let calls = 0;
    const remembered = rememberLast((text: string) => {
      calls += 1;
      if (calls === 1) throw new Error('first read fails');
      return text;
    });
    expect(() => remembered('a')).toThrow('first read fails');
    expect(remembered('a')).toBe('a');
  });
});

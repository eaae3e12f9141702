import { fixRepeatWords } from './repeat-words';

describe('fixRepeatWords', () => {
  it('should read "more than twice" and "at least three times" in digits', () => {
    expect(fixRepeatWords('hosts that rebooted more than twice')).toBe('hosts that rebooted more than 2 times');
    expect(fixRepeatWords('who logged in at least three times')).toBe('who logged in at least 3 times');
  });

  it('should read "twice or more"', () => {
    expect(fixRepeatWords('accounts locked twice or more today')).toBe('accounts locked 2 times or more today');
  });

  it('should leave "once" or "twice" without a comparison alone', () => {
    const text = 'run it once and check twice';
    expect(fixRepeatWords(text)).toBe(text);
  });

  it('should read a count said with an "x" after a comparison as times', () => {
    expect(fixRepeatWords('only ppl locked out more than 2x')).toBe('only ppl locked out more than 2 times');
    expect(fixRepeatWords('hosts that rebooted 3x or more')).toBe('hosts that rebooted 3 times or more');
    expect(fixRepeatWords('users who failed >5x today')).toBe('users who failed >5 times today');
  });

  it('should leave a multiple of something said after the x alone', () => {
    const text = 'hosts sending more than 3x their usual bytes';
    expect(fixRepeatWords(text)).toBe(text);
  });
});

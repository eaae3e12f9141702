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
});

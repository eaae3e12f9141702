import { isStateAskedAbout } from './asked-state';

const at = (text: string, word: string) => {
  const start = text.lastIndexOf(word);
  return isStateAskedAbout(text, start, start + word.length);
};

describe('isStateAskedAbout', () => {
  it('is true for a yes/no question about a state, false for a state asked for', () => {
    expect(at('Was the kiosk login disabled?', 'disabled')).toBe(true);
    expect(at('tell me if her profile is currently inactive, please', 'inactive')).toBe(true);
    expect(at('which kiosk logins are disabled?', 'disabled')).toBe(false);
    expect(at('Are there any enabled kiosk logins?', 'enabled')).toBe(false);
    expect(at('Was the kiosk login locked?', 'locked')).toBe(false);
  });
});

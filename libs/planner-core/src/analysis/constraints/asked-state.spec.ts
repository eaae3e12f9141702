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

  it('reads a state asked of a subject said in up to six words, or before a "+" that joins the next ask', () => {
    expect(at('and is his login on the kiosk portal still enabled?', 'enabled')).toBe(true);
    expect(at('was her badge in the west wing disabled + when was it issued', 'disabled')).toBe(true);
  });

  it('reads a state asked bare, opening a bracket or a clause with a "?" after it', () => {
    expect(at('look up the badge of r.lim@example.net (enabled? date issued?)', 'enabled')).toBe(true);
    expect(at('her kiosk login - disabled? when was it used last?', 'disabled')).toBe(true);
    expect(at('kiosk logins (disabled) this week?', 'disabled')).toBe(false);
    expect(at('list the enabled kiosk logins?', 'enabled')).toBe(false);
  });

  it("reads a state listed in brackets among other things to show of one person's record as shown", () => {
    expect(at('the kiosk login of r.lim@example.net (badge group, disabled)', 'disabled')).toBe(true);
    expect(at('her profile on the portal (team / enabled / issued on)', 'enabled')).toBe(true);
    expect(at('kiosk logins (disabled, north wing) this week', 'disabled')).toBe(false);
    expect(at('his kiosk login: badge group, enabled, last used', 'enabled')).toBe(true);
    expect(at('kiosk logins in the west wing: disabled, issued this year', 'disabled')).toBe(false);
    expect(at('kiosk logins (disabled) this week', 'disabled')).toBe(false);
    expect(at('kiosk logins (disabled ones that were used in the west wing lately) today', 'disabled')).toBe(false);
  });
});

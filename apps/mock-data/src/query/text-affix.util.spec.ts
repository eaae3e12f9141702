import { textAffix } from './text-affix.util';

describe('textAffix', () => {
  it('reads where the words put a value: at the start or at the end of the text', () => {
    expect(textAffix('beginning with ext_')).toBe('prefix');
    expect(textAffix('prefixed by tmp')).toBe('prefix');
    expect(textAffix('ends in .bak')).toBe('suffix');
    expect(textAffix('beginning LAB-')).toBe('prefix');
  });

  it('reads a name written with a wildcard at its end or its start', () => {
    expect(textAffix('ops-*')).toBe('prefix');
    expect(textAffix('*$')).toBe('suffix');
    expect(textAffix('*mid*')).toBeNull();
  });

  it('reads a first part left hanging on its joiner as the start of the names', () => {
    expect(textAffix('lab-')).toBe('prefix');
    expect(textAffix('tmp_')).toBe('prefix');
    expect(textAffix('-x')).toBeNull();
  });

  it('should read no place from a verb in the past ("started with -enc") or other words', () => {
    expect(textAffix('started with -enc')).toBeNull();
    expect(textAffix('"mimikatz"')).toBeNull();
  });
});

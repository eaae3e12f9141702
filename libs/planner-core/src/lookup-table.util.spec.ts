import { lookupTable } from './lookup-table.util';

describe('lookupTable', () => {
  it('answers undefined for the names of Object.prototype members', () => {
    const table = lookupTable({ exe: 1 });

    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])
      expect(table[key]).toBeUndefined();
  });

  it('keeps its own entries and cannot be changed', () => {
    const table = lookupTable({ exe: 1 }) as Record<string, number>;

    expect(table['exe']).toBe(1);
    expect(() => {
      table['dll'] = 2;
    }).toThrow();
  });
});

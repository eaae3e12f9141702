import { CURRENCY_NAMES } from './currency-names';

describe('CURRENCY_NAMES', () => {
  it('maps a two-word currency name, singular or plural, to its ISO code', () => {
    expect(CURRENCY_NAMES['swiss franc']).toBe('CHF');
    expect(CURRENCY_NAMES['canadian dollars']).toBe('CAD');
    expect(CURRENCY_NAMES['pound sterling']).toBe('GBP');
  });

  it('should leave out one-word names that are plain English words', () => {
    expect(CURRENCY_NAMES['won']).toBeUndefined();
    expect(CURRENCY_NAMES['rand']).toBeUndefined();
  });
});

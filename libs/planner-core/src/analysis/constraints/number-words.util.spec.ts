import { NUMBER_PATTERN, readNumber } from './number-words.util';

describe('readNumber', () => {
  it.each([
    ['5', 5],
    ['1,000', 1000],
    ['2.5', 2.5],
    ['five', 5],
    ['Twelve', 12],
    ['a dozen', 12],
    ['twenty-five', 25],
    ['two hundred', 200],
    ['three thousand', 3000],
    ['one hundred and five', 105],
  ])('reads "%s" as %d', (text, value) => {
    expect(readNumber(text)).toBe(value);
  });

  it.each(['', 'many', 'five apples', '1,00', 'a'])('is null for "%s"', (text) => {
    expect(readNumber(text)).toBeNull();
  });
});

describe('NUMBER_PATTERN', () => {
  it('matches digits and number words inside a sentence', () => {
    const pattern = new RegExp(`more than (${NUMBER_PATTERN}) orders`, 'i');

    expect(pattern.exec('customers with more than twenty-five orders')?.[1]).toBe('twenty-five');
    expect(pattern.exec('customers with more than 1,500 orders')?.[1]).toBe('1,500');
  });
});

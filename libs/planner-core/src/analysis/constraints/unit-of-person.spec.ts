import { saysUnitOfPerson } from './unit-of-person';

describe('saysUnitOfPerson', () => {
  it('reads a unit after a person said to be from or in it', () => {
    expect(saysUnitOfPerson('t.wu@harbor.io from ')).toBe(true);
    expect(saysUnitOfPerson('she works in the ')).toBe(true);
    expect(saysUnitOfPerson('a colleague in ')).toBe(true);
  });

  it('reads no person before money said of records', () => {
    expect(saysUnitOfPerson('revenue from ')).toBe(false);
    expect(saysUnitOfPerson('orders placed in ')).toBe(false);
  });
});

import { readValueComparison } from './value-comparison';

const VALUES = new Set(['cost', 'revenue', 'spent', 'budget', 'amount', 'planned', 'actual']);
const holds = (word: string) => VALUES.has(word);

describe('readValueComparison', () => {
  it('should read "X is greater than the Y amount" as X compared above Y', () => {
    const read = readValueComparison('list the weeks where cost is greater than the revenue amount', holds);
    expect(read?.comparison).toMatchObject({ left: 'cost', operator: 'gt', right: 'revenue' });
    expect(read?.measures.map((m) => m.of)).toEqual(['revenue', 'cost']);
  });

  it('should read "X exceeds Y" and "X lower than Y"', () => {
    expect(readValueComparison('rows where actual exceeds planned', holds)?.comparison).toMatchObject({
      left: 'actual',
      operator: 'gt',
      right: 'planned',
    });
    expect(readValueComparison('teams whose spent was lower than their budget', holds)?.comparison).toMatchObject({
      left: 'spent',
      operator: 'lt',
      right: 'budget',
    });
  });

  it('should read "total X exceeds its total Y" as X compared above Y', () => {
    expect(
      readValueComparison('every team whose total spent exceeds its total budget', holds)?.comparison,
    ).toMatchObject({ left: 'spent', operator: 'gt', right: 'budget' });
  });

  it('should read nothing when a side names no value', () => {
    expect(readValueComparison('hosts with more than 5 events', holds)).toBeNull();
    expect(readValueComparison('is revenue bigger than yesterday', holds)).toBeNull();
  });
});

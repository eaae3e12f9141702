import type { ConstraintFilter } from './constraints';
import { sharePartOf, shareRowsPhrase } from './sql-share-part.util';

const status = (value: string, expression = value): ConstraintFilter => ({
  kind: 'status',
  operator: 'eq',
  values: [value],
  field: null,
  currency: null,
  expression,
});

describe('shareRowsPhrase', () => {
  it('should read the words naming the rows after the share, without the determiner', () => {
    expect(
      shareRowsPhrase({ expression: 'share of' }, 'what share of the active accounts have not logged in for 90 days'),
    ).toBe('active accounts');
  });

  it('should stop at the relative clause said of the rows', () => {
    expect(shareRowsPhrase({ expression: 'proportion of' }, 'proportion of our active products that never sold')).toBe(
      'active products',
    );
  });

  it('should stop at a preposition or a time word', () => {
    expect(shareRowsPhrase({ expression: '% of' }, 'what % of orders last week were cancelled?')).toBe('orders');
  });

  it('should give null when the share is not said in the question', () => {
    expect(shareRowsPhrase({ expression: 'refund rate' }, 'how many orders were placed')).toBeNull();
  });
});

describe('sharePartOf', () => {
  it('should take a status said after the rows as the part', () => {
    const filter = status('cancelled');
    expect(sharePartOf(filter, { expression: '% of' }, 'what % of orders were cancelled last week?')).toEqual({
      part: filter,
      whole: null,
    });
  });

  it('should take a status naming the rows as the whole', () => {
    const filter = status('active');
    expect(
      sharePartOf(
        filter,
        { expression: 'share of' },
        'what share of the active accounts have not logged in for 90 days',
      ),
    ).toEqual({ part: null, whole: filter });
  });

  it('should not take a status as the whole when its word is only part of a word naming the rows', () => {
    const filter = status('active');
    expect(sharePartOf(filter, { expression: '% of' }, 'what % of inactive accounts are active again')).toEqual({
      part: filter,
      whole: null,
    });
  });

  it('should keep a rate of an outcome as the part', () => {
    const filter = status('refunded', 'refund');
    expect(sharePartOf(filter, { expression: 'refund rate' }, "what's the refund rate on orders this month?")).toEqual({
      part: filter,
      whole: null,
    });
  });

  it('should give null without a share', () => {
    expect(sharePartOf(status('active'), null, 'active accounts')).toBeNull();
  });
});

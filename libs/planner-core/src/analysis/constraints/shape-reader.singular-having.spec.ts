import { readShape } from './shape-reader';
import { SpanSet } from './value-hit';

describe('readShape: a bare count threshold on a singular noun', () => {
  it('should read "only the region with more than 15" as a HAVING on each region', () => {
    expect(readShape('orders per region, keep only the region with more than 15', new SpanSet()).having).toEqual({
      operator: 'gt',
      value: 15,
    });
  });

  it('should read "each team with 4 or more" as a HAVING', () => {
    expect(readShape('tickets by team; list each team with 4 or more', new SpanSet()).having).toEqual({
      operator: 'gte',
      value: 4,
    });
  });

  it('should read "only <noun> with at least N" with the article left out', () => {
    expect(readShape('sales per city, show only city with at least 8', new SpanSet()).having).toEqual({
      operator: 'gte',
      value: 8,
    });
  });

  it('should not read a singular noun with no determiner before it', () => {
    expect(readShape('an invoice with more than 15', new SpanSet()).having).toBeNull();
  });
});

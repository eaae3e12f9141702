import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';

const bills: TableColumns = {
  table: 'bills',
  columns: ['bill_id', 'vendor', 'amount', 'due_date', 'settled_at', 'currency'],
};

describe('extractConstraints: lateness against a due date', () => {
  it('should count the rows and put the average lateness beside the count', () => {
    const read = extractConstraints({
      text: 'bills settled after their due date, by vendor: the count and average days late',
      tables: [bills],
    });
    expect(read.measure).toEqual({ kind: 'count', of: null, field: null });
    expect(read.extra_measures).toEqual([{ kind: 'avg', of: 'days from due to settled', field: null }]);
  });

  it('should read "how many … and average days late" as the count and the lateness, not an average of a days column', () => {
    const read = extractConstraints({
      text: 'bills settled in Q3 but after the due date - how many per vendor and average days late',
      tables: [bills],
    });
    expect(read.measure).toEqual({ kind: 'count', of: null, field: null });
    expect(read.extra_measures).toEqual([{ kind: 'avg', of: 'days from due to settled', field: null }]);
  });

  it('should measure the lateness alone when no count is asked', () => {
    const read = extractConstraints({ text: 'median days late of bills settled in March, by vendor', tables: [bills] });
    expect(read.measure).toEqual({ kind: 'median', of: 'days from due to settled', field: null });
  });
});

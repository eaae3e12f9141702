import { readMeasureQuotient } from './measure-quotient';

/** Columns of a firewall model and of a sales table, by the words that name them. */
const COLUMNS: Readonly<Record<string, string>> = {
  'bytes out': 'bytes_out',
  'bytes in': 'bytes_in',
  'bytes sent': 'bytes_out',
  refunds: 'refund_amount',
  sales: 'total',
  'order id': 'order_id',
};
const fieldOf = (words: string) => COLUMNS[words.toLowerCase()] ?? null;

describe('readMeasureQuotient', () => {
  it('reads one measured thing over another as a plain quotient, the sides ending where a group begins', () => {
    expect(
      readMeasureQuotient(
        'what is the ratio of bytes sent out to bytes received for each destination port over the last 7 days?',
        fieldOf,
      ),
    ).toEqual({
      part: 'bytes sent out',
      whole: 'bytes received',
      part_field: 'bytes_out',
      whole_field: 'bytes_in',
      expression: 'ratio of bytes sent out to bytes received',
      plain: true,
    });
    expect(readMeasureQuotient('ratio of refunds to sales per month', fieldOf)).toMatchObject({
      part_field: 'refund_amount',
      whole_field: 'total',
    });
    expect(readMeasureQuotient('ratio of bytes out vs bytes in by port', fieldOf)).toMatchObject({
      part_field: 'bytes_out',
      whole_field: 'bytes_in',
    });
  });

  it('reads nothing when a side names no column, both name the same one, or a side is a key', () => {
    expect(readMeasureQuotient('ratio of connections on port 443 to those on port 80', fieldOf)).toBeNull();
    expect(readMeasureQuotient('ratio of bytes out to bytes sent per host', fieldOf)).toBeNull();
    expect(readMeasureQuotient('ratio of order id to sales', fieldOf)).toBeNull();
    expect(readMeasureQuotient('bytes out and bytes in per host', fieldOf)).toBeNull();
  });
});

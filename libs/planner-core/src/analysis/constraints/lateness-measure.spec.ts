import { readLateness } from './lateness-measure';

describe('readLateness', () => {
  it('should read "average days late" of a shipment as the time from the due date to shipping', () => {
    expect(readLateness('orders shipped late this month: average days late per warehouse')).toEqual({
      measure: { kind: 'avg', of: 'days from due to shipped' },
      besideCount: false,
    });
  });

  it('should read "how many hours overdue … median" with a count asked beside it', () => {
    expect(
      readLateness(
        'tickets resolved after their SLA due time: how many per team, and how many hours overdue (median)?',
      ),
    ).toEqual({ measure: { kind: 'median', of: 'hours from due to resolved' }, besideCount: true });
  });

  it('should read a bare "count" as a count asked beside the lateness', () => {
    expect(readLateness('bills settled after the due date, per vendor: count and average days late')?.besideCount).toBe(
      true,
    );
  });

  it('should read nothing without an event that came late', () => {
    expect(readLateness('average days late for open invoices')).toBeNull();
    expect(readLateness('how many invoices are late')).toBeNull();
  });
});

import { measureOfPart, readPartBeside, saysPartState } from './sql-part-beside.util';

describe('readPartBeside', () => {
  it('should read the state of the part asked beside a measured whole', () => {
    expect(readPartBeside('what we billed in June and how much of that was settled')).toEqual({
      state: 'settled',
      settled: true,
    });
    expect(readPartBeside('bookings taken this week and how many of them got cancelled')?.state).toBe('cancelled');
    expect(readPartBeside('sales booked in Q2, with the portion already refunded')?.state).toBe('refunded');
    expect(readPartBeside('charged vs collected over the spring')?.state).toBe('collected');
  });

  it('should read a value the part holds ("together with how many of them hold the \'manager\' role")', () => {
    expect(
      readPartBeside("active users per department, together with how many of them hold the 'manager' role")?.state,
    ).toBe('manager');
    expect(readPartBeside('customers per country and how many of those are premium')?.state).toBe('premium');
  });

  it('should not read two states of the rows, or a whole without a part', () => {
    expect(readPartBeside('bills unpaid and overdue')).toBeNull();
    expect(readPartBeside('bookings taken this week')).toBeNull();
  });
});

describe('saysPartState', () => {
  it('should match a status filter by its value, and a money state by any word of settling', () => {
    const part = readPartBeside('billed and how much was collected')!;
    expect(saysPartState(part, ['paid'], 'paid')).toBe(true);
    expect(saysPartState(part, ['void'], 'void')).toBe(false);
  });
});

describe('measureOfPart', () => {
  it('should filter a single aggregate to the part, and leave any other measure alone', () => {
    expect(measureOfPart('SUM(b.total)', ["b.state = 'closed'"])).toBe(
      "SUM(b.total) FILTER (WHERE b.state = 'closed')",
    );
    expect(measureOfPart('ROUND(AVG(b.total), 2)', ["b.state = 'closed'"])).toBeNull();
    expect(measureOfPart('COUNT(*)', [])).toBeNull();
  });
});

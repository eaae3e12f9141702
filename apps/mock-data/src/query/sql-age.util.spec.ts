import { readAgeBound } from './sql-age.util';

describe('readAgeBound', () => {
  it('reads a minimum age of the rows, said with "older than", "old" or "ago"', () => {
    expect(readAgeBound('tickets older than 10 days still open')).toEqual({
      seconds: 10 * 86_400,
      due: false,
      expression: 'older than 10 days',
    });
    expect(readAgeBound('carts over 3 weeks old')).toMatchObject({ seconds: 3 * 604_800, due: false });
    expect(readAgeBound('refunds requested more than 48 hours ago')).toMatchObject({ seconds: 48 * 3600 });
  });

  it('reads how long past the due date, before or after the due words', () => {
    expect(readAgeBound('bills late by more than 15 days')).toMatchObject({ seconds: 15 * 86_400, due: true });
    expect(readAgeBound('accounts with 90+ days overdue balances')).toMatchObject({ seconds: 90 * 86_400, due: true });
  });

  it('should read no age from a window, a count or an amount', () => {
    expect(readAgeBound('orders in the last 30 days')).toBeNull();
    expect(readAgeBound('customers with more than 5 orders')).toBeNull();
    expect(readAgeBound('payments over 200 days')).toBeNull();
  });
});

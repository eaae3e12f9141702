import { saysPaidAfterDue, withoutDueComparison } from './sql-paid-late.util';

describe('saysPaidAfterDue', () => {
  it('should read a payment and "after the due date" with a window between them', () => {
    expect(saysPaidAfterDue('bills settled in Q3, but only after the due date, per vendor')).toBe(true);
    expect(saysPaidAfterDue('Which invoices were paid this year, though only after their due date?')).toBe(true);
  });

  it('should not read a due date said in another sentence or without a payment', () => {
    expect(saysPaidAfterDue('Invoices paid last week. Which were created after the due date?')).toBe(false);
    expect(saysPaidAfterDue('orders shipped after their due date')).toBe(false);
    expect(saysPaidAfterDue("invoices that haven't been paid and are now after their due date")).toBe(false);
    expect(saysPaidAfterDue('unpaid bills beyond the due date')).toBe(false);
  });
});

describe('withoutDueComparison', () => {
  it('should drop a due-date comparison that ends the words before a window', () => {
    expect(withoutDueComparison('bills settled after their due date ')).toBe('bills settled  ');
  });

  it("should keep a due date said as the window's time", () => {
    expect(withoutDueComparison('invoices with a due date ')).toBe('invoices with a due date ');
  });
});

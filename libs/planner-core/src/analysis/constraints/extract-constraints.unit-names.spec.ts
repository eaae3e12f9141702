import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';

/** Lower-case names of several words said before the word that makes them a unit or a kind of the rows. */
const staff: TableColumns = {
  table: 'staff',
  columns: ['staff_id', 'email', 'department', 'active', 'created_at', 'last_seen_at'],
};
const items: TableColumns = { table: 'items', columns: ['item_id', 'name', 'category', 'price', 'created_at'] };

const valuesOf = (text: string, tables: TableColumns[], field: string) =>
  extractConstraints({ text, tables })
    .filters.filter((f) => f.field === field)
    .flatMap((f) => f.values);

describe('extractConstraints: names of several words before a unit or a kind', () => {
  it('reads every word of a lower-case unit name before "dept", "department" or "team", not only its last', () => {
    expect(valuesOf('front desk dept staff created this year', [staff], 'department')).toEqual(['front desk']);
    expect(valuesOf('staff in the night shift department', [staff], 'department')).toEqual(['night shift']);
    expect(valuesOf('how many staff in the guest relations team', [staff], 'department')).toEqual(['guest relations']);
    // A well-known department's word ends a longer name too.
    expect(valuesOf('customer support team staff', [staff], 'department')).toEqual(['customer support']);
  });

  it('stops the name at a verb, a state, a count or a function word before it', () => {
    expect(valuesOf('list all payroll dept staff', [staff], 'department')).toEqual(['payroll']);
    expect(valuesOf('how many inactive payroll dept staff', [staff], 'department')).toEqual(['payroll']);
    expect(valuesOf('count of staff per dept', [staff], 'department')).toEqual([]);
  });

  it('reads a lower-case kind of several words before the category and its rows, or after "in the"', () => {
    expect(valuesOf('garden tools category items priced over 20', [items], 'category')).toEqual(['garden tools']);
    expect(valuesOf('items in the garden tools category', [items], 'category')).toEqual(['garden tools']);
    // A list said with "or" is no one name.
    expect(valuesOf('items in the garden or kitchen category', [items], 'category')).not.toContain('garden or kitchen');
  });
});

describe('extractConstraints: ranked by the money a record holds', () => {
  const clients: TableColumns = { table: 'customers', columns: ['customer_id', 'name', 'country'] };
  const bills: TableColumns = {
    table: 'bills',
    columns: ['bill_id', 'customer_id', 'amount', 'status', 'billed_at'],
  };

  it('sums the amount of "by <record> total/amount", one row per ranked subject', () => {
    for (const text of [
      'top 10 clients by bill total',
      'top 10 clients by paid bill amount',
      'top 10 clients in Spain by paid bill total this year',
    ]) {
      const c = extractConstraints({ text, tables: [bills, clients] });
      expect(c.measure).toMatchObject({ kind: 'sum', field: 'bills.amount' });
      expect(c.group_by).toEqual([{ kind: 'customer', field: expect.stringMatching(/customer_id$/) }]);
      expect(c.limit).toBe(10);
    }
  });

  it('reads a ranking by money after the place of the subject ("top 5 clients in Spain by amount billed")', () => {
    const c = extractConstraints({
      text: 'top 5 clients in Spain by billed amount last year',
      tables: [bills, clients],
    });
    expect(c.measure).toMatchObject({ kind: 'sum', field: 'bills.amount' });
    expect(c.group_by).toEqual([{ kind: 'customer', field: expect.stringMatching(/customer_id$/) }]);
  });

  it('still counts the rows of a ranking by records counted', () => {
    const c = extractConstraints({ text: 'top 10 clients in Spain by number of bills', tables: [bills, clients] });
    expect(c.measure).toMatchObject({ kind: 'count' });
    expect(c.group_by).toEqual([{ kind: 'customer', field: expect.stringMatching(/customer_id$/) }]);
  });
});

describe("extractConstraints: a threshold on a record's money said of each subject", () => {
  const clients: TableColumns = { table: 'customers', columns: ['customer_id', 'name', 'country'] };
  const bills: TableColumns = { table: 'bills', columns: ['bill_id', 'customer_id', 'amount', 'billed_at'] };

  it('reads "whose bill total is above N" as the sum per subject held to N, a time said between or not', () => {
    for (const text of [
      'customers whose bill total is above 20000',
      'customers whose bill total this year is above 20000',
      'customers whose bill amounts in 2025 were over 20000',
    ]) {
      const c = extractConstraints({ text, tables: [bills, clients] });
      expect(c.measure).toMatchObject({ kind: 'sum', field: 'bills.amount' });
      expect(c.group_by).toEqual([{ kind: 'customer', field: expect.stringMatching(/customer_id$/) }]);
      expect(c.having).toMatchObject({ operator: 'gt', value: 20000 });
      expect(c.filters.filter((f) => f.kind === 'amount')).toEqual([]);
    }
  });
});

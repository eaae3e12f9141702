import type { TableColumns } from './column-mapper';
import { readSegmentNames } from './segment-names';
import { SpanSet } from './value-hit';

const CUSTOMERS: TableColumns = {
  table: 'customers',
  columns: ['customer_id', 'name', 'country', 'segment', 'status'],
};
const INVOICES: TableColumns = { table: 'invoices', columns: ['invoice_id', 'customer_id', 'amount', 'status'] };
const USERS: TableColumns = { table: 'users', columns: ['user_id', 'email', 'role', 'department'] };

const read = (text: string, tables: readonly TableColumns[] = [CUSTOMERS, INVOICES]) =>
  readSegmentNames(text, tables, new SpanSet()).map((hit) => ({ value: hit.value, hint: hit.hint }));

describe('readSegmentNames', () => {
  it('should read a capitalised word before a word for buyers as a segment', () => {
    expect(read('total outstanding on overdue GBP invoices for Residential subs rn')).toEqual([
      { value: 'Residential', hint: 'customers.segment' },
    ]);
  });

  it('should read a word joined to "-segment" as the segment, without the suffix', () => {
    expect(read('new Business-segment customers per month this yr?')).toEqual([
      { value: 'Business', hint: 'customers.segment' },
    ]);
  });

  it('should read a lower-case word joined to "-tier"', () => {
    expect(read('revenue from premium-tier clients this quarter')).toEqual([
      { value: 'premium', hint: 'customers.segment' },
    ]);
  });

  it('should leave a capitalised word opening the question alone', () => {
    expect(read('Residential customers with overdue invoices')).toEqual([]);
  });

  it("should leave a country's adjective, a month and a state alone", () => {
    expect(read('how many German customers ordered in March')).toEqual([]);
    expect(read('orders from March customers')).toEqual([]);
    expect(read('show Active customers in France')).toEqual([]);
  });

  it('should leave a lower-case word without "-segment" alone', () => {
    expect(read('total owed by residential customers')).toEqual([]);
  });

  it('should read nothing when no chosen table files its rows by segment', () => {
    expect(read('sign-ins of Contoso accounts', [USERS])).toEqual([]);
  });

  it('should not read a span already taken', () => {
    const taken = new SpanSet();
    const text = 'orders of Residential customers';
    taken.add(text.indexOf('Residential'), text.indexOf('Residential') + 11);
    expect(readSegmentNames(text, [CUSTOMERS], taken)).toEqual([]);
  });
});

import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';

/** Values of one column the question compares are a key: one measure for each value. */
const budget: TableColumns = {
  table: 'budget',
  columns: ['budget_id', 'department', 'category', 'fiscal_year', 'fiscal_month', 'amount', 'spent'],
};
const sales: TableColumns = {
  table: 'sales',
  columns: ['sale_id', 'member_id', 'status', 'total', 'currency', 'created_at'],
};

const read = (text: string, tables: TableColumns[]) => extractConstraints({ text, tables });

describe('extractConstraints: compared values', () => {
  it('keys the measure by the column whose values a question compares', () => {
    const years = read('compare the Legal department spend for fiscal year 2024 with that for fiscal year 2023', [
      budget,
    ]);
    expect(years.filters).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'fiscal_year', values: ['2024', '2023'] })]),
    );
    expect(years.group_by).toEqual([{ kind: 'fiscal_year', field: 'fiscal_year' }]);
    expect(read('compare the sum of sale totals in EUR and USD', [sales]).group_by).toEqual([
      { kind: 'currency', field: 'currency' },
    ]);
  });

  it('keeps values said without a comparison as a filter only', () => {
    expect(read('the sum of sale totals in EUR and USD', [sales]).group_by).toEqual([]);
  });
});

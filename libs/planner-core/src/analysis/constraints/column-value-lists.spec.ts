import { readColumnValueLists } from './column-value-lists';
import { SpanSet, type ValueHit } from './value-hit';

const first = (text: string, value: string, hint = 'staff.team'): ValueHit => {
  const start = text.indexOf(value);
  return { kind: 'text', value, start, end: start + value.length, hint };
};
const isColumn = (hint: string) => hint.includes('.');
const values = (text: string, value: string) =>
  readColumnValueLists(text, [first(text, value)], new SpanSet(), isColumn).map((h) => h.value);

describe('readColumnValueLists', () => {
  it('reads the items listed after a column value, joined by "or", "/" or commas', () => {
    expect(values('staff whose team is ops or billing', 'ops')).toEqual(['billing']);
    expect(values('staff whose team is ops/billing', 'ops')).toEqual(['billing']);
    expect(values('staff whose team is ops, billing and payroll', 'ops')).toEqual(['billing', 'payroll']);
  });

  it('takes a bare "and" for a clause, not an item', () => {
    expect(values('staff whose team is ops and joined this year', 'ops')).toEqual([]);
  });

  it('stops at words of another form, function words and comparisons', () => {
    expect(values('staff whose team is ops or Billing', 'ops')).toEqual([]);
    expect(values('staff whose team is ops or the like', 'ops')).toEqual([]);
    expect(values('staff whose team is ops or higher', 'ops')).toEqual([]);
  });

  it('reads the items said before a value and set against it ("ops vs billing", "ops or billing")', () => {
    expect(values('mean wage, ops vs billing staff', 'billing')).toEqual(['ops']);
    expect(values('headcount of payroll versus ops or billing staff', 'billing')).toEqual(['ops', 'payroll']);
    // A comma or a bare "and" before the value joins no item; neither does a word of another form.
    expect(values('mean wage, billing staff', 'billing')).toEqual([]);
    expect(values('wages and billing staff', 'billing')).toEqual([]);
    expect(values('Wages vs billing staff', 'billing')).toEqual([]);
  });

  it('continues no value whose hint names no column', () => {
    const text = 'team is ops or billing';
    expect(readColumnValueLists(text, [first(text, 'ops', 'parent')], new SpanSet(), isColumn)).toEqual([]);
  });
});

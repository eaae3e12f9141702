import type { ConstraintFilter } from '@mesh/a2a-contracts';
import { eachOfListedKey } from './each-of-listed';

const listed = (values: string[], field: string | null = 'Events.Code'): ConstraintFilter => ({
  kind: 'event_id',
  operator: values.length > 1 ? 'in' : 'eq',
  values,
  field,
  currency: null,
  expression: values.join(' or '),
});

describe('eachOfListedKey', () => {
  it("groups by the listed values' column when a count of each is asked", () => {
    expect(
      eachOfListedKey('7045 or 4697 since monday, how many of each per host?', [listed(['7045', '4697'])]),
    ).toEqual({ kind: 'event_id', field: 'Events.Code' });
    expect(eachOfListedKey('resets and unlocks - a count for each of them', [listed(['a', 'b'])])).not.toBeNull();
  });

  it.each([
    'hourly totals of 4698 and 4699 since noon, shown separately per event',
    'daily 1102 and 104 counts this month, broken out separately',
    '4728 or 4732 per week this quarter, separately by code',
  ])('groups by the listed values when they are asked apart: %s', (text) => {
    expect(eachOfListedKey(text, [listed(['1', '2'])])).toEqual({ kind: 'event_id', field: 'Events.Code' });
  });

  it('should group by nothing without a count of each, a list, or with two lists', () => {
    expect(eachOfListedKey('7045 or 4697 since monday per host', [listed(['7045', '4697'])])).toBeNull();
    expect(eachOfListedKey('how many of each per host', [listed(['7045'])])).toBeNull();
    expect(eachOfListedKey('how many of each', [listed(['1', '2']), listed(['3', '4'], 'Events.Other')])).toBeNull();
  });
});

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

  it('should group by nothing without a count of each, a list, or with two lists', () => {
    expect(eachOfListedKey('7045 or 4697 since monday per host', [listed(['7045', '4697'])])).toBeNull();
    expect(eachOfListedKey('how many of each per host', [listed(['7045'])])).toBeNull();
    expect(eachOfListedKey('how many of each', [listed(['1', '2']), listed(['3', '4'], 'Events.Other')])).toBeNull();
  });
});

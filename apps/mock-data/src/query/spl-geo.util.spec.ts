import { countryLookup } from './spl-geo.util';
import type { ConstraintFilter } from './constraints';

const country = (values: string[], operator: ConstraintFilter['operator'] = 'in'): ConstraintFilter => ({
  kind: 'country',
  operator,
  values,
  field: null,
  currency: null,
  expression: values.join(' '),
});

describe('countryLookup', () => {
  it("looks up the caller's address and tests the country names, not their codes", () => {
    expect(countryLookup(country(['Chile', 'CL']), ['src', 'dest'])).toEqual({
      commands: ['iplocation src', 'search Country IN ("Chile")'],
      field: 'src',
    });
    expect(countryLookup(country(['Chile'], 'neq'), ['sourceIPAddress'])?.commands[1]).toBe(
      'search NOT Country IN ("Chile")',
    );
  });

  it('reads nothing without an address field, for codes alone, or for another filter', () => {
    expect(countryLookup(country(['Chile']), ['user'])).toBeNull();
    expect(countryLookup(country(['CL']), ['src'])).toBeNull();
    expect(countryLookup({ ...country(['Chile']), kind: 'city' }, ['src'])).toBeNull();
  });
});

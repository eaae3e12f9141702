import { guestByPrincipal } from './guest-mark.util';
import type { ConstraintFilter } from './constraints';

const userType = (operator: ConstraintFilter['operator'], field = 'UserType'): ConstraintFilter =>
  ({ kind: 'text', operator, values: ['Guest'], field, currency: null, expression: 'guests' }) as ConstraintFilter;

describe('guestByPrincipal', () => {
  it("should tell guests by the principal name's mark, left out or asked for", () => {
    expect(guestByPrincipal(userType('neq'), ['UserId', 'UserPrincipalName'])).toEqual({
      column: 'UserPrincipalName',
      excluded: true,
    });
    expect(guestByPrincipal(userType('eq', 'SigninLogs.UserType'), ['UserId'])).toEqual({
      column: 'UserId',
      excluded: false,
    });
  });

  it('should leave other filters, and sources without a principal name, alone', () => {
    expect(guestByPrincipal(userType('neq', 'LogonType'), ['UserPrincipalName'])).toBeNull();
    expect(guestByPrincipal(userType('neq'), ['Computer', 'Account'])).toBeNull();
  });
});

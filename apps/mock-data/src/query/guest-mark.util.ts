import type { ConstraintFilter } from './constraints';

/** The mark Entra writes into every guest's user principal name (`ann_partner.com#EXT#@tenant.onmicrosoft.com`). */
export const GUEST_MARK = '#EXT#';
/** The column a user's kind (`Member`, `Guest`) is kept in, where a table has it. */
const USER_TYPE = 'usertype';
/** Columns that hold a user's principal name, best first (SigninLogs' UserId is an object id, its UPN comes first). */
const PRINCIPAL_COLUMNS = ['UserPrincipalName', 'properties.userPrincipalName', 'UserId'];

/** Guests told apart by their principal name: the column that holds it, and whether guests are left out. */
export interface GuestByPrincipal {
  readonly column: string;
  readonly excluded: boolean;
}

/**
 * "excluding guests" on a source without a user-type column: guests are told apart by the #EXT# mark in the user's
 * principal name instead. Null for any other filter, or for a source that has no principal name either.
 */
export function guestByPrincipal(filter: ConstraintFilter, columns: readonly string[]): GuestByPrincipal | null {
  const field = filter.field?.slice(filter.field.lastIndexOf('.') + 1).toLowerCase();
  if (filter.kind !== 'text' || field !== USER_TYPE || !filter.values.every((v) => v.toLowerCase() === 'guest'))
    return null;
  const column = PRINCIPAL_COLUMNS.find((c) => columns.includes(c));
  return column ? { column, excluded: filter.operator === 'neq' || filter.operator === 'not_in' } : null;
}

/** The note that says guests are told apart by their principal name. */
export function guestMarkNote(source: string, guests: GuestByPrincipal): string {
  return `${source} has no UserType column; guests are told apart by the ${GUEST_MARK} mark in ${guests.column}`;
}

import type { ConstraintFilter } from './constraints';

/** Words that mean an attempt failed, in any source ("denied", "blocked", "errors"). */
export const FAILURE_WORDS: ReadonlySet<string> = new Set([
  'failed',
  'failure',
  'failures',
  'fail',
  'unsuccessful',
  'denied',
  'error',
  'errors',
  'blocked',
]);
/** Words that mean an attempt succeeded ("successful logins", "allowed connections"). */
export const SUCCESS_WORDS: ReadonlySet<string> = new Set(['success', 'succeeded', 'successful', 'ok', 'allowed']);

/** Whether a status value is a failure word (any case). */
export function isFailureWord(value: string): boolean {
  return FAILURE_WORDS.has(value.toLowerCase());
}

/** Whether a status value is a success word (any case). */
export function isSuccessWord(value: string): boolean {
  return SUCCESS_WORDS.has(value.toLowerCase());
}

/** Columns that record result codes (0xc0000234, 50053), never a status word. */
const CODE_VALUED = new Set([
  'ResultType',
  'Status',
  'SubStatus',
  'Sub_Status',
  'errorCode',
  'properties.status.errorCode',
]);
/** A code: hex, a number, or a CamelCase error name ("AccessDenied", "ThrottlingException"). */
const CODE = /^(?:0x[0-9a-fA-F]{1,16}|-?\d{1,12}|[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)$/;

/**
 * A status filter mixing an outcome with other statuses ("failed or expired") as two filters: the
 * outcome becomes the source's own condition, the other words stand alone. Other filters unchanged.
 */
export function splitOutcome(filter: ConstraintFilter, isOutcome: (value: string) => boolean): ConstraintFilter[] {
  if (filter.kind !== 'status' || (filter.operator !== 'eq' && filter.operator !== 'in')) return [filter];
  const outcome = filter.values.filter(isOutcome);
  const rest = filter.values.filter((v) => !isOutcome(v));
  if (outcome.length === 0 || rest.length === 0) return [filter];
  const part = (values: string[]): ConstraintFilter => ({
    ...filter,
    operator: values.length > 1 ? 'in' : 'eq',
    values,
  });
  return [part(outcome), part(rest)];
}

/** True when a status filter puts a word ("expired", "locked") on a column of result codes, where it matches nothing. */
export function wordOnCodeColumn(filter: ConstraintFilter, column: string): boolean {
  return filter.kind === 'status' && CODE_VALUED.has(column) && filter.values.some((v) => !CODE.test(v));
}

/** An operation named by its outcome ("UserLoginFailed", "PasswordResetSucceeded"). */
const OUTCOME_NAMED = /[a-z](?:Failed|Failure|Succeeded|Success)$/;

/**
 * Whether the question names operations that say their own outcome ("failed logins (UserLoginFailed)"): the outcome
 * said again is no filter of its own, as the source's result field may hold something else for them.
 */
export function outcomeNamedByOperation(filters: readonly ConstraintFilter[]): boolean {
  return filters.some(
    (f) =>
      f.kind === 'action' &&
      (f.operator === 'eq' || f.operator === 'in') &&
      f.values.length > 0 &&
      f.values.every((v) => OUTCOME_NAMED.test(v)),
  );
}

import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { compiledValidatorFor } from './compiled-validation';

export interface ValidationFailure {
  /** Dotted path of the offending property, e.g. `execution_context.available_agents.data.0.agent_id`. */
  property: string;
  constraints: string[];
}

export type ValidationOutcome<T> = { ok: true; value: T } | { ok: false; failures: ValidationFailure[] };

function flatten(errors: ValidationError[], prefix: string, out: ValidationFailure[]): void {
  for (const error of errors) {
    const property = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) out.push({ property, constraints: Object.values(error.constraints) });
    if (error.children?.length) flatten(error.children, property, out);
  }
}

/** Flattens class-validator errors into `{property, constraints}` rows for the wire. */
export function toValidationFailures(errors: ValidationError[]): ValidationFailure[] {
  const out: ValidationFailure[] = [];
  flatten(errors, '', out);
  return out;
}

/**
 * Validates a plain JSON value as `type` with the mesh's rules: unknown properties are
 * stripped (newer callers may send more), wrong types and missing fields fail. A valid value
 * with no unknown field is accepted by the compiled validator (see compiled-validation.ts) in
 * a few µs and returned as it is; anything else goes through class-transformer and
 * class-validator, which build a class instance or name every failure. `plain` is never
 * changed; treat the value returned as data, not as an instance.
 */
export function validatePlain<T extends object>(type: ClassConstructor<T>, plain: unknown): ValidationOutcome<T> {
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    return { ok: false, failures: [{ property: '', constraints: ['must be a JSON object'] }] };
  }
  if (compiledValidatorFor(type)?.(plain)) return { ok: true, value: plain };
  return validateWithClassValidator(type, plain);
}

/** `validatePlain` without the compiled fast path: class-transformer, then class-validator. */
export function validateWithClassValidator<T extends object>(
  type: ClassConstructor<T>,
  plain: object,
): ValidationOutcome<T> {
  let instance: T;
  try {
    instance = plainToInstance(type, plain, { enableImplicitConversion: false });
  } catch {
    // class-transformer throws on some hostile shapes (a "constructor" key holding data).
    return {
      ok: false,
      failures: [{ property: '', constraints: ['could not be read (it holds reserved keys such as "constructor")'] }],
    };
  }
  const errors = validateSync(instance, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) return { ok: false, failures: toValidationFailures(errors) };
  return { ok: true, value: instance };
}

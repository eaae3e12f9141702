import { A2AErrorCode, validatePlain } from '@mesh/a2a-contracts';
import type { ClassConstructor } from 'class-transformer';
import { A2ARequestException } from './a2a-request.exception';

/**
 * The parameters of an A2A action, validated as `type` (unknown fields stripped), or a 400
 * VALIDATION_ERROR naming each bad field as `parameters.<path>`.
 */
export function validateActionParameters<T extends object>(
  type: ClassConstructor<T>,
  parameters: unknown,
  action: string,
): T {
  const outcome = validatePlain(type, parameters);
  if (!outcome.ok) {
    const summary = outcome.failures
      .slice(0, 3)
      .map((f) => `${f.property || 'parameters'} ${f.constraints[f.constraints.length - 1]}`)
      .join('; ');
    throw new A2ARequestException(
      A2AErrorCode.ValidationError,
      `The ${action} parameters are invalid: ${summary}.`,
      outcome.failures.map((f) => ({
        property: f.property ? `parameters.${f.property}` : 'parameters',
        constraints: f.constraints,
      })),
    );
  }
  return outcome.value;
}

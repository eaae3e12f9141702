import { HttpStatus, ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { A2AErrorCode, compiledValidatorFor, toValidationFailures } from '@mesh/a2a-contracts';
import { A2ARequestException } from './a2a-request.exception';
import { DeferredJsonBody } from './body/deferred-json-body';

/**
 * Nest's ValidationPipe with the compiled fast path of `@mesh/a2a-contracts` in front: a
 * valid body of a compilable class, with no field the contract does not list, is accepted as
 * it is without class-transformer and class-validator; anything else goes through them as
 * before, so error answers do not change.
 */
class A2AValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    // Not parsed yet: validated where it is parsed (see DeferredJsonBody).
    if (value instanceof DeferredJsonBody) return value;
    if (
      metadata.type === 'body' &&
      typeof type === 'function' &&
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      this.toValidate(metadata)
    ) {
      if (compiledValidatorFor(type as new () => object)?.(value)) return value;
    }
    return super.transform(value, metadata);
  }
}

/** The global pipe: unknown fields stripped, wrong types and missing fields a 400 in the wire format. */
export function createValidationPipe(): ValidationPipe {
  return new A2AValidationPipe({
    whitelist: true,
    transform: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) =>
      new A2ARequestException(
        A2AErrorCode.ValidationError,
        'The request is invalid.',
        toValidationFailures(errors),
        HttpStatus.BAD_REQUEST,
      ),
  });
}

import { HttpStatus, ValidationPipe } from '@nestjs/common';
import { A2AErrorCode, toValidationFailures } from '@mesh/a2a-contracts';
import { A2ARequestException } from './a2a-request.exception';

/** The global pipe: unknown fields stripped, wrong types and missing fields a 400 in the wire format. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    transform: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) =>
      new A2ARequestException(A2AErrorCode.ValidationError, 'The request is invalid.', toValidationFailures(errors), HttpStatus.BAD_REQUEST),
  });
}

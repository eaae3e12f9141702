import { HttpException, HttpStatus } from '@nestjs/common';
import { A2AErrorCode, type A2AErrorBody } from '@mesh/a2a-contracts';

/** A request the planner refuses, with its wire error code and HTTP status. */
export class A2ARequestException extends HttpException {
  constructor(
    readonly code: A2AErrorCode,
    message: string,
    readonly details: unknown[] = [],
    status: HttpStatus = HttpStatus.BAD_REQUEST,
  ) {
    super(message, status);
  }

  toBody(): A2AErrorBody {
    return { code: this.code, message: this.message, details: this.details };
  }
}

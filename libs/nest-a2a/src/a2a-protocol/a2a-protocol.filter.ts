import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { JSON_RPC_REFUSED, jsonRpcErrorBody, restErrorBody } from './a2a-error-bodies';
import { A2A_PATHS } from './a2a-paths';

const REASONS: Readonly<Record<number, string>> = {
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  429: 'RATE_LIMITED',
};

/**
 * Refusals on the A2A routes (API key, rate limit) in the binding's error format, with the HTTP
 * status kept: JSON-RPC gets a JSON-RPC error response, HTTP+JSON an AIP-193 error body.
 */
@Catch()
export class A2AProtocolExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(A2AProtocolExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    const message =
      exception instanceof HttpException && status < 500
        ? exception.message
        : 'The agent failed unexpectedly; the error was logged.';
    if (status >= 500)
      this.logger.error(
        `Unhandled error on ${request.method} ${request.originalUrl}`,
        exception instanceof Error ? exception.stack : String(exception),
      );
    if (response.headersSent) return;
    if (request.originalUrl.startsWith(A2A_PATHS.jsonRpc)) {
      const id = (request.body as { id?: unknown } | undefined)?.id;
      response
        .status(status)
        .json(
          jsonRpcErrorBody(
            status >= 500 ? -32603 : JSON_RPC_REFUSED,
            message,
            typeof id === 'string' || typeof id === 'number' ? id : null,
          ),
        );
      return;
    }
    response
      .status(status)
      .json(restErrorBody(status, REASONS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'INVALID_REQUEST'), message));
  }
}

import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { A2AErrorCode, type A2AErrorResponse } from '@mesh/a2a-contracts';
import { A2ARequestException } from './a2a-request.exception';
import { redactUrl } from './observability/logging';

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
  message?: string;
}

/** The error code for an HTTP status that reached the filter without one of its own. */
function codeForStatus(status: number): A2AErrorCode {
  switch (status) {
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return A2AErrorCode.PayloadTooLarge;
    case HttpStatus.UNAUTHORIZED:
      return A2AErrorCode.Unauthorized;
    case HttpStatus.TOO_MANY_REQUESTS:
      return A2AErrorCode.RateLimited;
    case HttpStatus.NOT_FOUND:
      return A2AErrorCode.NotFound;
    case HttpStatus.UNSUPPORTED_MEDIA_TYPE:
      return A2AErrorCode.UnsupportedMediaType;
    default:
      return status >= 500 ? A2AErrorCode.InternalError : A2AErrorCode.ValidationError;
  }
}

/** The body of a failed @nestjs/terminus health check (`{status: "error", info, error, details}`), if that is what this is. */
function terminusBody(exception: unknown): { status: number; body: object } | undefined {
  if (!(exception instanceof HttpException) || exception.getStatus() !== HttpStatus.SERVICE_UNAVAILABLE)
    return undefined;
  const body = exception.getResponse();
  return typeof body === 'object' &&
    body !== null &&
    (body as { status?: unknown }).status === 'error' &&
    'details' in body
    ? { status: HttpStatus.SERVICE_UNAVAILABLE, body }
    : undefined;
}

/**
 * A zlib error from decompressing a request body with a `Content-Encoding`: gzip and deflate
 * (`Z_DATA_ERROR`, `Z_BUF_ERROR`, ...), brotli (`ERR__ERROR_FORMAT_PADDING_2`, ...), zstd.
 */
function isBodyDecodingError(exception: unknown): boolean {
  if (!(exception instanceof Error)) return false;
  const code = (exception as Error & { code?: unknown }).code;
  return typeof code === 'string' && /^(Z_|ERR__ERROR_|ERR_BROTLI|ERR_ZSTD)/.test(code);
}

function readableTaskId(request: Request | undefined): string | null {
  const body: unknown = request?.body;
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const taskId = (body as Record<string, unknown>)['task_id'];
    if (typeof taskId === 'string' && taskId.length <= 128) return taskId;
  }
  return null;
}

/**
 * Every error leaves in the contract's format:
 * `{task_id, status: "failed", error: {code, message, details}}`. Body-parser failures
 * (bad JSON, oversized bodies) are 400/413; anything unexpected is logged and is a 500
 * without internals.
 */
@Catch()
export class A2AExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(A2AExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request | undefined>();
    const response = context.getResponse<Response>();
    const health = terminusBody(exception);
    if (health) {
      // A failed health check keeps Terminus' own body: probes and people read its details.
      if (!response.headersSent) response.status(health.status).json(health.body);
      return;
    }
    const { status, body } = this.describe(exception);
    if (status >= 500)
      this.logger.error(
        `Unhandled error on ${request?.method} ${redactUrl(request?.url)}`,
        exception instanceof Error ? exception.stack : String(exception),
      );
    if (response.headersSent) return;
    const payload: A2AErrorResponse = { task_id: readableTaskId(request), status: 'failed', error: body };
    response.status(status).json(payload);
  }

  private describe(exception: unknown): { status: number; body: A2AErrorResponse['error'] } {
    if (exception instanceof A2ARequestException) return { status: exception.getStatus(), body: exception.toBody() };
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const cause = exception.cause as BodyParserError | undefined;
      if (cause?.type === 'entity.parse.failed') {
        return {
          status: 400,
          body: { code: A2AErrorCode.MalformedJson, message: 'The request body is not valid JSON.', details: [] },
        };
      }
      const response = exception.getResponse();
      const details =
        typeof response === 'object' && response && 'message' in response && Array.isArray(response.message)
          ? response.message
          : [];
      return { status, body: { code: codeForStatus(status), message: exception.message, details } };
    }
    const parserError = exception as BodyParserError | undefined;
    if (parserError && typeof parserError === 'object' && typeof parserError.type === 'string') {
      if (parserError.type === 'entity.too.large') {
        return {
          status: 413,
          body: {
            code: A2AErrorCode.PayloadTooLarge,
            message: 'The request body is larger than this agent accepts.',
            details: [],
          },
        };
      }
      if (parserError.type === 'entity.parse.failed') {
        return {
          status: 400,
          body: { code: A2AErrorCode.MalformedJson, message: 'The request body is not valid JSON.', details: [] },
        };
      }
      const status = parserError.status ?? parserError.statusCode ?? 400;
      if (status >= 400 && status < 500)
        return {
          status,
          body: { code: codeForStatus(status), message: parserError.message ?? 'Bad request.', details: [] },
        };
    }
    if (isBodyDecodingError(exception)) {
      // A compressed body that does not decompress: body-parser passes zlib's error on with status 400.
      return {
        status: 400,
        body: {
          code: A2AErrorCode.MalformedJson,
          message: 'The request body could not be decoded (check its Content-Encoding).',
          details: [],
        },
      };
    }
    return {
      status: 500,
      body: {
        code: A2AErrorCode.InternalError,
        message: 'The agent failed unexpectedly; the error was logged.',
        details: [],
      },
    };
  }
}

import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { REQUEST_ID_HEADER, requestIdFrom, runWithRequestContext } from './request-context';

/**
 * Makes the request id (the one pino-http assigned, or the caller's) the current request
 * context, so outgoing calls can carry it on.
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction): void {
    const assigned =
      (request as Request & { id?: unknown }).id ??
      response.getHeader(REQUEST_ID_HEADER) ??
      request.headers[REQUEST_ID_HEADER];
    const requestId = requestIdFrom(assigned);
    if (!response.getHeader(REQUEST_ID_HEADER)) response.setHeader(REQUEST_ID_HEADER, requestId);
    runWithRequestContext({ requestId }, () => next());
  }
}

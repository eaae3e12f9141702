import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { A2A_ERROR_CODE } from '@a2a-js/sdk/errors';
import { jsonBodyProblem } from '../json-guard.middleware';
import { memberCapJsonBodyParser } from '../body/member-cap-json-body.middleware';
import type { MemberCapOptions } from '../body/member-cap-json.util';
import { JSON_RPC_REFUSED, jsonRpcErrorBody, restErrorBody } from './a2a-error-bodies';
import { A2A_PATHS } from './a2a-paths';

const JSON_TYPES = ['application/json', 'application/a2a+json'];
const MAX_DEPTH = 64;

interface ParserError {
  type?: string;
}

function isRest(request: Request): boolean {
  return request.originalUrl.startsWith(A2A_PATHS.rest);
}

function mediaTypeOf(request: Request): string | undefined {
  return request.headers['content-type']?.split(';', 1)[0]?.trim().toLowerCase();
}

/** HTTP+JSON: a body in another media type is 415 (the SDK answers 400). */
const restContentType: RequestHandler = (request, response, next) => {
  const mediaType = mediaTypeOf(request);
  if (
    !isRest(request) ||
    request.method === 'GET' ||
    request.method === 'DELETE' ||
    !mediaType ||
    JSON_TYPES.includes(mediaType)
  )
    return next();
  response
    .status(415)
    .json(
      restErrorBody(
        415,
        'CONTENT_TYPE_NOT_SUPPORTED',
        `Unsupported Content-Type "${mediaType}"; send application/json or application/a2a+json.`,
      ),
    );
};

/** Parse failures and oversized bodies, answered in each binding's own error format. */
function parserErrors(error: unknown, request: Request, response: Response, next: NextFunction): void {
  const type = (error as ParserError | undefined)?.type;
  if (type === 'entity.too.large') {
    const message = 'The request body is larger than this agent accepts.';
    response
      .status(413)
      .json(
        isRest(request)
          ? restErrorBody(413, 'PAYLOAD_TOO_LARGE', message)
          : jsonRpcErrorBody(JSON_RPC_REFUSED, message),
      );
    return;
  }
  if (type === 'entity.parse.failed') {
    if (isRest(request)) response.status(400).json(restErrorBody(400, 'INVALID_REQUEST', 'Invalid JSON payload.'));
    else response.status(200).json(jsonRpcErrorBody(A2A_ERROR_CODE.PARSE_ERROR, 'Invalid JSON payload.'));
    return;
  }
  next(error);
}

/** What the JSON parser accepts but the agents must not walk: nesting past 64 levels, `__proto__` keys. */
const bodyShape: RequestHandler = (request, response, next) => {
  const problem =
    request.body && typeof request.body === 'object' ? jsonBodyProblem(request.body, MAX_DEPTH) : undefined;
  if (!problem) return next();
  if (isRest(request)) response.status(400).json(restErrorBody(400, 'INVALID_REQUEST', problem));
  else response.status(200).json(jsonRpcErrorBody(A2A_ERROR_CODE.INVALID_REQUEST, problem));
};

/**
 * Body parsing for the A2A bindings, mounted before the app's own JSON parser: the agent's body
 * limit (413), the protocol's errors for malformed JSON (-32700 on JSON-RPC, 400 on HTTP+JSON)
 * and unsupported media types (415 on HTTP+JSON; JSON-RPC's -32005 comes from the SDK). With
 * `memberCaps`, members beyond the caps are cut before the parse (see `parseJsonWithMemberCaps`).
 */
export function mountA2ABodyParsing(
  app: NestExpressApplication,
  bodyLimit: string,
  memberCaps?: MemberCapOptions,
): void {
  const parse = memberCaps
    ? memberCapJsonBodyParser({ limit: bodyLimit, type: JSON_TYPES, strict: false, caps: memberCaps })
    : express.json({ limit: bodyLimit, type: JSON_TYPES, strict: false });
  app.use([A2A_PATHS.jsonRpc, A2A_PATHS.rest], restContentType, parse, parserErrors, bodyShape);
}

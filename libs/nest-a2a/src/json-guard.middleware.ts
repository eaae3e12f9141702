import { HttpStatus, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { A2AErrorCode } from '@mesh/a2a-contracts';
import { A2ARequestException } from './a2a-request.exception';
import { DeferredJsonBody } from './body/deferred-json-body';

const MAX_DEPTH = 64;

/**
 * What is wrong with a parsed JSON body, walked iteratively (a hostile body cannot blow the
 * stack): nesting deeper than `maxDepth`, or a `__proto__` key anywhere.
 */
export function jsonBodyProblem(value: unknown, maxDepth: number): string | undefined {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= maxDepth) return `The request body is nested deeper than ${maxDepth} levels.`;
    if (Array.isArray(node)) {
      // By index: Object.keys of an array makes a string per item (a plan can hold 200,000 dependencies).
      for (let i = 0; i < node.length; i += 1) {
        const child: unknown = node[i];
        if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
      }
      continue;
    }
    for (const key of Object.keys(node)) {
      if (key === '__proto__') return 'The request body contains a "__proto__" key.';
      const child = (node as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return undefined;
}

/** What the guard refuses in a parsed JSON body (a non-object, nesting too deep, a `__proto__` key), if anything. */
export function guardJsonBody(body: unknown): A2ARequestException | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return new A2ARequestException(A2AErrorCode.ValidationError, 'The request body must be a JSON object.');
  const problem = jsonBodyProblem(body, MAX_DEPTH);
  return problem ? new A2ARequestException(A2AErrorCode.ValidationError, problem) : undefined;
}

/**
 * Rejects what the JSON parser accepts but the planner must not walk: bodies that are not
 * objects, bodies nested deeper than 64 levels, and `__proto__` keys.
 */
@Injectable()
export class JsonGuardMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    if (request.method !== 'POST' && request.method !== 'PUT') return next();
    if (!request.is('application/json')) {
      return next(
        new A2ARequestException(
          A2AErrorCode.UnsupportedMediaType,
          'Send the request as JSON with Content-Type: application/json.',
          [],
          HttpStatus.BAD_REQUEST,
        ),
      );
    }
    const body: unknown = request.body;
    // Not parsed yet: whoever parses it runs the same checks (guardJsonBody; see DeferredJsonBody).
    if (body instanceof DeferredJsonBody) return next();
    const refusal = guardJsonBody(body);
    if (refusal) return next(refusal);
    next();
  }
}

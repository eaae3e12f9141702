import express, { type RequestHandler } from 'express';
import contentType from 'content-type';
import { parseJsonWithMemberCaps, type MemberCapOptions } from './member-cap-json.util';

export interface MemberCapJsonBodyOptions {
  /** Largest accepted body, e.g. `2mb` (413 beyond). */
  readonly limit: string;
  /** Media types parsed (default `application/json`). */
  readonly type?: readonly string[];
  /** As body-parser's `strict`: only objects and arrays at the top (default true). */
  readonly strict?: boolean;
  readonly caps: MemberCapOptions;
}

interface HttpError extends Error {
  status: number;
  statusCode: number;
  expose: boolean;
  type: string;
  charset?: string;
}

function httpError(status: number, message: string | Error, type: string, extra: object = {}): HttpError {
  const error = (typeof message === 'string' ? new Error(message) : message) as HttpError;
  return Object.assign(error, { status, statusCode: status, expose: true, type, ...extra });
}

/** body-parser's `getCharset`: the charset parameter, lower-cased; none when the header does not parse. */
function charsetOf(header: string | undefined): string | undefined {
  try {
    return contentType.parse(header ?? '').parameters['charset']?.toLowerCase();
  } catch {
    return undefined;
  }
}

// body-parser's test for strict mode: the first character that is not JSON white space.
// eslint-disable-next-line no-control-regex
const FIRST_NON_WHITESPACE = /^[\x20\x09\x0a\x0d]*([^\x20\x09\x0a\x0d]|$)/;

/**
 * The JSON body parser (express.json's behaviour: limit → 413, non-UTF charsets → 415, decoding,
 * empty body → `{}`, `strict`, malformed JSON → 400 `entity.parse.failed`), reading the body
 * through {@link parseJsonWithMemberCaps}: members beyond the caps are never materialised.
 * It is express.text (reading, inflating, decoding, the limit) followed by that parse.
 */
export function memberCapJsonBodyParser(options: MemberCapJsonBodyOptions): RequestHandler[] {
  const types = [...(options.type ?? ['application/json'])];
  const strict = options.strict !== false;
  const read = express.text({ limit: options.limit, type: types, defaultCharset: 'utf-8' });
  const charset: RequestHandler = (request, _response, next) => {
    if (!request.is(types)) return next();
    const encoding = charsetOf(request.headers['content-type']) || 'utf-8';
    if (encoding.slice(0, 4) === 'utf-') return next();
    next(
      httpError(415, `unsupported charset "${encoding.toUpperCase()}"`, 'charset.unsupported', { charset: encoding }),
    );
  };
  const parse: RequestHandler = (request, _response, next) => {
    // express.text leaves a string only where it read this body (JSON parsers before it leave objects).
    const body: unknown = request.body;
    if (typeof body !== 'string' || !request.is(types)) return next();
    if (body.length === 0) {
      request.body = {};
      return next();
    }
    try {
      if (strict) {
        const first = FIRST_NON_WHITESPACE.exec(body)?.[1];
        if (first !== '{' && first !== '[') throw new SyntaxError(`Unexpected token ${first ?? 'end'} in JSON`);
      }
      request.body = parseJsonWithMemberCaps(body, options.caps);
    } catch (error) {
      return next(httpError(400, error instanceof Error ? error : String(error), 'entity.parse.failed'));
    }
    next();
  };
  return [charset, read, parse];
}

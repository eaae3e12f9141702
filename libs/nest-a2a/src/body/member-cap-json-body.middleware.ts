import express, { type Request, type RequestHandler } from 'express';
import contentType from 'content-type';
import { DeferredJsonBody } from './deferred-json-body';
import { cutCappedMembers, type MemberCapOptions } from './member-cap-json.util';

export interface MemberCapJsonBodyOptions {
  /** Largest accepted body, e.g. `2mb` (413 beyond). */
  readonly limit: string;
  /** Media types parsed (default `application/json`). */
  readonly type?: readonly string[];
  /** As body-parser's `strict`: only objects and arrays at the top (default true). */
  readonly strict?: boolean;
  readonly caps: MemberCapOptions;
  /**
   * Which UTF-8 bodies are not decoded nor parsed here but handed on as a {@link DeferredJsonBody}
   * (read, inflated and within the limit): `length` is their `Content-Length`. Bodies without one, or
   * in another charset, are parsed here.
   */
  readonly defer?: (request: Request, length: number) => boolean;
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

/** Bodies from this many characters on are scanned and parsed in two turns of the event loop. */
const TWO_TURNS_FROM = 256 * 1024;

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
    let text: string;
    try {
      if (strict) {
        const first = FIRST_NON_WHITESPACE.exec(body)?.[1];
        if (first !== '{' && first !== '[') throw new SyntaxError(`Unexpected token ${first ?? 'end'} in JSON`);
      }
      text = cutCappedMembers(body, options.caps);
    } catch (error) {
      return next(httpError(400, error instanceof Error ? error : String(error), 'entity.parse.failed'));
    }
    const finish = () => {
      try {
        request.body = JSON.parse(text);
      } catch (error) {
        return next(httpError(400, error instanceof Error ? error : String(error), 'entity.parse.failed'));
      }
      next();
    };
    // A large body: the scan and the parse are each a stretch of CPU; /health is served between them.
    if (body.length >= TWO_TURNS_FROM) setImmediate(finish);
    else finish();
  };
  const readBytes = express.raw({ limit: options.limit, type: types });
  const deferred: RequestHandler = (request, response, next) => {
    const length = Number(request.headers['content-length']);
    if (
      !options.defer ||
      !request.is(types) ||
      (charsetOf(request.headers['content-type']) || 'utf-8') !== 'utf-8' ||
      !(length > 0) ||
      !options.defer(request, length)
    )
      return next();
    readBytes(request, response, (error?: unknown) => {
      if (error) return next(error);
      if (Buffer.isBuffer(request.body)) request.body = new DeferredJsonBody(request.body);
      next();
    });
  };
  return [charset, deferred, read, parse];
}

import type { DynamicModule } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule, type Params } from 'nestjs-pino';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-context';
import { DeferredJsonBody } from '../body/deferred-json-body';

export interface LoggingOptions {
  /** The service name on every line (`planner`, `kql_data`, ...). */
  readonly service: string;
  readonly level: string;
  /**
   * Pretty, colourful lines for a person; JSON otherwise. Defaults to `LOG_FORMAT`
   * (`pretty` | `json`) when set, else to whether stdout is a terminal.
   */
  readonly pretty?: boolean;
}

export interface AsyncLoggingOptions {
  /** Modules that provide what `inject` names, when they are not global. */
  readonly imports?: DynamicModule['imports'];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly inject: any[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly useFactory: (...dependencies: any[]) => LoggingOptions;
}

/** Paths whose requests are not logged (probes and scrapes would drown the rest). */
const QUIET_PATHS = /^\/(health|metrics)(\/|$|\?)/;

/** Secrets never reach the logs. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.api_key',
  '*.apiKey',
  '*.password',
  '*.token',
  '*.secret',
];

/** Query parameters whose values never reach the logs. */
const SECRET_QUERY_PARAMETERS =
  /^(api[_-]?key|apikey|key|token|access[_-]?token|secret|password|auth|authorization|signature|sig)$/i;

/** A request URL with the values of secret-looking query parameters replaced (`?api_key=[redacted]`). */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const query = url.indexOf('?');
  if (query < 0) return url;
  const redacted = url
    .slice(query + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals < 0 ? pair : pair.slice(0, equals);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // a malformed escape: match the raw name
      }
      return equals >= 0 && SECRET_QUERY_PARAMETERS.test(decoded.trim()) ? `${name}=[redacted]` : pair;
    })
    .join('&');
  return `${url.slice(0, query)}?${redacted}`;
}

interface BodyCarrier {
  body?: unknown;
  params?: Record<string, string>;
}

/** The task and journey ids a request is about, when its body or route names them. */
function idsOf(request: IncomingMessage & BodyCarrier): Record<string, string> {
  const out: Record<string, string> = {};
  const body = request.body;
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const record = body as Record<string, unknown>;
    if (typeof record['task_id'] === 'string') out['task_id'] = record['task_id'].slice(0, 128);
    const params = record['parameters'] as Record<string, unknown> | undefined;
    const journey = (params?.['execution_context'] as Record<string, unknown> | undefined)?.['journey_id'];
    if (typeof journey === 'string') out['journey_id'] = journey.slice(0, 128);
    // A body parsed in another thread: the ids it was found to carry.
    if (body instanceof DeferredJsonBody && body.journey_id) out['journey_id'] = body.journey_id.slice(0, 128);
  }
  const journeyParam = request.params?.['id'];
  if (journeyParam && request.url?.startsWith('/journeys/')) out['journey_id'] = journeyParam.slice(0, 128);
  return out;
}

/**
 * Structured logs with nestjs-pino: one JSON line per event (pretty at a terminal), a request
 * id taken from or added as `x-request-id`, the task/journey id on request lines, secrets
 * redacted.
 */
export function createLoggingModule(options: AsyncLoggingOptions): DynamicModule {
  return LoggerModule.forRootAsync({
    imports: options.imports ?? [],
    inject: options.inject,
    useFactory: (...dependencies: unknown[]) => pinoParams(options.useFactory(...dependencies)),
  });
}

/** nestjs-pino parameters for the options. */
export function pinoParams(options: LoggingOptions): Params {
  const format = process.env['LOG_FORMAT']?.trim().toLowerCase();
  const pretty =
    options.pretty ?? (format === 'pretty' || format === 'json' ? format === 'pretty' : Boolean(process.stdout.isTTY));
  return {
    pinoHttp: {
      level: options.level,
      base: { service: options.service },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      genReqId: (request: IncomingMessage, response: ServerResponse) => {
        const id = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
        response.setHeader(REQUEST_ID_HEADER, id);
        return id;
      },
      customProps: (request: IncomingMessage) => idsOf(request as IncomingMessage & BodyCarrier),
      autoLogging: { ignore: (request: IncomingMessage) => QUIET_PATHS.test(request.url ?? '') },
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          url: redactUrl(request.url),
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      ...(pretty
        ? {
            transport: {
              target: 'pino-pretty',
              options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' },
            },
          }
        : {}),
    },
  };
}

import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { MemberCapJsonBodyOptions } from './body/member-cap-json-body.middleware';
import { A2AExceptionFilter } from './a2a-exception.filter';
import { mountA2ABodyParsing } from './a2a-protocol/a2a-body.middleware';
import { memberCapJsonBodyParser } from './body/member-cap-json-body.middleware';
import type { MemberCapOptions } from './body/member-cap-json.util';
import { createValidationPipe } from './validation.pipe';

export interface A2AAppOptions {
  /** Largest accepted JSON body, e.g. `2mb`. */
  readonly bodyLimit: string;
  /** Origins allowed by CORS; CORS stays off when empty or absent. */
  readonly corsOrigins?: readonly string[];
  /**
   * Parts of a JSON body of which only the first members are read (see `parseJsonWithMemberCaps`),
   * on every route that takes JSON (the A2A bindings too); absent: express.json reads the whole body.
   */
  readonly memberCaps?: MemberCapOptions;
  /** With `memberCaps`: the JSON bodies left unparsed, as a `DeferredJsonBody` (see `memberCapJsonBodyParser`). */
  readonly deferBody?: MemberCapJsonBodyOptions['defer'];
}

/**
 * Everything an agent's main.ts sets on its app, shared with the tests so they run the real
 * thing: the JSON body parser with its size limit, the validation pipe, the error filter in
 * the wire format. Create the app with `{ bodyParser: false }`; `runAgentApp` (an agent's
 * main.ts) does, hands the logs to nestjs-pino and drains requests on SIGTERM/SIGINT/SIGHUP
 * (Nest's own shutdown hooks would close waiting connections at once).
 */
export function configureA2AApp(app: NestExpressApplication, options: A2AAppOptions): NestExpressApplication {
  // The official A2A bindings parse their own bodies first, to answer in the protocol's error format.
  mountA2ABodyParsing(app, options.bodyLimit, options.memberCaps);
  if (options.memberCaps)
    app.use(memberCapJsonBodyParser({ limit: options.bodyLimit, caps: options.memberCaps, defer: options.deferBody }));
  else app.useBodyParser('json', { limit: options.bodyLimit });
  if (options.corsOrigins && options.corsOrigins.length > 0) app.enableCors({ origin: [...options.corsOrigins] });
  // Body-parser errors (bad JSON, too large) happen before Nest's routing: answer them in the wire format.
  const filter = new A2AExceptionFilter();
  app.use((error: unknown, request: Request, response: Response, next: NextFunction) => {
    if (response.headersSent) return next(error);
    filter.catch(error, {
      switchToHttp: () => ({ getRequest: () => request, getResponse: () => response, getNext: () => next }),
    } as never);
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(filter);
  app.disable('x-powered-by');
  return app;
}

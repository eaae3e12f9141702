import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { A2AExceptionFilter } from './a2a-exception.filter';
import { mountA2ABodyParsing } from './a2a-protocol/a2a-body.middleware';
import { createValidationPipe } from './validation.pipe';

export interface A2AAppOptions {
  /** Largest accepted JSON body, e.g. `2mb`. */
  readonly bodyLimit: string;
  /** Origins allowed by CORS; CORS stays off when empty or absent. */
  readonly corsOrigins?: readonly string[];
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
  mountA2ABodyParsing(app, options.bodyLimit);
  app.useBodyParser('json', { limit: options.bodyLimit });
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

import { Logger, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoLogger } from 'nestjs-pino';

export interface AgentAppBootstrap {
  /** The app's root module. */
  readonly module: Type<unknown>;
  /** The app's own setup (its `configureApp`, shared with its tests). */
  readonly configure: (app: NestExpressApplication) => unknown;
  /** Where it listens, read from its validated settings, and the line logged once it does. */
  readonly address: (app: NestExpressApplication) => { readonly port: number; readonly host: string; readonly banner: string };
}

/**
 * Ends an agent whose start-up failed, saying why on stderr. Once the app has handed Nest's
 * logs to pino, a `Logger.error` just before `process.exit` is lost (pino writes
 * asynchronously), and a port already in use would end the process without a word.
 */
export function exitOnBootstrapFailure(error: unknown, stderr: Pick<NodeJS.WriteStream, 'write'> = process.stderr): never {
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`[Bootstrap] start-up failed: ${message}\n`);
  process.exit(1);
}

async function start({ module, configure, address }: AgentAppBootstrap): Promise<void> {
  // configureA2AApp installs the JSON body parser with its limit, so Nest's own stays off.
  const app = await NestFactory.create<NestExpressApplication>(module, { bodyParser: false, bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(PinoLogger));
  configure(app);
  const { port, host, banner } = address(app);
  await app.listen(port, host);
  Logger.log(banner, 'Bootstrap');
}

/** An agent's main.ts: create the app, hand its logs to pino, set it up, listen; on failure say why and exit 1. */
export function runAgentApp(bootstrap: AgentAppBootstrap): void {
  start(bootstrap).catch(exitOnBootstrapFailure);
}

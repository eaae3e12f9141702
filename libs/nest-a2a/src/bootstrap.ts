import { Logger, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import { Logger as PinoLogger, PinoLogger as RootPinoLogger } from 'nestjs-pino';
import { HttpDrain } from './http-drain';

export interface AgentAppBootstrap {
  /** The app's root module. */
  readonly module: Type<unknown>;
  /** The app's own setup (its `configureApp`, shared with its tests). */
  readonly configure: (app: NestExpressApplication) => unknown;
  /** Where it listens, read from its validated settings, and the line logged once it does. */
  readonly address: (app: NestExpressApplication) => {
    readonly port: number;
    readonly host: string;
    readonly banner: string;
  };
}

/**
 * Ends an agent whose start-up failed, saying why on stderr. Once the app has handed Nest's
 * logs to pino, a `Logger.error` just before `process.exit` is lost (pino writes
 * asynchronously), and a port already in use would end the process without a word.
 */
export function exitOnBootstrapFailure(
  error: unknown,
  stderr: Pick<NodeJS.WriteStream, 'write'> = process.stderr,
): never {
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`[Bootstrap] start-up failed: ${message}\n`);
  process.exit(1);
}

/** The drain deadline on SIGTERM/SIGINT, from `SHUTDOWN_DRAIN_TIMEOUT` (seconds, 0-300, default 10). */
export function drainTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['SHUTDOWN_DRAIN_TIMEOUT']?.trim();
  if (raw === undefined || raw === '') return 10_000;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 300)
    throw new Error(`SHUTDOWN_DRAIN_TIMEOUT must be a number of seconds from 0 to 300, not "${raw}"`);
  return Math.round(seconds * 1000);
}

/** Flushes pino's buffered lines (an async destination loses them when the process ends). */
function flushLogs(): Promise<void> {
  const root = (RootPinoLogger as unknown as { root?: { flush?: (callback?: (error?: Error) => void) => void } }).root;
  return new Promise((resolve) => {
    if (!root?.flush) return resolve();
    const timer = setTimeout(resolve, 1000);
    root.flush(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * On SIGTERM, SIGINT or SIGHUP: stop accepting, answer every request already accepted (at most
 * `timeoutMs`), run Nest's shutdown hooks, flush the logs, exit 0 (1 when requests were cut
 * off). A second signal cuts the drain short.
 */
export function exitGracefullyOnSignals(
  app: NestExpressApplication,
  timeoutMs: number,
  exit: (code: number) => void = (code) => process.exit(code),
): { readonly drain: HttpDrain; readonly stopListening: () => void } {
  const drain = new HttpDrain(app.getHttpServer() as Server);
  const logger = new Logger('Shutdown');
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn(`${signal} again: closing every connection now`);
      (app.getHttpServer() as Server).closeAllConnections();
      return;
    }
    stopping = true;
    logger.log(`${signal}: draining ${drain.inFlight} request(s) in flight (at most ${timeoutMs} ms)`);
    void (async () => {
      let code = 0;
      try {
        const outcome = await drain.drain({ timeoutMs });
        if (!outcome.drained) code = 1;
        logger.log(`drained: ${outcome.answered} answered, ${outcome.cutOff} cut off`);
        await app.close();
      } catch (error) {
        code = 1;
        logger.error(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      await flushLogs();
      exit(code);
    })();
  };
  const signals = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;
  for (const signal of signals) process.on(signal, onSignal);
  return { drain, stopListening: () => signals.forEach((signal) => process.off(signal, onSignal)) };
}

async function start({ module, configure, address }: AgentAppBootstrap): Promise<void> {
  const timeoutMs = drainTimeoutMs();
  // configureA2AApp installs the JSON body parser with its limit, so Nest's own stays off.
  const app = await NestFactory.create<NestExpressApplication>(module, {
    bodyParser: false,
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(PinoLogger));
  configure(app);
  const { port, host, banner } = address(app);
  await app.listen(port, host);
  exitGracefullyOnSignals(app, timeoutMs);
  Logger.log(banner, 'Bootstrap');
}

/** An agent's main.ts: create the app, hand its logs to pino, set it up, listen; on failure say why and exit 1. */
export function runAgentApp(bootstrap: AgentAppBootstrap): void {
  start(bootstrap).catch(exitOnBootstrapFailure);
}

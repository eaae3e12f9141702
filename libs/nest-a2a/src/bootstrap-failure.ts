/**
 * Ends an agent whose start-up failed, saying why on stderr. Once main.ts has handed Nest's
 * logs to pino, a `Logger.error` just before `process.exit` is lost (pino writes
 * asynchronously), and a port already in use would end the process without a word.
 */
export function exitOnBootstrapFailure(error: unknown, stderr: Pick<NodeJS.WriteStream, 'write'> = process.stderr): never {
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`[Bootstrap] start-up failed: ${message}\n`);
  process.exit(1);
}

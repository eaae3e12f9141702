import { LlmCallError } from './llm.port';

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function causeCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

/** A call stopped by its signal: `timeout` when the deadline fired, `aborted` otherwise (shutdown). */
export function abortedCallError(signal: AbortSignal, server: string): LlmCallError {
  const reason = signal.reason as { name?: string } | undefined;
  return reason?.name === 'TimeoutError'
    ? new LlmCallError('timeout', `${server} did not answer in time`)
    : new LlmCallError('aborted', 'the call was cancelled');
}

/** An HTTP error status of an LLM server, classified. */
export function statusCallError(status: number, server: string, message: string): LlmCallError {
  if (status === 401 || status === 403)
    return new LlmCallError('unauthorized', `${server} refused the credentials (${status}): ${message}`, status);
  if (status === 404) return new LlmCallError('model_missing', `${server}: ${message}`, status);
  if (status === 503 || status === 429)
    return new LlmCallError('busy', `${server} is busy (${status}): ${message}`, status);
  if (status >= 500) return new LlmCallError('server_error', `${server} failed (${status}): ${message}`, status);
  return new LlmCallError('bad_response', `${server} refused the request (${status}): ${message}`, status);
}

/** A network or parsing error of `fetch` (no HTTP status), classified. */
export function transportCallError(error: unknown, signal: AbortSignal, server: string): LlmCallError {
  if (error instanceof LlmCallError) return error;
  if (signal.aborted) return abortedCallError(signal, server);
  const message = error instanceof Error ? error.message : String(error);
  const code = causeCode(error);
  if (code && UNREACHABLE_CODES.has(code)) return new LlmCallError('unreachable', `${server} is unreachable (${code})`);
  // By name: undici's `json()` throws a SyntaxError of another realm under Jest.
  if ((error as { name?: unknown } | undefined)?.name === 'SyntaxError')
    return new LlmCallError('bad_response', `${server} sent a body that is not JSON: ${message}`);
  return new LlmCallError('server_error', `${server} call failed: ${code ?? message}`);
}

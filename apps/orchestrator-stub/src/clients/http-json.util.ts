import { propagationHeaders } from '@mesh/nest-a2a';

/** Why an HTTP call gave no response to read. */
export type HttpFailureKind = 'timeout' | 'aborted' | 'unreachable' | 'too_large';

export class HttpCallError extends Error {
  constructor(
    readonly kind: HttpFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'HttpCallError';
  }
}

export interface JsonRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Every call has one: the caller's timeout (`AbortSignal.timeout`), maybe combined with others. */
  readonly signal: AbortSignal;
  /** Largest response body read, bytes. */
  readonly maxBytes?: number;
}

export interface JsonReply {
  readonly status: number;
  /** The parsed JSON body; undefined when the body is empty or not JSON. */
  readonly body: unknown;
}

const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

function isTimeout(signal: AbortSignal): boolean {
  return (signal.reason as { name?: string } | undefined)?.name === 'TimeoutError';
}

async function readBounded(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new HttpCallError('too_large', `the response is larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * One HTTP call with a JSON body and a JSON answer, over Node's global fetch. Resolves with
 * any HTTP status; rejects with an `HttpCallError` when no answer could be read (timeout,
 * abort, connection refused, DNS, oversized body).
 */
export async function requestJson(request: JsonRequest): Promise<JsonReply> {
  const { signal } = request;
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: {
        accept: 'application/json',
        ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...propagationHeaders(),
        ...request.headers,
      },
      body: request.body !== undefined ? JSON.stringify(request.body) : undefined,
      signal,
      redirect: 'error',
    });
    const text = await readBounded(response, request.maxBytes ?? DEFAULT_MAX_BYTES);
    let body: unknown;
    try {
      body = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { status: response.status, body };
  } catch (error) {
    if (error instanceof HttpCallError) throw error;
    if (signal.aborted) {
      throw isTimeout(signal) ? new HttpCallError('timeout', 'timed out') : new HttpCallError('aborted', 'aborted');
    }
    throw new HttpCallError('unreachable', networkReason(error));
  }
}

/** The `error` of a response in the wire's error format, if it has one. */
export function wireError(body: unknown): { code: string; message: string; details: unknown[] } | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const error = (body as Record<string, unknown>)['error'];
  if (!error || typeof error !== 'object') return undefined;
  const { code, message, details } = error as Record<string, unknown>;
  if (typeof code !== 'string') return undefined;
  return {
    code,
    message: typeof message === 'string' ? message : code,
    details: Array.isArray(details) ? details : [],
  };
}

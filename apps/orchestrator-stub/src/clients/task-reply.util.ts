import type { A2AErrorCode } from '@mesh/a2a-contracts';
import { MeshCallException } from '../journeys/mesh-call.exception';
import { HttpCallError, wireError, type JsonReply } from './http-json.util';

/**
 * The `result` of a `POST /a2a/task` answer, or a `MeshCallException`: the agent's own error
 * when it sent one in the wire format, else `fallback` (the agent answered nonsense).
 */
export function taskResult(reply: JsonReply, who: string, fallback: A2AErrorCode): unknown {
  const body = reply.body as Record<string, unknown> | undefined;
  if (
    reply.status >= 200 &&
    reply.status < 300 &&
    body &&
    typeof body === 'object' &&
    body['status'] === 'completed' &&
    'result' in body
  ) {
    return body['result'];
  }
  const error = wireError(body);
  if (error) throw new MeshCallException(error.code, `${who} answered ${error.code}: ${error.message}`, error.details);
  throw new MeshCallException(fallback, `${who} answered HTTP ${reply.status} without a result in the A2A format.`);
}

/** The `MeshCallException` for a call that got no answer. */
export function unansweredCall(
  error: unknown,
  who: string,
  timeoutMs: number,
  codes: { timeout: A2AErrorCode; unreachable: A2AErrorCode },
): MeshCallException {
  if (error instanceof MeshCallException) return error;
  if (error instanceof HttpCallError) {
    switch (error.kind) {
      case 'timeout':
      case 'aborted':
        return new MeshCallException(codes.timeout, `${who} did not answer within ${timeoutMs / 1000} s.`);
      case 'too_large':
        return new MeshCallException(codes.unreachable, `${who} answered too much: ${error.message}.`);
      case 'unreachable':
        return new MeshCallException(codes.unreachable, `${who} is unreachable (${error.message}).`);
    }
  }
  return new MeshCallException(
    codes.unreachable,
    `${who} could not be called: ${error instanceof Error ? error.message : String(error)}.`,
  );
}

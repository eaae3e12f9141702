import { A2A_ERROR_CODE } from '@a2a-js/sdk/errors';

/** google.rpc status names used in HTTP+JSON error bodies, by HTTP status. */
const REST_STATUS_NAMES: Readonly<Record<number, string>> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  413: 'INVALID_ARGUMENT',
  415: 'INVALID_ARGUMENT',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
};

/** An HTTP+JSON error body (AIP-193: `{error: {code, status, message, details}}`) with a `google.rpc.ErrorInfo` detail. */
export function restErrorBody(httpStatus: number, reason: string, message: string): object {
  return {
    error: {
      code: httpStatus,
      status: REST_STATUS_NAMES[httpStatus] ?? (httpStatus >= 500 ? 'INTERNAL' : 'INVALID_ARGUMENT'),
      message,
      details: [
        { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason, domain: 'a2a-protocol.org', metadata: {} },
      ],
    },
  };
}

/** A JSON-RPC 2.0 error response. */
export function jsonRpcErrorBody(code: number, message: string, id: string | number | null = null): object {
  return { jsonrpc: '2.0', id, error: { code, message } };
}

/** The JSON-RPC code for an HTTP-level refusal (size, key, rate): the request as a whole is refused. */
export const JSON_RPC_REFUSED = A2A_ERROR_CODE.INVALID_REQUEST;

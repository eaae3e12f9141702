/** Where every agent serves the official A2A bindings, beside its own `/a2a/task`. */
export const A2A_PATHS = {
  card: '/.well-known/agent-card.json',
  jsonRpc: '/a2a/jsonrpc',
  rest: '/a2a/rest',
} as const;

/** The A2A protocol version the agents speak (the `A2A-Version` header and the card's interfaces). */
export const A2A_PROTOCOL_VERSION = '1.0';

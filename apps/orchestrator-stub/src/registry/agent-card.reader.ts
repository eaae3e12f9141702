import { AgentCard } from '@a2a-js/sdk';
import { A2A_PATHS, A2A_PROTOCOL_VERSION } from '@mesh/nest-a2a';
import { requestJson } from '../clients/http-json.util';

const BINDINGS = new Set(['JSONRPC', 'HTTP+JSON']);

/** What reading an agent's card found: the card, none (the agent answered without one), or no answer. */
export type CardReading =
  { readonly kind: 'card'; readonly card: AgentCard } | { readonly kind: 'none' } | { readonly kind: 'no_answer' };

/**
 * The A2A 1.0 agent card an agent publishes at `/.well-known/agent-card.json`, when it has one
 * with a JSON-RPC or HTTP+JSON interface at version 1.0; `none` when it answers without one
 * (the agent speaks only the mesh's `/a2a/task`); `no_answer` when it does not answer in time.
 * Never throws.
 */
export async function readAgentCard(baseUrl: string, timeoutMs: number): Promise<CardReading> {
  let body: unknown;
  try {
    const reply = await requestJson({
      method: 'GET',
      url: `${baseUrl}${A2A_PATHS.card}`,
      signal: AbortSignal.timeout(timeoutMs),
      maxBytes: 1024 * 1024,
    });
    if (reply.status !== 200 || !reply.body || typeof reply.body !== 'object') return { kind: 'none' };
    body = reply.body;
  } catch {
    return { kind: 'no_answer' };
  }
  try {
    const card = AgentCard.fromJSON(body);
    const speaks = card.supportedInterfaces.some(
      (i) => BINDINGS.has(i.protocolBinding) && i.protocolVersion === A2A_PROTOCOL_VERSION,
    );
    return speaks ? { kind: 'card', card } : { kind: 'none' };
  } catch {
    return { kind: 'none' };
  }
}

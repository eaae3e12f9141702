import { AgentCard } from '@a2a-js/sdk';
import { A2A_PATHS, A2A_PROTOCOL_VERSION } from '@mesh/nest-a2a';
import { requestJson } from '../clients/http-json.util';

const BINDINGS = new Set(['JSONRPC', 'HTTP+JSON']);

/**
 * The A2A 1.0 agent card an agent publishes at `/.well-known/agent-card.json`, when it has one
 * with a JSON-RPC or HTTP+JSON interface at version 1.0; undefined otherwise (the agent speaks
 * only the mesh's `/a2a/task`). Never throws.
 */
export async function readAgentCard(baseUrl: string, timeoutMs: number): Promise<AgentCard | undefined> {
  try {
    const reply = await requestJson({ method: 'GET', url: `${baseUrl}${A2A_PATHS.card}`, signal: AbortSignal.timeout(timeoutMs), maxBytes: 1024 * 1024 });
    if (reply.status !== 200 || !reply.body || typeof reply.body !== 'object') return undefined;
    const card = AgentCard.fromJSON(reply.body);
    return card.supportedInterfaces.some((i) => BINDINGS.has(i.protocolBinding) && i.protocolVersion === A2A_PROTOCOL_VERSION) ? card : undefined;
  } catch {
    return undefined;
  }
}

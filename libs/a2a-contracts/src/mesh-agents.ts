import type { AvailableAgents } from './agents.dto';
import { CAPABILITY, KNOWN_KNOWLEDGE_DOMAINS, KNOWN_PLATFORMS } from './constants';

/** The agents of the standard mesh: a knowledge agent per domain, a data agent per platform. */
export const STANDARD_MESH_AGENT_IDS: readonly string[] = [
  ...KNOWN_KNOWLEDGE_DOMAINS.map((domain) => `${domain}_knowledge`),
  ...KNOWN_PLATFORMS.map((platform) => `${platform}_data`),
];

const KNOWLEDGE_ID = /^([a-z0-9]{1,64})_knowledge$/;
const DATA_ID = /^([a-z0-9]{1,64})_data$/;

/**
 * The available agents named by mesh agent ids (`<domain>_knowledge`, `<platform>_data`, as the
 * mesh names them), or the first id that follows neither pattern.
 */
export function meshAgentsFromIds(ids: readonly string[]): { ok: true; agents: AvailableAgents } | { ok: false; problem: string } {
  const agents: Required<Pick<AvailableAgents, 'knowledge' | 'data'>> = { knowledge: [], data: [] };
  for (const id of ids) {
    const knowledge = KNOWLEDGE_ID.exec(id);
    const data = DATA_ID.exec(id);
    if (knowledge) {
      agents.knowledge.push({ agent_id: id, agent_name: `${knowledge[1]} knowledge`, capabilities: [CAPABILITY.retrieveContext], knowledge_domain: knowledge[1] });
    } else if (data) {
      agents.data.push({ agent_id: id, agent_name: `${data[1]} data`, capabilities: [CAPABILITY.generateQuery], platform: data[1] });
    } else {
      return { ok: false, problem: `"${id}" is neither <domain>_knowledge nor <platform>_data` };
    }
  }
  return { ok: true, agents };
}

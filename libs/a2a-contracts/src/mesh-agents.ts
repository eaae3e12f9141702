import type { AvailableAgents } from './agents.dto';
import { CAPABILITY, KNOWN_KNOWLEDGE_DOMAINS, KNOWN_PLATFORMS } from './constants';

/** The planner's and the orchestrator's default ports in the standard mesh. */
export const MESH_DEFAULT_PORTS = { planner: 9000, orchestrator: 8000 } as const;

/** One agent of the standard mesh: what the launcher starts and the apps default to. */
export interface MeshAgentEntry {
  readonly agent_id: string;
  readonly agent_name: string;
  readonly kind: 'knowledge' | 'data';
  /** The knowledge domain (kind `knowledge`) or the data platform (kind `data`): the service's short name. */
  readonly key: string;
  /** The port offset from the planner's port; the default port is `MESH_DEFAULT_PORTS.planner + offset`. */
  readonly port_offset: number;
  readonly default_port: number;
}

const entry = (kind: MeshAgentEntry['kind'], key: string, port_offset: number): MeshAgentEntry => ({
  agent_id: `${key}_${kind}`,
  agent_name: `${key.toUpperCase()} ${kind === 'knowledge' ? 'Knowledge' : 'Data'} Agent`,
  kind,
  key,
  port_offset,
  default_port: MESH_DEFAULT_PORTS.planner + port_offset,
});

/**
 * THE table of the standard mesh's agents: a knowledge agent per known domain (ports 9101…), a
 * data agent per known platform (ports 9201…). The launcher, the e2e harness, the mock agents'
 * defaults, the orchestrator's default agent URLs and the planner's PLANNER_MESH_AGENTS read it.
 */
export const MESH_AGENTS: readonly MeshAgentEntry[] = [
  ...KNOWN_KNOWLEDGE_DOMAINS.map((domain, i) => entry('knowledge', domain, 101 + i)),
  ...KNOWN_PLATFORMS.map((platform, i) => entry('data', platform, 201 + i)),
];

/** The mesh agent of a domain or platform key (`sop`, `kql`), if the standard mesh has one. */
export function meshAgentOf(kind: MeshAgentEntry['kind'], key: string): MeshAgentEntry | undefined {
  return MESH_AGENTS.find((agent) => agent.kind === kind && agent.key === key);
}

/** The agents of the standard mesh: a knowledge agent per domain, a data agent per platform. */
export const STANDARD_MESH_AGENT_IDS: readonly string[] = MESH_AGENTS.map((agent) => agent.agent_id);

const KNOWLEDGE_ID = /^([a-z0-9]{1,64})_knowledge$/;
const DATA_ID = /^([a-z0-9]{1,64})_data$/;

/**
 * The available agents named by mesh agent ids (`<domain>_knowledge`, `<platform>_data`, as the
 * mesh names them), or the first id that follows neither pattern.
 */
export function meshAgentsFromIds(
  ids: readonly string[],
): { ok: true; agents: AvailableAgents } | { ok: false; problem: string } {
  const agents: Required<Pick<AvailableAgents, 'knowledge' | 'data'>> = { knowledge: [], data: [] };
  for (const id of ids) {
    const knowledge = KNOWLEDGE_ID.exec(id);
    const data = DATA_ID.exec(id);
    if (knowledge) {
      agents.knowledge.push({
        agent_id: id,
        agent_name: `${knowledge[1]} knowledge`,
        capabilities: [CAPABILITY.retrieveContext],
        knowledge_domain: knowledge[1],
      });
    } else if (data) {
      agents.data.push({
        agent_id: id,
        agent_name: `${data[1]} data`,
        capabilities: [CAPABILITY.generateQuery],
        platform: data[1],
      });
    } else {
      return { ok: false, problem: `"${id}" is neither <domain>_knowledge nor <platform>_data` };
    }
  }
  return { ok: true, agents };
}

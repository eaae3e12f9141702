import { KNOWN_KNOWLEDGE_DOMAINS, KNOWN_PLATFORMS } from './constants';
import {
  MESH_AGENTS,
  MESH_DEFAULT_PORTS,
  STANDARD_MESH_AGENT_IDS,
  meshAgentOf,
  meshAgentsFromIds,
} from './mesh-agents';

describe('MESH_AGENTS', () => {
  it('has a knowledge agent per known domain and a data agent per known platform, on 9101… and 9201…', () => {
    expect(MESH_AGENTS.map((a) => [a.agent_id, a.default_port])).toEqual([
      ['sop_knowledge', 9101],
      ['errors_knowledge', 9102],
      ['wiki_knowledge', 9103],
      ['kql_data', 9201],
      ['spl_data', 9202],
      ['sql_data', 9203],
    ]);
    expect(MESH_AGENTS.filter((a) => a.kind === 'knowledge').map((a) => a.key)).toEqual([...KNOWN_KNOWLEDGE_DOMAINS]);
    expect(MESH_AGENTS.filter((a) => a.kind === 'data').map((a) => a.key)).toEqual([...KNOWN_PLATFORMS]);
  });

  it('gives every agent its own port, apart from the planner and the orchestrator', () => {
    const ports = [
      ...MESH_AGENTS.map((a) => a.default_port),
      MESH_DEFAULT_PORTS.planner,
      MESH_DEFAULT_PORTS.orchestrator,
    ];

    expect(new Set(ports).size).toBe(ports.length);
  });

  it('names the agents as the mock agents introduce themselves', () => {
    expect(meshAgentOf('knowledge', 'sop')?.agent_name).toBe('SOP Knowledge Agent');
    expect(meshAgentOf('data', 'kql')?.agent_name).toBe('KQL Data Agent');
    expect(meshAgentOf('data', 'sop')).toBeUndefined();
  });

  it('is what PLANNER_MESH_AGENTS defaults to, and those ids read back into the same agents', () => {
    const read = meshAgentsFromIds(STANDARD_MESH_AGENT_IDS);

    expect(read.ok && read.agents.knowledge!.map((a) => a.knowledge_domain)).toEqual([...KNOWN_KNOWLEDGE_DOMAINS]);
    expect(read.ok && read.agents.data!.map((a) => a.platform)).toEqual([...KNOWN_PLATFORMS]);
  });
});

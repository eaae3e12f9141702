import type { AgentDescriptor, AvailableAgents } from '@mesh/a2a-contracts';
import { CAPABILITY } from '@mesh/a2a-contracts/wire';

/** The available agents, cleaned up for planning: deduplicated, capability-checked, indexed. */
export interface AgentDirectory {
  /** Knowledge agents able to `retrieve_context`, in the order given. */
  readonly knowledge: readonly AgentDescriptor[];
  /** Data agents able to `generate_query`, in the order given. */
  readonly data: readonly AgentDescriptor[];
  /** Every agent id of `available_agents`, whatever its kind. */
  readonly ids: ReadonlySet<string>;
  /** Platforms some usable data agent serves (lower-case, sorted). */
  readonly dataPlatforms: readonly string[];
  /** Domains some usable knowledge agent serves (lower-case, sorted). */
  readonly knowledgeDomains: readonly string[];
  /** What was set aside and why (duplicates, missing capabilities). */
  readonly notes: readonly string[];
}

/** An agent with no capability list is taken at its kind's word; one with a list must name the action. */
function canDo(agent: AgentDescriptor, capability: string): boolean {
  const capabilities = agent.capabilities;
  return !capabilities || capabilities.length === 0 || capabilities.includes(capability);
}

export function normalizeKey(value: string | undefined): string {
  return (value ?? '').trim().toLowerCase();
}

export function buildAgentDirectory(available: AvailableAgents | undefined): AgentDirectory {
  const ids = new Set<string>();
  const notes: string[] = [];
  const seen = new Set<string>();

  const usable = (
    agents: readonly AgentDescriptor[] | undefined,
    kind: string,
    capability: string,
    keyOf: (a: AgentDescriptor) => string,
  ) => {
    const out: AgentDescriptor[] = [];
    for (const agent of agents ?? []) {
      ids.add(agent.agent_id);
      if (seen.has(agent.agent_id)) {
        notes.push(`duplicate agent ${agent.agent_id} ignored`);
        continue;
      }
      seen.add(agent.agent_id);
      if (!canDo(agent, capability)) {
        notes.push(`${kind} agent ${agent.agent_id} lacks ${capability}`);
        continue;
      }
      if (!keyOf(agent)) {
        notes.push(`${kind} agent ${agent.agent_id} names no ${kind === 'data' ? 'platform' : 'domain'}`);
        continue;
      }
      out.push(agent);
    }
    return out;
  };

  for (const agent of available?.planner ?? []) ids.add(agent.agent_id);
  const knowledge = usable(available?.knowledge, 'knowledge', CAPABILITY.retrieveContext, (a) =>
    normalizeKey(a.knowledge_domain),
  );
  const data = usable(available?.data, 'data', CAPABILITY.generateQuery, (a) => normalizeKey(a.platform));

  return {
    knowledge,
    data,
    ids,
    dataPlatforms: [...new Set(data.map((a) => normalizeKey(a.platform)))].sort(),
    knowledgeDomains: [...new Set(knowledge.map((a) => normalizeKey(a.knowledge_domain)))].sort(),
    notes,
  };
}

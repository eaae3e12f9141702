import type { AgentDescriptor, QueryAnalysis, SelectedAgents } from '@mesh/a2a-contracts';
import { normalizeKey, type AgentDirectory } from '../context/agent-directory';
import { stems } from '../analysis/text.util';
import { PlannerErrorCode, PlannerException } from '../planner.exception';
import { KNOWLEDGE_DOMAIN_BY_NAME } from './knowledge-domains';

export interface SelectionInput {
  readonly naturalLanguage: string;
  readonly analysis: QueryAnalysis;
  readonly agents: AgentDirectory;
  /** Agents that must not be chosen (reported unavailable or failed). */
  readonly exclude?: ReadonlySet<string>;
}

export interface DroppedPlatform {
  readonly platform: string;
  readonly reason: string;
}

export interface SelectionOutcome {
  readonly selected: SelectedAgents;
  /** Platforms that will be queried, in the analysis' order. */
  readonly platforms: readonly string[];
  readonly dropped: readonly DroppedPlatform[];
  /** domain of each chosen knowledge agent, by agent id. */
  readonly knowledgeDomains: ReadonlyMap<string, string>;
}

/**
 * Among several agents that do the same job, the one to use: the first by agent id, so the
 * choice does not depend on the order a registry happened to list them in.
 */
export function pickDeterministically(candidates: readonly AgentDescriptor[]): AgentDescriptor | undefined {
  return [...candidates].sort((a, b) => (a.agent_id < b.agent_id ? -1 : a.agent_id > b.agent_id ? 1 : 0))[0];
}

function describeChoice(label: string, candidates: readonly AgentDescriptor[], chosen: AgentDescriptor): string {
  if (candidates.length === 1) return `${label} → ${chosen.agent_id}`;
  return `${label} → ${chosen.agent_id} (first by agent_id of ${candidates.length}: ${candidates.map((c) => c.agent_id).join(', ')})`;
}

/** The word stems of each agent's domain, name and description, by descriptor (held weakly: request data, never changed). */
const agentStems = new WeakMap<AgentDescriptor, ReadonlySet<string>>();

/** How much an agent of an unknown domain has to do with the question (shared word stems). */
function relevance(agent: AgentDescriptor, questionStems: ReadonlySet<string>): number {
  let own = agentStems.get(agent);
  if (!own) {
    own = new Set(stems(`${agent.knowledge_domain ?? ''} ${agent.agent_name ?? ''} ${agent.description ?? ''}`));
    agentStems.set(agent, own);
  }
  let shared = 0;
  for (const s of own) if (s.length > 2 && questionStems.has(s)) shared += 1;
  return shared;
}

/**
 * Chooses knowledge agents by domain relevance and one data agent per required platform.
 * Throws {@link PlannerException} when nothing is left to query.
 */
export function selectAgents(input: SelectionInput): SelectionOutcome {
  const { analysis, agents } = input;
  const exclude = input.exclude ?? new Set<string>();
  const reasons: string[] = [];

  // Knowledge: by domain.
  const knowledge = agents.knowledge.filter((a) => !exclude.has(a.agent_id));
  const byDomain = new Map<string, AgentDescriptor[]>();
  for (const agent of knowledge) {
    const domain = normalizeKey(agent.knowledge_domain);
    const list = byDomain.get(domain);
    if (list) list.push(agent);
    else byDomain.set(domain, [agent]);
  }
  let questionStems: ReadonlySet<string> | undefined;
  const knowledgeAgents: string[] = [];
  const knowledgeDomains = new Map<string, string>();
  const choose = (domain: string, why: string) => {
    const candidates = byDomain.get(domain) ?? [];
    const chosen = pickDeterministically(candidates);
    if (!chosen || knowledgeDomains.has(chosen.agent_id)) return;
    knowledgeAgents.push(chosen.agent_id);
    knowledgeDomains.set(chosen.agent_id, domain);
    reasons.push(`${describeChoice(`${domain} knowledge`, candidates, chosen)}: ${why}`);
  };
  for (const domain of [...byDomain.keys()].sort()) {
    const known = KNOWLEDGE_DOMAIN_BY_NAME[domain];
    if (known) {
      if (analysis.knowledge_requirements[known.requirement]) choose(domain, known.reason);
    } else {
      questionStems ??= new Set(stems(input.naturalLanguage));
      let best = Number.NEGATIVE_INFINITY;
      for (const agent of byDomain.get(domain) ?? []) best = Math.max(best, relevance(agent, questionStems));
      if (best > 0)
        choose(domain, `unknown domain, relevant to the question (${best} shared word${best > 1 ? 's' : ''})`);
    }
  }
  if (knowledgeAgents.length === 0 && knowledge.length > 0) {
    const fallback = byDomain.has('sop') ? 'sop' : byDomain.has('wiki') ? 'wiki' : [...byDomain.keys()].sort()[0]!;
    choose(fallback, 'no domain stood out; general context for the data steps');
  }

  // Data: one agent per platform.
  const data = agents.data.filter((a) => !exclude.has(a.agent_id));
  const dataAgents: Record<string, string> = Object.create(null) as Record<string, string>;
  const platforms: string[] = [];
  const dropped: DroppedPlatform[] = [];
  for (const platform of analysis.required_platforms.map(normalizeKey)) {
    if (platforms.includes(platform)) continue;
    const candidates = data.filter((a) => normalizeKey(a.platform) === platform);
    const chosen = pickDeterministically(candidates);
    if (!chosen) {
      const reason = `no available data agent serves ${platform}`;
      dropped.push({ platform, reason });
      reasons.push(`${platform} dropped: ${reason}`);
      continue;
    }
    dataAgents[platform] = chosen.agent_id;
    platforms.push(platform);
    reasons.push(describeChoice(`${platform} data`, candidates, chosen));
  }

  if (platforms.length === 0) {
    if (data.length === 0) {
      throw new PlannerException(
        PlannerErrorCode.NoDataAgents,
        'No data agent with the generate_query capability is available, so no query can be planned.',
        [...agents.notes, ...dropped.map((d) => `${d.platform}: ${d.reason}`)],
      );
    }
    throw new PlannerException(
      PlannerErrorCode.NoPlatformAvailable,
      `The question needs ${analysis.required_platforms.join(', ') || 'a platform'}, and no available data agent serves it.`,
      dropped.map((d) => `${d.platform}: ${d.reason}`),
    );
  }

  return {
    selected: { knowledge_agents: knowledgeAgents, data_agents: dataAgents, reasoning: reasons.join('; ') + '.' },
    platforms,
    dropped,
    knowledgeDomains,
  };
}

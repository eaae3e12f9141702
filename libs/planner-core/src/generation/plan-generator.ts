import type { QueryAnalysis, WorkflowStep } from '@mesh/a2a-contracts';
import { LIMITS } from '@mesh/a2a-contracts/wire';
import type { PlatformEvidence } from '../analysis/analyzer.types';
import type { PlannerOptions } from '../planner-options';
import type { SelectionOutcome } from '../selection/agent-selector';

export interface GenerationInput {
  readonly naturalLanguage: string;
  readonly analysis: QueryAnalysis;
  readonly selection: SelectionOutcome;
  /** Per-platform evidence, to hand each data step only its own platform's tables. */
  readonly evidence?: readonly PlatformEvidence[];
  readonly options: PlannerOptions;
}

/** A step id made of safe characters. */
export function stepIdFor(prefix: string, name: string): string {
  return `${prefix}_${
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '') || 'x'
  }`;
}

/** The analysis as one data step should see it: the tables of its own platform. */
function analysisFor(
  platform: string,
  analysis: QueryAnalysis,
  evidence: readonly PlatformEvidence[] | undefined,
): QueryAnalysis {
  const own = evidence?.find((e) => e.platform === platform);
  if (!own || analysis.required_platforms.length <= 1) return analysis;
  const tables = analysis.entities.tables.filter((t) => own.tables.includes(t));
  const clause = own.clause;
  if (!clause) return { ...analysis, entities: { ...analysis.entities, tables } };
  // Its own clause's constraints and window: what the other clause asks of the other store is not its business.
  return {
    ...analysis,
    entities: { ...analysis.entities, tables, time_range: clause.timeRange, time_window: clause.timeWindow },
    constraints: clause.constraints,
  };
}

/** The words a data step reads: its own clause when the question asks each store for its own thing. */
function questionFor(platform: string, input: GenerationInput): string {
  if (input.analysis.required_platforms.length <= 1) return input.naturalLanguage;
  return input.evidence?.find((e) => e.platform === platform)?.clause?.text ?? input.naturalLanguage;
}

/**
 * The seed's pattern: knowledge steps first, all in parallel; then one data step per
 * platform, each depending on every knowledge step so it can use what they found.
 */
export function generateSteps(input: GenerationInput): WorkflowStep[] {
  const { selection, options } = input;
  const steps: WorkflowStep[] = [];
  const usedIds = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = nextSuffix.get(base) ?? 2; usedIds.has(id); n += 1) {
      id = `${base}_${n}`;
      nextSuffix.set(base, n + 1);
    }
    usedIds.add(id);
    return id;
  };
  // One size limit for the plans the planner makes and the plans optimize_plan accepts: the
  // data steps first (they answer the question), knowledge steps in what room is left.
  const platforms = selection.platforms.slice(0, LIMITS.stepsMax);
  const knowledgeAgents = selection.selected.knowledge_agents.slice(0, LIMITS.stepsMax - platforms.length);

  knowledgeAgents.forEach((agentId, index) => {
    steps.push({
      step_id: uniqueId(`knowledge_${index}`),
      agent_type: 'knowledge',
      agent_id: agentId,
      action: 'retrieve_context',
      depends_on: [],
      parameters: {
        query: input.naturalLanguage,
        top_k: options.knowledgeTopK,
        domain: selection.knowledgeDomains.get(agentId) ?? '',
      },
      timeout_seconds: options.knowledgeStepTimeoutSeconds,
    });
  });
  const knowledgeIds = steps.map((s) => s.step_id);

  for (const platform of platforms) {
    steps.push({
      step_id: uniqueId(stepIdFor('data', platform)),
      agent_type: 'data',
      agent_id: selection.selected.data_agents[platform]!,
      action: 'generate_query',
      depends_on: [...knowledgeIds],
      parameters: {
        platform,
        query_analysis: analysisFor(platform, input.analysis, input.evidence),
        use_knowledge: knowledgeIds.length > 0,
        natural_language: questionFor(platform, input),
      },
      timeout_seconds: options.dataStepTimeoutSeconds,
    });
  }
  return steps;
}

import { CAPABILITY, type KnowledgePassage, type WorkflowStep } from '@mesh/a2a-contracts';

/** Bounds on what a data step is sent (the data agents validate `knowledge` with at most 200 items). */
export const STEP_INPUT_LIMITS = { passagesMax: 200, passageTextMax: 4000 } as const;

/** The well-formed passages of a knowledge step's result, tagged with `domain` when known. */
export function passagesOf(output: unknown, domain?: string): KnowledgePassage[] {
  if (!output || typeof output !== 'object') return [];
  const passages = (output as Record<string, unknown>)['passages'];
  if (!Array.isArray(passages)) return [];
  const out: KnowledgePassage[] = [];
  for (const item of passages) {
    if (!item || typeof item !== 'object') continue;
    const { id, title, source, text, score, domain: own } = item as Record<string, unknown>;
    if (typeof id !== 'string' || typeof title !== 'string' || typeof source !== 'string' || typeof text !== 'string')
      continue;
    if (typeof score !== 'number' || !Number.isFinite(score)) continue;
    const passageDomain = typeof own === 'string' ? own : domain;
    out.push({
      id,
      title,
      source,
      text: text.length > STEP_INPUT_LIMITS.passageTextMax ? text.slice(0, STEP_INPUT_LIMITS.passageTextMax) : text,
      score,
      ...(passageDomain !== undefined ? { domain: passageDomain } : {}),
    });
  }
  return out;
}

function isDataStep(step: WorkflowStep): boolean {
  return step.agent_type === 'data' || step.action === CAPABILITY.generateQuery;
}

/** What a step needs to know of the steps it depends on. */
export interface DependencyOutput {
  readonly step: WorkflowStep;
  readonly output: unknown;
}

/**
 * The parameters sent to a step's agent: the plan's parameters, and for a data step the
 * passages of the knowledge steps it depends on (`knowledge`, deduplicated by id, at most
 * 200) and the question (`natural_language`, unless the plan set one).
 */
export function stepParameters(
  step: WorkflowStep,
  dependencies: readonly DependencyOutput[],
  naturalLanguage: string,
): Record<string, unknown> {
  const parameters: Record<string, unknown> = { ...step.parameters };
  if (!isDataStep(step)) return parameters;
  const seen = new Set<string>();
  const knowledge: KnowledgePassage[] = [];
  for (const dependency of dependencies) {
    if (isDataStep(dependency.step)) continue;
    const domain =
      typeof dependency.step.parameters['domain'] === 'string'
        ? (dependency.step.parameters['domain'] as string)
        : undefined;
    for (const passage of passagesOf(dependency.output, domain)) {
      const key = `${passage.domain ?? ''}\u0000${passage.id}`;
      if (seen.has(key) || knowledge.length >= STEP_INPUT_LIMITS.passagesMax) continue;
      seen.add(key);
      knowledge.push(passage);
    }
  }
  parameters['knowledge'] = knowledge;
  if (typeof parameters['natural_language'] !== 'string' || parameters['natural_language'].length === 0)
    parameters['natural_language'] = naturalLanguage;
  return parameters;
}

import type { WorkflowStep } from '@mesh/a2a-contracts';
import { PlannerErrorCode, PlannerException } from '../planner.exception';
import { dependencyOrderOfPositions } from './dependency-order.util';

/** A plan's dependency graph read as positions of its steps (the passes over it do integer work per edge). */
export interface PlanStructure {
  /** Step positions in a dependency order (dependencies first). */
  readonly order: readonly number[];
  /** For each step, the positions of its dependencies, as its `depends_on` lists them. */
  readonly edges: readonly Int32Array[];
}

/**
 * Checks a plan's structure: unique step ids, dependencies that exist, no cycles and, when
 * `knownAgentIds` is given, agents that exist. Returns the steps in a dependency order.
 * @throws PlannerException with DUPLICATE_STEP_ID, UNKNOWN_DEPENDENCY, DEPENDENCY_CYCLE or UNKNOWN_AGENT.
 */
export function validatePlanStructure(steps: readonly WorkflowStep[], knownAgentIds?: ReadonlySet<string>): string[] {
  return readPlanStructure(steps, knownAgentIds).order.map((i) => steps[i]!.step_id);
}

/**
 * {@link validatePlanStructure}, answering in positions. `edges`, when given, are the dependencies
 * already read as positions by code that built the steps from a checked plan (unique ids, existing
 * dependencies): then only the agents and the cycles are checked.
 */
export function readPlanStructure(
  steps: readonly WorkflowStep[],
  knownAgentIds?: ReadonlySet<string>,
  edges?: readonly Int32Array[],
): PlanStructure {
  const read = edges ?? readEdges(steps, knownAgentIds);
  if (edges && knownAgentIds) for (const step of steps) checkAgent(step, knownAgentIds);
  const outcome = dependencyOrderOfPositions(read);
  if ('cycle' in outcome) {
    const cycle = outcome.cycle.map((i) => steps[i]!.step_id);
    throw new PlannerException(
      PlannerErrorCode.DependencyCycle,
      `The steps depend on each other in a cycle: ${cycle.join(' → ')}.`,
      [{ cycle }],
    );
  }
  return { order: outcome.order, edges: read };
}

function checkAgent(step: WorkflowStep, knownAgentIds: ReadonlySet<string>): void {
  if (!knownAgentIds.has(step.agent_id)) {
    throw new PlannerException(
      PlannerErrorCode.UnknownAgent,
      `Step "${step.step_id}" uses agent "${step.agent_id}", which is not among the available agents.`,
      [{ step_id: step.step_id, agent_id: step.agent_id }],
    );
  }
}

/** Step ids as positions; each dependency is looked up once, for its existence and its position. */
function readEdges(steps: readonly WorkflowStep[], knownAgentIds?: ReadonlySet<string>): Int32Array[] {
  const byId = new Map<string, number>();
  for (const step of steps) {
    if (byId.has(step.step_id)) {
      throw new PlannerException(
        PlannerErrorCode.DuplicateStepId,
        `Step id "${step.step_id}" is used more than once.`,
        [step.step_id],
      );
    }
    byId.set(step.step_id, byId.size);
  }
  const edges: Int32Array[] = [];
  for (const step of steps) {
    const dependsOn = step.depends_on;
    const positions = new Int32Array(dependsOn.length);
    for (let i = 0; i < dependsOn.length; i++) {
      const dependency = dependsOn[i]!;
      const position = byId.get(dependency);
      if (position === undefined) {
        throw new PlannerException(
          PlannerErrorCode.UnknownDependency,
          `Step "${step.step_id}" depends on "${dependency}", which is not a step of the plan.`,
          [{ step_id: step.step_id, depends_on: dependency }],
        );
      }
      positions[i] = position;
    }
    edges.push(positions);
    if (knownAgentIds) checkAgent(step, knownAgentIds);
  }
  return edges;
}

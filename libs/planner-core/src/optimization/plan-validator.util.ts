import type { WorkflowStep } from '@mesh/a2a-contracts';
import { PlannerErrorCode, PlannerException } from '../planner.exception';
import { dependencyOrderOfEdges } from './dependency-order.util';

/**
 * Checks a plan's structure: unique step ids, dependencies that exist, no cycles and, when
 * `knownAgentIds` is given, agents that exist. Returns the steps in a dependency order.
 * @throws PlannerException with DUPLICATE_STEP_ID, UNKNOWN_DEPENDENCY, DEPENDENCY_CYCLE or UNKNOWN_AGENT.
 */
export function validatePlanStructure(steps: readonly WorkflowStep[], knownAgentIds?: ReadonlySet<string>): string[] {
  // Step ids as positions; each dependency is looked up once, for its existence and its position.
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
    if (knownAgentIds && !knownAgentIds.has(step.agent_id)) {
      throw new PlannerException(
        PlannerErrorCode.UnknownAgent,
        `Step "${step.step_id}" uses agent "${step.agent_id}", which is not among the available agents.`,
        [{ step_id: step.step_id, agent_id: step.agent_id }],
      );
    }
  }
  const outcome = dependencyOrderOfEdges(
    steps.map((step) => step.step_id),
    edges,
  );
  if ('cycle' in outcome) {
    throw new PlannerException(
      PlannerErrorCode.DependencyCycle,
      `The steps depend on each other in a cycle: ${outcome.cycle.join(' → ')}.`,
      [{ cycle: outcome.cycle }],
    );
  }
  return outcome.order;
}

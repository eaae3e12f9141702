import { DepGraph, DepGraphCycleError } from 'dependency-graph';
import type { WorkflowStep } from '@mesh/a2a-contracts';
import { PlannerErrorCode, PlannerException } from '../planner.exception';

/**
 * Checks a plan's structure: unique step ids, dependencies that exist, no cycles and, when
 * `knownAgentIds` is given, agents that exist. Returns the steps in a dependency order.
 * @throws PlannerException with DUPLICATE_STEP_ID, UNKNOWN_DEPENDENCY, DEPENDENCY_CYCLE or UNKNOWN_AGENT.
 */
export function validatePlanStructure(steps: readonly WorkflowStep[], knownAgentIds?: ReadonlySet<string>): string[] {
  const graph = new DepGraph<WorkflowStep>({ circular: false });
  for (const step of steps) {
    if (graph.hasNode(step.step_id)) {
      throw new PlannerException(PlannerErrorCode.DuplicateStepId, `Step id "${step.step_id}" is used more than once.`, [step.step_id]);
    }
    graph.addNode(step.step_id, step);
  }
  for (const step of steps) {
    for (const dependency of step.depends_on) {
      if (!graph.hasNode(dependency)) {
        throw new PlannerException(PlannerErrorCode.UnknownDependency, `Step "${step.step_id}" depends on "${dependency}", which is not a step of the plan.`, [
          { step_id: step.step_id, depends_on: dependency },
        ]);
      }
      graph.addDependency(step.step_id, dependency);
    }
    if (knownAgentIds && !knownAgentIds.has(step.agent_id)) {
      throw new PlannerException(PlannerErrorCode.UnknownAgent, `Step "${step.step_id}" uses agent "${step.agent_id}", which is not among the available agents.`, [
        { step_id: step.step_id, agent_id: step.agent_id },
      ]);
    }
  }
  try {
    return graph.overallOrder();
  } catch (error) {
    if (error instanceof DepGraphCycleError) {
      throw new PlannerException(PlannerErrorCode.DependencyCycle, `The steps depend on each other in a cycle: ${error.cyclePath.join(' → ')}.`, [
        { cycle: error.cyclePath },
      ]);
    }
    throw error;
  }
}

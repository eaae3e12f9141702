import type { WorkflowPlan } from '@mesh/a2a-contracts';
import { planDiagram, type DiagramStepStatus } from '@mesh/planner-core/diagram';

/** What the diagram needs of a journey: a finished one, or a snapshot of a running one. */
export interface DiagramJourney {
  readonly plan: WorkflowPlan | null;
  readonly steps: ReadonlyArray<{
    step_id: string;
    agent_id: string;
    action: string;
    status: DiagramStepStatus;
    duration_ms?: number;
  }>;
}

/** The journey's plan with each step's status and duration, as Mermaid `flowchart` text; undefined without a plan. */
export function journeyDiagram(journey: DiagramJourney): string | undefined {
  if (!journey.plan) return undefined;
  return planDiagram(journey.plan, {
    steps: journey.steps.map((s) => ({
      step_id: s.step_id,
      status: s.status,
      agent_id: s.agent_id,
      action: s.action,
      ...(s.status === 'running' ? {} : { duration_ms: s.duration_ms }),
    })),
  });
}

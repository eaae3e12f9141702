import { Injectable } from '@nestjs/common';
import type { OptimizePlanParameters, WorkflowPlan } from '@mesh/a2a-contracts';
import { finishPlan, optimizePlan, type FinishPlanInput, type OptimizeOutcome, type PlannerOptions } from '@mesh/planner-core';

/** Validation, parallel grouping and estimates for new plans; repair of existing ones (optimize_plan). */
@Injectable()
export class PlanOptimizerService {
  finish(input: FinishPlanInput): WorkflowPlan {
    return finishPlan(input);
  }

  optimize(parameters: OptimizePlanParameters, options: PlannerOptions): OptimizeOutcome {
    return optimizePlan(parameters, options);
  }
}

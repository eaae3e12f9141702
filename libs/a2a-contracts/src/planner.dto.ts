import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ExecutionContext } from './agents.dto';
import type { QueryAnalysis, SelectedAgents } from './analysis.dto';
import { LIMITS } from './constants';
import { PlanFeedback, WorkflowPlan } from './plan.dto';
import { IsNested } from './validation';

/** `create_plan` parameters. */
export class CreatePlanParameters {
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.naturalLanguageMaxLength)
  natural_language!: string;

  @IsNested(() => ExecutionContext)
  execution_context!: ExecutionContext;
}

/** `optimize_plan` parameters. */
export class OptimizePlanParameters {
  @IsNested(() => WorkflowPlan)
  plan!: WorkflowPlan;

  @IsOptional()
  @IsNested(() => ExecutionContext)
  execution_context?: ExecutionContext;

  @IsOptional()
  @IsNested(() => PlanFeedback)
  feedback?: PlanFeedback;
}

/** `result` of a completed `create_plan` (and of `optimize_plan`, where analysis may be absent). */
export interface PlannerResult {
  plan: WorkflowPlan;
  analysis?: QueryAnalysis;
  selected_agents?: SelectedAgents;
  /** optimize_plan: what it changed. */
  changes?: string[];
}

import { ArrayMaxSize, IsArray, IsNumber, IsObject, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LIMITS } from './constants';
import { IsFreeFormObject, IsNestedArray, IsOptionalText, IsText, IsTextArray } from './validation';

/** One step of a workflow plan: an agent, an action, and what it waits for. */
export class WorkflowStep {
  @IsText()
  step_id!: string;

  /** `knowledge` or `data` today; other kinds are carried through. */
  @IsText(64)
  agent_type!: string;

  @IsText()
  agent_id!: string;

  @IsText(128)
  action!: string;

  @IsTextArray()
  depends_on!: string[];

  @IsFreeFormObject({ maxDepth: 24 })
  parameters!: Record<string, unknown>;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(86_400)
  timeout_seconds!: number;

  /** Extensions: the planner's own estimates for the step. */
  @IsOptional()
  @IsNumber()
  estimated_duration_seconds?: number;

  @IsOptional()
  @IsNumber()
  estimated_tokens?: number;
}

/** A DAG of steps, grouped into layers that may run in parallel. */
export class WorkflowPlan {
  @IsText()
  plan_id!: string;

  @IsNestedArray(() => WorkflowStep, LIMITS.stepsMax)
  steps!: WorkflowStep[];

  /** Recomputed by the planner; a caller may send anything here. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.stepsMax)
  parallel_execution_groups!: string[][];

  @IsOptional()
  @IsNumber()
  estimated_duration_seconds!: number;

  @IsOptional()
  @IsNumber()
  estimated_cost_usd!: number;

  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  reasoning!: string;

  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  confidence!: number;

  /** Extensions. */
  @IsOptional()
  @IsTextArray()
  critical_path?: string[];

  @IsOptional()
  @IsNumber()
  estimated_tokens?: number;

  @IsOptional()
  @IsOptionalText(64)
  created_at?: string;
}

/** What happened when a plan ran, sent with `optimize_plan`. */
export class PlanFeedback {
  @IsOptional()
  @IsTextArray()
  failed_steps?: string[];

  @IsOptional()
  @IsTextArray()
  unavailable_agents?: string[];

  @IsOptional()
  @IsObject()
  step_durations_seconds?: Record<string, number>;
}

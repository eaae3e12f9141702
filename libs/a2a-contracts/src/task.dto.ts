import { IsObject, IsString, MaxLength } from 'class-validator';
import { LIMITS, type PlannerMode, type TaskStatus } from './constants';
import type { A2AErrorCode } from './error-codes';
import { IsOptionalText, IsText } from './validation';

/** The envelope of `POST /a2a/task`, on every agent of the mesh. */
export class A2ATaskRequest {
  @IsText(LIMITS.taskIdMaxLength)
  task_id!: string;

  /** The addressee, if the caller names one. */
  @IsOptionalText()
  agent_id?: string;

  @IsString()
  @MaxLength(128)
  action!: string;

  /** Validated per action. */
  @IsObject()
  parameters!: Record<string, unknown>;
}

export interface A2AErrorBody {
  code: A2AErrorCode | string;
  message: string;
  details?: unknown[];
}

/** The error envelope: HTTP 4xx for bad requests, HTTP 200 for requests that cannot be served. */
export interface A2AErrorResponse {
  task_id?: string | null;
  agent_id?: string;
  status: 'failed';
  error: A2AErrorBody;
  metadata?: Record<string, unknown>;
}

export interface A2ATaskResponse<TResult = unknown, TMetadata = Record<string, unknown>> {
  task_id: string;
  agent_id: string;
  status: TaskStatus;
  result?: TResult;
  error?: A2AErrorBody;
  metadata?: TMetadata;
}

/** The planner's response metadata. */
export interface PlannerMetadata {
  planner_mode: PlannerMode;
  degraded: boolean;
  degraded_reason?: string;
  duration_ms: number;
  llm_calls: number;
  prompt_tokens?: number;
  completion_tokens?: number;
  cost_usd?: number;
  cache_hit?: boolean;
  model?: string;
  [extension: string]: unknown;
}

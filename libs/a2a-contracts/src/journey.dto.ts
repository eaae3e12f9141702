import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import type { Clarification } from './constraints.dto';
import type { A2AErrorBody } from './task.dto';
import type { WorkflowPlan } from './plan.dto';
import { LIMITS } from './constants';
import { IsFreeFormObject } from './validation';

/** `POST /journeys` on the orchestrator. */
export class CreateJourneyRequest {
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.naturalLanguageMaxLength)
  natural_language!: string;

  @IsOptional()
  @IsFreeFormObject()
  user_context?: Record<string, unknown>;
}

/** `input_required`: the planner asked for a clearer question; no step ran. */
/** `running`: accepted and not finished yet (`GET /journeys/{id}` while it runs). */
export type JourneyStatus = 'running' | 'completed' | 'partial' | 'failed' | 'input_required';
export type JourneyStepStatus = 'completed' | 'failed' | 'skipped';

export interface JourneyStep {
  step_id: string;
  agent_id: string;
  status: JourneyStepStatus;
  started_at: string | null;
  finished_at: string | null;
  duration_ms: number;
  output?: unknown;
  error?: A2AErrorBody;
}

export interface Journey {
  journey_id: string;
  status: JourneyStatus;
  natural_language: string;
  plan: WorkflowPlan | null;
  steps: JourneyStep[];
  replanned: boolean;
  duration_ms: number;
  error?: A2AErrorBody;
  /** With `status: "input_required"`: what the planner needs from the user. */
  clarification?: Clarification;
}

/** `GET /agents` on the orchestrator. */
export interface RegistryEntry {
  descriptor: import('./agents.dto').AgentDescriptor;
  reachable: boolean;
  last_checked_at: string | null;
  last_error?: string;
  /** How the orchestrator talks to it: the official A2A 1.0 binding (it publishes a card) or the mesh's `/a2a/task`. */
  protocol?: 'a2a' | 'a2a_task';
}

import { IsArray, IsInt, IsObject, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { LIMITS } from './constants';
import { IsFreeFormObject, IsNested, IsNestedArray, IsOptionalText, IsText } from './validation';

/** One agent of the mesh, as the orchestrator describes it to the planner. */
export class AgentDescriptor {
  @IsText()
  agent_id!: string;

  @IsOptionalText(512)
  agent_name?: string;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MaxLength(LIMITS.idMaxLength, { each: true })
  capabilities?: string[];

  /** Knowledge agents: `sop`, `errors`, `wiki`, or a domain the planner has not seen before. */
  @IsOptionalText()
  knowledge_domain?: string;

  /** Data agents: `kql`, `spl`, `sql`, or a platform carried through but never guessed. */
  @IsOptionalText()
  platform?: string;

  @IsOptionalText(2048)
  description?: string;

  /** Where the agent listens (on `GET /a2a/agent` descriptors). */
  @IsOptionalText(2048)
  url?: string;

  /** Data agents: the tables they know, in the `schema_hints` shape of their platform. */
  @IsOptional()
  @IsObject()
  schema?: Record<string, unknown>;
}

/** The agents the planner may use, by kind. Missing kinds count as empty. */
export class AvailableAgents {
  @IsOptional()
  @IsNestedArray(() => AgentDescriptor, LIMITS.agentsPerKindMax)
  planner?: AgentDescriptor[];

  @IsOptional()
  @IsNestedArray(() => AgentDescriptor, LIMITS.agentsPerKindMax)
  knowledge?: AgentDescriptor[];

  @IsOptional()
  @IsNestedArray(() => AgentDescriptor, LIMITS.agentsPerKindMax)
  data?: AgentDescriptor[];
}

/** Nesting allowed in `schema_hints` (levels below it). */
export const SCHEMA_HINTS_MAX_DEPTH = 24;

/** What the planner knows about the journey it plans for. */
export class ExecutionContext {
  @IsOptionalText()
  journey_id?: string;

  @IsOptionalText()
  current_state?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  state_history_count?: number;

  @IsNested(() => AvailableAgents)
  available_agents!: AvailableAgents;

  /** Free-form (preferred_platforms, recent_queries, role, ...), read defensively. */
  @IsOptional()
  @IsFreeFormObject()
  user_context?: Record<string, unknown>;

  /** Free-form: usually platform -> tables/indexes/sourcetypes/datamodels, or a flat list of table names. */
  @IsOptional()
  @IsFreeFormObject({ maxDepth: SCHEMA_HINTS_MAX_DEPTH, allowArray: true })
  schema_hints?: Record<string, unknown> | unknown[];
}

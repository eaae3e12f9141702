import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsObject,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { QUERY_COMPLEXITIES, QUERY_INTENTS, type QueryComplexity, type QueryIntent } from './constants';
import { QueryConstraints } from './constraints.dto';
import { IsNested, IsTextArray } from './validation';

/** A time window resolved from the question ("last 24 hours", "since Monday"). */
export class TimeWindow {
  /** The words of the question it was read from. */
  @IsString()
  expression!: string;

  /** ISO-8601, UTC. */
  @IsString()
  start!: string;

  /** ISO-8601, UTC. */
  @IsString()
  end!: string;

  @IsNumber()
  duration_seconds!: number;
}

export class QueryEntities {
  @IsTextArray()
  tables!: string[];

  @IsTextArray()
  fields!: string[];

  /** A description such as "last 24 hours"; null when the question names no time. */
  @IsOptional()
  @IsString()
  @MaxLength(256)
  time_range!: string | null;

  /** The same window resolved to instants (an extension of the seed's model). */
  @IsOptional()
  @ValidateNested()
  @Type(() => TimeWindow)
  time_window?: TimeWindow | null;
}

export class KnowledgeRequirements {
  @IsBoolean()
  requires_sop!: boolean;

  @IsBoolean()
  requires_error_knowledge!: boolean;

  @IsBoolean()
  requires_schema!: boolean;
}

export class QueryCharacteristics {
  @IsBoolean()
  is_aggregation!: boolean;

  @IsBoolean()
  is_time_series!: boolean;

  @IsBoolean()
  has_joins!: boolean;

  @IsTextArray({ max: 32 })
  complexity_factors!: string[];
}

/** The planner's reading of a question: what it wants and where the data lives. */
export class QueryAnalysis {
  @IsIn(QUERY_INTENTS)
  intent!: QueryIntent;

  @IsIn(QUERY_COMPLEXITIES)
  complexity!: QueryComplexity;

  /** Only platforms some available data agent serves. */
  @IsTextArray({ max: 16 })
  required_platforms!: string[];

  @IsNumber()
  @Min(0)
  @Max(1)
  confidence!: number;

  @IsString()
  @MaxLength(8000)
  reasoning!: string;

  @IsNested(() => QueryEntities)
  entities!: QueryEntities;

  @IsNested(() => KnowledgeRequirements)
  knowledge_requirements!: KnowledgeRequirements;

  @IsNested(() => QueryCharacteristics)
  query_characteristics!: QueryCharacteristics;

  /** What the question asks for: filters, measure, grouping, ordering (an extension; older planners omit it). */
  @IsOptional()
  @IsNested(() => QueryConstraints)
  constraints?: QueryConstraints;
}

/** The agents chosen for a plan, and why. */
export class SelectedAgents {
  @IsTextArray()
  knowledge_agents!: string[];

  /** platform -> agent_id */
  @IsObject()
  data_agents!: Record<string, string>;

  @IsString()
  reasoning!: string;
}

import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  ArrayMaxSize,
} from 'class-validator';
import { LIMITS } from './constants';
import { IsFreeFormObject, IsOptionalText, IsText } from './validation';

/** A passage returned by a knowledge agent. */
export class KnowledgePassage {
  @IsString()
  id!: string;

  @IsString()
  title!: string;

  @IsString()
  source!: string;

  @IsString()
  text!: string;

  @IsNumber()
  score!: number;

  /** Extension: the domain of the agent that returned it. */
  @IsOptional()
  @IsString()
  domain?: string;
}

/** Knowledge agents: `retrieve_context` parameters. */
export class RetrieveContextParameters {
  @IsText(LIMITS.naturalLanguageMaxLength)
  query!: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(LIMITS.topKMax)
  top_k?: number;

  @IsOptionalText()
  domain?: string;
}

export interface RetrieveContextResult {
  passages: KnowledgePassage[];
}

/** Data agents: `generate_query` parameters. */
export class GenerateQueryParameters {
  @IsText(64)
  platform!: string;

  /** A QueryAnalysis; read defensively, since older planners may send less. */
  @IsFreeFormObject({ maxDepth: 16 })
  query_analysis!: Record<string, unknown>;

  @IsOptional()
  @IsBoolean()
  use_knowledge?: boolean;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => KnowledgePassage)
  knowledge?: KnowledgePassage[];

  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.naturalLanguageMaxLength)
  natural_language?: string;
}

export interface GenerateQueryResult {
  platform: string;
  query: string;
  tables: string[];
  notes: string[];
}

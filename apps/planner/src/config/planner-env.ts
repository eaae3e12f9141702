import { IsIn, IsInt, IsNumber, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { EnvNumber, EnvString, validateEnv } from '@mesh/nest-a2a';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * The planner's environment variables, validated at start-up. A bad value stops the app with
 * a message naming the variable.
 */
export class PlannerEnv {
  @EnvNumber()
  @IsInt()
  @Min(1)
  @Max(65_535)
  PLANNER_PORT: number = 9000;

  @EnvString()
  @IsString()
  @MinLength(1)
  PLANNER_HOST: string = '127.0.0.1';

  @EnvString()
  @IsString()
  @Matches(/^[A-Za-z0-9_.:-]{1,128}$/, { message: 'PLANNER_AGENT_ID must be 1-128 characters of letters, digits, _ . : -' })
  PLANNER_AGENT_ID: string = 'workflow_planner';

  @EnvString()
  @IsString()
  @MaxLength(256)
  PLANNER_AGENT_NAME: string = 'Workflow Planner Agent';

  @EnvString()
  @IsString()
  @MaxLength(64)
  PLANNER_VERSION: string = '2.0.0';

  @EnvNumber()
  @IsInt()
  @Min(1)
  @Max(1000)
  PLANNER_MAX_PARALLEL_AGENTS: number = 5;

  /** Timeout of a query-generation (data) step, seconds. */
  @EnvNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(3600)
  PLANNER_DEFAULT_TIMEOUT: number = 60;

  /** Timeout of a knowledge-retrieval step, seconds. */
  @EnvNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(3600)
  PLANNER_KNOWLEDGE_TIMEOUT: number = 30;

  @EnvNumber()
  @IsInt()
  @Min(1)
  @Max(50)
  PLANNER_KNOWLEDGE_TOP_K: number = 5;

  @EnvNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  PLANNER_COST_PER_1K_TOKENS: number = 0.001;

  /** Largest accepted request body (an express `bytes` string such as `2mb`). */
  @EnvString()
  @Matches(/^\d+(\.\d+)?\s*(b|kb|mb)$/i, { message: 'PLANNER_BODY_LIMIT must look like 512kb or 2mb' })
  PLANNER_BODY_LIMIT: string = '2mb';

  @EnvString()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';
}

/** For `ConfigModule.forRoot({ validate })`: the typed, defaulted env, or an error naming every bad variable. */
export function validatePlannerEnv(raw: Record<string, unknown>): PlannerEnv {
  return validateEnv(PlannerEnv, raw, 'planner');
}

import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { EnvNumber, EnvString } from './env-validation';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The environment every agent of the mesh reads: who it is, where it listens, its body limit
 * and log level. An agent's own env class extends this with its own variables. AGENT_ID,
 * AGENT_NAME and PORT default per agent kind, so they stay undefined here.
 */
export class AgentServiceEnv {
  @EnvString()
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:-]{1,128}$/, { message: 'AGENT_ID must be 1-128 characters of letters, digits, _ . : -' })
  AGENT_ID?: string;

  @EnvString()
  @IsOptional()
  @IsString()
  @MaxLength(256)
  AGENT_NAME?: string;

  /** The URL other agents should use, when it differs from http://HOST:PORT (containers). */
  @EnvString()
  @IsOptional()
  @Matches(/^https?:\/\/\S{1,2000}$/, { message: 'AGENT_URL must be an http(s) URL' })
  AGENT_URL?: string;

  @EnvNumber()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(65_535)
  PORT?: number;

  @EnvString()
  @IsString()
  @MinLength(1)
  HOST: string = '127.0.0.1';

  /** Largest accepted request body (an express `bytes` string such as `1mb`). */
  @EnvString()
  @Matches(/^\d+(\.\d+)?\s*(b|kb|mb)$/i, { message: 'BODY_LIMIT must look like 512kb or 1mb' })
  BODY_LIMIT: string = '1mb';

  @EnvString()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';
}

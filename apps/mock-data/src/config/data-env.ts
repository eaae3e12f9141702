import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { EnvNumber, EnvString, validateEnv } from '@mesh/nest-a2a';
import { DATA_PLATFORMS, type DataPlatform } from '../query/query-generator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The port each platform listens on unless PORT says otherwise. */
export const DEFAULT_PORTS: Readonly<Record<DataPlatform, number>> = { kql: 9201, spl: 9202, sql: 9203 };

/**
 * The data agent's environment variables, validated at start-up. Defaults that depend on the
 * platform (AGENT_ID, AGENT_NAME, PORT) are filled in by `DataSettings`.
 */
export class DataEnv {
  @EnvString()
  @IsIn(DATA_PLATFORMS, { message: `DATA_PLATFORM must be one of ${DATA_PLATFORMS.join(', ')}` })
  DATA_PLATFORM!: DataPlatform;

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

  /** A JSON schema file replacing the bundled `apps/mock-data/schemas/<platform>.json`. */
  @EnvString()
  @IsOptional()
  @IsString()
  @MinLength(1)
  DATA_SCHEMA_FILE?: string;

  @EnvString()
  @Matches(/^\d+(\.\d+)?\s*(b|kb|mb)$/i, { message: 'BODY_LIMIT must look like 512kb or 1mb' })
  BODY_LIMIT: string = '1mb';

  @EnvString()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';
}

export function validateDataEnv(raw: Record<string, unknown>): DataEnv {
  return validateEnv(DataEnv, raw, 'mock-data');
}

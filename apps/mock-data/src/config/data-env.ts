import { IsIn, IsOptional, IsString, MinLength } from 'class-validator';
import { AgentServiceEnv, EnvString, validateEnv } from '@mesh/nest-a2a';
import { DATA_PLATFORMS, type DataPlatform } from '../query/query-generator';

/** The port each platform listens on unless PORT says otherwise. */
export const DEFAULT_PORTS: Readonly<Record<DataPlatform, number>> = { kql: 9201, spl: 9202, sql: 9203 };

/**
 * The data agent's environment variables, validated at start-up. Defaults that depend on the
 * platform (AGENT_ID, AGENT_NAME, PORT) are filled in by `DataSettings`.
 */
export class DataEnv extends AgentServiceEnv {
  @EnvString()
  @IsIn(DATA_PLATFORMS, { message: `DATA_PLATFORM must be one of ${DATA_PLATFORMS.join(', ')}` })
  DATA_PLATFORM!: DataPlatform;

  /** A JSON schema file replacing the bundled `apps/mock-data/schemas/<platform>.json`. */
  @EnvString()
  @IsOptional()
  @IsString()
  @MinLength(1)
  DATA_SCHEMA_FILE?: string;
}

export function validateDataEnv(raw: Record<string, unknown>): DataEnv {
  return validateEnv(DataEnv, raw, 'mock-data');
}

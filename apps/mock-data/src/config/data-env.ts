import { IsIn, IsOptional, IsString, MinLength } from 'class-validator';
import { meshAgentOf } from '@mesh/a2a-contracts/wire';
import { AgentServiceEnv, EnvString, validateEnv } from '@mesh/nest-a2a';
import { DATA_PLATFORMS, type DataPlatform } from '../query/query-generator';

/** The port each platform listens on unless PORT says otherwise (the table `MESH_AGENTS`). */
export const DEFAULT_PORTS: Readonly<Record<DataPlatform, number>> = Object.fromEntries(
  DATA_PLATFORMS.map((platform) => [platform, meshAgentOf('data', platform)!.default_port]),
) as Record<DataPlatform, number>;

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

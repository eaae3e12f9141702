import { meshAgentOf } from '@mesh/a2a-contracts/wire';
import type { DataPlatform } from '../query/query-generator';
import { DEFAULT_PORTS, validateDataEnv } from './data-env';

/** The one typed view of the data agent's configuration. */
export class DataSettings {
  readonly platform: DataPlatform;
  readonly agentId: string;
  readonly agentName: string;
  readonly port: number;
  readonly host: string;
  readonly url: string;
  /** Undefined: the bundled schema of the platform. */
  readonly schemaFile: string | undefined;
  readonly bodyLimit: string;
  readonly logLevel: string;

  constructor(raw: Record<string, unknown>) {
    const env = validateDataEnv(raw);
    this.platform = env.DATA_PLATFORM;
    this.agentId = env.AGENT_ID ?? meshAgentOf('data', this.platform)!.agent_id;
    this.agentName = env.AGENT_NAME ?? meshAgentOf('data', this.platform)!.agent_name;
    this.port = env.PORT ?? DEFAULT_PORTS[this.platform];
    this.host = env.HOST;
    this.url = env.AGENT_URL ?? `http://${this.host.includes(':') ? `[${this.host}]` : this.host}:${this.port}`;
    this.schemaFile = env.DATA_SCHEMA_FILE;
    this.bodyLimit = env.BODY_LIMIT;
    this.logLevel = env.LOG_LEVEL;
  }
}

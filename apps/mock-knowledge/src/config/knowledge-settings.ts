import { meshAgentOf } from '@mesh/a2a-contracts/wire';
import { DEFAULT_PORTS, validateKnowledgeEnv, type KnowledgeDomain } from './knowledge-env';

/** The one typed view of the knowledge agent's configuration. */
export class KnowledgeSettings {
  readonly domain: KnowledgeDomain;
  readonly agentId: string;
  readonly agentName: string;
  readonly port: number;
  readonly host: string;
  readonly url: string;
  /** Undefined: the bundled corpus folder of the domain. */
  readonly corpusDir: string | undefined;
  readonly bodyLimit: string;
  readonly logLevel: string;

  constructor(raw: Record<string, unknown>) {
    const env = validateKnowledgeEnv(raw);
    this.domain = env.KNOWLEDGE_DOMAIN;
    this.agentId = env.AGENT_ID ?? meshAgentOf('knowledge', this.domain)!.agent_id;
    this.agentName = env.AGENT_NAME ?? meshAgentOf('knowledge', this.domain)!.agent_name;
    this.port = env.PORT ?? DEFAULT_PORTS[this.domain];
    this.host = env.HOST;
    this.url = env.AGENT_URL ?? `http://${this.host.includes(':') ? `[${this.host}]` : this.host}:${this.port}`;
    this.corpusDir = env.KNOWLEDGE_CORPUS_DIR;
    this.bodyLimit = env.BODY_LIMIT;
    this.logLevel = env.LOG_LEVEL;
  }
}

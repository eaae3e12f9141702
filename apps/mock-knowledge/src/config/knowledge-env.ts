import { IsIn, IsOptional, IsString, MinLength } from 'class-validator';
import { KNOWN_KNOWLEDGE_DOMAINS, meshAgentOf, type KnownKnowledgeDomain } from '@mesh/a2a-contracts/wire';
import { AgentServiceEnv, EnvString, validateEnv } from '@mesh/nest-a2a';

export const KNOWLEDGE_DOMAINS = KNOWN_KNOWLEDGE_DOMAINS;
export type KnowledgeDomain = KnownKnowledgeDomain;

/** The port each domain listens on unless PORT says otherwise (the table `MESH_AGENTS`). */
export const DEFAULT_PORTS: Readonly<Record<KnowledgeDomain, number>> = Object.fromEntries(
  KNOWLEDGE_DOMAINS.map((domain) => [domain, meshAgentOf('knowledge', domain)!.default_port]),
) as Record<KnowledgeDomain, number>;

/**
 * The knowledge agent's environment variables, validated at start-up. A bad value stops the
 * app with a message naming the variable. Defaults that depend on the domain (AGENT_ID,
 * AGENT_NAME, PORT) are left undefined here and filled in by `KnowledgeSettings`.
 */
export class KnowledgeEnv extends AgentServiceEnv {
  @EnvString()
  @IsIn(KNOWLEDGE_DOMAINS, { message: `KNOWLEDGE_DOMAIN must be one of ${KNOWLEDGE_DOMAINS.join(', ')}` })
  KNOWLEDGE_DOMAIN!: KnowledgeDomain;

  /** A folder of `*.md` pages; defaults to the bundled `apps/mock-knowledge/corpus/<domain>`. */
  @EnvString()
  @IsOptional()
  @IsString()
  @MinLength(1)
  KNOWLEDGE_CORPUS_DIR?: string;
}

/** The typed, defaulted env, or an error naming every bad variable. */
export function validateKnowledgeEnv(raw: Record<string, unknown>): KnowledgeEnv {
  return validateEnv(KnowledgeEnv, raw, 'mock-knowledge');
}

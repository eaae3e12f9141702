import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { EnvNumber, EnvString, validateEnv } from '@mesh/nest-a2a';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const KNOWLEDGE_DOMAINS = ['sop', 'errors', 'wiki'] as const;
export type KnowledgeDomain = (typeof KNOWLEDGE_DOMAINS)[number];

/** The port each domain listens on unless PORT says otherwise. */
export const DEFAULT_PORTS: Readonly<Record<KnowledgeDomain, number>> = { sop: 9101, errors: 9102, wiki: 9103 };

/**
 * The knowledge agent's environment variables, validated at start-up. A bad value stops the
 * app with a message naming the variable. Defaults that depend on the domain (AGENT_ID,
 * AGENT_NAME, PORT) are left undefined here and filled in by `KnowledgeSettings`.
 */
export class KnowledgeEnv {
  @EnvString()
  @IsIn(KNOWLEDGE_DOMAINS, { message: `KNOWLEDGE_DOMAIN must be one of ${KNOWLEDGE_DOMAINS.join(', ')}` })
  KNOWLEDGE_DOMAIN!: KnowledgeDomain;

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

  /** A folder of `*.md` pages; defaults to the bundled `apps/mock-knowledge/corpus/<domain>`. */
  @EnvString()
  @IsOptional()
  @IsString()
  @MinLength(1)
  KNOWLEDGE_CORPUS_DIR?: string;

  /** Largest accepted request body (an express `bytes` string such as `1mb`). */
  @EnvString()
  @Matches(/^\d+(\.\d+)?\s*(b|kb|mb)$/i, { message: 'BODY_LIMIT must look like 512kb or 1mb' })
  BODY_LIMIT: string = '1mb';

  @EnvString()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';
}

/** The typed, defaulted env, or an error naming every bad variable. */
export function validateKnowledgeEnv(raw: Record<string, unknown>): KnowledgeEnv {
  return validateEnv(KnowledgeEnv, raw, 'mock-knowledge');
}

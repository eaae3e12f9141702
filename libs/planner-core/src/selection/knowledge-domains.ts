import type { KnownKnowledgeDomain, QueryAnalysis } from '@mesh/a2a-contracts';
import { lookupTable } from '../lookup-table.util';

/** The analysis flag that selects a knowledge domain. */
export type KnowledgeRequirement = keyof QueryAnalysis['knowledge_requirements'];

/** What one knowledge domain means to the planner. */
export interface KnowledgeDomainMeaning {
  readonly domain: KnownKnowledgeDomain;
  /** What its agents hold. */
  readonly holds: string;
  /** The analysis flag that selects it (`knowledge_requirements.<flag>`). */
  readonly requirement: KnowledgeRequirement;
  /** Why it was chosen, as the selection reason says it. */
  readonly reason: string;
  /** Words in a question that set the flag (the heuristic analyzer's cues). */
  readonly cues: readonly string[];
}

/**
 * THE table of knowledge domains: what each holds, which analysis flag selects it and the words
 * that point to it. The heuristic analyzer (cues), the agent selector (flag, reason) and the LLM
 * answer reader (which flags can be trusted given the available domains) all read it. A new
 * domain the planner should know the purpose of is one row here (plus `KNOWN_KNOWLEDGE_DOMAINS`).
 */
export const KNOWLEDGE_DOMAIN_MEANINGS: readonly KnowledgeDomainMeaning[] = [
  {
    domain: 'sop',
    holds: 'standard operating procedures and runbooks: how to respond, remediate, investigate',
    requirement: 'requires_sop',
    reason: 'procedural/diagnostic question',
    cues: [
      'how to',
      'how do',
      'steps',
      'runbook',
      'procedure',
      'remediate',
      'respond',
      'playbook',
      'sop',
      'fix',
      'resolve',
      'mitigate',
    ],
  },
  {
    domain: 'errors',
    holds: 'error codes and failure explanations',
    requirement: 'requires_error_knowledge',
    reason: 'errors or failures are in play',
    cues: [
      'error',
      'fail',
      'failure',
      'failed',
      'exception',
      'error code',
      '5xx',
      'timeout',
      'denied',
      'aadsts',
      'deadlock',
      'crash',
    ],
  },
  {
    domain: 'wiki',
    holds: 'schema notes: tables, fields and what they mean',
    requirement: 'requires_schema',
    reason: 'schema knowledge helps write the query',
    cues: ['schema', 'column', 'field', 'which table'],
  },
];

/** The meaning of a known domain by its (normalized) name; `undefined` for a domain the planner does not know. */
export const KNOWLEDGE_DOMAIN_BY_NAME: Readonly<Record<string, KnowledgeDomainMeaning>> = lookupTable(
  Object.fromEntries(KNOWLEDGE_DOMAIN_MEANINGS.map((meaning) => [meaning.domain, meaning])),
);

/** The cue words of the domain a requirement flag selects. */
export function cuesOf(requirement: KnowledgeRequirement): readonly string[] {
  return KNOWLEDGE_DOMAIN_MEANINGS.find((meaning) => meaning.requirement === requirement)?.cues ?? [];
}

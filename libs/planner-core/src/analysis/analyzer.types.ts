import type { ClauseScope } from './constraints/clause-constraints';
import type { QueryAnalysis } from '@mesh/a2a-contracts';
import type { AgentDirectory } from '../context/agent-directory';
import type { SchemaCatalog } from '../context/schema-catalog';

export interface AnalyzerInput {
  readonly naturalLanguage: string;
  readonly catalog: SchemaCatalog;
  readonly agents: AgentDirectory;
  readonly userContext?: Readonly<Record<string, unknown>>;
  /** The clock, for relative time ranges. */
  readonly now: Date;
}

/** Why a platform was (or was not) chosen. */
export interface PlatformEvidence {
  readonly platform: string;
  /** Higher is stronger; comparable across platforms of one question. */
  readonly score: number;
  /** Human-readable evidence: the words and tables that point here. */
  readonly reasons: readonly string[];
  /** Catalog entries of this platform the question refers to. */
  readonly tables: readonly string[];
  /**
   * When the question's clauses ask different stores for different things: the clause this
   * platform was chosen by, with its own constraints and time window (for its data step).
   */
  readonly clause?: ClauseScope;
}

export interface HeuristicAnalysis {
  readonly analysis: QueryAnalysis;
  /** Evidence for every available platform, strongest first. */
  readonly evidence: readonly PlatformEvidence[];
}

import type { WorkflowStep } from '@mesh/a2a-contracts';

/** The figures the estimates are made of. Durations in seconds, sizes in tokens. */
export interface CostModel {
  readonly knowledgeBaseSeconds: number;
  readonly knowledgeSecondsPerPassage: number;
  readonly dataBaseSeconds: number;
  readonly dataSecondsPerTable: number;
  readonly otherStepSeconds: number;
  readonly tokensPerPassage: number;
  readonly dataPromptTokens: number;
  readonly dataCompletionTokens: number;
  readonly tokensPerTable: number;
}

export const DEFAULT_COST_MODEL: CostModel = Object.freeze({
  knowledgeBaseSeconds: 0.8,
  knowledgeSecondsPerPassage: 0.05,
  dataBaseSeconds: 2.5,
  dataSecondsPerTable: 0.25,
  otherStepSeconds: 2,
  tokensPerPassage: 180,
  dataPromptTokens: 450,
  dataCompletionTokens: 180,
  tokensPerTable: 60,
});

export interface StepEstimate {
  readonly seconds: number;
  readonly tokens: number;
}

/** Rough number of tokens in a text (about four characters a token for English). */
export function approximateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function numberParam(step: WorkflowStep, key: string, fallback: number): number {
  const value = step.parameters[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function tablesOf(step: WorkflowStep): number {
  const analysis = step.parameters['query_analysis'];
  const tables =
    analysis && typeof analysis === 'object'
      ? (analysis as { entities?: { tables?: unknown } }).entities?.tables
      : undefined;
  return Array.isArray(tables) ? tables.length : 0;
}

/**
 * Estimates one step: a knowledge step costs the passages it brings back into the
 * context; a data step costs a query-writing LLM call, growing with the tables involved and
 * the knowledge passed to it. `knowledgeTokens` is what its dependencies bring.
 */
export function estimateStep(
  step: WorkflowStep,
  knowledgeTokens: number,
  model: CostModel = DEFAULT_COST_MODEL,
): StepEstimate {
  const query = typeof step.parameters['query'] === 'string' ? (step.parameters['query'] as string) : '';
  if (step.agent_type === 'knowledge') {
    const topK = numberParam(step, 'top_k', 5);
    return {
      seconds: Math.min(step.timeout_seconds, model.knowledgeBaseSeconds + model.knowledgeSecondsPerPassage * topK),
      tokens: approximateTokens(query) + topK * model.tokensPerPassage,
    };
  }
  if (step.agent_type === 'data') {
    const tables = tablesOf(step);
    return {
      seconds: Math.min(step.timeout_seconds, model.dataBaseSeconds + model.dataSecondsPerTable * tables),
      tokens: model.dataPromptTokens + model.dataCompletionTokens + model.tokensPerTable * tables + knowledgeTokens,
    };
  }
  return { seconds: Math.min(step.timeout_seconds, model.otherStepSeconds), tokens: 0 };
}

/** USD for a number of tokens at a rate per 1,000 tokens, rounded to a millionth of a dollar. */
export function tokensToUsd(tokens: number, costPer1kTokensUsd: number): number {
  return Math.round((tokens / 1000) * costPer1kTokensUsd * 1e6) / 1e6;
}

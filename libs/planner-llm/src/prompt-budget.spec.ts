import { aCreatePlanRequest, someSchemaHints } from '@mesh/a2a-contracts/testing';
import type { CreatePlanParameters } from '@mesh/a2a-contracts';
import { analyzeHeuristically, preparePlanningContext } from '@mesh/planner-core';
import { buildAnalysisPrompt } from './analysis-prompt';
import { renderSeedPrompts } from './seed-prompts';
import { countChatTokens } from './token-count';

const QUESTIONS = [
  'Show failed sign-ins for admins in the last 24 hours',
  'Compare database user table with Azure AD signin logs',
  'Top 10 customers by order total this month',
  'Detect suspicious PowerShell process creation on endpoints',
];

/** Prompt tokens per plan (llama-3 tokenizer, chat template): ours, and the seed's two prompts for the same requests. */
function tokensPerPlan(): { ours: number; seed: number } {
  let ours = 0;
  let seed = 0;
  for (const question of QUESTIONS) {
    const parameters = aCreatePlanRequest(question, { schema_hints: someSchemaHints() })
      .parameters as CreatePlanParameters;
    const context = preparePlanningContext(parameters);
    const heuristic = analyzeHeuristically({
      naturalLanguage: context.naturalLanguage,
      catalog: context.catalog,
      agents: context.agents,
      now: new Date('2026-11-26T12:00:00Z'),
    });
    ours += countChatTokens(buildAnalysisPrompt(context, { evidence: heuristic.evidence }).messages);
    const [first, second] = renderSeedPrompts(parameters, heuristic.analysis);
    seed += countChatTokens([{ role: 'user', content: first }]) + countChatTokens([{ role: 'user', content: second }]);
  }
  return { ours: Math.round(ours / QUESTIONS.length), seed: Math.round(seed / QUESTIONS.length) };
}

describe('the analysis prompt’s size', () => {
  it('is at most half the seed’s two prompts in tokens, on the contract’s example hints', () => {
    const { ours, seed } = tokensPerPlan();

    process.stdout.write(
      `prompt tokens per plan: ours ${ours}, seed's two prompts ${seed} (${Math.round((ours / seed) * 100)} %)\n`,
    );
    expect(ours).toBeLessThanOrEqual(seed * 0.5);
  });
});

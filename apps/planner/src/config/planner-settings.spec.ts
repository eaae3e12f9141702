import { PlannerSettings } from './planner-settings';

describe('PlannerSettings names and their old aliases', () => {
  const dataStep = (env: Record<string, string>) => PlannerSettings.fromEnv(env).planning.dataStepTimeoutSeconds;
  const llmBudgetMs = (env: Record<string, string>) => PlannerSettings.fromEnv(env).llm.timeoutMs;

  it('reads the data-step timeout from PLANNER_DATA_STEP_TIMEOUT, or from its old name PLANNER_DEFAULT_TIMEOUT', () => {
    expect(dataStep({})).toBe(60);
    expect(dataStep({ PLANNER_DATA_STEP_TIMEOUT: '45' })).toBe(45);
    expect(dataStep({ PLANNER_DEFAULT_TIMEOUT: '30' })).toBe(30);
    expect(dataStep({ PLANNER_DATA_STEP_TIMEOUT: '45', PLANNER_DEFAULT_TIMEOUT: '30' })).toBe(45);
  });

  it('refuses a bad PLANNER_DATA_STEP_TIMEOUT, naming it', () => {
    expect(() => PlannerSettings.fromEnv({ PLANNER_DATA_STEP_TIMEOUT: '0' })).toThrow('PLANNER_DATA_STEP_TIMEOUT');
  });

  it('reads the LLM analysis budget from PLANNER_LLM_TIMEOUT, or from its old name OLLAMA_TIMEOUT', () => {
    expect(llmBudgetMs({})).toBe(30_000);
    expect(llmBudgetMs({ OLLAMA_TIMEOUT: '5' })).toBe(5_000);
    expect(llmBudgetMs({ PLANNER_LLM_TIMEOUT: '12', OLLAMA_TIMEOUT: '5' })).toBe(12_000);
  });
});

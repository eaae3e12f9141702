import { preparePlanningContext } from '@mesh/planner-core';
import type { EvalCase } from './eval-case';
import { evalAgents } from './eval-request';
import { corruptPlatforms, SimulatedModel, unitHash } from './simulated-model';

const HINTS = {
  kql: { description: 'Microsoft Sentinel', tables: { SigninLogs: ['UserPrincipalName', 'IPAddress'] } },
  spl: { description: 'Splunk', sourcetypes: ['WinEventLog:Security'] },
  sql: { description: 'Business database', tables: { orders: ['order_id'] } },
};

function cases(count: number): EvalCase[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `c-${i}`,
    naturalLanguage: `question ${i} about sign-ins`,
    expectedPlatforms: ['kql'],
    expectedTables: ['SigninLogs'],
  }));
}

function contextOf(question: string) {
  return preparePlanningContext({
    natural_language: question,
    execution_context: { available_agents: evalAgents(), schema_hints: HINTS },
  } as never);
}

describe('corruptPlatforms', () => {
  it('moves a label to the other SIEM', () => {
    expect(corruptPlatforms(['kql'])).toEqual(['spl']);
    expect(corruptPlatforms(['spl', 'sql'])).toEqual(['kql', 'sql']);
  });

  it('reads SQL as KQL when no SIEM is labelled, and keeps one SIEM of two', () => {
    expect(corruptPlatforms(['sql'])).toEqual(['kql']);
    expect(corruptPlatforms(['kql', 'spl'])).toEqual(['kql']);
  });
});

describe('SimulatedModel', () => {
  it('is wrong on about the requested share of cases, the same ones on every run, nested across accuracies', () => {
    const set = cases(2000);
    const at85 = new SimulatedModel({ accuracy: 0.85, seed: 1, cases: set });
    const at60 = new SimulatedModel({ accuracy: 0.6, seed: 1, cases: set });

    const wrong85 = set.filter((c) => at85.isWrong(c));

    expect(wrong85.length / set.length).toBeGreaterThan(0.12);
    expect(wrong85.length / set.length).toBeLessThan(0.18);
    expect(wrong85.every((c) => at60.isWrong(c))).toBe(true);
    expect(unitHash(1, 'c-1')).toBe(unitHash(1, 'c-1'));
  });

  it('answers through the real answer validation: the label when right, with confidence 0.9', async () => {
    const [evalCase] = cases(1);
    const model = new SimulatedModel({ accuracy: 1, seed: 1, cases: [evalCase!] });

    const result = await model.analyze(contextOf(evalCase!.naturalLanguage), []);

    expect(result.ok && result.answer.platforms).toEqual(['kql']);
    expect(result.ok && result.answer.tables.map((t) => t.name)).toEqual(['SigninLogs']);
    expect(result.ok && result.answer.confidence).toBe(0.9);
  });

  it('answers a corrupted label when wrong, still with confidence 0.9', async () => {
    const [evalCase] = cases(1);
    const model = new SimulatedModel({ accuracy: 0, seed: 1, cases: [evalCase!] });

    const result = await model.analyze(contextOf(evalCase!.naturalLanguage), []);

    expect(result.ok && result.answer.platforms).toEqual(['spl']);
    expect(result.ok && result.answer.confidence).toBe(0.9);
  });

  it('fails like a model would for a question it has no label for', async () => {
    const model = new SimulatedModel({ accuracy: 1, seed: 1, cases: [] });

    const result = await model.analyze(contextOf('unknown'), []);

    expect(result.ok).toBe(false);
  });
});

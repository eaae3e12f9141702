import { aStep } from '@mesh/a2a-contracts/testing';
import { DEFAULT_COST_MODEL, estimateStep, tokensToUsd } from './cost-estimator';

describe('estimateStep', () => {
  it('charges a knowledge step for the passages it brings back', () => {
    const few = estimateStep(aStep('k', { parameters: { query: 'q', top_k: 1 } }), 0);
    const many = estimateStep(aStep('k', { parameters: { query: 'q', top_k: 10 } }), 0);

    expect(many.tokens - few.tokens).toBe(9 * DEFAULT_COST_MODEL.tokensPerPassage);
    expect(many.seconds).toBeGreaterThan(few.seconds);
  });

  it('charges a data step more for more tables and for the knowledge passed to it', () => {
    const step = (tables: string[]) => aStep('data_sql', { parameters: { query_analysis: { entities: { tables } } } });

    const plain = estimateStep(step([]), 0);
    const wider = estimateStep(step(['a', 'b']), 0);
    const informed = estimateStep(step([]), 500);

    expect(wider.tokens - plain.tokens).toBe(2 * DEFAULT_COST_MODEL.tokensPerTable);
    expect(informed.tokens - plain.tokens).toBe(500);
  });

  it('never estimates longer than the step timeout', () => {
    const estimate = estimateStep(aStep('data_kql', { timeout_seconds: 1 }), 0);

    expect(estimate.seconds).toBe(1);
  });

  it('ignores a top_k that is not a number', () => {
    expect(() => estimateStep(aStep('k', { parameters: { top_k: 'many' } }), 0)).not.toThrow();
  });
});

describe('tokensToUsd', () => {
  it('prices tokens at the rate per thousand', () => {
    expect(tokensToUsd(2500, 0.002)).toBe(0.005);
  });

  it('is zero at a zero rate', () => {
    expect(tokensToUsd(10_000, 0)).toBe(0);
  });
});

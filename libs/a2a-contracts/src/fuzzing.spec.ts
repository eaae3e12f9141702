import fc from 'fast-check';
import { fuzzAnswerProblem, fuzzRequests, orchestratorFuzzAnswerProblem, orchestratorFuzzRequests } from './fuzzing';

describe('fuzzAnswerProblem', () => {
  it('flags a server error', () => {
    expect(fuzzAnswerProblem(500, { status: 'failed', error: { code: 'X', message: 'm' } })).toBe('server error 500');
  });

  it('flags a 4xx outside the error format', () => {
    expect(fuzzAnswerProblem(400, { message: 'Bad Request' })).toBe('400 outside the error format');
  });

  it('flags a 200 that is neither a plan, a clarification nor a planning failure', () => {
    expect(fuzzAnswerProblem(200, { ok: true })).toBe(
      '200 that is neither a plan, a clarification nor a planning failure',
    );
    expect(fuzzAnswerProblem(200, { status: 'input_required', result: {} })).toBeDefined();
    expect(
      fuzzAnswerProblem(200, {
        status: 'input_required',
        result: { clarification: { question: 'q', missing: [], suggestions: [] } },
      }),
    ).toBeUndefined();
  });

  it('accepts a 4xx in the error format and a completed plan', () => {
    expect(
      fuzzAnswerProblem(413, { status: 'failed', error: { code: 'PAYLOAD_TOO_LARGE', message: 'm' } }),
    ).toBeUndefined();
    expect(fuzzAnswerProblem(200, { status: 'completed', result: { plan: {} } })).toBeUndefined();
  });
});

describe('fuzzRequests', () => {
  it('produces every kind of request', () => {
    const kinds = new Set(fc.sample(fuzzRequests, { numRuns: 500, seed: 1 }).map((r) => r.kind));

    expect([...kinds].sort()).toEqual([
      'corrupt encoding',
      'mutated create_plan',
      'odd optimize params',
      'prototype keys',
      'random context',
      'random json',
      'raw body',
      'tangled optimize_plan',
    ]);
  });
});

describe('orchestratorFuzzRequests', () => {
  it('produces journeys, async journeys, journey ids, raw and corrupt bodies', () => {
    const kinds = new Set(fc.sample(orchestratorFuzzRequests, { numRuns: 500, seed: 1 }).map((r) => r.kind));

    expect([...kinds].sort()).toEqual(['async journey', 'corrupt encoding', 'journey body', 'journey id', 'raw body']);
  });

  it('flags an orchestrator 2xx that is not a journey, and accepts a running one', () => {
    expect(orchestratorFuzzAnswerProblem(201, { ok: true })).toBe('201 that is not a journey');
    expect(orchestratorFuzzAnswerProblem(202, { journey_id: 'j', status: 'running' })).toBeUndefined();
    expect(orchestratorFuzzAnswerProblem(502, {})).toBe('server error 502');
  });
});

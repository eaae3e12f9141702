import { aStep } from '@mesh/a2a-contracts/testing';
import { passagesOf, STEP_INPUT_LIMITS, stepParameters } from './step-input.util';

const passage = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `t-${id}`,
  source: 's',
  text: 'x',
  score: 0.5,
  ...extra,
});

describe('passagesOf', () => {
  it('keeps the well-formed passages and tags them with the domain', () => {
    const output = {
      passages: [passage('a'), { id: 'b' }, null, passage('c', { score: 'high' }), passage('d', { domain: 'wiki' })],
    };

    expect(passagesOf(output, 'sop')).toEqual([
      { ...passage('a'), domain: 'sop' },
      { ...passage('d'), domain: 'wiki' },
    ]);
  });

  it('returns nothing for outputs without passages', () => {
    expect(passagesOf(undefined)).toEqual([]);
    expect(passagesOf({ passages: 'many' })).toEqual([]);
    expect(passagesOf('text')).toEqual([]);
  });

  it('shortens very long passage texts', () => {
    const [out] = passagesOf({ passages: [passage('a', { text: 'y'.repeat(10_000) })] });

    expect(out!.text).toHaveLength(STEP_INPUT_LIMITS.passageTextMax);
  });

  it('drops unknown passage fields', () => {
    const [out] = passagesOf({ passages: [passage('a', { embedding: [1, 2, 3] })] });

    expect(out).not.toHaveProperty('embedding');
  });
});

describe('stepParameters', () => {
  const sop = aStep('knowledge_0', { parameters: { query: 'q', top_k: 5, domain: 'sop' } });
  const errors = aStep('knowledge_1', { agent_id: 'errors_knowledge', parameters: { query: 'q', domain: 'errors' } });
  const data = aStep('data_kql', {
    depends_on: ['knowledge_0', 'knowledge_1'],
    parameters: { platform: 'kql', use_knowledge: true, query_analysis: {} },
  });

  it('sends a knowledge step its plan parameters unchanged', () => {
    expect(stepParameters(sop, [], 'question')).toEqual({ query: 'q', top_k: 5, domain: 'sop' });
  });

  it('gives a data step the passages of its knowledge dependencies, in order, and the question', () => {
    const parameters = stepParameters(
      data,
      [
        { step: sop, output: { passages: [passage('s1'), passage('s2')] } },
        { step: errors, output: { passages: [passage('e1')] } },
      ],
      'Show failed login attempts',
    );

    expect(parameters).toMatchObject({
      platform: 'kql',
      use_knowledge: true,
      natural_language: 'Show failed login attempts',
    });
    expect(
      (parameters['knowledge'] as Array<{ id: string; domain: string }>).map((p) => `${p.domain}:${p.id}`),
    ).toEqual(['sop:s1', 'sop:s2', 'errors:e1']);
  });

  it('keeps the natural_language the plan set', () => {
    const planned = aStep('data_kql', { parameters: { platform: 'kql', natural_language: 'rewritten' } });

    expect(stepParameters(planned, [], 'original')['natural_language']).toBe('rewritten');
  });

  it('gives a data step an empty knowledge list when its dependencies returned nothing', () => {
    expect(stepParameters(data, [{ step: sop, output: undefined }], 'q')['knowledge']).toEqual([]);
  });

  it('does not pass another data step output as knowledge', () => {
    const other = aStep('data_sql', { parameters: { platform: 'sql' } });

    expect(stepParameters(data, [{ step: other, output: { passages: [passage('x')] } }], 'q')['knowledge']).toEqual([]);
  });

  it('removes duplicate passages and sends at most 200', () => {
    const many = { passages: Array.from({ length: 150 }, (_, i) => passage(`p${i}`)) };
    const parameters = stepParameters(
      data,
      [
        { step: sop, output: many },
        { step: sop, output: many },
        { step: errors, output: many },
      ],
      'q',
    );

    expect(parameters['knowledge']).toHaveLength(STEP_INPUT_LIMITS.passagesMax);
  });

  it('does not change the plan step', () => {
    stepParameters(data, [{ step: sop, output: { passages: [passage('a')] } }], 'q');

    expect(data.parameters).not.toHaveProperty('knowledge');
  });
});

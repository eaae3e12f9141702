import { buildAnalysisPrompt } from './analysis-prompt';
import { readLlmAnswer } from './llm-answer';
import { contextFor, HINTS } from './testing/test-context';

const context = contextFor('failed sign-ins for admins', { schemaHints: HINTS });
const answerContext = { prompt: buildAnalysisPrompt(context), catalog: context.catalog };

function answer(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    intent: 'security',
    complexity: 'simple',
    required_platforms: ['kql'],
    confidence: 0.9,
    reasoning: 'Sign-ins live in Sentinel.',
    entities: { tables: ['SigninLogs'], fields: ['ResultType'], time_range: null },
    knowledge_requirements: { requires_sop: true, requires_error_knowledge: true, requires_schema: true },
    query_characteristics: { is_aggregation: false, is_time_series: false, has_joins: false, complexity_factors: [] },
    ...overrides,
  });
}

describe('readLlmAnswer', () => {
  it('reads a valid answer', () => {
    const reading = readLlmAnswer(answer(), 'stop', answerContext);

    expect(reading).toMatchObject({
      ok: true,
      answer: {
        platforms: ['kql'],
        tables: [{ name: 'SigninLogs', platform: 'kql', relevant: true }],
        fields: ['ResultType'],
        confidence: 0.9,
      },
    });
  });

  it('reads the model’s constraints, mapping a field to the named table’s column', () => {
    const constraints = {
      filters: [],
      measure: { kind: 'count', of: null, field: 'resulttype' },
      group_by: [],
      having: null,
      time_bucket: null,
      order: null,
      limit: 10,
      inactivity: null,
    };

    const reading = readLlmAnswer(answer({ constraints }), 'stop', answerContext);

    expect(reading).toMatchObject({
      ok: true,
      answer: { constraints: { measure: { kind: 'count', field: 'ResultType' }, limit: 10 } },
    });
  });

  it('keeps the rest of an answer whose constraints break the contract, without them', () => {
    const reading = readLlmAnswer(answer({ constraints: { filters: [{ kind: 'galaxy' }] } }), 'stop', answerContext);

    expect(reading).toMatchObject({ ok: true, answer: { platforms: ['kql'], constraints: null } });
    expect(reading.ok && reading.answer.discarded.join(' ')).toMatch(/constraints/);
  });

  it('refuses an answer cut off at num_predict', () => {
    expect(readLlmAnswer(answer(), 'length', answerContext)).toMatchObject({ ok: false, problem: 'truncated' });
  });

  it('recognizes truncated JSON even when the server says it stopped', () => {
    expect(readLlmAnswer(answer().slice(0, 60), 'stop', answerContext)).toMatchObject({
      ok: false,
      problem: 'truncated',
    });
  });

  it('refuses text that is not JSON', () => {
    expect(readLlmAnswer('The platform is KQL.', 'stop', answerContext)).toMatchObject({
      ok: false,
      problem: 'invalid_json',
    });
  });

  it('refuses an empty answer', () => {
    expect(readLlmAnswer('  ', 'stop', answerContext)).toMatchObject({ ok: false, problem: 'empty' });
  });

  it('refuses JSON that breaks the contract schema', () => {
    const reading = readLlmAnswer(
      JSON.stringify({ intent: 'world domination', confidence: 3, required_platforms: 'kql' }),
      'stop',
      answerContext,
    );

    expect(reading).toMatchObject({ ok: false, problem: 'schema_mismatch' });
  });

  it('accepts an answer wrapped in a code fence', () => {
    expect(readLlmAnswer('```json\n' + answer() + '\n```', 'stop', answerContext).ok).toBe(true);
  });

  it('drops platforms no available agent serves, and says so', () => {
    const reading = readLlmAnswer(answer({ required_platforms: ['KQL', 'evil_data', 'spl'] }), 'stop', answerContext);

    expect(reading.ok && reading.answer.platforms).toEqual(['kql']);
    expect(reading.ok && reading.answer.discarded.join(' ')).toContain('evil_data');
  });

  it('drops tables that are not in the hints and fields that are not their columns', () => {
    const reading = readLlmAnswer(
      answer({
        entities: {
          tables: ['SigninLogs', 'SecretAdmins'],
          fields: ['ResultType', 'Password'],
          time_range: 'last day',
        },
      }),
      'stop',
      answerContext,
    );

    expect(reading.ok && reading.answer.tables.map((t) => t.name)).toEqual(['SigninLogs']);
    expect(reading.ok && reading.answer.fields).toEqual(['ResultType']);
  });

  it('keeps a knowledge need only when an agent serves its domain', () => {
    const reading = readLlmAnswer(answer(), 'stop', answerContext);

    // The context has sop and errors agents, no wiki agent.
    expect(
      reading.ok && [reading.answer.requiresSop, reading.answer.requiresErrorKnowledge, reading.answer.requiresSchema],
    ).toEqual([true, true, false]);
  });

  it('bounds and flattens free text', () => {
    const reading = readLlmAnswer(
      answer({ reasoning: `line one\nline two\u0000${'x'.repeat(1000)}` }),
      'stop',
      answerContext,
    );

    expect(reading.ok && reading.answer.reasoning.length).toBe(300);
    expect(reading.ok && reading.answer.reasoning.startsWith('line one line two')).toBe(true);
  });
});

import { QueryAnalysis, QUERY_INTENTS } from '@mesh/a2a-contracts';
import { analysisAnswerSchema, hasUnsupportedKeywords, jsonSchemaOf } from './analysis-json-schema';

describe('jsonSchemaOf', () => {
  it('derives enums, types, ranges and nested objects from the contract decorators', () => {
    const schema = jsonSchemaOf(QueryAnalysis);

    expect(schema.properties!['intent']).toEqual({ type: 'string', enum: [...QUERY_INTENTS] });
    expect(schema.properties!['confidence']).toEqual({ type: 'number', minimum: 0, maximum: 1 });
    expect(schema.properties!['required_platforms']).toMatchObject({
      type: 'array',
      items: { type: 'string', maxLength: 256 },
      maxItems: 16,
    });
    expect(schema.properties!['knowledge_requirements']!.properties!['requires_sop']).toEqual({ type: 'boolean' });
    expect(schema.properties!['entities']!.properties!['time_range']).toMatchObject({ type: ['string', 'null'] });
  });

  it('requires every property and forbids others, at every level', () => {
    const schema = jsonSchemaOf(QueryAnalysis);

    expect(schema.required).toEqual(Object.keys(schema.properties!));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties!['entities']!.additionalProperties).toBe(false);
  });

  it('leaves out excluded paths', () => {
    const schema = jsonSchemaOf(QueryAnalysis, ['entities.time_window']);

    expect(schema.properties!['entities']!.properties).not.toHaveProperty('time_window');
  });
});

describe('analysisAnswerSchema', () => {
  const schema = analysisAnswerSchema({ platforms: ['kql', 'sql'], tables: ['SigninLogs'], fields: [] });

  it('allows only the offered platforms and tables', () => {
    expect(schema.properties!['required_platforms']).toMatchObject({
      items: { enum: ['kql', 'sql'] },
      minItems: 1,
      maxItems: 2,
    });
    expect(schema.properties!['entities']!.properties!['tables']).toMatchObject({ items: { enum: ['SigninLogs'] } });
  });

  it('allows no field at all when none was offered (an empty enum would be invalid)', () => {
    expect(schema.properties!['entities']!.properties!['fields']).toEqual({
      type: 'array',
      items: { type: 'string' },
      maxItems: 0,
    });
  });

  it('carries no regex pattern, which Ollama rejects', () => {
    expect(hasUnsupportedKeywords(schema)).toBe(false);
    expect(hasUnsupportedKeywords({ properties: { a: { type: 'string', pattern: '^x$' } } })).toBe(true);
  });

  it('keeps free text short, to bound the tokens generated', () => {
    expect(schema.properties!['reasoning']).toEqual({ type: 'string', maxLength: 300 });
  });
});

import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';
import { FILTER_KINDS, FILTER_OPERATORS, QueryAnalysis, QUERY_COMPLEXITIES, QUERY_INTENTS } from '@mesh/a2a-contracts';
import { constraintsAnswerSchema } from './model-constraints';

/** The subset of JSON Schema that Ollama's structured outputs accept (no regex `pattern`). */
export interface JsonSchema {
  type?:
    | 'object'
    | 'array'
    | 'string'
    | 'number'
    | 'integer'
    | 'boolean'
    | Array<'string' | 'object' | 'integer' | 'number' | 'null'>;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  enum?: readonly (string | number | boolean | null)[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
  minItems?: number;
}

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

type Constructor = abstract new (...args: never[]) => object;

/**
 * The JSON Schema of a contract class, read from its class-validator decorators: `IsIn` →
 * `enum`, `IsString`/`MaxLength`, `IsNumber`/`Min`/`Max`, `IsBoolean`, `IsArray`/
 * `ArrayMaxSize` with `each` rules as `items`, `ValidateNested` → the nested class (from
 * `design:type`), `IsOptional` → nullable and not required. `Matches` (a regex) is left out
 * on purpose: Ollama rejects `pattern`. Properties in `exclude` (dotted paths) are omitted.
 */
export function jsonSchemaOf(type: Constructor, exclude: readonly string[] = [], path = ''): JsonSchema {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(
    type as unknown as new () => object,
    '',
    true,
    false,
  );
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const rule of metadata) {
    const list = byProperty.get(rule.propertyName);
    if (list) list.push(rule);
    else byProperty.set(rule.propertyName, [rule]);
  }
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [property, rules] of byProperty) {
    const dotted = path ? `${path}.${property}` : property;
    if (exclude.includes(dotted)) continue;
    const optional = rules.some((r) => r.type === 'conditionalValidation');
    const nested = rules.some((r) => r.type === 'nestedValidation');
    let schema: JsonSchema;
    if (nested) {
      const nestedType = Reflect.getMetadata('design:type', type.prototype, property) as Constructor | undefined;
      if (!nestedType || nestedType === (Object as unknown as Constructor)) continue; // a union the metadata cannot name
      schema = jsonSchemaOf(nestedType, exclude, dotted);
    } else {
      schema = propertySchema(rules);
    }
    if (optional && typeof schema.type === 'string' && schema.type === 'string')
      schema = { ...schema, type: ['string', 'null'] };
    properties[property] = schema;
    // Structured outputs work best when every property is required; optional ones are nullable.
    required.push(property);
  }
  return { type: 'object', properties, required, additionalProperties: false };
}

function constraint(rules: readonly ValidationMetadata[], name: string, each: boolean): unknown {
  const rule = rules.find((r) => r.name === name && Boolean(r.each) === each);
  return rule?.constraints?.[0];
}

function scalarSchema(rules: readonly ValidationMetadata[], each: boolean): JsonSchema {
  const has = (name: string) => rules.some((r) => r.name === name && Boolean(r.each) === each);
  const schema: JsonSchema = {};
  const values = constraint(rules, 'isIn', each);
  if (Array.isArray(values)) schema.enum = values as string[];
  if (has('isString') || has('isIn')) schema.type = 'string';
  else if (has('isInt')) schema.type = 'integer';
  else if (has('isNumber')) schema.type = 'number';
  else if (has('isBoolean')) schema.type = 'boolean';
  const min = constraint(rules, 'min', each);
  const max = constraint(rules, 'max', each);
  const maxLength = constraint(rules, 'maxLength', each);
  if (typeof min === 'number') schema.minimum = min;
  if (typeof max === 'number') schema.maximum = max;
  if (typeof maxLength === 'number' && schema.type === 'string' && !schema.enum) schema.maxLength = maxLength;
  return schema;
}

function propertySchema(rules: readonly ValidationMetadata[]): JsonSchema {
  if (rules.some((r) => r.name === 'isArray')) {
    const schema: JsonSchema = { type: 'array', items: scalarSchema(rules, true) };
    const maxItems = constraint(rules, 'arrayMaxSize', false);
    if (typeof maxItems === 'number') schema.maxItems = maxItems;
    return schema;
  }
  return scalarSchema(rules, false);
}

/** What the LLM may name in its answer: the platforms, tables and columns the prompt offered. */
export interface AnswerVocabulary {
  readonly platforms: readonly string[];
  readonly tables: readonly string[];
  readonly fields: readonly string[];
}

/** Answer-size limits: they bound the tokens the model may spend (and `num_predict` backs them up). */
export const ANSWER_LIMITS = {
  reasoningChars: 300,
  timeRangeChars: 64,
  tables: 8,
  fields: 12,
  complexityFactors: 4,
  factorChars: 48,
} as const;

let baseSchema: JsonSchema | undefined;

/**
 * The `format` of the planner's one LLM call: the JSON Schema of {@link QueryAnalysis},
 * derived from the contract's decorators, without what the planner works out itself
 * (`entities.time_window`, resolved from the clock), then narrowed for one request: platforms,
 * tables and fields are enums of what the prompt offered, and free text is short. The
 * narrowing steers a grammar-constrained model; the answer is still validated and sanitized.
 */
export function analysisAnswerSchema(vocabulary: AnswerVocabulary): JsonSchema {
  // `constraints` is written out (model-constraints.ts): its nullable nested classes have no derivable schema.
  baseSchema ??= jsonSchemaOf(QueryAnalysis, ['entities.time_window', 'constraints']);
  const base = baseSchema;
  const props = base.properties!;
  const list = (values: readonly string[], max: number): JsonSchema =>
    values.length === 0
      ? { type: 'array', items: { type: 'string' }, maxItems: 0 }
      : { type: 'array', items: { type: 'string', enum: [...values] }, maxItems: Math.min(max, values.length) };
  const entities = props['entities']!;
  const characteristics = props['query_characteristics']!;
  return {
    ...base,
    required: [...(base.required ?? []), 'constraints'],
    properties: {
      ...props,
      constraints: constraintsAnswerSchema(FILTER_KINDS, FILTER_OPERATORS),
      intent: { type: 'string', enum: [...QUERY_INTENTS] },
      complexity: { type: 'string', enum: [...QUERY_COMPLEXITIES] },
      required_platforms: {
        ...list(vocabulary.platforms, vocabulary.platforms.length),
        minItems: vocabulary.platforms.length > 0 ? 1 : 0,
      },
      reasoning: { type: 'string', maxLength: ANSWER_LIMITS.reasoningChars },
      entities: {
        ...entities,
        properties: {
          ...entities.properties,
          tables: list(vocabulary.tables, ANSWER_LIMITS.tables),
          fields: list(vocabulary.fields, ANSWER_LIMITS.fields),
          time_range: { type: ['string', 'null'], maxLength: ANSWER_LIMITS.timeRangeChars },
        },
      },
      query_characteristics: {
        ...characteristics,
        properties: {
          ...characteristics.properties,
          complexity_factors: {
            type: 'array',
            items: { type: 'string', maxLength: ANSWER_LIMITS.factorChars },
            maxItems: ANSWER_LIMITS.complexityFactors,
          },
        },
      },
    },
  };
}

/** True when a schema (or any part of it) carries a keyword Ollama rejects. */
export function hasUnsupportedKeywords(schema: unknown): boolean {
  if (schema === null || typeof schema !== 'object') return false;
  if (Array.isArray(schema)) return schema.some(hasUnsupportedKeywords);
  return Object.entries(schema).some(
    ([key, value]) => key === 'pattern' || key === 'patternProperties' || hasUnsupportedKeywords(value),
  );
}

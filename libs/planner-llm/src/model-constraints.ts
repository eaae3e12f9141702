import { MEASURE_KINDS, QueryConstraints, validatePlain, type ConstraintFilter } from '@mesh/a2a-contracts';
import type { JsonSchema } from './analysis-json-schema';

/** Caps on the constraints a model may answer: they bound its tokens; the heuristics read the rest. */
export const CONSTRAINT_ANSWER_LIMITS = { filters: 8, values: 8, groupBy: 4, textChars: 120 } as const;

const nullable = (schema: JsonSchema): JsonSchema => ({ ...schema, type: ['object', 'null'] });

/**
 * The answer schema of `constraints`, written out rather than derived: class-validator's metadata
 * cannot name a nullable nested class. Narrower than the contract (fewer filters and values), so
 * a grammar-constrained model spends few tokens on it.
 */
export function constraintsAnswerSchema(kinds: readonly string[], operators: readonly string[]): JsonSchema {
  const text = (max: number = CONSTRAINT_ANSWER_LIMITS.textChars): JsonSchema => ({
    type: ['string', 'null'],
    maxLength: max,
  });
  return {
    type: 'object',
    properties: {
      filters: {
        type: 'array',
        maxItems: CONSTRAINT_ANSWER_LIMITS.filters,
        items: {
          type: 'object',
          properties: {
            kind: { type: 'string', enum: [...kinds] },
            operator: { type: 'string', enum: [...operators] },
            values: {
              type: 'array',
              items: { type: 'string', maxLength: CONSTRAINT_ANSWER_LIMITS.textChars },
              minItems: 1,
              maxItems: CONSTRAINT_ANSWER_LIMITS.values,
            },
            field: text(),
            currency: text(8),
            expression: { type: 'string', maxLength: CONSTRAINT_ANSWER_LIMITS.textChars },
          },
          required: ['kind', 'operator', 'values', 'field', 'currency', 'expression'],
          additionalProperties: false,
        },
      },
      measure: nullable({
        type: 'object',
        properties: {
          kind: { type: 'string', enum: [...MEASURE_KINDS] },
          of: text(),
          field: text(),
          // For kind percentile: "p95" → 95 (optional).
          percentile: { type: ['number', 'null'], minimum: 0.1, maximum: 99.9 },
        },
        required: ['kind', 'of', 'field'],
        additionalProperties: false,
      }),
      group_by: {
        type: 'array',
        maxItems: CONSTRAINT_ANSWER_LIMITS.groupBy,
        items: {
          type: 'object',
          properties: { kind: { type: 'string', maxLength: 64 }, field: text() },
          required: ['kind', 'field'],
          additionalProperties: false,
        },
      },
      having: nullable({
        type: 'object',
        properties: { operator: { type: 'string', enum: ['gt', 'gte', 'lt', 'lte', 'eq'] }, value: { type: 'number' } },
        required: ['operator', 'value'],
        additionalProperties: false,
      }),
      time_bucket: nullable({
        type: 'object',
        properties: {
          unit: { type: 'string', enum: ['minute', 'hour', 'day', 'week', 'month'] },
          size: { type: 'integer', minimum: 1 },
          seconds: { type: 'integer', minimum: 1 },
        },
        required: ['unit', 'size', 'seconds'],
        additionalProperties: false,
      }),
      order: nullable({
        type: 'object',
        properties: { by: { type: 'string', maxLength: 64 }, direction: { type: 'string', enum: ['asc', 'desc'] } },
        required: ['by', 'direction'],
        additionalProperties: false,
      }),
      limit: { type: ['integer', 'null'], minimum: 1, maximum: 10_000 },
      inactivity: nullable({
        type: 'object',
        properties: {
          duration_seconds: { type: 'integer', minimum: 1 },
          activity: text(64),
          expression: { type: 'string', maxLength: CONSTRAINT_ANSWER_LIMITS.textChars },
        },
        required: ['duration_seconds', 'activity', 'expression'],
        additionalProperties: false,
      }),
    },
    required: ['filters', 'measure', 'group_by', 'having', 'time_bucket', 'order', 'limit', 'inactivity'],
    additionalProperties: false,
  };
}

export interface ModelConstraints {
  readonly constraints: QueryConstraints | null;
  readonly discarded: readonly string[];
}

/**
 * A model's `constraints`, read defensively: invalid as a whole (the contract's rules) → none;
 * a filter whose values are not written in the prompt (an invented IP, a guessed id) → dropped;
 * a field that is no column of the tables the answer names → null (the agent picks its column).
 */
export function readModelConstraints(
  raw: unknown,
  promptText: string,
  columns: ReadonlyMap<string, string>,
): ModelConstraints {
  if (raw === undefined || raw === null) return { constraints: null, discarded: [] };
  const validated = validatePlain(QueryConstraints, raw);
  if (!validated.ok)
    return {
      constraints: null,
      discarded: [
        `constraints (${
          validated.failures
            .slice(0, 2)
            .map((f) => f.property)
            .join(', ') || 'invalid'
        })`,
      ],
    };
  const discarded: string[] = [];
  const prompt = promptText.toLowerCase();
  const column = (field: string | null | undefined): string | null =>
    field ? (columns.get(field.trim().toLowerCase()) ?? null) : null;
  const filters: ConstraintFilter[] = [];
  for (const filter of validated.value.filters.slice(0, CONSTRAINT_ANSWER_LIMITS.filters)) {
    const values = filter.values.map((v) => v.trim()).filter((v) => v.length > 0);
    const numeric = filter.kind === 'amount' || ['gt', 'gte', 'lt', 'lte'].includes(filter.operator);
    if (values.length === 0 || (!numeric && values.some((v) => !prompt.includes(v.toLowerCase())))) {
      discarded.push(`filter ${filter.kind} "${values.join(',').slice(0, 40)}" (not in the question)`);
      continue;
    }
    filters.push({
      ...filter,
      values,
      field: column(filter.field),
      currency: filter.kind === 'amount' ? (filter.currency ?? null) : null,
      expression: filter.expression.slice(0, 512),
    });
  }
  const c = validated.value;
  return {
    constraints: {
      filters,
      measure: c.measure
        ? {
            kind: c.measure.kind,
            of: c.measure.of ?? null,
            field: column(c.measure.field),
            ...(typeof c.measure.percentile === 'number' ? { percentile: c.measure.percentile } : {}),
          }
        : null,
      group_by: c.group_by.map((g) => ({ kind: g.kind, field: column(g.field) })),
      having: c.having ?? null,
      time_bucket: c.time_bucket ?? null,
      order: c.order ?? null,
      limit: c.limit ?? null,
      inactivity: c.inactivity
        ? {
            duration_seconds: c.inactivity.duration_seconds,
            activity: c.inactivity.activity ?? null,
            expression: c.inactivity.expression,
          }
        : null,
    },
    discarded,
  };
}

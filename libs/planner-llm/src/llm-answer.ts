import {
  QUERY_COMPLEXITIES,
  QUERY_INTENTS,
  QueryAnalysis,
  validatePlain,
  type QueryComplexity,
  type QueryConstraints,
  type QueryIntent,
} from '@mesh/a2a-contracts';
import {
  KNOWLEDGE_DOMAIN_MEANINGS,
  normalizeKey,
  type KnowledgeRequirement,
  type SchemaCatalog,
} from '@mesh/planner-core';
import { ANSWER_LIMITS } from './analysis-json-schema';
import type { AnalysisPrompt } from './analysis-prompt';
import { readModelConstraints } from './model-constraints';

/** Why an answer could not be used at all. */
export type AnswerProblem = 'empty' | 'truncated' | 'invalid_json' | 'schema_mismatch';

/** A table the answer names, as the hints spell it. */
export interface AnswerTable {
  readonly name: string;
  /** Lower-case platform, or null for names the hints did not place. */
  readonly platform: string | null;
  /** The prompt offered it as relevant to the question (not only as a fallback listing). */
  readonly relevant: boolean;
}

/** An LLM answer after validation and sanitizing: it names only what exists. */
export interface LlmAnswer {
  readonly intent: QueryIntent;
  readonly complexity: QueryComplexity;
  /** Only platforms some available data agent serves, in the answer's order. */
  readonly platforms: readonly string[];
  readonly confidence: number;
  readonly reasoning: string;
  /** Only tables that exist in the hints. */
  readonly tables: readonly AnswerTable[];
  /** Only columns of those tables. */
  readonly fields: readonly string[];
  readonly timeRange: string | null;
  readonly requiresSop: boolean;
  readonly requiresErrorKnowledge: boolean;
  readonly requiresSchema: boolean;
  readonly isAggregation: boolean;
  readonly isTimeSeries: boolean;
  readonly hasJoins: boolean;
  readonly complexityFactors: readonly string[];
  /** The model's constraints, checked (values it did not read in the question dropped); null when absent or invalid. */
  readonly constraints: QueryConstraints | null;
  /** What was thrown away and why (hallucinated platforms, tables, fields). */
  readonly discarded: readonly string[];
}

export type AnswerReading =
  | { readonly ok: true; readonly answer: LlmAnswer }
  | { readonly ok: false; readonly problem: AnswerProblem; readonly detail: string };

function fail(problem: AnswerProblem, detail: string): AnswerReading {
  return { ok: false, problem, detail };
}

/** Free text from the model, made safe to pass on: no control characters, one line, bounded. */
export function cleanModelText(text: string, max: number): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, max)
  );
}

/** A JSON object that stops before its end: more `{`/`[` opened than closed, or an open string. */
function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const ch of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth += 1;
    else if (ch === '}' || ch === ']') depth -= 1;
  }
  return inString || depth > 0;
}

/** The JSON text of an answer: some models wrap it in a code fence or a sentence. */
function jsonText(content: string): string {
  const trimmed = content.trim();
  const fenced = /^```(?:json)?\s*([\s\S]*?)\s*(?:```)?$/i.exec(trimmed);
  const body = fenced ? fenced[1]! : trimmed;
  const start = body.indexOf('{');
  return start > 0 ? body.slice(start) : body;
}

/** The context an answer is checked against. */
export interface AnswerContext {
  /** With `messages`, the model's filter values are checked against the prompt's text; without, its filters are dropped. */
  readonly prompt: Pick<AnalysisPrompt, 'platforms' | 'domains' | 'offered'> &
    Partial<Pick<AnalysisPrompt, 'messages'>>;
  readonly catalog: SchemaCatalog;
}

/**
 * Reads a model's answer: refuses a truncated one (`done_reason: "length"` or unbalanced
 * JSON), invalid JSON, and JSON that breaks the contract's QueryAnalysis rules; then keeps
 * only platforms available agents serve, tables that exist in the hints, columns of those
 * tables, and knowledge needs whose domain is served, and bounds the free text.
 */
export function readLlmAnswer(content: string, doneReason: string | undefined, context: AnswerContext): AnswerReading {
  if (doneReason === 'length') return fail('truncated', 'the model stopped at num_predict (done_reason "length")');
  if (content.trim() === '') return fail('empty', 'the model returned no content');
  const text = jsonText(content);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    if (looksTruncated(text)) return fail('truncated', 'the JSON stops before its end');
    return fail('invalid_json', `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  // The constraints are read on their own: a bad one costs the constraints, not the whole answer.
  let rawConstraints: unknown;
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) && 'constraints' in parsed) {
    const { constraints, ...rest } = parsed as Record<string, unknown>;
    rawConstraints = constraints;
    parsed = rest;
  }
  const validated = validatePlain(QueryAnalysis, parsed);
  if (!validated.ok) {
    const first = validated.failures.slice(0, 3).map((f) => `${f.property || 'answer'}: ${f.constraints.join(', ')}`);
    return fail('schema_mismatch', first.join('; '));
  }
  const raw = validated.value;
  if (!QUERY_INTENTS.includes(raw.intent) || !QUERY_COMPLEXITIES.includes(raw.complexity))
    return fail('schema_mismatch', 'intent or complexity out of range');

  const discarded: string[] = [];
  const available = new Set(context.prompt.platforms);
  const platforms: string[] = [];
  for (const value of raw.required_platforms) {
    const platform = normalizeKey(value);
    if (platforms.includes(platform)) continue;
    if (available.has(platform)) platforms.push(platform);
    else discarded.push(`platform "${cleanModelText(value, 40)}" (no available agent serves it)`);
  }

  const relevant = new Set(context.prompt.offered.filter((e) => e.score > 0).map((e) => e.name.toLowerCase()));
  const entries = new Map(
    context.catalog.entries
      .filter((e) => e.platform === null || available.has(e.platform))
      .map((e) => [e.name.toLowerCase(), e] as const),
  );
  const tables: AnswerTable[] = [];
  for (const value of raw.entities.tables) {
    const entry = entries.get(value.trim().toLowerCase());
    if (!entry) discarded.push(`table "${cleanModelText(value, 60)}" (not in the schema hints)`);
    else if (!tables.some((t) => t.name === entry.name) && tables.length < ANSWER_LIMITS.tables) {
      tables.push({ name: entry.name, platform: entry.platform, relevant: relevant.has(entry.name.toLowerCase()) });
    }
  }
  const columns = new Map<string, string>();
  for (const table of tables)
    for (const column of entries.get(table.name.toLowerCase())?.columns ?? [])
      columns.set(column.toLowerCase(), column);
  const fields: string[] = [];
  for (const value of raw.entities.fields) {
    const column = columns.get(value.trim().toLowerCase());
    if (!column) discarded.push(`field "${cleanModelText(value, 60)}" (not a column of the named tables)`);
    else if (!fields.includes(column) && fields.length < ANSWER_LIMITS.fields) fields.push(column);
  }

  const promptText = (context.prompt.messages ?? []).map((m) => m.content).join('\n');
  const model = readModelConstraints(rawConstraints, promptText, columns);
  discarded.push(...model.discarded);

  const domains = new Set(context.prompt.domains);
  // A flag counts only when some available agent serves the domain it selects (the knowledge-domain table).
  const servesDomainOf = (flag: KnowledgeRequirement): boolean =>
    KNOWLEDGE_DOMAIN_MEANINGS.some((meaning) => meaning.requirement === flag && domains.has(meaning.domain));
  const k = raw.knowledge_requirements;
  const c = raw.query_characteristics;
  const timeRange =
    typeof raw.entities.time_range === 'string'
      ? cleanModelText(raw.entities.time_range, ANSWER_LIMITS.timeRangeChars)
      : '';
  return {
    ok: true,
    answer: {
      intent: raw.intent,
      complexity: raw.complexity,
      platforms,
      confidence: Math.round(raw.confidence * 100) / 100,
      reasoning: cleanModelText(raw.reasoning, ANSWER_LIMITS.reasoningChars),
      tables,
      fields,
      timeRange: timeRange || null,
      requiresSop: k.requires_sop && servesDomainOf('requires_sop'),
      requiresErrorKnowledge: k.requires_error_knowledge && servesDomainOf('requires_error_knowledge'),
      requiresSchema: k.requires_schema && servesDomainOf('requires_schema'),
      isAggregation: c.is_aggregation,
      isTimeSeries: c.is_time_series,
      hasJoins: c.has_joins,
      complexityFactors: c.complexity_factors
        .slice(0, ANSWER_LIMITS.complexityFactors)
        .map((f) => cleanModelText(f, ANSWER_LIMITS.factorChars))
        .filter(Boolean),
      constraints: model.constraints,
      discarded,
    },
  };
}

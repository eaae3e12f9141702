/** What a protocol test server does with one generation request, whatever protocol it speaks. */
export type LlmReply =
  /** A completed answer. `content` objects are sent as JSON text. Counts: a number, `null` to omit the field, or undefined for an estimate. */
  | {
      readonly kind: 'answer';
      readonly content: string | object;
      /** Ollama's `done_reason` / OpenAI's `finish_reason`: `stop`, or `length` when cut off at the token limit. */
      readonly doneReason?: string;
      readonly promptEvalCount?: number | null;
      readonly evalCount?: number | null;
      readonly delayMs?: number;
    }
  /** An HTTP error with the protocol's error body (500, 503 "server busy", 404 model not found, 401). */
  | { readonly kind: 'status'; readonly status: number; readonly error?: string; readonly delayMs?: number }
  /** No answer until the server closes: slower than any timeout. */
  | { readonly kind: 'hang' }
  /** The connection is cut without a response. */
  | { readonly kind: 'reset' }
  /** A 200 whose body is not JSON (a proxy's error page, a server bug). */
  | { readonly kind: 'malformed'; readonly body?: string };

/** One request the server received. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  /** The parsed JSON body (undefined for GET or unparsable bodies). */
  readonly body: Record<string, unknown> | undefined;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly at: number;
}

/** A generation request, as the responder sees it, the same for every protocol. */
export interface GenerationRequest {
  /** `/api/chat`, `/api/generate` (Ollama) or `/v1/chat/completions` (OpenAI-compatible). */
  readonly path: string;
  readonly model: string;
  readonly messages: ReadonlyArray<{ role: string; content: string }>;
  /** The JSON Schema the answer must follow (Ollama's `format`, OpenAI's `response_format.json_schema.schema`). */
  readonly format: unknown;
  /** Generation options (Ollama's `options`; OpenAI's `temperature`, `seed`, `max_tokens`). */
  readonly options: Record<string, unknown>;
  readonly body: Record<string, unknown>;
}

export type LlmResponder = (request: GenerationRequest) => LlmReply | Promise<LlmReply>;

export interface LlmTestServerOptions {
  /** Models the server lists and generation accepts. Default `["llama3:latest"]` (Ollama) or `["llama3"]` (OpenAI). */
  readonly models?: readonly string[];
  /** Ollama's `/api/version`. */
  readonly version?: string;
  /** Answers generation requests when no scripted reply is queued. Default: {@link defaultResponder}. */
  readonly responder?: LlmResponder;
  /** OpenAI-compatible only: requests must carry `Authorization: Bearer <apiKey>`, else 401. */
  readonly apiKey?: string;
}

/** A rough token count (4 characters a token), for replies that do not say. */
export const approxTokens = (text: string): number => Math.ceil(text.length / 4);

/** The user message's question, from the planner's prompt (`Question: """..."""`). */
export function questionOf(request: GenerationRequest): string {
  const user = [...request.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  return /Question: """([\s\S]*?)"""/.exec(user)?.[1] ?? user;
}

/** Values of an `enum` at a path of a JSON Schema (`["properties","required_platforms","items"]`). */
export function enumAt(format: unknown, path: readonly string[]): string[] {
  let node: unknown = format;
  for (const key of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  const values = node && typeof node === 'object' ? (node as { enum?: unknown }).enum : undefined;
  return Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : [];
}

/** A valid analysis answer (the QueryAnalysis shape), with overrides. */
export function analysisAnswer(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    intent: 'security',
    complexity: 'simple',
    required_platforms: ['kql'],
    confidence: 0.9,
    reasoning: 'Sign-in data lives in the KQL workspace.',
    entities: { tables: [], fields: [], time_range: null },
    knowledge_requirements: { requires_sop: true, requires_error_knowledge: false, requires_schema: false },
    query_characteristics: { is_aggregation: false, is_time_series: false, has_joins: false, complexity_factors: [] },
    ...overrides,
  };
}

/** The default responder: a valid answer naming the first platform and table the request's `format` allows. */
export const defaultResponder: LlmResponder = (request) => {
  const platforms = enumAt(request.format, ['properties', 'required_platforms', 'items']);
  const tables = enumAt(request.format, ['properties', 'entities', 'properties', 'tables', 'items']);
  return {
    kind: 'answer',
    content: analysisAnswer({
      required_platforms: platforms.slice(0, 1),
      confidence: 0.8,
      entities: { tables: tables.slice(0, 1), fields: [], time_range: null },
    }),
  };
};

type AnswerExtra = Partial<Omit<Extract<LlmReply, { kind: 'answer' }>, 'kind' | 'content'>>;

/** Ready-made replies for the fault modes the planner must survive; each protocol server renders them its way. */
export const llmReplies = {
  answer: (content: string | object, extra: AnswerExtra = {}): LlmReply => ({ kind: 'answer', content, ...extra }),
  serverError: (): LlmReply => ({
    kind: 'status',
    status: 500,
    error: 'llama runner process has terminated: exit status 2',
  }),
  busy: (): LlmReply => ({
    kind: 'status',
    status: 503,
    error: 'server busy, please try again.  maximum pending requests exceeded',
  }),
  modelNotFound: (model = 'llama3'): LlmReply => ({
    kind: 'status',
    status: 404,
    error: `model "${model}" not found, try pulling it first`,
  }),
  unauthorized: (): LlmReply => ({ kind: 'status', status: 401, error: 'invalid api key' }),
  slow: (delayMs: number, content: string | object = analysisAnswer()): LlmReply => ({
    kind: 'answer',
    content,
    delayMs,
  }),
  hang: (): LlmReply => ({ kind: 'hang' }),
  reset: (): LlmReply => ({ kind: 'reset' }),
  /** A 200 whose body is not JSON at all. */
  malformedBody: (): LlmReply => ({ kind: 'malformed', body: '<html><body>502 Bad Gateway</body></html>' }),
  invalidJson: (): LlmReply => ({ kind: 'answer', content: 'Sure! The platform is KQL, because sign-ins live there.' }),
  /** Cut off at the token limit: half a JSON object and `length` as the reason. */
  truncatedJson: (): LlmReply => ({
    kind: 'answer',
    content: JSON.stringify(analysisAnswer()).slice(0, 80),
    doneReason: 'length',
  }),
  /** Half a JSON object, but the server claims it stopped normally. */
  truncatedJsonStop: (): LlmReply => ({
    kind: 'answer',
    content: JSON.stringify(analysisAnswer()).slice(0, 80),
    doneReason: 'stop',
  }),
  /** Valid JSON that breaks the schema: wrong types, out-of-range values, missing objects. */
  schemaBreaking: (): LlmReply => ({
    kind: 'answer',
    content: { intent: 'world domination', complexity: 7, required_platforms: 'kql', confidence: 3 },
  }),
} as const;

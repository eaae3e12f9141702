import {
  LLM_TEST_PROVIDERS,
  llmReplies,
  plannerLlmEnv,
  refusedUrl,
  startLlmTestServer,
  type LlmTestServer,
} from '@mesh/ollama-testing';
import { PlannerSettings } from '../config/planner-settings';
import { createLlmPort } from './llm-port.provider';
import type { LlmPort } from './llm.port';

const SCHEMA = { name: 'query_analysis', schema: { type: 'object' as const } };
const chat = (port: LlmPort, signal = AbortSignal.timeout(2000)) =>
  port.chat({ messages: [{ role: 'user', content: 'hi' }], schema: SCHEMA, signal });

describe.each(LLM_TEST_PROVIDERS)('the %s adapter (against its protocol test server)', (provider) => {
  let server: LlmTestServer;
  const portFor = (url: string, model?: string, env: Record<string, string> = {}) =>
    createLlmPort(PlannerSettings.fromEnv({ ...plannerLlmEnv(provider, url, model), ...env }).llm);

  beforeAll(async () => {
    server = await startLlmTestServer(provider, {
      models: provider === 'ollama' ? ['llama3:latest', 'mistral:7b'] : ['llama3', 'mistral:7b'],
    });
  });

  afterEach(() => server.reset());

  afterAll(() => server.close());

  it('is the adapter the provider names', () => {
    expect(portFor(server.url).provider).toBe(provider);
  });

  it('returns the content, finish reason and token counts', async () => {
    server.script(llmReplies.answer('{"a":1}', { doneReason: 'length', promptEvalCount: 7, evalCount: 2 }));

    expect(await chat(portFor(server.url))).toEqual({
      content: '{"a":1}',
      finishReason: 'length',
      promptTokens: 7,
      completionTokens: 2,
    });
  });

  it('leaves token counts undefined when the server omits them', async () => {
    server.script(llmReplies.answer('{}', { promptEvalCount: null, evalCount: null }));

    expect(await chat(portFor(server.url))).toMatchObject({ promptTokens: undefined, completionTokens: undefined });
  });

  it('sends the schema, temperature 0, a fixed seed and the token limit', async () => {
    server.script(llmReplies.answer('{}'));

    await chat(portFor(server.url));

    const body = server.generationRequests[0]!.body;
    if (provider === 'ollama') {
      expect(body).toMatchObject({
        format: SCHEMA.schema,
        stream: false,
        options: { temperature: 0, seed: 42, num_predict: 512 },
      });
    } else {
      expect(body).toMatchObject({ temperature: 0, seed: 42, max_tokens: 512, stream: false });
      expect(body).toMatchObject({
        response_format: {
          type: 'json_schema',
          json_schema: { name: 'query_analysis', schema: SCHEMA.schema, strict: true },
        },
      });
    }
  });

  it('cancels one call on its own signal and leaves the others running', async () => {
    server.script(llmReplies.slow(300, { ok: 1 }), llmReplies.slow(300, { ok: 2 }));
    const port = portFor(server.url);
    const controller = new AbortController();

    const cancelled = chat(port, controller.signal);
    const other = chat(port);
    setTimeout(() => controller.abort(), 30);

    await expect(cancelled).rejects.toMatchObject({ kind: 'aborted' });
    await expect(other).resolves.toMatchObject({ content: expect.stringContaining('"ok"') });
  });

  it.each([
    ['a timeout', llmReplies.hang(), 'timeout'],
    ['503', llmReplies.busy(), 'busy'],
    ['500', llmReplies.serverError(), 'server_error'],
    ['a cut connection', llmReplies.reset(), 'server_error'],
    ['a body that is not JSON', llmReplies.malformedBody(), 'bad_response'],
    ['401', llmReplies.unauthorized(), 'unauthorized'],
  ])('classifies %s', async (_name, reply, kind) => {
    server.script(reply);

    // Only the hanging model needs the short budget; the others answer, and a loaded machine must not turn them into timeouts.
    const budgetMs = kind === 'timeout' ? 300 : 10_000;

    await expect(chat(portFor(server.url), AbortSignal.timeout(budgetMs))).rejects.toMatchObject({ kind });
  });

  it('classifies a missing model and a refused connection', async () => {
    await expect(chat(portFor(server.url, 'phi3'))).rejects.toMatchObject({ kind: 'model_missing' });
    await expect(chat(portFor(await refusedUrl()))).rejects.toMatchObject({ kind: 'unreachable' });
  });

  it('probes whether the model is served', async () => {
    expect(await portFor(server.url).probe(AbortSignal.timeout(1000))).toMatchObject({ modelPresent: true });
    expect(await portFor(server.url, 'mistral:7b').probe(AbortSignal.timeout(1000))).toMatchObject({
      modelPresent: true,
    });
    expect(await portFor(server.url, 'phi3').probe(AbortSignal.timeout(1000))).toMatchObject({ modelPresent: false });
  });

  it('warms up without asking the model anything', async () => {
    await portFor(server.url).warmUp(AbortSignal.timeout(1000));

    expect(server.warmUps).toBe(1);
    expect(server.chatCalls).toBe(0);
  });
});

describe('provider-specific details', () => {
  it('ollama: sends a bare number of seconds as a number keep_alive, and reports the version', async () => {
    const server = await startLlmTestServer('ollama');
    try {
      server.script(llmReplies.answer('{}'));
      const port = createLlmPort(PlannerSettings.fromEnv({ OLLAMA_HOST: server.url, OLLAMA_KEEP_ALIVE: '300' }).llm);

      await chat(port);

      expect(server.generationRequests[0]!.body).toMatchObject({ keep_alive: 300 });
      expect(await port.probe(AbortSignal.timeout(1000))).toMatchObject({ version: expect.any(String) });
    } finally {
      await server.close();
    }
  });

  it('openai: sends the API key as a bearer token, and fails as unauthorized without it', async () => {
    const server = await startLlmTestServer('openai', { apiKey: 'sesame' });
    try {
      const withKey = createLlmPort(
        PlannerSettings.fromEnv({ ...plannerLlmEnv('openai', server.url), PLANNER_LLM_API_KEY: 'sesame' }).llm,
      );
      const without = createLlmPort(PlannerSettings.fromEnv(plannerLlmEnv('openai', server.url)).llm);

      await expect(chat(withKey)).resolves.toMatchObject({ content: expect.any(String) });
      await expect(chat(without)).rejects.toMatchObject({ kind: 'unauthorized', status: 401 });
    } finally {
      await server.close();
    }
  });
});

import { OllamaTestServer, ollamaReplies, refusedUrl } from '@mesh/ollama-testing';
import { PlannerSettings } from '../config/planner-settings';
import { OllamaLlmClient } from './ollama-llm.client';

const clientFor = (host: string, env: Record<string, string> = {}) => new OllamaLlmClient(PlannerSettings.fromEnv({ OLLAMA_HOST: host, ...env }));
const chat = (client: OllamaLlmClient, signal = AbortSignal.timeout(2000)) => client.chat({ messages: [{ role: 'user', content: 'hi' }], format: { type: 'object' }, signal });

describe('OllamaLlmClient (against the Ollama-protocol test server)', () => {
  let server: OllamaTestServer;

  beforeAll(async () => {
    server = await OllamaTestServer.start({ models: ['llama3:latest', 'mistral:7b'] });
  });

  afterEach(() => server.reset());

  afterAll(() => server.close());

  it('returns the content, done_reason and token counts', async () => {
    server.script(ollamaReplies.answer('{"a":1}', { doneReason: 'length', promptEvalCount: 7, evalCount: 2 }));

    expect(await chat(clientFor(server.url))).toEqual({ content: '{"a":1}', doneReason: 'length', promptTokens: 7, completionTokens: 2 });
  });

  it('sends a bare number of seconds as a number keep_alive', async () => {
    server.script(ollamaReplies.answer('{}'));

    await chat(clientFor(server.url, { OLLAMA_KEEP_ALIVE: '300' }));

    expect(server.generationRequests[0]!.body).toMatchObject({ keep_alive: 300 });
  });

  it('cancels one call on its own signal and leaves the others running', async () => {
    server.script(ollamaReplies.slow(300, { ok: 1 }), ollamaReplies.slow(300, { ok: 2 }));
    const client = clientFor(server.url);
    const controller = new AbortController();

    const cancelled = chat(client, controller.signal);
    const other = chat(client);
    setTimeout(() => controller.abort(), 30);

    await expect(cancelled).rejects.toMatchObject({ kind: 'aborted' });
    await expect(other).resolves.toMatchObject({ content: expect.stringContaining('"ok"') });
  });

  it('classifies a timeout, 503, 500, a missing model and a refused connection', async () => {
    server.script(ollamaReplies.hang(), ollamaReplies.busy(), ollamaReplies.serverError());
    const client = clientFor(server.url);

    await expect(chat(client, AbortSignal.timeout(50))).rejects.toMatchObject({ kind: 'timeout' });
    await expect(chat(client)).rejects.toMatchObject({ kind: 'busy', status: 503 });
    await expect(chat(client)).rejects.toMatchObject({ kind: 'server_error', status: 500 });
    await expect(chat(clientFor(server.url, { OLLAMA_MODEL: 'phi3' }))).rejects.toMatchObject({ kind: 'model_missing' });
    await expect(chat(clientFor(await refusedUrl()))).rejects.toMatchObject({ kind: 'unreachable' });
  });

  it('probes the version and whether the model is pulled, matching tags as Ollama does', async () => {
    expect(await clientFor(server.url).probe(AbortSignal.timeout(1000))).toMatchObject({ version: expect.any(String), modelPresent: true });
    expect(await clientFor(server.url, { OLLAMA_MODEL: 'mistral:7b' }).probe(AbortSignal.timeout(1000))).toMatchObject({ modelPresent: true });
    expect(await clientFor(server.url, { OLLAMA_MODEL: 'phi3' }).probe(AbortSignal.timeout(1000))).toMatchObject({ modelPresent: false });
  });

  it('warms up by loading the model', async () => {
    await clientFor(server.url).warmUp(AbortSignal.timeout(1000));

    expect(server.requests.map((r) => r.path)).toEqual(['/api/chat']);
    expect(server.chatCalls).toBe(0);
  });
});

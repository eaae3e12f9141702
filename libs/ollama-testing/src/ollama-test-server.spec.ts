import { Ollama } from 'ollama';
import { OllamaTestServer, ollamaReplies, refusedUrl } from './ollama-test-server';

describe('OllamaTestServer (through the ollama package)', () => {
  let server: OllamaTestServer;
  let client: Ollama;

  beforeAll(async () => {
    server = await OllamaTestServer.start({ version: '0.12.6' });
    client = new Ollama({ host: server.url });
  });

  afterEach(() => server.reset());

  afterAll(() => server.close());

  it('answers /api/version and /api/tags', async () => {
    expect(await client.version()).toEqual({ version: '0.12.6' });
    expect((await client.list()).models.map((m) => m.name)).toEqual(['llama3:latest']);
  });

  it('loads a model on an empty chat and lists it in /api/ps', async () => {
    const loaded = await client.chat({ model: 'llama3', messages: [] });

    expect(loaded.done_reason).toBe('load');
    expect((await client.ps()).models.map((m) => m.name)).toEqual(['llama3:latest']);
    expect(server.chatCalls).toBe(0);
  });

  it('answers a chat with the scripted reply, counts and all, and records the request', async () => {
    server.script(ollamaReplies.answer({ a: 1 }, { promptEvalCount: 12, evalCount: 3 }));

    const response = await client.chat({
      model: 'llama3',
      messages: [{ role: 'user', content: 'hi' }],
      format: { type: 'object' },
      options: { temperature: 0 },
    });

    expect(JSON.parse(response.message.content)).toEqual({ a: 1 });
    expect(response).toMatchObject({ done: true, done_reason: 'stop', prompt_eval_count: 12, eval_count: 3 });
    expect(server.generationRequests[0]!.body).toMatchObject({
      format: { type: 'object' },
      options: { temperature: 0 },
    });
  });

  it('streams NDJSON when asked to', async () => {
    server.script(ollamaReplies.answer('a fairly long answer, in pieces'));

    let text = '';
    for await (const part of await client.chat({
      model: 'llama3',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
    }))
      text += part.message.content;

    expect(text).toBe('a fairly long answer, in pieces');
  });

  it('answers /api/generate', async () => {
    server.script(ollamaReplies.answer('pong'));

    expect((await client.generate({ model: 'llama3', prompt: 'ping' })).response).toBe('pong');
  });

  it('speaks Ollama errors: 503 when busy, 404 for a model that is not pulled', async () => {
    server.script(ollamaReplies.busy());

    await expect(client.chat({ model: 'llama3', messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({
      status_code: 503,
    });
    await expect(client.chat({ model: 'mistral', messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({
      status_code: 404,
    });
  });

  it('omits token counts when told to', async () => {
    server.script(ollamaReplies.answer('x', { promptEvalCount: null, evalCount: null }));

    const response = await client.chat({ model: 'llama3', messages: [{ role: 'user', content: 'x' }] });

    expect(response).not.toHaveProperty('prompt_eval_count');
    expect(response).not.toHaveProperty('eval_count');
  });

  it('gives a URL where connections are refused', async () => {
    const refused = new Ollama({ host: await refusedUrl() });

    await expect(refused.version()).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
  });
});

import { llmReplies } from './llm-reply';
import { OpenAiTestServer } from './openai-test-server';

describe('OpenAiTestServer (through fetch)', () => {
  let server: OpenAiTestServer;
  const complete = (body: object, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const ask = { model: 'llama3', messages: [{ role: 'user', content: 'hi' }] };

  beforeAll(async () => {
    server = await OpenAiTestServer.start();
  });

  afterEach(() => server.reset());

  afterAll(() => server.close());

  it('lists its models under /v1/models, and its url is the /v1 base', async () => {
    const body = await (await fetch(`${server.url}/models`)).json();

    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    expect(body).toMatchObject({ object: 'list', data: [{ id: 'llama3', object: 'model' }] });
    expect(server.warmUps).toBe(1);
  });

  it('answers a chat completion with the scripted reply, finish_reason and usage, and hands the responder the schema', async () => {
    server.script(llmReplies.answer({ a: 1 }, { doneReason: 'length', promptEvalCount: 12, evalCount: 3 }));
    const schema = { type: 'object', properties: { a: { type: 'integer' } } };

    const body = await (
      await complete({
        ...ask,
        response_format: { type: 'json_schema', json_schema: { name: 'x', schema, strict: true } },
      })
    ).json();

    expect(body).toMatchObject({
      object: 'chat.completion',
      choices: [{ message: { role: 'assistant', content: '{"a":1}' }, finish_reason: 'length' }],
      usage: { prompt_tokens: 12, completion_tokens: 3, total_tokens: 15 },
    });
    expect(server.chatCalls).toBe(1);
  });

  it('speaks OpenAI errors: 503 when busy, 404 for a model it does not serve', async () => {
    server.script(llmReplies.busy());

    const busy = await complete(ask);
    const missing = await complete({ ...ask, model: 'mistral' });

    expect(busy.status).toBe(503);
    expect(await busy.json()).toMatchObject({ error: { message: expect.stringContaining('busy') } });
    expect(missing.status).toBe(404);
  });

  it('sends a body that is not JSON when told to', async () => {
    server.script(llmReplies.malformedBody());

    const response = await complete(ask);

    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
  });

  it('wants the API key when it has one', async () => {
    const guarded = await OpenAiTestServer.start({ apiKey: 'sesame' });
    try {
      expect((await fetch(`${guarded.url}/models`)).status).toBe(401);
      expect((await fetch(`${guarded.url}/models`, { headers: { authorization: 'Bearer sesame' } })).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});

import type { AddressInfo } from 'node:net';
import { OllamaTestServer, ollamaReplies } from '@mesh/ollama-testing';
import { aCreatePlanRequest } from '@mesh/a2a-contracts/testing';
import { createLlmTestApp } from '../llm/testing/llm-test-app';

describe('graceful shutdown', () => {
  it('finishes a request that is in flight when the app closes, and takes no new ones', async () => {
    const ollama = await OllamaTestServer.start({ responder: () => ollamaReplies.slow(600) });
    const app = await createLlmTestApp({
      OLLAMA_HOST: ollama.url,
      PLANNER_LLM_MODE: 'llm',
      OLLAMA_TIMEOUT: '5',
      PLANNER_ENABLE_CACHING: 'false',
    });
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;

    let answeredAt = 0;
    const inFlight = fetch(`${url}/a2a/task`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(aCreatePlanRequest('failed sign-ins in the last hour')),
    }).then((r) => ((answeredAt = Date.now()), r));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const closeStartedAt = Date.now();
    const closing = app.close();

    const response = await inFlight;
    const body = (await response.json()) as { status: string; metadata: { llm_calls: number } };
    await closing;
    await ollama.close();

    expect(answeredAt).toBeGreaterThan(closeStartedAt);
    expect(response.status).toBe(200);
    expect(body.status).toBe('completed');
    expect(body.metadata.llm_calls).toBeGreaterThan(0);
    await expect(fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) })).rejects.toThrow();
  }, 15_000);
});

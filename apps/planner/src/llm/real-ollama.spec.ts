import { spawnSync } from 'node:child_process';
import request from 'supertest';
import { aCreatePlanRequest, aDataAgent, aKnowledgeAgent } from '@mesh/a2a-contracts/testing';
import { planInvariantViolations } from '@mesh/planner-core';
import { createLlmTestApp } from './testing/llm-test-app';

/**
 * The seed's examples against a real LLM server on loopback: Ollama at `OLLAMA_HOST` (default
 * localhost:11434) with `OLLAMA_MODEL`, or, with `PLANNER_LLM_PROVIDER=openai`, the
 * OpenAI-compatible server at `PLANNER_LLM_BASE_URL` with `PLANNER_LLM_MODEL`. When none answers
 * with the model, the suite is registered as skipped (its title says why), never green.
 * Traffic never leaves loopback.
 */
const provider = process.env['PLANNER_LLM_PROVIDER'] === 'openai' ? 'openai' : 'ollama';
const host = (
  provider === 'openai'
    ? (process.env['PLANNER_LLM_BASE_URL'] ?? 'http://127.0.0.1:8000/v1')
    : (process.env['OLLAMA_HOST'] ?? 'http://localhost:11434')
).replace(/\/+$/, '');
const model = process.env['PLANNER_LLM_MODEL'] || process.env['OLLAMA_MODEL'] || 'llama3';
const env: Record<string, string> =
  provider === 'openai'
    ? { PLANNER_LLM_PROVIDER: 'openai', PLANNER_LLM_BASE_URL: host, PLANNER_LLM_MODEL: model }
    : { OLLAMA_HOST: host, OLLAMA_MODEL: model };

function isLoopback(url: string): boolean {
  try {
    const name = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return name === 'localhost' || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
  } catch {
    return false;
  }
}

/** Lists the server's models synchronously (in a child process, 1.5 s at most), so the suite is chosen at load. */
function skipReason(): string | undefined {
  if (!isLoopback(host)) return `${host} is not a loopback address; this test only talks to loopback`;
  const url = provider === 'openai' ? `${host}/models` : `${host}/api/tags`;
  const names = provider === 'openai' ? '(b.data || []).map((m) => m.id)' : '(b.models || []).map((m) => m.name)';
  const script = `fetch(${JSON.stringify(url)}, { signal: AbortSignal.timeout(1000) }).then((r) => r.json()).then((b) => process.stdout.write(JSON.stringify(${names})), () => process.exit(3));`;
  const probe = spawnSync(process.execPath, ['-e', script], { timeout: 1500, encoding: 'utf8' });
  if (probe.status !== 0) return `no ${provider} server answers at ${host}`;
  const models = JSON.parse(probe.stdout || '[]') as string[];
  const wanted = provider === 'ollama' && !model.includes(':') ? `${model}:latest` : model;
  if (!models.includes(model) && !models.includes(wanted))
    return `model ${model} is not served at ${host} (has: ${models.join(', ') || 'none'})`;
  return undefined;
}

const reason = skipReason();
const suite = reason ? describe.skip : describe;

suite(
  `real ${provider} server (${host}, ${model}): the seed's examples${reason ? ` (skipped: ${reason})` : ''}`,
  () => {
    jest.setTimeout(180_000);
    const agents = {
      knowledge: [aKnowledgeAgent('sop'), aKnowledgeAgent('errors')],
      data: [aDataAgent('kql'), aDataAgent('sql')],
    };
    const ids = new Set(['sop_knowledge', 'errors_knowledge', 'kql_data', 'sql_data']);

    it.each([
      ['Show failed login attempts', ['kql']],
      ['Compare database user table with Azure AD signin logs', ['kql', 'sql']],
      ['Show all error logs from last 24 hours', ['kql']],
    ])('plans "%s" with the LLM: one call, a valid plan, the expected platforms', async (question, platforms) => {
      const app = await createLlmTestApp({ ...env, PLANNER_LLM_MODE: 'llm', PLANNER_LLM_TIMEOUT: '120' });
      try {
        const response = await request(app.getHttpServer())
          .post('/a2a/task')
          .send(aCreatePlanRequest(question, { available_agents: agents }))
          .expect(200);

        console.log(`real ${provider}, "${question}": ${JSON.stringify(response.body.metadata)}`);
        expect(response.body.status).toBe('completed');
        expect(planInvariantViolations(response.body.result.plan, ids)).toEqual([]);
        expect(response.body.metadata).toMatchObject({ degraded: false });
        expect(['hybrid', 'llm']).toContain(response.body.metadata.planner_mode);
        expect(response.body.metadata.llm_calls).toBeGreaterThanOrEqual(1);
        expect(response.body.metadata.llm_calls).toBeLessThanOrEqual(2);
        expect([...response.body.result.analysis.required_platforms].sort()).toEqual(platforms);
      } finally {
        await app.close();
      }
    });
  },
);

import { spawnSync } from 'node:child_process';
import request from 'supertest';
import { aCreatePlanRequest, aDataAgent, aKnowledgeAgent } from '@mesh/a2a-contracts/testing';
import { planInvariantViolations } from '@mesh/planner-core';
import { createLlmTestApp } from './testing/llm-test-app';

/**
 * The seed's examples against a real Ollama, when `OLLAMA_HOST` (default localhost:11434) is a
 * loopback address that answers and has `OLLAMA_MODEL`. Otherwise one test states why it did
 * not run. Traffic never leaves loopback.
 */
const host = (process.env['OLLAMA_HOST'] ?? 'http://localhost:11434').replace(/\/+$/, '');
const model = process.env['OLLAMA_MODEL'] ?? 'llama3';

function isLoopback(url: string): boolean {
  try {
    const name = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return name === 'localhost' || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
  } catch {
    return false;
  }
}

/** Probes `/api/tags` synchronously (in a child process, 1.5 s at most), so the suite's title can say what happened. */
function skipReason(): string | undefined {
  if (!isLoopback(host)) return `OLLAMA_HOST (${host}) is not a loopback address; this test only talks to loopback`;
  const script = `fetch(${JSON.stringify(`${host}/api/tags`)}, { signal: AbortSignal.timeout(1000) }).then((r) => r.json()).then((b) => process.stdout.write(JSON.stringify((b.models || []).map((m) => m.name))), () => process.exit(3));`;
  const probe = spawnSync(process.execPath, ['-e', script], { timeout: 1500, encoding: 'utf8' });
  if (probe.status !== 0) return `OLLAMA_HOST (${host}) not reachable`;
  const models = JSON.parse(probe.stdout || '[]') as string[];
  const wanted = model.includes(':') ? model : `${model}:latest`;
  if (!models.includes(model) && !models.includes(wanted)) return `model ${model} is not pulled on ${host} (has: ${models.join(', ') || 'none'})`;
  return undefined;
}

const reason = skipReason();

if (reason) {
  describe('real Ollama', () => {
    it(`real Ollama: skipped — ${reason}`, () => {
      console.log(`real Ollama tests skipped: ${reason}`);
      expect(reason).toBeTruthy();
    });
  });
} else {
  describe(`real Ollama (${host}, ${model}): the seed's examples`, () => {
    jest.setTimeout(180_000);
    const agents = { knowledge: [aKnowledgeAgent('sop'), aKnowledgeAgent('errors')], data: [aDataAgent('kql'), aDataAgent('sql')] };
    const ids = new Set(['sop_knowledge', 'errors_knowledge', 'kql_data', 'sql_data']);

    it.each([
      ['Show failed login attempts', ['kql']],
      ['Compare database user table with Azure AD signin logs', ['kql', 'sql']],
      ['Show all error logs from last 24 hours', ['kql']],
    ])('plans "%s" with the LLM: one call, a valid plan, the expected platforms', async (question, platforms) => {
      const app = await createLlmTestApp({ OLLAMA_HOST: host, OLLAMA_MODEL: model, PLANNER_LLM_MODE: 'llm', OLLAMA_TIMEOUT: '120' });
      try {
        const response = await request(app.getHttpServer()).post('/a2a/task').send(aCreatePlanRequest(question, { available_agents: agents })).expect(200);

        console.log(`real Ollama, "${question}": ${JSON.stringify(response.body.metadata)}`);
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
  });
}

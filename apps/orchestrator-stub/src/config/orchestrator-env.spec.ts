import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { settingsFor } from '../testing/orchestrator-test-app';
import { validateOrchestratorEnv } from './orchestrator-env';

describe('orchestrator environment', () => {
  it('has the documented defaults', () => {
    const settings = settingsFor({});

    expect(settings).toMatchObject({
      port: 8000,
      host: '127.0.0.1',
      plannerUrl: 'http://127.0.0.1:9000',
      plannerTimeoutMs: 30_000,
      plannerApiKey: undefined,
      stepConcurrency: 4,
      registryRefreshMs: 30_000,
      journeyStoreSize: 1000,
    });
    expect(settings.agentUrls).toHaveLength(6);
  });

  it('reads numbers, a planner URL without its trailing slash, and the API key', () => {
    const settings = settingsFor({
      ORCHESTRATOR_PORT: '8100',
      PLANNER_URL: 'http://planner:9000/',
      PLANNER_API_KEY: 'k',
      ORCHESTRATOR_STEP_CONCURRENCY: '2',
    });

    expect(settings).toMatchObject({
      port: 8100,
      plannerUrl: 'http://planner:9000',
      plannerApiKey: 'k',
      stepConcurrency: 2,
    });
  });

  it('lists the agents of AGENT_URLS and of AGENTS_FILE', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'orchestrator-')), 'agents.json');
    writeFileSync(file, JSON.stringify({ agents: ['http://127.0.0.1:1', { url: 'http://127.0.0.1:2' }] }));

    const settings = settingsFor({ AGENT_URLS: 'http://127.0.0.1:3', AGENTS_FILE: file });

    expect(settings.agentUrls).toEqual(['http://127.0.0.1:3', 'http://127.0.0.1:1', 'http://127.0.0.1:2']);
  });

  it.each([
    ['ORCHESTRATOR_PORT', { ORCHESTRATOR_PORT: 'eighty' }],
    ['ORCHESTRATOR_STEP_CONCURRENCY', { ORCHESTRATOR_STEP_CONCURRENCY: '0' }],
    ['PLANNER_TIMEOUT_SECONDS', { PLANNER_TIMEOUT_SECONDS: '-1' }],
    ['PLANNER_URL', { PLANNER_URL: 'planner:9000' }],
    ['AGENT_URLS', { AGENT_URLS: 'http://ok:1,nope' }],
    ['AGENTS_FILE', { AGENTS_FILE: '/nonexistent/agents.json' }],
  ])('stops with a message naming %s when it is bad', (name, env) => {
    expect(() => validateOrchestratorEnv(env)).toThrow(new RegExp(`^Invalid orchestrator configuration:\\n  ${name}=`));
  });
});

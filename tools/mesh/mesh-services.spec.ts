import { commandOf, meshConfig, MeshConfigError, sampleCurl } from './mesh-services';
import { healthTargets } from './health-targets';

const ports = (env: Record<string, string> = {}) =>
  Object.fromEntries(meshConfig(env).services.map((s) => [s.name, s.port]));

describe('meshConfig', () => {
  it('uses the default loopback ports: planner 9000, knowledge 9101-9103, data 9201-9203, orchestrator 8000', () => {
    expect(ports()).toEqual({
      planner: 9000,
      sop: 9101,
      errors: 9102,
      wiki: 9103,
      kql: 9201,
      spl: 9202,
      sql: 9203,
      orchestrator: 8000,
    });
  });

  it('shifts the planner and agents with MESH_BASE_PORT and keeps the orchestrator port', () => {
    expect(ports({ MESH_BASE_PORT: '19000' })).toEqual({
      planner: 19000,
      sop: 19101,
      errors: 19102,
      wiki: 19103,
      kql: 19201,
      spl: 19202,
      sql: 19203,
      orchestrator: 8000,
    });
  });

  it('takes one service port from MESH_<NAME>_PORT', () => {
    expect(ports({ MESH_SQL_PORT: '7001', MESH_ORCHESTRATOR_PORT: '7000' })).toMatchObject({
      sql: 7001,
      orchestrator: 7000,
      kql: 9201,
    });
  });

  it('gives each service its own environment, the same variables the apps read', () => {
    const services = meshConfig({ MESH_HOST: '127.0.0.2' }).services;

    expect(services.find((s) => s.name === 'planner')!.env).toEqual({
      PLANNER_PORT: '9000',
      PLANNER_HOST: '127.0.0.2',
      NODE_OPTIONS: '--max-semi-space-size=32',
    });
    expect(services.find((s) => s.name === 'errors')!.env).toEqual({
      KNOWLEDGE_DOMAIN: 'errors',
      PORT: '9102',
      HOST: '127.0.0.2',
      AGENT_ID: 'errors_knowledge',
    });
    expect(services.find((s) => s.name === 'spl')!.env).toEqual({
      DATA_PLATFORM: 'spl',
      PORT: '9202',
      HOST: '127.0.0.2',
      AGENT_ID: 'spl_data',
    });
  });

  it('keeps the caller’s NODE_OPTIONS for the planner and adds its young-generation size', () => {
    const planner = meshConfig({ NODE_OPTIONS: '--enable-source-maps' }).services.find((s) => s.name === 'planner')!;

    expect(planner.env['NODE_OPTIONS']).toBe('--enable-source-maps --max-semi-space-size=32');
  });

  it('points the orchestrator at the planner and the six agents', () => {
    const orchestrator = meshConfig({}).services.find((s) => s.name === 'orchestrator')!;

    expect(orchestrator.env).toEqual({
      ORCHESTRATOR_PORT: '8000',
      ORCHESTRATOR_HOST: '127.0.0.1',
      PLANNER_URL: 'http://127.0.0.1:9000',
      AGENT_URLS:
        'http://127.0.0.1:9101,http://127.0.0.1:9102,http://127.0.0.1:9103,http://127.0.0.1:9201,http://127.0.0.1:9202,http://127.0.0.1:9203',
    });
  });

  it('runs the built apps with the same commands as the Dockerfiles', () => {
    expect(meshConfig({}).services.map(commandOf)).toEqual([
      'node dist/apps/planner/main.js',
      ...Array(3).fill('node dist/apps/mock-knowledge/main.js'),
      ...Array(3).fill('node dist/apps/mock-data/main.js'),
      'node dist/apps/orchestrator-stub/main.js',
    ]);
  });

  it('brackets an IPv6 host in URLs', () => {
    expect(meshConfig({ MESH_HOST: '::1' }).orchestratorUrl).toBe('http://[::1]:8000');
  });

  it.each([
    ['MESH_BASE_PORT', { MESH_BASE_PORT: 'ninety' }],
    ['MESH_KQL_PORT', { MESH_KQL_PORT: '70000' }],
    ['MESH_BASE_PORT', { MESH_BASE_PORT: '65500' }],
    ['MESH_READY_TIMEOUT_SECONDS', { MESH_READY_TIMEOUT_SECONDS: '0' }],
  ])('refuses a bad %s', (name, env) => {
    expect(() => meshConfig(env)).toThrow(MeshConfigError);
    expect(() => meshConfig(env)).toThrow(name);
  });

  it('refuses two services on one port', () => {
    expect(() => meshConfig({ MESH_ORCHESTRATOR_PORT: '9000' })).toThrow(
      'planner and orchestrator would both listen on port 9000',
    );
  });

  it('reads the readiness timeout', () => {
    expect(meshConfig({}).readyTimeoutMs).toBe(60_000);
    expect(meshConfig({ MESH_READY_TIMEOUT_SECONDS: '2.5' }).readyTimeoutMs).toBe(2500);
  });
});

describe('healthTargets', () => {
  it('checks liveness of every service and the readiness of the planner and the orchestrator', () => {
    const targets = healthTargets(meshConfig({}));

    expect(targets[0]).toEqual({ name: 'planner', url: 'http://127.0.0.1:9000/health/ready' });
    expect(targets[1]?.url).toMatch(/\/health$/);
    expect(targets.at(-1)).toEqual({ name: 'orchestrator', url: 'http://127.0.0.1:8000/health/ready' });
    expect(targets).toHaveLength(8);
  });
});

describe('sampleCurl', () => {
  it('is one line that posts the question to the orchestrator', () => {
    expect(sampleCurl('http://127.0.0.1:8000')).toBe(
      `curl -s -X POST http://127.0.0.1:8000/journeys -H 'content-type: application/json' -d '{"natural_language":"Show failed login attempts"}'`,
    );
  });

  it('escapes single quotes for the shell', () => {
    expect(sampleCurl('http://h:1', "what's up")).toContain(`-d '{"natural_language":"what'\\''s up"}'`);
  });
});

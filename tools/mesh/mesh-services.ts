/**
 * The services of the local mesh and their ports, from the environment. Pure: the launcher
 * (start-mesh.ts) and the end-to-end tests start what this describes. The agents and their default
 * ports come from the one table of mesh agents, `MESH_AGENTS` in `@mesh/a2a-contracts/wire`.
 */
import { MESH_AGENTS, MESH_DEFAULT_PORTS } from '@mesh/a2a-contracts/wire';

export type MeshServiceKind = 'planner' | 'knowledge' | 'data' | 'orchestrator';

export interface MeshService {
  /** Short name, the log prefix: planner, sop, errors, wiki, kql, spl, sql, orchestrator. */
  readonly name: string;
  readonly kind: MeshServiceKind;
  /** The built entry point, relative to the workspace root. */
  readonly script: string;
  readonly port: number;
  readonly url: string;
  /** The environment the service is started with (on top of the launcher's own). */
  readonly env: Readonly<Record<string, string>>;
}

export interface MeshConfig {
  readonly host: string;
  readonly services: readonly MeshService[];
  readonly orchestratorUrl: string;
  readonly readyTimeoutMs: number;
}

export class MeshConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MeshConfigError';
  }
}

export const KNOWLEDGE_DOMAINS: readonly string[] = MESH_AGENTS.filter((a) => a.kind === 'knowledge').map((a) => a.key);
export const DATA_PLATFORMS: readonly string[] = MESH_AGENTS.filter((a) => a.kind === 'data').map((a) => a.key);

/** Port offsets from MESH_BASE_PORT (the planner's port). */
const OFFSETS: Record<string, number> = {
  planner: 0,
  ...Object.fromEntries(MESH_AGENTS.map((a) => [a.key, a.port_offset])),
};

export const MESH_DEFAULTS = {
  host: '127.0.0.1',
  basePort: MESH_DEFAULT_PORTS.planner,
  orchestratorPort: MESH_DEFAULT_PORTS.orchestrator,
  readyTimeoutSeconds: 60,
} as const;

function portFrom(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const port = Number(raw.trim());
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new MeshConfigError(`${name}=${JSON.stringify(raw)}: must be a port number (1-65535)`);
  return port;
}

/**
 * The mesh described by the environment:
 * MESH_HOST (127.0.0.1), MESH_BASE_PORT (9000: planner 9000, knowledge 9101-9103, data
 * 9201-9203), MESH_<NAME>_PORT for one service (MESH_PLANNER_PORT, MESH_SOP_PORT, …,
 * MESH_ORCHESTRATOR_PORT, default 8000), MESH_READY_TIMEOUT_SECONDS (60).
 */
const agentIdOf = (kind: 'knowledge' | 'data', key: string): string =>
  MESH_AGENTS.find((a) => a.kind === kind && a.key === key)!.agent_id;

/** V8 flags the planner runs with, here, in its Docker image and in the benchmarks. */
export const PLANNER_NODE_OPTIONS = '--max-semi-space-size=32';

export function meshConfig(env: Readonly<Record<string, string | undefined>>): MeshConfig {
  const host = env['MESH_HOST']?.trim() || MESH_DEFAULTS.host;
  const base = portFrom(env, 'MESH_BASE_PORT', MESH_DEFAULTS.basePort);
  const portOf = (name: string, fallback: number): number => {
    const port = portFrom(env, `MESH_${name.toUpperCase()}_PORT`, fallback);
    if (port > 65_535)
      throw new MeshConfigError(`MESH_BASE_PORT=${base}: the ${name} port ${port} would be above 65535`);
    return port;
  };
  const urlOf = (port: number): string => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const plannerPort = portOf('planner', base + OFFSETS['planner']!);
  const planner: MeshService = {
    name: 'planner',
    kind: 'planner',
    script: 'dist/apps/planner/main.js',
    port: plannerPort,
    url: urlOf(plannerPort),
    // A 32 MB young generation halves the planner's GC scavenges (see README, "Figures").
    env: {
      PLANNER_PORT: String(plannerPort),
      PLANNER_HOST: host,
      NODE_OPTIONS: `${env['NODE_OPTIONS'] ?? ''} ${PLANNER_NODE_OPTIONS}`.trim(),
    },
  };
  const knowledge = KNOWLEDGE_DOMAINS.map((domain): MeshService => {
    const port = portOf(domain, base + OFFSETS[domain]!);
    return {
      name: domain,
      kind: 'knowledge',
      script: 'dist/apps/mock-knowledge/main.js',
      port,
      url: urlOf(port),
      env: { KNOWLEDGE_DOMAIN: domain, PORT: String(port), HOST: host, AGENT_ID: agentIdOf('knowledge', domain) },
    };
  });
  const data = DATA_PLATFORMS.map((platform): MeshService => {
    const port = portOf(platform, base + OFFSETS[platform]!);
    return {
      name: platform,
      kind: 'data',
      script: 'dist/apps/mock-data/main.js',
      port,
      url: urlOf(port),
      env: { DATA_PLATFORM: platform, PORT: String(port), HOST: host, AGENT_ID: agentIdOf('data', platform) },
    };
  });
  const orchestratorPort = portOf('orchestrator', MESH_DEFAULTS.orchestratorPort);
  const orchestrator: MeshService = {
    name: 'orchestrator',
    kind: 'orchestrator',
    script: 'dist/apps/orchestrator-stub/main.js',
    port: orchestratorPort,
    url: urlOf(orchestratorPort),
    env: {
      ORCHESTRATOR_PORT: String(orchestratorPort),
      ORCHESTRATOR_HOST: host,
      PLANNER_URL: planner.url,
      AGENT_URLS: [...knowledge, ...data].map((s) => s.url).join(','),
    },
  };
  const services = [planner, ...knowledge, ...data, orchestrator];

  const byPort = new Map<number, string>();
  for (const service of services) {
    const other = byPort.get(service.port);
    if (other)
      throw new MeshConfigError(
        `${other} and ${service.name} would both listen on port ${service.port}; set MESH_${service.name.toUpperCase()}_PORT`,
      );
    byPort.set(service.port, service.name);
  }

  const timeoutRaw = env['MESH_READY_TIMEOUT_SECONDS'];
  const readyTimeoutSeconds =
    timeoutRaw === undefined || timeoutRaw.trim() === '' ? MESH_DEFAULTS.readyTimeoutSeconds : Number(timeoutRaw);
  if (!Number.isFinite(readyTimeoutSeconds) || readyTimeoutSeconds <= 0)
    throw new MeshConfigError(
      `MESH_READY_TIMEOUT_SECONDS=${JSON.stringify(timeoutRaw)}: must be a positive number of seconds`,
    );

  return { host, services, orchestratorUrl: orchestrator.url, readyTimeoutMs: readyTimeoutSeconds * 1000 };
}

/** The command line a service runs with (the same as in the Dockerfiles). */
export function commandOf(service: MeshService): string {
  return `node ${service.script}`;
}

export const SAMPLE_QUESTION = 'Show failed login attempts';

/** One line a user can paste to send a question through the orchestrator. */
export function sampleCurl(orchestratorUrl: string, question: string = SAMPLE_QUESTION): string {
  const body = JSON.stringify({ natural_language: question }).replace(/'/g, "'\\''");
  return `curl -s -X POST ${orchestratorUrl}/journeys -H 'content-type: application/json' -d '${body}'`;
}

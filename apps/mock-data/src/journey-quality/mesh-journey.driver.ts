import type { DataPlatform } from '../query/query-generator';
import { DATA_PLATFORMS } from '../query/query-generator';
import type { GeneratedQuery } from '../query/query-input';
import type { JourneyDriver, JourneyOutcome } from './journey-runner';

interface MeshStep {
  readonly step_id?: string;
  readonly agent_type?: string;
  readonly status?: string;
  readonly output?: { platform?: unknown; query?: unknown; tables?: unknown; notes?: unknown } | null;
  readonly error?: { code?: string; message?: string } | null;
}

interface MeshJourney {
  readonly status?: string;
  readonly steps?: readonly MeshStep[];
  readonly error?: { code?: string; message?: string } | null;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Reads a finished journey (`POST /journeys` answer) as the queries its data steps wrote. */
export function journeyOutcome(journey: MeshJourney): JourneyOutcome {
  if (journey.status === 'input_required') return { asked: true, queries: {} };
  const problems: string[] = [];
  if (journey.status !== 'completed')
    problems.push(
      `journey ${journey.status ?? 'without status'}${journey.error?.message ? `: ${journey.error.message}` : ''}`,
    );
  const queries: Partial<Record<DataPlatform, GeneratedQuery>> = {};
  for (const step of journey.steps ?? []) {
    if (step.agent_type !== 'data') continue;
    if (step.status !== 'completed') {
      problems.push(`step ${step.step_id ?? '?'} ${step.status ?? 'without status'}: ${step.error?.message ?? ''}`);
      continue;
    }
    const output = step.output ?? {};
    const platform = typeof output.platform === 'string' ? (output.platform.toLowerCase() as DataPlatform) : undefined;
    if (!platform || !DATA_PLATFORMS.includes(platform) || typeof output.query !== 'string') {
      problems.push(`step ${step.step_id ?? '?'} answered no query`);
      continue;
    }
    queries[platform] = { platform, query: output.query, tables: strings(output.tables), notes: strings(output.notes) };
  }
  return { asked: false, queries, problems };
}

/**
 * The mesh driver: each question through a running orchestrator's `POST /journeys`, as a user
 * (and the held-back journey checks) would send it, so knowledge passages, the wire and the
 * orchestrator's context are all in the path.
 */
export function meshJourneyDriver(orchestratorUrl: string, timeoutMs = 30_000): JourneyDriver {
  const url = `${orchestratorUrl.replace(/\/+$/, '')}/journeys`;
  return async (journey) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ natural_language: journey.question }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json()) as MeshJourney & { error?: { code?: string; message?: string } };
    if (!response.ok && body.status === undefined)
      throw new Error(
        `POST /journeys answered ${response.status}: ${body.error?.code ?? ''} ${body.error?.message ?? ''}`,
      );
    return journeyOutcome(body);
  };
}

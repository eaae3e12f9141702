import type { AgentDescriptor } from '@mesh/a2a-contracts';
import { JOURNEY_EVENT_TYPES, type JourneyEvent } from '../../src/journeys/journey-event';

/** `GET /agents`: one line per agent of the registry. */
export interface AgentEntry {
  descriptor: AgentDescriptor;
  reachable: boolean;
}

/** `GET /journeys`: one line per recent journey. */
export interface JourneySummary {
  journey_id: string;
  status: string;
  natural_language: string;
  started_at: string | null;
  duration_ms?: number;
  steps: number;
}

/** An error answer of the orchestrator, in the mesh's error format. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function json<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (!response.ok)
    throw new ApiError(
      response.status,
      body?.error?.code ?? 'HTTP_ERROR',
      body?.error?.message ?? `HTTP ${response.status}`,
    );
  return body as T;
}

export async function fetchAgents(): Promise<AgentEntry[]> {
  return json<AgentEntry[]>(await fetch('agents'));
}

export async function fetchJourneys(): Promise<JourneySummary[]> {
  return json<JourneySummary[]>(await fetch('journeys'));
}

/** Starts a journey without waiting for it (`Prefer: respond-async`); resolves with its id. */
export async function startJourney(naturalLanguage: string): Promise<string> {
  const response = await fetch('journeys', {
    method: 'POST',
    headers: { 'content-type': 'application/json', prefer: 'respond-async' },
    body: JSON.stringify({ natural_language: naturalLanguage }),
  });
  return (await json<{ journey_id: string }>(response)).journey_id;
}

/**
 * Follows a journey's event stream: what happened so far, then live events, until
 * `journey_done`. Returns a function that stops following.
 */
export function watchJourney(
  journeyId: string,
  onEvent: (event: JourneyEvent) => void,
  onError: (message: string) => void,
): () => void {
  const source = new EventSource(`journeys/${encodeURIComponent(journeyId)}/events`);
  for (const type of JOURNEY_EVENT_TYPES) {
    source.addEventListener(type, (message) => {
      const event = JSON.parse((message as MessageEvent<string>).data) as JourneyEvent;
      if (event.type === 'journey_done') source.close();
      onEvent(event);
    });
  }
  source.onerror = () => {
    if (source.readyState === EventSource.CLOSED) onError('The event stream of this journey closed.');
  };
  return () => source.close();
}

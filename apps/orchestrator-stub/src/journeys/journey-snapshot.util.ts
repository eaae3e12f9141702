import type { A2AErrorBody, WorkflowPlan } from '@mesh/a2a-contracts';
import type { JourneyEvent } from './journey-event';
import type { OrchestratorJourney } from './journey-runner';

/** A step as far as the events tell: `running` between its start and its end. */
export interface JourneySnapshotStep {
  step_id: string;
  agent_id: string;
  agent_type: string;
  action: string;
  status: 'running' | 'completed' | 'failed' | 'skipped';
  started_at: string | null;
  finished_at: string | null;
  duration_ms?: number;
  input?: Record<string, unknown>;
  output?: unknown;
  error?: A2AErrorBody;
}

/** A journey as its events so far describe it: `status: "running"` until `journey_done`. */
export interface JourneySnapshot {
  journey_id: string;
  status: string;
  natural_language: string;
  plan: WorkflowPlan | null;
  steps: JourneySnapshotStep[];
  replanned: boolean;
  plan_changes?: string[];
  started_at: string | null;
  /** The finished journey, once `journey_done` arrived. */
  journey?: OrchestratorJourney;
}

/**
 * Folds a journey's events, in order, into what is known of it. The last record of a step wins
 * (a step that failed and ran again after a replan shows its second run). Pure: the
 * orchestrator answers `GET /journeys/:id` of a running journey with it, and the console
 * draws its live graph with it.
 */
export function foldJourneyEvents(journeyId: string, events: readonly JourneyEvent[]): JourneySnapshot {
  const snapshot: JourneySnapshot = {
    journey_id: journeyId,
    status: 'running',
    natural_language: '',
    plan: null,
    steps: [],
    replanned: false,
    started_at: null,
  };
  const steps = new Map<string, JourneySnapshotStep>();
  for (const event of events) {
    switch (event.type) {
      case 'journey_accepted':
        snapshot.natural_language = event.natural_language;
        snapshot.started_at = event.at;
        break;
      case 'plan_ready':
        snapshot.plan = event.plan;
        break;
      case 'replanned':
        snapshot.plan = event.plan;
        snapshot.replanned = true;
        snapshot.plan_changes = [...event.changes];
        break;
      case 'step_started':
        steps.set(event.step_id, {
          step_id: event.step_id,
          agent_id: event.agent_id,
          agent_type: event.agent_type,
          action: event.action,
          status: 'running',
          started_at: event.started_at,
          finished_at: null,
        });
        break;
      case 'step_finished':
      case 'step_failed':
      case 'step_skipped':
        steps.set(event.step.step_id, { ...event.step });
        break;
      case 'journey_done':
        snapshot.status = event.status;
        snapshot.journey = event.journey;
        snapshot.natural_language = event.journey.natural_language;
        snapshot.plan = event.journey.plan;
        snapshot.replanned = event.journey.replanned;
        snapshot.started_at = event.journey.started_at;
        for (const step of event.journey.steps) steps.set(step.step_id, { ...step });
        break;
    }
  }
  snapshot.steps = [...steps.values()];
  return snapshot;
}

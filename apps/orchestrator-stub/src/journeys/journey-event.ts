import type { WorkflowPlan } from '@mesh/a2a-contracts';
import type { OrchestratorJourney, OrchestratorJourneyStep } from './journey-runner';

/** What the journey runner reports while it runs, in order. */
export type JourneyProgress =
  | { readonly type: 'plan_ready'; readonly plan: WorkflowPlan }
  | {
      readonly type: 'step_started';
      readonly step_id: string;
      readonly agent_id: string;
      readonly agent_type: string;
      readonly action: string;
      readonly started_at: string;
    }
  | { readonly type: 'step_finished' | 'step_failed' | 'step_skipped'; readonly step: OrchestratorJourneyStep }
  | { readonly type: 'replanned'; readonly plan: WorkflowPlan; readonly changes: readonly string[] };

/** The journey was accepted (first event of every journey). */
export interface JourneyAcceptedEvent {
  readonly type: 'journey_accepted';
  readonly natural_language: string;
}

/** The journey ended (last event of every journey): its final status and the whole journey. */
export interface JourneyDoneEvent {
  readonly type: 'journey_done';
  readonly status: string;
  readonly journey: OrchestratorJourney;
}

/**
 * One event of a journey's stream (`GET /journeys/:id/events`): `journey_accepted`, then
 * `plan_ready`, `step_started` / `step_finished` / `step_failed` / `step_skipped`, `replanned`,
 * and last `journey_done`.
 */
export type JourneyEvent = (JourneyAcceptedEvent | JourneyProgress | JourneyDoneEvent) & {
  readonly journey_id: string;
  /** When the orchestrator recorded it (ISO-8601 UTC). */
  readonly at: string;
};

export type JourneyEventType = JourneyEvent['type'];

/** Every event type, in the order a journey can emit them. */
export const JOURNEY_EVENT_TYPES: readonly JourneyEventType[] = [
  'journey_accepted',
  'plan_ready',
  'step_started',
  'step_finished',
  'step_failed',
  'step_skipped',
  'replanned',
  'journey_done',
];

import type { WorkflowPlan } from '@mesh/a2a-contracts';
import type { JourneyEvent } from './journey-event';
import type { OrchestratorJourneyStep } from './journey-runner';
import { foldJourneyEvents } from './journey-snapshot.util';

const at = '2026-11-26T12:00:00.000Z';
const plan: WorkflowPlan = {
  plan_id: 'p',
  steps: [],
  parallel_execution_groups: [],
  estimated_duration_seconds: 1,
  estimated_cost_usd: 0,
  reasoning: '',
  confidence: 1,
};

function finished(step_id: string, status: OrchestratorJourneyStep['status']): OrchestratorJourneyStep {
  return {
    step_id,
    agent_id: 'kql_data',
    agent_type: 'data',
    action: 'generate_query',
    status,
    started_at: at,
    finished_at: at,
    duration_ms: 5,
  };
}

describe('foldJourneyEvents', () => {
  it('should show a running journey with its plan and a step that started', () => {
    const events: JourneyEvent[] = [
      { type: 'journey_accepted', natural_language: 'q', journey_id: 'j', at },
      { type: 'plan_ready', plan, journey_id: 'j', at },
      {
        type: 'step_started',
        step_id: 'a',
        agent_id: 'kql_data',
        agent_type: 'data',
        action: 'generate_query',
        started_at: at,
        journey_id: 'j',
        at,
      },
    ];

    const snapshot = foldJourneyEvents('j', events);

    expect(snapshot).toMatchObject({
      journey_id: 'j',
      status: 'running',
      natural_language: 'q',
      plan,
      started_at: at,
      steps: [{ step_id: 'a', status: 'running' }],
    });
  });

  it('should keep the last record of a step that failed and ran again after a replan', () => {
    const events: JourneyEvent[] = [
      { type: 'step_failed', step: finished('a', 'failed'), journey_id: 'j', at },
      { type: 'replanned', plan, changes: ['swapped'], journey_id: 'j', at },
      {
        type: 'step_started',
        step_id: 'a',
        agent_id: 'spl_data',
        agent_type: 'data',
        action: 'generate_query',
        started_at: at,
        journey_id: 'j',
        at,
      },
    ];

    const snapshot = foldJourneyEvents('j', events);

    expect(snapshot.steps).toEqual([
      expect.objectContaining({ step_id: 'a', status: 'running', agent_id: 'spl_data' }),
    ]);
    expect(snapshot).toMatchObject({ replanned: true, plan_changes: ['swapped'] });
  });

  it('should take the final status and steps from journey_done', () => {
    const journey = {
      journey_id: 'j',
      status: 'partial' as const,
      natural_language: 'q',
      plan,
      steps: [finished('a', 'completed'), finished('b', 'skipped')],
      replanned: false,
      duration_ms: 9,
      started_at: at,
      finished_at: at,
    };

    const snapshot = foldJourneyEvents('j', [
      { type: 'journey_done', status: 'partial', journey, journey_id: 'j', at },
    ]);

    expect(snapshot).toMatchObject({ status: 'partial', journey });
    expect(snapshot.steps.map((s) => s.status)).toEqual(['completed', 'skipped']);
  });
});

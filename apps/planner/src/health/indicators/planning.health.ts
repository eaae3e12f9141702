import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { createPlan, needsClarification } from '@mesh/planner-core';
import { PlannerSettings } from '../../config/planner-settings';
import { PlanningWorker } from '../../planning/worker/planning-worker.service';

const PROBE = {
  natural_language: 'readiness probe: failed sign-ins in the last hour',
  execution_context: {
    available_agents: {
      knowledge: [{ agent_id: 'probe_sop', capabilities: ['retrieve_context'], knowledge_domain: 'sop' }],
      data: [{ agent_id: 'probe_kql', capabilities: ['generate_query'], platform: 'kql' }],
    },
  },
};

/**
 * Readiness: the planning pipeline (the one the app runs, heuristics only) makes a valid plan in-process
 * (no I/O), and the planning worker, when there is one, has finished its warm-up (large bodies sent
 * before wait for it).
 */
@Injectable()
export class PlanningHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly settings: PlannerSettings,
    private readonly worker: PlanningWorker,
  ) {}

  async check(key = 'planning'): Promise<HealthIndicatorResult> {
    const session = this.indicator.check(key);
    if (!this.worker.warm) return session.down({ message: 'the planning worker is warming up' });
    try {
      const outcome = await createPlan(PROBE, this.settings.planning, {
        now: () => new Date(),
        newPlanId: () => 'probe',
      });
      if (needsClarification(outcome))
        return session.down({ message: 'the probe question was answered with a clarification' });
      return session.up({ mode: 'heuristic', steps: outcome.plan.steps.length });
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}

import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  A2ATaskRequest,
  compiledValidatorFor,
  CreatePlanParameters,
  OptimizePlanParameters,
} from '@mesh/a2a-contracts';
import { createPlan, needsClarification, optimizePlan } from '@mesh/planner-core';
import { PlannerSettings } from '../config/planner-settings';

const AGENTS = {
  knowledge: [{ agent_id: 'warm_sop', capabilities: ['retrieve_context'], knowledge_domain: 'sop' }],
  data: [
    { agent_id: 'warm_kql', capabilities: ['generate_query'], platform: 'kql' },
    { agent_id: 'warm_sql', capabilities: ['generate_query'], platform: 'sql' },
  ],
};

const HINTS = {
  kql: { tables: { SigninLogs: ['TimeGenerated', 'UserPrincipalName', 'ResultType', 'IPAddress'] } },
  sql: { tables: { customers: ['customer_id', 'country'], orders: ['order_id', 'customer_id', 'total'] } },
};

/** Questions that reach every lazily built part of the pipeline (the date parser among them). */
const QUESTIONS = [
  'Failed sign-ins for admin@contoso.com since March 3, 2026; also top 10 customers by order total',
  'Count SigninLogs by IPAddress between 2026-01-01 and 2026-01-31 where ResultType is not 0',
  'hello',
];

/**
 * Runs the planning pipeline a few times before the app listens, so the first requests do not pay
 * for what is built on first use: the compiled request validators, the date parser's tables and
 * the JIT's first compilation. A few tens of milliseconds at start-up, once per process.
 */
@Injectable()
export class PlanningWarmUp implements OnApplicationBootstrap {
  private readonly logger = new Logger(PlanningWarmUp.name);

  constructor(private readonly settings: PlannerSettings) {}

  async onApplicationBootstrap(): Promise<void> {
    const started = performance.now();
    compiledValidatorFor(A2ATaskRequest);
    compiledValidatorFor(CreatePlanParameters);
    compiledValidatorFor(OptimizePlanParameters);
    const deps = { now: () => new Date(), newPlanId: () => 'warm-up' };
    try {
      for (let round = 0; round < 3; round += 1) {
        for (const natural_language of QUESTIONS) {
          const request: CreatePlanParameters = {
            natural_language,
            execution_context: { available_agents: AGENTS, schema_hints: HINTS },
          };
          const outcome = await createPlan(request, this.settings.planning, deps);
          if (!needsClarification(outcome)) optimizePlan({ plan: outcome.plan }, this.settings.planning);
        }
      }
      this.logger.debug(`planning warmed up in ${Math.round(performance.now() - started)} ms`);
    } catch (error) {
      // A warm-up is an optimisation: whatever it meets, the app starts (readiness reports planning itself).
      this.logger.warn(`planning warm-up failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

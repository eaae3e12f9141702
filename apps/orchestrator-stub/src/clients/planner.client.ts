import { Injectable } from '@nestjs/common';
import {
  A2AErrorCode,
  Clarification,
  validatePlain,
  WorkflowPlan,
  type ClarificationResult,
  type CreatePlanParameters,
  type OptimizePlanParameters,
  type PlannerResult,
} from '@mesh/a2a-contracts';
import { OrchestratorSettings } from '../config/orchestrator-settings';
import type { PlannerCall, PlannerPort } from '../journeys/journey-ports';
import { MeshCallException } from '../journeys/mesh-call.exception';
import { requestJson } from './http-json.util';
import { taskResult, unansweredCall } from './task-reply.util';

/** The clarification of an HTTP 200 `status: "input_required"` answer, when it is a valid one. */
function clarificationIn(status: number, body: unknown): Clarification | undefined {
  if (status !== 200 || body === null || typeof body !== 'object') return undefined;
  const reply = body as Record<string, unknown>;
  const result = reply['result'] as Record<string, unknown> | undefined;
  if (reply['status'] !== 'input_required' || result === null || typeof result !== 'object') return undefined;
  const checked = validatePlain(Clarification, result['clarification']);
  return checked.ok ? checked.value : undefined;
}

/** The planner over HTTP: `POST {PLANNER_URL}/a2a/task`, each call within `PLANNER_TIMEOUT_SECONDS`. */
@Injectable()
export class PlannerClient implements PlannerPort {
  constructor(private readonly settings: OrchestratorSettings) {}

  createPlan(parameters: CreatePlanParameters, call: PlannerCall): Promise<PlannerResult | ClarificationResult> {
    return this.task('create_plan', parameters, call);
  }

  optimizePlan(parameters: OptimizePlanParameters, call: PlannerCall): Promise<PlannerResult> {
    // Only create_plan is ever answered with a clarification.
    return this.task('optimize_plan', parameters, call) as Promise<PlannerResult>;
  }

  /** `Authorization: Bearer <PLANNER_API_KEY>` when a key is configured. */
  headers(): Record<string, string> {
    return this.settings.plannerApiKey ? { authorization: `Bearer ${this.settings.plannerApiKey}` } : {};
  }

  private async task(
    action: 'create_plan' | 'optimize_plan',
    parameters: object,
    call: PlannerCall,
  ): Promise<PlannerResult | ClarificationResult> {
    const who = `The planner at ${this.settings.plannerUrl}`;
    const timeoutMs = this.settings.plannerTimeoutMs;
    let reply;
    try {
      reply = await requestJson({
        method: 'POST',
        url: `${this.settings.plannerUrl}/a2a/task`,
        body: { task_id: call.taskId.slice(0, 128), action, parameters },
        headers: this.headers(),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw unansweredCall(error, who, timeoutMs, {
        timeout: A2AErrorCode.PlannerUnavailable,
        unreachable: A2AErrorCode.PlannerUnavailable,
      });
    }
    const clarification = action === 'create_plan' ? clarificationIn(reply.status, reply.body) : undefined;
    if (clarification) return { clarification };
    const result = taskResult(reply, who, A2AErrorCode.PlannerUnavailable) as Partial<PlannerResult> | undefined;
    const plan = result && typeof result === 'object' ? result.plan : undefined;
    const checked = validatePlain(WorkflowPlan, plan);
    if (!checked.ok) {
      throw new MeshCallException(
        A2AErrorCode.InvalidPlan,
        `${who} answered ${action} with a plan that is not a valid WorkflowPlan.`,
        checked.failures.slice(0, 20),
      );
    }
    // The checked copy drops fields the contract does not list; keep the planner's own.
    return { ...(result as PlannerResult), plan: plan as WorkflowPlan };
  }
}

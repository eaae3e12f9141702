import { setImmediate as nextTurn } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import {
  A2AErrorCode,
  CreatePlanParameters,
  OptimizePlanParameters,
  PLANNER_ACTIONS,
  type A2ATaskRequest,
  type A2ATaskResponse,
  type ClarificationResult,
  type PlannerMetadata,
  type PlannerResult,
} from '@mesh/a2a-contracts';
import { PlannerException, toWireErrorCode } from '@mesh/planner-core';
import { A2ARequestException, validateActionParameters } from '@mesh/nest-a2a';
import { PlannerSettings } from '../config/planner-settings';
import { PlannerMetrics } from './planner.metrics';
import { Clock } from './clock';
import { PlannerService } from './planner.service';

export type PlannerTaskResponse = A2ATaskResponse<PlannerResult | ClarificationResult, PlannerMetadata>;

/** `POST /a2a/task`: validates the parameters of the action, runs it, and wraps the answer. */
@Injectable()
export class A2ATaskService {
  constructor(
    private readonly planner: PlannerService,
    private readonly settings: PlannerSettings,
    private readonly clock: Clock,
    private readonly metrics: PlannerMetrics,
  ) {}

  async handle(request: A2ATaskRequest): Promise<PlannerTaskResponse> {
    const started = this.clock.monotonicMs();
    const metadata = (extra: Partial<PlannerMetadata> = {}): PlannerMetadata => ({
      planner_mode: 'heuristic',
      degraded: false,
      llm_calls: 0,
      ...extra,
      duration_ms: Math.round((this.clock.monotonicMs() - started) * 1000) / 1000,
    });
    const envelope = { task_id: request.task_id, agent_id: this.settings.agentId };

    try {
      switch (request.action) {
        case 'create_plan': {
          // A turn of the event loop between reading the body, validating it and planning: each is a
          // bounded stretch of CPU, and health checks and other requests' I/O are served in between.
          await nextTurn();
          const parameters = validateActionParameters(CreatePlanParameters, request.parameters, request.action);
          await nextTurn();
          const { result, analysis } = await this.planner.createPlan(parameters);
          if ('clarification' in result) {
            this.metrics.answered(request.action, 'input_required', (this.clock.monotonicMs() - started) / 1000);
            return {
              ...envelope,
              status: 'input_required',
              result,
              metadata: metadata({ planner_mode: analysis.mode, llm_calls: analysis.llmCalls }),
            };
          }
          this.metrics.planned(analysis, result.plan.steps.length, (this.clock.monotonicMs() - started) / 1000);
          return {
            ...envelope,
            status: 'completed',
            result,
            metadata: metadata({
              planner_mode: analysis.mode,
              degraded: analysis.degraded,
              ...(analysis.degradedReason ? { degraded_reason: analysis.degradedReason } : {}),
              llm_calls: analysis.llmCalls,
              prompt_tokens: analysis.promptTokens,
              completion_tokens: analysis.completionTokens,
              cache_hit: analysis.cacheHit,
              ...(analysis.model ? { model: analysis.model } : {}),
              ...(analysis.llmMs ? { llm_ms: Math.round(analysis.llmMs * 1000) / 1000 } : {}),
              cost_usd:
                Math.round(
                  ((analysis.promptTokens + analysis.completionTokens) / 1000) *
                    this.settings.planning.costPer1kTokensUsd *
                    1e6,
                ) / 1e6,
            }),
          };
        }
        case 'optimize_plan': {
          await nextTurn();
          const parameters = validateActionParameters(OptimizePlanParameters, request.parameters, request.action);
          await nextTurn();
          const { plan, changes } = this.planner.optimizePlan(parameters);
          this.metrics.answered(request.action, 'completed', (this.clock.monotonicMs() - started) / 1000);
          return { ...envelope, status: 'completed', result: { plan, changes: [...changes] }, metadata: metadata() };
        }
        default:
          throw new A2ARequestException(
            A2AErrorCode.UnknownAction,
            `Unknown action "${request.action}"; the planner answers ${PLANNER_ACTIONS.join(' and ')}.`,
            [{ property: 'action', constraints: [`must be one of ${PLANNER_ACTIONS.join(', ')}`] }],
          );
      }
    } catch (error) {
      if (error instanceof PlannerException) {
        this.metrics.answered(request.action, 'failed', (this.clock.monotonicMs() - started) / 1000);
        return {
          ...envelope,
          status: 'failed',
          error: { code: toWireErrorCode(error.code), message: error.message, details: [...error.details] },
          metadata: metadata(),
        };
      }
      throw error;
    }
  }
}

import { Injectable, Logger } from '@nestjs/common';
import type {
  ClarificationResult,
  CreatePlanParameters,
  OptimizePlanParameters,
  PlannerResult,
} from '@mesh/a2a-contracts';
import {
  createPlan,
  needsClarification,
  optimizePlan,
  type AnalysisOutcome,
  type AnalysisPort,
  type OptimizeOutcome,
} from '@mesh/planner-core';
import { createHybridAnalysis, ModelReliability, type LlmAnalysisFailureKind } from '@mesh/planner-llm';
import { PlannerSettings } from '../config/planner-settings';
import { LlmAnalysisService } from '../llm/llm-analysis.service';
import { Clock } from './clock';

export interface CreatePlanOutcome {
  /** A plan, or (`status: "input_required"`) a clarification when the question carries nothing to act on. */
  readonly result: PlannerResult | ClarificationResult;
  readonly analysis: AnalysisOutcome<LlmAnalysisFailureKind>;
}

/**
 * Runs the core's pipeline (`createPlan`, the one eval and the benchmarks run) with the app's
 * clock and, unless `PLANNER_LLM_MODE=heuristic`, the hybrid analysis step: the LLM analysis
 * service arbitrated against the heuristics with the process's estimate of the model's accuracy.
 */
@Injectable()
export class PlannerService {
  private readonly logger = new Logger(PlannerService.name);
  private readonly analysis: AnalysisPort<LlmAnalysisFailureKind> | undefined;

  constructor(
    private readonly settings: PlannerSettings,
    private readonly clock: Clock,
    llm: LlmAnalysisService,
    reliability: ModelReliability,
  ) {
    this.analysis =
      llm.mode === 'heuristic'
        ? undefined
        : createHybridAnalysis({
            model: llm,
            reliability,
            log: { warn: (m) => this.logger.warn(m), debug: (m) => this.logger.debug(m) },
          });
  }

  async createPlan(parameters: CreatePlanParameters): Promise<CreatePlanOutcome> {
    const outcome = await createPlan(parameters, this.settings.planning, {
      now: () => this.clock.now(),
      newPlanId: () => this.clock.newPlanId(),
      analysis: this.analysis,
    });
    if (needsClarification(outcome))
      return { result: { clarification: outcome.clarification }, analysis: outcome.analysisOutcome };
    const { plan, analysis, selectedAgents, analysisOutcome } = outcome;
    this.logger.debug(
      `plan ${plan.plan_id}: ${plan.steps.length} steps, platforms ${analysis.required_platforms.join(',')} (${analysisOutcome.mode})`,
    );
    return { result: { plan, analysis, selected_agents: selectedAgents }, analysis: analysisOutcome };
  }

  optimizePlan(parameters: OptimizePlanParameters): OptimizeOutcome {
    return optimizePlan(parameters, this.settings.planning);
  }
}

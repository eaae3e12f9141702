import { Injectable, Logger } from '@nestjs/common';
import type { ClarificationResult, CreatePlanParameters, OptimizePlanParameters, PlannerResult } from '@mesh/a2a-contracts';
import { clarificationFor, preparePlanningContext, summarizePlan, type OptimizeOutcome } from '@mesh/planner-core';
import { PlannerSettings } from '../config/planner-settings';
import { AgentSelectorService } from './agent-selector.service';
import { Clock } from './clock';
import { PlanGeneratorService } from './plan-generator.service';
import { PlanOptimizerService } from './plan-optimizer.service';
import { QueryAnalyzerService, type AnalysisOutcome } from './query-analyzer.service';

export interface CreatePlanOutcome {
  /** A plan, or (`status: "input_required"`) a clarification when the question carries nothing to act on. */
  readonly result: PlannerResult | ClarificationResult;
  readonly analysis: AnalysisOutcome;
}

/** Orchestrates the providers: analyze → select → generate → optimize and estimate. */
@Injectable()
export class PlannerService {
  private readonly logger = new Logger(PlannerService.name);

  constructor(
    private readonly settings: PlannerSettings,
    private readonly clock: Clock,
    private readonly analyzer: QueryAnalyzerService,
    private readonly selector: AgentSelectorService,
    private readonly generator: PlanGeneratorService,
    private readonly optimizer: PlanOptimizerService,
  ) {}

  async createPlan(parameters: CreatePlanParameters): Promise<CreatePlanOutcome> {
    const context = preparePlanningContext(parameters);
    const outcome = await this.analyzer.analyze(context);
    const clarification = clarificationFor({ naturalLanguage: context.naturalLanguage, analysis: outcome.analysis, evidence: outcome.evidence, catalog: context.catalog, platforms: context.agents.dataPlatforms });
    if (clarification) return { result: { clarification }, analysis: outcome };
    const selection = this.selector.select({ naturalLanguage: context.naturalLanguage, analysis: outcome.analysis, agents: context.agents });
    const summary = summarizePlan(outcome.analysis, selection);
    const steps = this.generator.generate({
      naturalLanguage: context.naturalLanguage,
      analysis: summary.analysis,
      selection,
      evidence: outcome.evidence,
      options: this.settings.planning,
    });
    const plan = this.optimizer.finish({
      planId: this.clock.newPlanId(),
      steps,
      reasoning: summary.reasoning,
      confidence: summary.confidence,
      options: this.settings.planning,
      knownAgentIds: context.agents.ids,
      plannerTokens: outcome.promptTokens + outcome.completionTokens,
      createdAt: this.clock.now().toISOString(),
    });
    this.logger.debug(`plan ${plan.plan_id}: ${plan.steps.length} steps, platforms ${summary.analysis.required_platforms.join(',')} (${outcome.mode})`);
    return { result: { plan, analysis: summary.analysis, selected_agents: selection.selected }, analysis: outcome };
  }

  optimizePlan(parameters: OptimizePlanParameters): OptimizeOutcome {
    return this.optimizer.optimize(parameters, this.settings.planning);
  }
}

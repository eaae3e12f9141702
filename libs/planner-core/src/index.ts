/// <reference path="./wink-porter2-stemmer.d.ts" />
export { buildAgentDirectory, normalizeKey, type AgentDirectory } from './context/agent-directory';
export { readSchemaCatalog, type PlatformSchema, type SchemaCatalog, type SchemaEntry, type SchemaEntryKind } from './context/schema-catalog';
export type { AnalyzerInput, HeuristicAnalysis, PlatformEvidence } from './analysis/analyzer.types';
export { analyzeHeuristically } from './analysis/heuristic-analyzer';
export { resolveTimeRange, type ResolvedTimeRange } from './analysis/time-range.util';
export { splitWords, stemWord, stems } from './analysis/text.util';
export { pickDeterministically, selectAgents, type DroppedPlatform, type SelectionInput, type SelectionOutcome } from './selection/agent-selector';
export { generateSteps, stepIdFor, type GenerationInput } from './generation/plan-generator';
export { criticalPath, groupedMakespan, type CriticalPath } from './optimization/critical-path.util';
export { finishPlan, type FinishPlanInput } from './optimization/plan-optimizer';
export { validatePlanStructure } from './optimization/plan-validator.util';
export { splitWideLayers, topologicalLayers } from './optimization/topological-layers.util';
export { approximateTokens, DEFAULT_COST_MODEL, estimateStep, tokensToUsd, type CostModel, type StepEstimate } from './estimation/cost-estimator';
export { createPlan, summarizePlan, type PlanningDeps, type PlanOutcome, type PlanSummary } from './pipeline/create-plan';
export { optimizePlan, type OptimizeOutcome } from './pipeline/optimize-plan';
export { preparePlanningContext, type PlanningContext } from './pipeline/planning-context';
export { DEFAULT_PLANNER_OPTIONS, resolvePlannerOptions, type PlannerOptions } from './planner-options';
export { PlannerErrorCode, PlannerException, toWireErrorCode } from './planner.exception';

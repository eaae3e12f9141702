/// <reference path="./wink-porter2-stemmer.d.ts" />
/// <reference path="./stopword.d.ts" />
export { buildAgentDirectory, normalizeKey, type AgentDirectory } from './context/agent-directory';
export {
  readSchemaCatalog,
  SCHEMA_CATALOG_LIMITS,
  type PlatformSchema,
  type SchemaCatalog,
  type SchemaEntry,
  type SchemaEntryKind,
} from './context/schema-catalog';
export type { AnalyzerInput, HeuristicAnalysis, PlatformEvidence } from './analysis/analyzer.types';
export { analyzeHeuristically } from './analysis/heuristic-analyzer';
export { resolveTimeRange, type ResolvedTimeRange } from './analysis/time-range.util';
export { splitWords, stemWord, stems } from './analysis/text.util';
export {
  KNOWLEDGE_DOMAIN_BY_NAME,
  KNOWLEDGE_DOMAIN_MEANINGS,
  cuesOf,
  type KnowledgeDomainMeaning,
  type KnowledgeRequirement,
} from './selection/knowledge-domains';
export {
  pickDeterministically,
  selectAgents,
  type DroppedPlatform,
  type SelectionInput,
  type SelectionOutcome,
} from './selection/agent-selector';
export { generateSteps, stepIdFor, type GenerationInput } from './generation/plan-generator';
export { criticalPath, groupedMakespan, type CriticalPath } from './optimization/critical-path.util';
export { finishPlan, type FinishPlanInput } from './optimization/plan-optimizer';
export { validatePlanStructure } from './optimization/plan-validator.util';
export { splitWideLayers, topologicalLayers } from './optimization/topological-layers.util';
export {
  approximateTokens,
  DEFAULT_COST_MODEL,
  estimateStep,
  tokensToUsd,
  type CostModel,
  type StepEstimate,
} from './estimation/cost-estimator';
export {
  createPlan,
  needsClarification,
  summarizePlan,
  type ClarificationOutcome,
  type PlanningDeps,
  type PlanOutcome,
  type PlanSummary,
} from './pipeline/create-plan';
export { clarificationFor, type ClarificationInput } from './clarification/clarification';
export { extractConstraints, type ConstraintExtractionInput } from './analysis/constraints/extract-constraints';
export { chosenTableColumns, columnFor, type TableColumns } from './analysis/constraints/column-mapper';
export { optimizePlan, type OptimizeOutcome } from './pipeline/optimize-plan';
export { preparePlanningContext, type PlanningContext } from './pipeline/planning-context';
export {
  heuristicOutcome,
  type AnalysisOutcome,
  type AnalysisPort,
  type AnalysisRequest,
} from './pipeline/analysis-port';
export { DEFAULT_PLANNER_OPTIONS, resolvePlannerOptions, type PlannerOptions } from './planner-options';
export { PlannerErrorCode, PlannerException, toWireErrorCode } from './planner.exception';
export { planInvariantViolations } from './optimization/plan-invariants.util';
export { matchCatalog, type CatalogMatch, type EntryMatch } from './analysis/catalog-matcher';
export { scorePlatforms, type ScoredPlatform, type ScoringInput } from './analysis/platform-scorer';
export { choosePlatforms, type ChoiceOptions, type PlatformChoice } from './analysis/platform-choice';
export { readQuestion, splitSegments, type QuestionReading } from './analysis/question-reader';
export { referencedTables } from './analysis/related-tables';
export { identifierWords, type IdentifierWords } from './analysis/text.util';
export { PLATFORM_VOCABULARY, type VocabularyCue } from './analysis/vocabulary';
export {
  DIAGRAM_CLASSES,
  diagramNodeIds,
  escapeMermaidLabel,
  planDiagram,
  type DiagramStepState,
  type DiagramStepStatus,
  type PlanDiagramOptions,
} from './diagram/plan-diagram.util';

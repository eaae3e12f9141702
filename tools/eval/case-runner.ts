import type { AvailableAgents, QueryAnalysis } from '@mesh/a2a-contracts';
import {
  createPlan,
  DEFAULT_PLANNER_OPTIONS,
  needsClarification,
  planInvariantViolations,
  PlannerException,
  type AnalysisPort,
  type PlatformEvidence,
} from '@mesh/planner-core';
import type { EvalCase } from './eval-case';
import { createPlanEnvelope, createPlanParameters } from './eval-request';
import type { CasePrediction } from './metrics';
import { dataStepPlatforms, readPlan } from './plan-reading';

/** A case's prediction plus what the report keeps to explain it. */
export interface CaseResult extends CasePrediction {
  readonly naturalLanguage: string;
  readonly dataStepPlatforms: readonly string[];
  readonly reasoning: string;
  readonly evidence: readonly PlatformEvidence[];
  readonly error?: string;
  readonly durationMs: number;
}

export interface RunnerSetup {
  readonly schemaHints: unknown;
  readonly agents: AvailableAgents;
  readonly knownAgentIds: ReadonlySet<string>;
}

export type CaseRunner = (evalCase: EvalCase) => Promise<CaseResult>;

function resultOf(
  evalCase: EvalCase,
  setup: RunnerSetup,
  answer: { plan?: unknown; analysis?: QueryAnalysis; evidence?: readonly PlatformEvidence[]; error?: string },
  durationMs: number,
): CaseResult {
  const analysis = answer.analysis;
  const violations = answer.plan === undefined ? [] : planViolations(answer.plan, setup.knownAgentIds);
  const stepPlatforms = dataStepPlatforms(answer.plan);
  const predicted = analysis?.required_platforms ?? [];
  if (answer.plan !== undefined && !sameOrder(stepPlatforms, predicted))
    violations.push(`data steps (${stepPlatforms.join(',')}) differ from required_platforms (${predicted.join(',')})`);
  return {
    id: evalCase.id,
    naturalLanguage: evalCase.naturalLanguage,
    expectedPlatforms: evalCase.expectedPlatforms,
    predictedPlatforms: predicted,
    expectedTables: evalCase.expectedTables,
    predictedTables: analysis?.entities.tables ?? [],
    confidence: analysis?.confidence ?? null,
    violations,
    dataStepPlatforms: stepPlatforms,
    reasoning: analysis?.reasoning ?? '',
    evidence: answer.evidence ?? [],
    error: answer.error,
    durationMs,
  };
}

/** The contract's invariants (the core's own check), on a plan read defensively. */
function planViolations(plan: unknown, knownAgentIds: ReadonlySet<string>): string[] {
  const read = readPlan(plan);
  return 'malformed' in read ? read.malformed : planInvariantViolations(read.plan, knownAgentIds);
}

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
}

export interface InProcessOptions {
  readonly now?: () => Date;
  /** The analysis step after the heuristics (the hybrid with a simulated model); absent: heuristics only. */
  readonly analysis?: AnalysisPort;
}

/** Scores the planning pipeline in this process (the one the app runs): no HTTP. */
export function inProcessRunner(setup: RunnerSetup, options: InProcessOptions = {}): CaseRunner {
  const now = options.now ?? (() => new Date());
  return async (evalCase) => {
    const started = performance.now();
    try {
      const outcome = await createPlan(
        createPlanParameters(evalCase.naturalLanguage, setup.schemaHints, setup.agents, evalCase.id),
        DEFAULT_PLANNER_OPTIONS,
        {
          now,
          newPlanId: () => `eval-${evalCase.id}`,
          analysis: options.analysis,
        },
      );
      // Every eval case is a real question: a clarification is a miss, reported as such.
      if (needsClarification(outcome))
        return resultOf(
          evalCase,
          setup,
          {
            analysis: outcome.analysis,
            evidence: outcome.evidence,
            error: 'input_required: the planner asked for a clarification',
          },
          performance.now() - started,
        );
      return resultOf(evalCase, setup, outcome, performance.now() - started);
    } catch (error) {
      const message = error instanceof PlannerException ? `${error.code}: ${error.message}` : String(error);
      return resultOf(evalCase, setup, { error: message }, performance.now() - started);
    }
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Scores a running planner: POST {url}/a2a/task with the contract's create_plan envelope. */
export function httpRunner(setup: RunnerSetup, baseUrl: string, timeoutMs = 30_000): CaseRunner {
  const endpoint = `${baseUrl.replace(/\/+$/, '')}/a2a/task`;
  return async (evalCase) => {
    const started = performance.now();
    const body = createPlanEnvelope(
      createPlanParameters(evalCase.naturalLanguage, setup.schemaHints, setup.agents, evalCase.id),
      evalCase.id,
    );
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const json: unknown = await response.json();
      const result = isRecord(json) && isRecord(json['result']) ? json['result'] : undefined;
      if (isRecord(json) && json['status'] === 'input_required')
        return resultOf(
          evalCase,
          setup,
          { error: 'input_required: the planner asked for a clarification' },
          performance.now() - started,
        );
      if (!result) {
        const error =
          isRecord(json) && isRecord(json['error'])
            ? `${String(json['error']['code'])}: ${String(json['error']['message'])}`
            : `HTTP ${response.status}`;
        return resultOf(evalCase, setup, { error }, performance.now() - started);
      }
      return resultOf(
        evalCase,
        setup,
        { plan: result['plan'], analysis: result['analysis'] as QueryAnalysis | undefined },
        performance.now() - started,
      );
    } catch (error) {
      return resultOf(
        evalCase,
        setup,
        { error: error instanceof Error ? error.message : String(error) },
        performance.now() - started,
      );
    }
  };
}

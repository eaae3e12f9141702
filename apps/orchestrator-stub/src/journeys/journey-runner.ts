import {
  A2AErrorCode,
  type A2AErrorBody,
  type Clarification,
  type ExecutionContext,
  type Journey,
  type JourneyStatus,
  type JourneyStep,
  type PlanFeedback,
  type WorkflowPlan,
  type WorkflowStep,
} from '@mesh/a2a-contracts';
import { mapWithConcurrency } from './concurrency.util';
import { executionLayers } from './execution-layers.util';
import type { JourneyProgress } from './journey-event';
import type { AgentPort, JourneyClock, PlannerPort } from './journey-ports';
import { JourneyErrorCode, MeshCallException } from './mesh-call.exception';
import { resultShapeProblem } from './result-shape.util';
import { stepParameters } from './step-input.util';

/** A journey step as the orchestrator reports it: the contract's fields, plus what was sent. */
export interface OrchestratorJourneyStep extends JourneyStep {
  agent_type: string;
  action: string;
  /** The parameters sent to the agent (for a data step, with the passages it was given). */
  input?: Record<string, unknown>;
}

/** A journey as the orchestrator reports it: the contract's fields, plus a few extensions. */
export interface OrchestratorJourney extends Journey {
  steps: OrchestratorJourneyStep[];
  started_at: string;
  finished_at: string;
  /** What `optimize_plan` changed, when the journey was replanned. */
  plan_changes?: string[];
  /** Why a replan was asked for and could not be had (the journey went on with its plan). */
  replan_error?: A2AErrorBody;
  /** The plan and each step's status and duration as Mermaid `flowchart` text (see `journeyDiagram`). */
  diagram?: string;
}

export interface JourneyRequest {
  readonly journeyId: string;
  readonly naturalLanguage: string;
  readonly executionContext: ExecutionContext;
}

export interface JourneyRunnerOptions {
  readonly planner: PlannerPort;
  readonly agents: AgentPort;
  readonly clock: JourneyClock;
  /** How many steps of one parallel group run at once. */
  readonly stepConcurrency: number;
  /** Used when a step's `timeout_seconds` is 0. */
  readonly defaultStepTimeoutSeconds: number;
  /** No step waits longer than this, whatever its plan says. */
  readonly maxStepTimeoutSeconds: number;
  /** Told of each step's end and of replans, for logs. */
  readonly onEvent?: (message: string) => void;
  /** Told of the plan, each step's start and end, and replans, in order (the journey's event stream). */
  readonly onProgress?: (progress: JourneyProgress) => void;
}

const UNAVAILABILITY_CODES = new Set<string>([A2AErrorCode.AgentUnavailable, A2AErrorCode.StepTimeout]);

function errorBody(error: unknown): A2AErrorBody {
  if (error instanceof MeshCallException) return error.toBody();
  return {
    code: A2AErrorCode.InternalError,
    message: error instanceof Error ? error.message : String(error),
    details: [],
  };
}

/** Resolves with `work`, or rejects with `onAbort()` as soon as `signal` aborts, whichever comes first. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal, onAbort: () => Error): Promise<T> {
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(onAbort());
  }
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => reject(onAbort());
    signal.addEventListener('abort', abort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}

/** completed when every step completed, failed when none did, partial otherwise. */
function journeyOutcome(steps: readonly OrchestratorJourneyStep[]): { status: JourneyStatus; error?: A2AErrorBody } {
  const completed = steps.filter((s) => s.status === 'completed').length;
  if (steps.length > 0 && completed === steps.length) return { status: 'completed' };
  if (steps.length === 0)
    return {
      status: 'failed',
      error: { code: A2AErrorCode.InvalidPlan, message: 'The plan has no steps.', details: [] },
    };
  const failed = steps.filter((s) => s.status === 'failed');
  const skipped = steps.filter((s) => s.status === 'skipped');
  const reasons = failed.map((s) => `${s.step_id} (${s.agent_id}): ${s.error?.code} ${s.error?.message}`);
  const message = `${failed.length} of ${steps.length} steps failed${skipped.length ? `, ${skipped.length} skipped` : ''}: ${reasons.join('; ')}`;
  const details = [...failed, ...skipped].map((s) => ({
    step_id: s.step_id,
    agent_id: s.agent_id,
    status: s.status,
    code: s.error?.code,
    message: s.error?.message,
  }));
  return completed === 0
    ? { status: 'failed', error: { code: JourneyErrorCode.AllStepsFailed, message, details } }
    : { status: 'partial', error: { code: JourneyErrorCode.StepsFailed, message, details } };
}

/** One journey's state while it runs. */
class JourneyExecution {
  private plan!: WorkflowPlan;
  private layers: string[][] = [];
  private readonly records = new Map<string, OrchestratorJourneyStep>();
  private readonly stepOrder: string[] = [];
  private readonly outputs = new Map<string, unknown>();
  private retry = new Set<string>();
  private replanAttempted = false;
  private replanned = false;
  private planChanges: string[] | undefined;
  private replanError: A2AErrorBody | undefined;

  constructor(
    private readonly request: JourneyRequest,
    private readonly options: JourneyRunnerOptions,
  ) {}

  async run(): Promise<OrchestratorJourney> {
    const startedAt = this.options.clock.now();
    const started = this.options.clock.monotonicMs();
    const finish = (
      outcome: { status: JourneyStatus; error?: A2AErrorBody; clarification?: Clarification },
      plan: WorkflowPlan | null,
    ): OrchestratorJourney => ({
      journey_id: this.request.journeyId,
      status: outcome.status,
      natural_language: this.request.naturalLanguage,
      plan,
      steps: this.reportedSteps(),
      replanned: this.replanned,
      duration_ms: Math.round(this.options.clock.monotonicMs() - started),
      ...(outcome.error ? { error: outcome.error } : {}),
      ...(outcome.clarification ? { clarification: outcome.clarification } : {}),
      started_at: startedAt.toISOString(),
      finished_at: this.options.clock.now().toISOString(),
      ...(this.planChanges ? { plan_changes: this.planChanges } : {}),
      ...(this.replanError ? { replan_error: this.replanError } : {}),
    });

    try {
      const created = await this.options.planner.createPlan(
        { natural_language: this.request.naturalLanguage, execution_context: this.request.executionContext },
        { taskId: `${this.request.journeyId}-plan` },
      );
      // The planner needs the user: the journey says so and runs no step.
      if ('clarification' in created)
        return finish({ status: 'input_required', clarification: created.clarification }, null);
      this.adopt(created.plan);
      this.options.onProgress?.({ type: 'plan_ready', plan: created.plan });
    } catch (error) {
      return finish({ status: 'failed', error: errorBody(error) }, null);
    }

    try {
      await this.execute();
    } catch (error) {
      return finish({ status: 'failed', error: errorBody(error) }, this.plan);
    }
    return finish(journeyOutcome(this.reportedSteps()), this.plan);
  }

  /** Every step that ran or was skipped, in plan order (steps a replan removed after they failed included). */
  private reportedSteps(): OrchestratorJourneyStep[] {
    return this.stepOrder
      .map((id) => this.records.get(id))
      .filter((s): s is OrchestratorJourneyStep => s !== undefined);
  }

  /** Takes a plan to run from now on; throws if it cannot run. */
  private adopt(plan: WorkflowPlan): void {
    const layers = executionLayers(plan.steps, plan.parallel_execution_groups);
    this.plan = plan;
    this.layers = layers;
    for (const step of plan.steps) if (!this.stepOrder.includes(step.step_id)) this.stepOrder.push(step.step_id);
  }

  private async execute(): Promise<void> {
    let layerIndex = 0;
    while (layerIndex < this.layers.length) {
      const steps = this.layers[layerIndex]!.map((id) => this.plan.steps.find((s) => s.step_id === id)!);
      const runnable: WorkflowStep[] = [];
      for (const step of steps) {
        const record = this.records.get(step.step_id);
        if (record?.status === 'completed') continue;
        if (record?.status === 'failed' && !this.retry.has(step.step_id)) continue;
        const blocked = step.depends_on.filter((id) => this.records.get(id)?.status !== 'completed');
        if (blocked.length > 0) {
          const skipped = this.skipped(step, blocked);
          this.records.set(step.step_id, skipped);
          this.options.onProgress?.({ type: 'step_skipped', step: skipped });
        } else runnable.push(step);
      }
      const ran = await mapWithConcurrency(runnable, this.options.stepConcurrency, (step) => this.runStep(step));
      for (const record of ran) this.records.set(record.step_id, record);
      const failedNow = ran.filter((r) => r.status === 'failed');
      if (failedNow.length > 0 && !this.replanAttempted) {
        this.replanAttempted = true;
        if (await this.replan()) {
          layerIndex = 0;
          continue;
        }
      }
      layerIndex += 1;
    }
  }

  private async runStep(step: WorkflowStep): Promise<OrchestratorJourneyStep> {
    const dependencies = step.depends_on.map((id) => ({
      step: this.plan.steps.find((s) => s.step_id === id)!,
      output: this.outputs.get(id),
    }));
    const input = stepParameters(step, dependencies, this.request.naturalLanguage);
    const requested = step.timeout_seconds > 0 ? step.timeout_seconds : this.options.defaultStepTimeoutSeconds;
    const timeoutSeconds = Math.min(requested, this.options.maxStepTimeoutSeconds);
    const startedAt = this.options.clock.now();
    const started = this.options.clock.monotonicMs();
    const signal = AbortSignal.timeout(Math.max(1, Math.round(timeoutSeconds * 1000)));
    const base = {
      step_id: step.step_id,
      agent_id: step.agent_id,
      agent_type: step.agent_type,
      action: step.action,
      input,
    };
    const task = {
      task_id: `${this.request.journeyId}:${step.step_id}`.slice(0, 128),
      agent_id: step.agent_id,
      action: step.action,
      parameters: input,
    };
    let record: OrchestratorJourneyStep;
    const started_at = startedAt.toISOString();
    this.options.onProgress?.({
      type: 'step_started',
      step_id: step.step_id,
      agent_id: step.agent_id,
      agent_type: step.agent_type,
      action: step.action,
      started_at,
    });
    try {
      const output = await untilAborted(
        this.options.agents.run(task, signal),
        signal,
        () =>
          new MeshCallException(
            A2AErrorCode.StepTimeout,
            `Step ${step.step_id} (${step.agent_id}) did not answer within ${timeoutSeconds} s.`,
          ),
      );
      const problem = resultShapeProblem(step.action, output);
      if (problem)
        throw new MeshCallException(
          JourneyErrorCode.InvalidResult,
          `Step ${step.step_id} (${step.agent_id}) answered ${step.action}, but ${problem}.`,
        );
      this.outputs.set(step.step_id, output);
      record = {
        ...base,
        status: 'completed',
        started_at: startedAt.toISOString(),
        finished_at: this.options.clock.now().toISOString(),
        duration_ms: 0,
        output,
      };
    } catch (error) {
      record = {
        ...base,
        status: 'failed',
        started_at: startedAt.toISOString(),
        finished_at: this.options.clock.now().toISOString(),
        duration_ms: 0,
        error: errorBody(error),
      };
    }
    record.duration_ms = Math.round(this.options.clock.monotonicMs() - started);
    this.options.onProgress?.({ type: record.status === 'completed' ? 'step_finished' : 'step_failed', step: record });
    this.options.onEvent?.(
      `step ${step.step_id} (${step.agent_id}) ${record.status} in ${record.duration_ms} ms${record.error ? `: ${record.error.code} ${record.error.message}` : ''}`,
    );
    return record;
  }

  private skipped(step: WorkflowStep, blocked: readonly string[]): OrchestratorJourneyStep {
    return {
      step_id: step.step_id,
      agent_id: step.agent_id,
      agent_type: step.agent_type,
      action: step.action,
      status: 'skipped',
      started_at: null,
      finished_at: null,
      duration_ms: 0,
      error: {
        code: JourneyErrorCode.DependencyFailed,
        message: `Not run: ${blocked.join(', ')} did not complete.`,
        details: [...blocked],
      },
    };
  }

  /** Asks the planner to revise the plan once; true when the journey goes on with a new plan. */
  private async replan(): Promise<boolean> {
    const ran = [...this.records.values()].filter((r) => r.status !== 'skipped');
    const failed = ran.filter((r) => r.status === 'failed');
    const feedback: PlanFeedback = {
      failed_steps: failed.map((r) => r.step_id),
      unavailable_agents: [
        ...new Set(failed.filter((r) => UNAVAILABILITY_CODES.has(String(r.error?.code))).map((r) => r.agent_id)),
      ],
      step_durations_seconds: Object.fromEntries(ran.map((r) => [r.step_id, r.duration_ms / 1000])),
    };
    this.options.onEvent?.(`replanning after ${feedback.failed_steps!.join(', ')} failed`);
    try {
      const revised = await this.options.planner.optimizePlan(
        { plan: this.plan, execution_context: this.request.executionContext, feedback },
        { taskId: `${this.request.journeyId}-replan` },
      );
      const before = new Map(this.plan.steps.map((s) => [s.step_id, s.agent_id]));
      this.adopt(revised.plan);
      this.retry = new Set(
        revised.plan.steps
          .filter((s) => this.records.get(s.step_id)?.status === 'failed' && before.get(s.step_id) !== s.agent_id)
          .map((s) => s.step_id),
      );
      this.replanned = true;
      this.planChanges = revised.changes ? [...revised.changes] : [];
      this.options.onProgress?.({ type: 'replanned', plan: revised.plan, changes: this.planChanges });
      return true;
    } catch (error) {
      this.replanError = errorBody(error);
      this.options.onEvent?.(
        `replan failed, going on with the plan: ${this.replanError.code} ${this.replanError.message}`,
      );
      return false;
    }
  }
}

/**
 * Runs one journey: asks the planner for a plan, runs it group by group (at most
 * `stepConcurrency` steps at once, each within its timeout), passes the knowledge steps'
 * passages to the data steps that depend on them, asks `optimize_plan` once when a step
 * fails and goes on with the revised plan, and skips steps whose dependencies failed.
 * Never rejects: every failure ends up in the journey.
 */
export async function runJourney(request: JourneyRequest, options: JourneyRunnerOptions): Promise<OrchestratorJourney> {
  return new JourneyExecution(request, options).run();
}

import type {
  ClarificationResult,
  CreatePlanParameters,
  OptimizePlanParameters,
  PlannerResult,
  WorkflowPlan,
} from '@mesh/a2a-contracts';
import type { AgentPort, AgentTask, JourneyClock, PlannerPort } from '../journeys/journey-ports';

/** A planner that answers from functions and records what it was asked. */
export class FakePlanner implements PlannerPort {
  readonly created: CreatePlanParameters[] = [];
  readonly optimized: OptimizePlanParameters[] = [];

  constructor(
    private readonly plan: (
      parameters: CreatePlanParameters,
    ) => WorkflowPlan | ClarificationResult | Promise<WorkflowPlan | ClarificationResult>,
    private readonly revise?: (parameters: OptimizePlanParameters) => PlannerResult | Promise<PlannerResult>,
  ) {}

  async createPlan(parameters: CreatePlanParameters): Promise<PlannerResult | ClarificationResult> {
    this.created.push(parameters);
    const answer = await this.plan(parameters);
    return 'clarification' in answer ? answer : { plan: answer };
  }

  async optimizePlan(parameters: OptimizePlanParameters): Promise<PlannerResult> {
    this.optimized.push(structuredClone(parameters));
    if (!this.revise) throw new Error('optimize_plan was not expected');
    return this.revise(parameters);
  }
}

export interface AgentCall {
  readonly task: AgentTask;
  readonly startedAt: number;
  finishedAt?: number;
}

export type AgentHandler = (task: AgentTask, signal: AbortSignal) => Promise<unknown>;

/** Agents answering from per-agent handlers, recording each call's start and end. */
export class FakeAgents implements AgentPort {
  readonly calls: AgentCall[] = [];

  constructor(private readonly handlers: Record<string, AgentHandler>) {}

  async run(task: AgentTask, signal: AbortSignal): Promise<unknown> {
    const call: AgentCall = { task: structuredClone(task), startedAt: performance.now() };
    this.calls.push(call);
    const handler = this.handlers[task.agent_id];
    try {
      if (!handler) throw new Error(`no fake for ${task.agent_id}`);
      return await handler(task, signal);
    } finally {
      call.finishedAt = performance.now();
    }
  }

  callsTo(agentId: string): AgentCall[] {
    return this.calls.filter((c) => c.task.agent_id === agentId);
  }
}

/** Resolves with `value` after `ms`. */
export function after<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

/** A promise that never settles (an agent that hangs). */
export function never(): Promise<never> {
  return new Promise<never>(() => undefined);
}

export const realClock: JourneyClock = { now: () => new Date(), monotonicMs: () => performance.now() };

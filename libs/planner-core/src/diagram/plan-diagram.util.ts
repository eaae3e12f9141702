import { DepGraph } from 'dependency-graph';
import type { WorkflowPlan, WorkflowStep } from '@mesh/a2a-contracts';
import { criticalPath } from '../optimization/critical-path.util';

/** Where a step of a journey stands; `pending` until it starts. */
export type DiagramStepStatus = 'pending' | 'running' | 'completed' | 'failed' | 'skipped';

/** What a journey knows of one step, for {@link planDiagram}. */
export interface DiagramStepState {
  readonly step_id: string;
  readonly status: DiagramStepStatus;
  /** Measured duration, once the step has finished. */
  readonly duration_ms?: number;
  /** Agent and action of a step that is no longer in the plan (a replan removed it after it failed). */
  readonly agent_id?: string;
  readonly action?: string;
}

export interface PlanDiagramOptions {
  /** The journey's steps: each node shows its status and duration, and the critical path uses measured durations. */
  readonly steps?: readonly DiagramStepState[];
  /** `LR` (default) or `TD`. */
  readonly direction?: 'LR' | 'TD';
  /** Longest label text kept, in characters (default 80); longer labels end with an ellipsis. */
  readonly maxLabelLength?: number;
}

/** The class names the diagram gives its nodes, for styling by the page that shows it. */
export const DIAGRAM_CLASSES = ['pending', 'running', 'completed', 'failed', 'skipped', 'critical'] as const;

const CLASS_DEFS: Readonly<Record<(typeof DIAGRAM_CLASSES)[number], string>> = {
  pending: 'fill:#eef1f5,stroke:#8a94a6,color:#1f2933',
  running: 'fill:#fff4d6,stroke:#b7791f,color:#1f2933,stroke-width:2px',
  completed: 'fill:#dcf5e3,stroke:#2f855a,color:#1f2933',
  failed: 'fill:#fde2e1,stroke:#c53030,color:#1f2933',
  skipped: 'fill:#f1f1f1,stroke:#8a8a8a,color:#4a4a4a,stroke-dasharray:4 3',
  critical: 'stroke-width:3px',
};

/**
 * Characters Mermaid or HTML read as syntax, written as Mermaid entity codes (`#35;` is `#`).
 * Markdown needs no codes: Mermaid reads it only inside a backtick string, and backticks are coded.
 */
const ENTITY_CODES: ReadonlyMap<string, string> = new Map([
  ['#', '#35;'],
  ['"', '#quot;'],
  ["'", '#39;'],
  ['&', '#amp;'],
  ['<', '#lt;'],
  ['>', '#gt;'],
  ['[', '#91;'],
  [']', '#93;'],
  ['(', '#40;'],
  [')', '#41;'],
  ['{', '#123;'],
  ['}', '#125;'],
  ['|', '#124;'],
  ['`', '#96;'],
  ['\\', '#92;'],
  [';', '#59;'],
]);

/**
 * Text made safe inside a quoted Mermaid label: quotes, brackets, pipes, backticks and HTML
 * characters become entity codes, line breaks and control characters become spaces, and the
 * text is cut at `maxLength` characters.
 */
export function escapeMermaidLabel(text: string, maxLength = 80): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  const chars = [...flat];
  const cut = chars.length > maxLength ? [...chars.slice(0, Math.max(1, maxLength - 1)), '…'] : chars;
  return cut.map((c) => ENTITY_CODES.get(c) ?? c).join('');
}

function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/**
 * A dependency order of the plan's steps, or null when the plan has a cycle, an unknown
 * dependency or a repeated id (the diagram still draws it, without a critical path). This file
 * imports no runtime value of the contracts, so a browser bundle can take it alone.
 */
function dependencyOrder(steps: readonly WorkflowStep[]): string[] | null {
  const graph = new DepGraph<null>({ circular: false });
  for (const step of steps) {
    if (graph.hasNode(step.step_id)) return null;
    graph.addNode(step.step_id, null);
  }
  try {
    for (const step of steps) for (const dependency of step.depends_on) graph.addDependency(step.step_id, dependency);
    return graph.overallOrder();
  } catch {
    return null;
  }
}

/**
 * The node id {@link planDiagram} gives each step: `s0`, `s1`, … in plan order, then the
 * journey's steps that are not in the plan. A page showing the diagram maps clicks back with it.
 */
export function diagramNodeIds(plan: WorkflowPlan, steps: readonly DiagramStepState[] = []): Map<string, string> {
  const nodeIds = new Map<string, string>();
  for (const step of plan.steps) if (!nodeIds.has(step.step_id)) nodeIds.set(step.step_id, `s${nodeIds.size}`);
  for (const state of steps) if (!nodeIds.has(state.step_id)) nodeIds.set(state.step_id, `s${nodeIds.size}`);
  return nodeIds;
}

/**
 * A plan, or a journey through it, as Mermaid `flowchart` text: one node per step labelled
 * with its id, agent and action (and, for a journey, its status and duration), one edge per
 * dependency, each parallel group a subgraph, the critical path drawn with thick edges and
 * the `critical` class. Node ids are generated (`s0`, `s1`, …): no client text reaches the
 * diagram outside an escaped label. Linear in the plan's size.
 */
export function planDiagram(plan: WorkflowPlan, options: PlanDiagramOptions = {}): string {
  const maxLabel = options.maxLabelLength ?? 80;
  const states = new Map((options.steps ?? []).map((s) => [s.step_id, s]));
  const steps = plan.steps;
  const nodeIds = diagramNodeIds(plan, options.steps);
  const planIds = new Set(steps.map((s) => s.step_id));
  const extra = (options.steps ?? []).filter((s) => !planIds.has(s.step_id));

  const journey = options.steps !== undefined;
  const secondsOf = (step: WorkflowStep): number => {
    const measured = states.get(step.step_id)?.duration_ms;
    if (journey && measured !== undefined) return measured / 1000;
    return step.estimated_duration_seconds ?? (step.timeout_seconds > 0 ? step.timeout_seconds : 1);
  };
  const order = dependencyOrder(steps);
  const path = order ? criticalPath(steps, order, secondsOf).path : [];
  const critical = new Set(path);
  const criticalEdges = new Set(path.slice(1).map((id, i) => `${path[i]}\u0000${id}`));

  const label = (stepId: string, agentId: string, action: string): string => {
    const lines = [
      escapeMermaidLabel(stepId, maxLabel),
      `${escapeMermaidLabel(agentId, maxLabel)} · ${escapeMermaidLabel(action, maxLabel)}`,
    ];
    const state = states.get(stepId);
    if (journey) {
      const status = state?.status ?? 'pending';
      lines.push(
        state?.duration_ms !== undefined && status !== 'pending' && status !== 'running'
          ? `${status} · ${formatDuration(state.duration_ms)}`
          : status,
      );
    }
    return lines.join('<br/>');
  };
  const node = (stepId: string, agentId: string, action: string): string =>
    `${nodeIds.get(stepId)}["${label(stepId, agentId, action)}"]`;

  const lines = [`flowchart ${options.direction ?? 'LR'}`];
  const byId = new Map(steps.map((s) => [s.step_id, s]));
  const placed = new Set<string>();
  plan.parallel_execution_groups.forEach((group, index) => {
    const members = group.filter((id) => byId.has(id) && !placed.has(id));
    if (members.length === 0) return;
    for (const id of members) placed.add(id);
    lines.push(`  subgraph g${index}["group ${index + 1}${members.length > 1 ? ' · parallel' : ''}"]`);
    for (const id of members) lines.push(`    ${node(id, byId.get(id)!.agent_id, byId.get(id)!.action)}`);
    lines.push('  end');
  });
  for (const step of byId.values())
    if (!placed.has(step.step_id)) lines.push(`  ${node(step.step_id, step.agent_id, step.action)}`);
  for (const state of extra)
    lines.push(`  ${node(state.step_id, state.agent_id ?? 'unknown agent', state.action ?? 'removed by replan')}`);

  for (const step of steps) {
    for (const dependency of step.depends_on) {
      const from = nodeIds.get(dependency);
      if (!from) continue;
      const thick = criticalEdges.has(`${dependency}\u0000${step.step_id}`);
      lines.push(`  ${from} ${thick ? '==>' : '-->'} ${nodeIds.get(step.step_id)}`);
    }
  }

  for (const [name, style] of Object.entries(CLASS_DEFS)) lines.push(`  classDef ${name} ${style}`);
  const byClass = new Map<string, string[]>();
  const addClass = (name: string, id: string): void => {
    const list = byClass.get(name) ?? [];
    list.push(id);
    byClass.set(name, list);
  };
  if (journey) for (const [stepId, nodeId] of nodeIds) addClass(states.get(stepId)?.status ?? 'pending', nodeId);
  for (const stepId of critical) addClass('critical', nodeIds.get(stepId)!);
  for (const [name, ids] of byClass) lines.push(`  class ${ids.join(',')} ${name}`);
  return `${lines.join('\n')}\n`;
}

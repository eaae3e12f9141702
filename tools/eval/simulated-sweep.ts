import { createHybridAnalysis, ModelReliability, type ArbitrationWinner } from '@mesh/planner-llm';
import { inProcessRunner, type CaseResult, type RunnerSetup } from './case-runner';
import type { EvalCase } from './eval-case';
import { computeMetrics, type EvalMetrics } from './metrics';
import { SimulatedModel } from './simulated-model';

/** The accuracies of the simulated-model curve. */
export const SWEEP_ACCURACIES: readonly number[] = [1, 0.85, 0.7, 0.6];

/** One point of the curve: heuristics alone (`accuracy` null) or the hybrid with a simulated model. */
export interface CurvePoint {
  readonly accuracy: number | null;
  readonly metrics: EvalMetrics;
  /** Who decided the platforms, per case (hybrid only). */
  readonly winners: Readonly<Record<ArbitrationWinner, number>>;
  /** The model's estimated accuracy after the run (hybrid only). */
  readonly estimate: number | null;
  readonly results: readonly CaseResult[];
}

/**
 * Runs the real pipeline over the cases, in order, with the hybrid analysis against a simulated
 * model of the given accuracy (or heuristics alone for null). One `ModelReliability` per run:
 * the estimate starts neutral and carries over from case to case, as it does in a process.
 */
export async function runCurvePoint(
  setup: RunnerSetup,
  cases: readonly EvalCase[],
  accuracy: number | null,
  seed: number,
): Promise<CurvePoint> {
  const winners: Record<ArbitrationWinner, number> = { agreed: 0, heuristic: 0, model: 0 };
  const reliability = new ModelReliability();
  const analysis =
    accuracy === null
      ? undefined
      : createHybridAnalysis({
          model: new SimulatedModel({ accuracy, seed, cases }),
          reliability,
          onMerge: (outcome) => {
            winners[outcome.winner] += 1;
          },
        });
  const run = inProcessRunner(setup, { analysis });
  const results: CaseResult[] = [];
  for (const evalCase of cases) results.push(await run(evalCase));
  return {
    accuracy,
    metrics: computeMetrics(results),
    winners,
    estimate: accuracy === null ? null : reliability.estimate,
    results,
  };
}

/** The curve as a table: one row per point. */
export function formatCurve(name: string, points: readonly CurvePoint[], seed: number): string[] {
  const f2 = (v: number) => v.toFixed(2);
  const lines = [
    `simulated-model curve on ${name} (seed ${seed}; wrong answers: label moved to the other SIEM, or SQL → KQL; confidence always 0.9)`,
    'model               exact  recall  tables  invalid  agreed  kept-heur  took-model  estimate',
  ];
  for (const p of points) {
    const label = p.accuracy === null ? 'heuristics alone' : `right ${Math.round(p.accuracy * 100)} %`;
    const m = p.metrics;
    const hybrid = p.accuracy !== null;
    lines.push(
      [
        label.padEnd(20),
        m.exactAccuracy.toFixed(3).padEnd(7),
        f2(m.meanRecall).padEnd(8),
        f2(m.tableRecall).padEnd(8),
        String(m.invalidPlans).padEnd(9),
        (hybrid ? String(p.winners.agreed) : '-').padEnd(8),
        (hybrid ? String(p.winners.heuristic) : '-').padEnd(11),
        (hybrid ? String(p.winners.model) : '-').padEnd(12),
        hybrid && p.estimate !== null ? f2(p.estimate) : '-',
      ].join(''),
    );
  }
  return lines;
}

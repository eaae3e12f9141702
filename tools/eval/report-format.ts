import type { EvalMetrics } from './metrics';

function f2(value: number | null): string {
  return value === null ? '  - ' : value.toFixed(2);
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** The per-platform table. */
export function formatPlatformTable(metrics: EvalMetrics): string[] {
  const lines = [`${pad('platform', 10)}support  predicted  precision  recall  f1`];
  for (const s of metrics.perPlatform) {
    lines.push(
      `${pad(s.platform, 10)}${pad(String(s.support), 9)}${pad(String(s.predicted), 11)}${pad(f2(s.precision), 11)}${pad(f2(s.recall), 8)}${f2(s.f1)}`,
    );
  }
  return lines;
}

/** Rows: the expected platform; columns: what was predicted for those cases. */
export function formatConfusion(metrics: EvalMetrics): string[] {
  const columns = [...new Set(Object.values(metrics.confusion).flatMap((row) => Object.keys(row)))].sort();
  const lines = [`${pad('expected\\predicted', 20)}${columns.map((c) => pad(c, 7)).join('')}`];
  for (const expected of Object.keys(metrics.confusion).sort()) {
    const row = metrics.confusion[expected] ?? {};
    lines.push(`${pad(expected, 20)}${columns.map((c) => pad(String(row[c] ?? 0), 7)).join('')}`);
  }
  return lines;
}

export function formatCalibration(metrics: EvalMetrics): string[] {
  return metrics.calibration.map(
    (b) => `${pad(b.label, 20)}cases ${pad(String(b.cases), 5)}accuracy ${f2(b.accuracy)}`,
  );
}

/**
 * The compact closing lines (a hook reads the last three): calibration, then the headline figures, e.g.
 * `exact 0.93  recall 0.98  precision 0.95  tables 0.84  invalid 0  table-precision 0.61`
 * (table precision last, so the figures before it keep their places).
 */
export function formatSummary(metrics: EvalMetrics): string[] {
  const [high, low] = metrics.calibration;
  return [
    `cases ${metrics.cases}`,
    `calibration: conf>=0.8 ${high?.cases ?? 0} cases acc ${f2(high?.accuracy ?? null)}  conf<0.8 ${low?.cases ?? 0} cases acc ${f2(low?.accuracy ?? null)}`,
    `exact ${f2(metrics.exactAccuracy)}  recall ${f2(metrics.meanRecall)}  precision ${f2(metrics.meanPrecision)}  tables ${f2(metrics.tableRecall)}  invalid ${metrics.invalidPlans}  table-precision ${f2(metrics.tablePrecision)}`,
  ];
}

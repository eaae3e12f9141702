import { unitHash } from './simulated-model';

/** Reads `--seeds`: a range `1-5` or a list `1,3,7` of integers (at most 100 seeds). */
export function parseSeeds(text: string): number[] {
  const range = /^\s*(-?\d+)\s*-\s*(-?\d+)\s*$/.exec(text);
  const seeds = range
    ? Array.from({ length: Math.max(0, Number(range[2]) - Number(range[1]) + 1) }, (_, i) => Number(range[1]) + i)
    : text.split(',').map((part) => Number(part.trim()));
  if (seeds.length === 0 || seeds.length > 100 || !seeds.every(Number.isInteger))
    throw new Error(`--seeds must be a range like 1-5 or a list like 1,3,7 (at most 100), got ${text}`);
  return [...new Set(seeds)];
}

/** The items in a seeded pseudo-random order (the same order for the same seed): arrival order is not the file's. */
export function shuffledBy<T extends { readonly id: string }>(items: readonly T[], orderSeed: number): T[] {
  return items
    .map((item) => ({ item, key: unitHash(orderSeed, item.id) }))
    .sort((a, b) => a.key - b.key || (a.item.id < b.item.id ? -1 : 1))
    .map((entry) => entry.item);
}

/** Exact accuracy per curve point (by accuracy; null = heuristics alone) over several runs. */
export interface SpreadRow {
  readonly accuracy: number | null;
  readonly fileOrder: readonly number[];
  readonly shuffled: readonly number[];
}

const stats = (values: readonly number[]) =>
  values.length === 0
    ? '-'
    : `${(values.reduce((a, b) => a + b, 0) / values.length).toFixed(3)} / ${Math.min(...values).toFixed(3)}`;

/** The spread of the curve over seeds (and shuffled orders): mean / min per point. */
export function formatSpread(
  name: string,
  seeds: readonly number[],
  orders: number,
  rows: readonly SpreadRow[],
): string[] {
  const lines = [
    `simulated-model curve on ${name} over seeds ${seeds.join(',')}${orders > 0 ? ` (and ${orders} shuffled order(s) per seed)` : ''}: exact, mean / min`,
    `model               file order       ${orders > 0 ? 'shuffled' : ''}`.trimEnd(),
  ];
  for (const row of rows) {
    const label = row.accuracy === null ? 'heuristics alone' : `right ${Math.round(row.accuracy * 100)} %`;
    lines.push(
      `${label.padEnd(20)}${stats(row.fileOrder).padEnd(17)}${orders > 0 ? stats(row.shuffled) : ''}`.trimEnd(),
    );
  }
  return lines;
}

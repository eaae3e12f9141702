import { heuristicAccuracy } from './heuristic-calibration';

describe('heuristicAccuracy', () => {
  it('reads a confident decision as ~95 % right, never less than its own confidence', () => {
    expect(heuristicAccuracy(0.8)).toBe(0.95);
    expect(heuristicAccuracy(0.85)).toBe(0.95);
    expect(heuristicAccuracy(0.98)).toBe(0.98);
  });

  it('reads an unsure decision’s confidence as its probability, bounded to [0, 1]', () => {
    expect(heuristicAccuracy(0.79)).toBe(0.79);
    expect(heuristicAccuracy(0.4)).toBe(0.4);
    expect(heuristicAccuracy(-1)).toBe(0);
  });
});

import { heuristicAccuracy } from './heuristic-calibration';

describe('heuristicAccuracy', () => {
  it('reads a confident decision as ~97 % right, never less than its own confidence', () => {
    expect(heuristicAccuracy(0.8)).toBe(0.97);
    expect(heuristicAccuracy(0.85)).toBe(0.97);
    expect(heuristicAccuracy(0.98)).toBe(0.98);
  });

  it('reads a single-platform choice on non-decisive evidence as ~80 % right, above its confidence', () => {
    expect(heuristicAccuracy(0.6)).toBe(0.8);
    expect(heuristicAccuracy(0.79)).toBe(0.8);
  });

  it('reads a hedge or a guess on weak evidence as its confidence, bounded to [0, 1]', () => {
    expect(heuristicAccuracy(0.55)).toBe(0.55);
    expect(heuristicAccuracy(0.4)).toBe(0.4);
    expect(heuristicAccuracy(-1)).toBe(0);
  });
});

import { executionLayers } from './execution-layers.util';
import { MeshCallException } from './mesh-call.exception';

const step = (step_id: string, depends_on: string[] = []) => ({ step_id, depends_on });

describe('executionLayers', () => {
  it('uses the plan groups when they are a valid topological layering', () => {
    const steps = [step('k0'), step('k1'), step('d', ['k0', 'k1'])];

    expect(executionLayers(steps, [['k1', 'k0'], ['d']])).toEqual([['k1', 'k0'], ['d']]);
  });

  it('computes layers from depends_on when there are no groups', () => {
    const steps = [step('d', ['k0']), step('k0'), step('x', ['d', 'k0'])];

    expect(executionLayers(steps)).toEqual([['k0'], ['d'], ['x']]);
  });

  it('ignores groups that put a step before its dependency', () => {
    expect(executionLayers([step('k'), step('d', ['k'])], [['k', 'd']])).toEqual([['k'], ['d']]);
  });

  it('ignores groups that miss a step or list one twice', () => {
    expect(executionLayers([step('a'), step('b')], [['a']])).toEqual([['a', 'b']]);
    expect(executionLayers([step('a'), step('b')], [['a', 'b'], ['a']])).toEqual([['a', 'b']]);
  });

  it('ignores groups that name unknown steps', () => {
    expect(executionLayers([step('a')], [['a', 'ghost']])).toEqual([['a']]);
  });

  it('drops empty groups', () => {
    expect(executionLayers([step('a'), step('b', ['a'])], [[], ['a'], [], ['b']])).toEqual([['a'], ['b']]);
  });

  it('returns no layers for no steps', () => {
    expect(executionLayers([], [])).toEqual([]);
  });

  it('should terminate on cycles, naming the steps in them', () => {
    const run = () => executionLayers([step('ok'), step('a', ['b']), step('b', ['a'])], [['ok'], ['a'], ['b']]);

    expect(run).toThrow(MeshCallException);
    expect(run).toThrow(/cycle: a, b/);
  });

  it('refuses a step that depends on itself', () => {
    expect(() => executionLayers([step('a', ['a'])])).toThrow(expect.objectContaining({ code: 'DEPENDENCY_CYCLE' }));
  });

  it('refuses unknown dependencies and duplicate step ids', () => {
    expect(() => executionLayers([step('a', ['ghost'])])).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_DEPENDENCY' }),
    );
    expect(() => executionLayers([step('a'), step('a')])).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_STEP_ID' }),
    );
  });
});

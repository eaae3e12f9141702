import { aStep } from '@mesh/a2a-contracts/testing';
import { validatePlanStructure } from './plan-validator.util';
import { splitWideLayers, topologicalLayers } from './topological-layers.util';

describe('topologicalLayers', () => {
  it('puts independent steps in one layer and their dependents in the next', () => {
    const steps = [aStep('k0'), aStep('k1'), aStep('data_kql', { depends_on: ['k0', 'k1'] })];

    expect(topologicalLayers(steps, validatePlanStructure(steps))).toEqual([['k0', 'k1'], ['data_kql']]);
  });

  it('places a step one layer after its latest dependency', () => {
    const steps = [
      aStep('a'),
      aStep('b', { depends_on: ['a'] }),
      aStep('c', { depends_on: ['a', 'b'] }),
      aStep('d', { depends_on: ['a'] }),
    ];

    expect(topologicalLayers(steps, validatePlanStructure(steps))).toEqual([['a'], ['b', 'd'], ['c']]);
  });

  it('keeps the plan order of steps inside a layer', () => {
    const steps = [aStep('z'), aStep('m'), aStep('a')];

    expect(topologicalLayers(steps, validatePlanStructure(steps))).toEqual([['z', 'm', 'a']]);
  });

  it('returns no layers for no steps', () => {
    expect(topologicalLayers([], [])).toEqual([]);
  });
});

describe('splitWideLayers', () => {
  it('splits a layer wider than the limit into consecutive chunks', () => {
    expect(splitWideLayers([['a', 'b', 'c', 'd', 'e'], ['f']], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e'], ['f']]);
  });

  it('leaves layers within the limit alone', () => {
    expect(splitWideLayers([['a', 'b'], ['c']], 5)).toEqual([['a', 'b'], ['c']]);
  });

  it('treats a limit below one as one', () => {
    expect(splitWideLayers([['a', 'b']], 0)).toEqual([['a'], ['b']]);
  });
});

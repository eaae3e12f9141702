import { DepGraph } from 'dependency-graph';
import { dependencyOrder } from './dependency-order.util';

function orderOf(graph: Record<string, string[]>) {
  return dependencyOrder(Object.keys(graph), (node) => graph[node]!);
}

describe('dependencyOrder', () => {
  it('puts every node after its dependencies', () => {
    const outcome = orderOf({ d: ['b', 'c'], b: ['a'], c: ['a'], a: [] });

    expect(outcome).toEqual({ order: ['a', 'b', 'c', 'd'] });
  });

  it('gives the order dependency-graph gives, duplicates and disconnected parts included', () => {
    const graph: Record<string, string[]> = {
      e: ['c', 'a', 'c'],
      a: [],
      c: ['b'],
      b: ['a'],
      x: [],
      y: ['x'],
      d: ['e', 'y'],
    };
    const reference = new DepGraph();
    for (const node of Object.keys(graph)) reference.addNode(node);
    for (const [node, dependencies] of Object.entries(graph))
      for (const dependency of dependencies) reference.addDependency(node, dependency);

    expect(orderOf(graph)).toEqual({ order: reference.overallOrder() });
  });

  it('orders a node listed twice once', () => {
    expect(dependencyOrder(['b', 'a', 'b'], (node) => (node === 'b' ? ['a'] : []))).toEqual({ order: ['a', 'b'] });
  });

  it('names a cycle, first node repeated last', () => {
    expect(orderOf({ a: ['c'], b: ['a'], c: ['b'], z: [] })).toEqual({ cycle: ['a', 'c', 'b', 'a'] });
  });

  it('finds a cycle in a part that nothing starts from', () => {
    expect(orderOf({ root: [], p: ['q'], q: ['p'] })).toEqual({ cycle: ['p', 'q', 'p'] });
  });

  it('treats a self-dependency as a cycle', () => {
    expect(orderOf({ a: ['a'] })).toEqual({ cycle: ['a', 'a'] });
  });

  it('orders a dense 1,000-node graph and a 100,000-node chain without deep recursion', () => {
    const dense: Record<string, string[]> = {};
    for (let i = 0; i < 1000; i++) dense[`s${i}`] = Array.from({ length: i }, (_, j) => `s${j}`);
    const chain: Record<string, string[]> = {};
    for (let i = 0; i < 100_000; i++) chain[`c${i}`] = i === 0 ? [] : [`c${i - 1}`];

    expect((orderOf(dense) as { order: string[] }).order[999]).toBe('s999');
    expect((orderOf(chain) as { order: string[] }).order[0]).toBe('c0');
  });
});

import { freeFormProblem } from './validation';

describe('freeFormProblem', () => {
  it('should walk arrays by index, not by their keys (a string per item)', () => {
    const items = new Proxy(['a', { b: ['c'] }], {
      ownKeys: () => {
        throw new Error('enumerated');
      },
    });

    expect(freeFormProblem({ items }, 12)).toBeUndefined();
  });

  it('should still find a reserved key and nesting inside arrays', () => {
    expect(freeFormProblem(JSON.parse('{"a":[1,{"constructor":1}]}'), 12)).toBe(
      'contains the reserved key "constructor"',
    );
    expect(freeFormProblem({ a: [[[1]]] }, 2)).toBe('nested deeper than 2 levels');
  });
});

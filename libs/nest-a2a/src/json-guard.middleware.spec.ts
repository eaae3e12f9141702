import { jsonBodyProblem } from './json-guard.middleware';

/** An array whose keys cannot be listed: walking it by index works, `Object.keys` throws. */
function unlistable<T>(items: T[]): T[] {
  return new Proxy(items, {
    ownKeys: () => {
      throw new Error('enumerated');
    },
  });
}

describe('jsonBodyProblem', () => {
  it('should walk arrays by index, not by their keys (a string per item)', () => {
    const body = { plan: { steps: unlistable([{ depends_on: unlistable(['a', 'b']) }]) } };

    expect(jsonBodyProblem(body, 64)).toBeUndefined();
  });

  it('should still find a "__proto__" key inside an array item', () => {
    const body = JSON.parse('{"a":[1,{"__proto__":{}}]}') as unknown;

    expect(jsonBodyProblem(body, 64)).toBe('The request body contains a "__proto__" key.');
  });

  it('should still find nesting past the bound through arrays', () => {
    expect(jsonBodyProblem({ a: [[[[1]]]] }, 3)).toBe('The request body is nested deeper than 3 levels.');
  });
});

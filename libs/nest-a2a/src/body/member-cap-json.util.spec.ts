import fc from 'fast-check';
import { memberCapCuts, parseJsonWithMemberCaps, type MemberCapOptions } from './member-cap-json.util';

const CAPS: MemberCapOptions = {
  paths: [['parameters', 'execution_context', 'schema_hints']],
  maxMembers: 3,
  reservedKeys: new Set(['__proto__', 'constructor', 'prototype']),
  maxDepthBelow: 4,
};

const body = (hints: string) => `{"task_id":"t","parameters":{"execution_context":{"schema_hints":${hints}}}}`;
const hintsOf = (value: unknown) =>
  (value as { parameters: { execution_context: { schema_hints: unknown } } }).parameters.execution_context.schema_hints;

function outcome(parse: () => unknown): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    expect(error).toBeInstanceOf(SyntaxError);
    return { ok: false };
  }
}

describe('parseJsonWithMemberCaps', () => {
  it('should keep the first members of each object and array under a capped path, in the body order', () => {
    const text = body('{"kql":{"tables":{"A":[1,2,3,4,5],"B":[],"C":{},"D":[],"E":[]}},"spl":[1,2,3,4],"x":1,"y":2}');

    expect(hintsOf(parseJsonWithMemberCaps(text, CAPS))).toEqual({
      kql: { tables: { A: [1, 2, 3], B: [], C: {} } },
      spl: [1, 2, 3],
      x: 1,
    });
  });

  it('should never materialise the members beyond the cap (JSON.parse sees only the kept text)', () => {
    const tables = Array.from({ length: 50_000 }, (_, i) => `"T${i}":[]`).join(',');
    const parse = jest.spyOn(JSON, 'parse');

    const parsed = parseJsonWithMemberCaps(body(`{"kql":{"tables":{${tables}}}}`), { ...CAPS, maxMembers: 1_000 });

    expect(Object.keys((hintsOf(parsed) as { kql: { tables: object } }).kql.tables)).toHaveLength(1_000);
    expect(parse).toHaveBeenCalledTimes(1);
    expect((parse.mock.calls[0]![0] as string).length).toBeLessThan(20_000);
    parse.mockRestore();
  });

  it('should leave everything outside the capped paths whole', () => {
    const many = `[${Array.from({ length: 10 }, (_, i) => i).join(',')}]`;
    const text = `{"parameters":{"user_context":{"a":${many}},"execution_context":{"schema_hints":{"t":${many}},"other":${many}}}}`;

    const parsed = parseJsonWithMemberCaps(text, CAPS) as {
      parameters: {
        user_context: { a: number[] };
        execution_context: { schema_hints: { t: number[] }; other: number[] };
      };
    };

    expect(parsed.parameters.user_context.a).toHaveLength(10);
    expect(parsed.parameters.execution_context.other).toHaveLength(10);
    expect(parsed.parameters.execution_context.schema_hints.t).toHaveLength(3);
  });

  it('should match path keys written with escapes as JSON.parse reads them', () => {
    const text = '{"param\\u0065ters":{"execution_context":{"schema_hints":[1,2,3,4,5]}}}';

    expect(hintsOf(parseJsonWithMemberCaps(text, CAPS))).toEqual([1, 2, 3]);
  });

  it.each([
    ['a syntax error in a cut member', body('[1,2,3,4,{"a":tru}]')],
    ['a control character in a cut string', body('[1,2,3,"a\u0001"]')],
    ['a bad escape in a cut key', body('{"a":1,"b":2,"c":3,"d\\x":4}')],
    ['trailing text', `${body('[1]')} x`],
    ['a trailing comma', body('[1,2,3,4,]')],
    ['a leading zero', body('[1,2,3,01]')],
  ])('should reject %s, as JSON.parse does', (_name, text) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(() => parseJsonWithMemberCaps(text, CAPS)).toThrow(SyntaxError);
  });

  it.each([
    ['a reserved key', body('{"a":1,"b":2,"c":3,"d":{"constructor":1}}')],
    ['an escaped reserved key', body('{"a":1,"b":2,"c":3,"__proto\\u005f_":1}')],
    ['nesting past the depth bound', body('[1,2,3,[[[[1]]]]]')],
  ])('should cut nothing when a cut member holds %s (the checks after the parse must see it)', (_name, text) => {
    expect(memberCapCuts(text, CAPS)).toBeNull();
    expect(parseJsonWithMemberCaps(text, CAPS)).toEqual(JSON.parse(text));
  });

  it('should accept and reject exactly what JSON.parse does, and equal it wherever nothing is beyond a cap', () => {
    const jsonText = fc
      .tuple(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 1))
      .map(([value, indent]) =>
        JSON.stringify({ parameters: { execution_context: { schema_hints: value } } }, null, indent),
      );
    const mutated = fc
      .tuple(jsonText, fc.nat(), fc.constantFrom('', ',', '"', '\\', '}', ']', '0', '-', ' ', 'e', '.', '\u0001', 'x'))
      .map(([text, at, insert]) => {
        const position = at % (text.length + 1);
        return text.slice(0, position) + insert + text.slice(position + (insert === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(fc.oneof(jsonText, mutated), (text) => {
        const expected = outcome(() => JSON.parse(text));
        const actual = outcome(() => parseJsonWithMemberCaps(text, { ...CAPS, maxMembers: 1_000 }));
        expect(actual).toEqual(expected);
        expect(outcome(() => parseJsonWithMemberCaps(text, CAPS)).ok).toBe(expected.ok);
      }),
      { numRuns: 3_000 },
    );
  });
});

import { parseEvalCases } from './eval-case';

describe('parseEvalCases', () => {
  it('reads a case with its expected platforms and tables', () => {
    const jsonl = '{"id":"x-1","natural_language":"q","expected":{"platforms":["KQL"],"tables":["T"]}}\n';

    const { cases } = parseEvalCases(jsonl);

    expect(cases).toEqual([
      { id: 'x-1', naturalLanguage: 'q', expectedPlatforms: ['kql'], expectedTables: ['T'], source: undefined },
    ]);
  });

  it('reports unreadable lines by number and skips blank ones', () => {
    const jsonl = '\nnot json\n{"id":"y"}\n';

    const { cases, errors } = parseEvalCases(jsonl);

    expect([cases.length, errors]).toEqual([0, ['line 2: not JSON', 'line 3: needs natural_language and expected']]);
  });
});

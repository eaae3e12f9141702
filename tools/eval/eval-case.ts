/** One labelled routing case of an eval set (`dev.jsonl` and its held-out siblings). */
export interface EvalCase {
  readonly id: string;
  readonly naturalLanguage: string;
  readonly expectedPlatforms: readonly string[];
  readonly expectedTables: readonly string[];
  readonly source?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Reads a JSON-lines eval set. Blank lines are skipped; a line that is not a usable case
 * is reported by number rather than silently dropped.
 */
export function parseEvalCases(jsonl: string): { cases: EvalCase[]; errors: string[] } {
  const cases: EvalCase[] = [];
  const errors: string[] = [];
  jsonl.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push(`line ${index + 1}: not JSON`);
      return;
    }
    if (!isRecord(value) || typeof value['natural_language'] !== 'string' || !isRecord(value['expected'])) {
      errors.push(`line ${index + 1}: needs natural_language and expected`);
      return;
    }
    const expected = value['expected'];
    cases.push({
      id: typeof value['id'] === 'string' ? value['id'] : `line-${index + 1}`,
      naturalLanguage: value['natural_language'],
      expectedPlatforms: stringList(expected['platforms']).map((p) => p.toLowerCase()),
      expectedTables: stringList(expected['tables']),
      source: typeof value['source'] === 'string' ? value['source'] : undefined,
    });
  });
  return { cases, errors };
}

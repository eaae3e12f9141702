import { fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import { ANALYSIS_LIMITS, indexCatalog } from './catalog-index';
import { matchCatalog } from './catalog-matcher';
import { analyzeHeuristically } from './heuristic-analyzer';
import { MAX_SEGMENTS, readQuestion, splitSegments, trimToken } from './question-reader';
import { identifierWords, IDENTIFIER_READ, MAX_STEMMED_LENGTH, splitWords, stemWord } from './text.util';

const NOW = new Date('2025-03-10T12:00:00Z');

function tables(count: number, name: (i: number) => string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (let i = 0; i < count; i += 1) out[name(i)] = [];
  return out;
}

/** Milliseconds a call takes; budgets below are orders of magnitude above the linear cost, far below the quadratic one. */
function elapsed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe('bounded analysis work', () => {
  it('indexes no more than the documented number of entries of a 50,000-table catalog', () => {
    const catalog = readSchemaCatalog({ kql: { tables: tables(50_000, (i) => `Failed_Signin_${i}`) } });

    const index = indexCatalog(catalog, ['kql']);

    expect(index.entries.length).toBeLessThanOrEqual(ANALYSIS_LIMITS.entries);
  });

  it('reads in full at most a few hundred entries that one common word reaches', () => {
    const catalog = readSchemaCatalog({ kql: { tables: tables(20_000, (i) => `Failed_Signin_${i}`) } });

    const result = matchCatalog(readQuestion('failed sign-ins'), catalog, ['kql']);

    expect(result.byPlatform.get('kql')?.length).toBeLessThanOrEqual(500);
  });

  it('reads at most the documented number of segments from a question of many requests', () => {
    const question = 'sign-ins; also '.repeat(260);

    expect(splitSegments(question).length).toBeLessThanOrEqual(MAX_SEGMENTS);
  });

  it('splits a megabyte of capitals into words in linear time', () => {
    const capitals = 'A'.repeat(1_000_000);

    expect(elapsed(() => splitWords(capitals))).toBeLessThan(2_000);
  });

  it('trims a token of a hundred thousand punctuation marks in linear time', () => {
    const token = `${'-'.repeat(100_000)}x${'-'.repeat(100_000)}`;

    expect(elapsed(() => expect(trimToken(token)).toBe('x'))).toBeLessThan(2_000);
  });

  it('keeps a word longer than any English word as written instead of stemming it', () => {
    const word = 'ational'.repeat(600);

    expect(stemWord(word)).toBe(word);
    expect(word.length).toBeGreaterThan(MAX_STEMMED_LENGTH);
  });

  it('reads only the first words of a very long identifier', () => {
    const name = 'AbcDef'.repeat(40);

    expect(identifierWords(name).words.length).toBeLessThanOrEqual(IDENTIFIER_READ.words);
  });

  it('does not compare long names for typos (edit distance is quadratic)', () => {
    const name = `${'Ab'.repeat(100)}Logs`;
    const catalog = readSchemaCatalog({ kql: { tables: { [name]: [] } } });

    const result = matchCatalog(readQuestion(`rows of ${name.replace('Logs', 'Lgs')}`), catalog, ['kql']);

    expect(result.byPlatform.get('kql')?.some((m) => m.fuzzy) ?? false).toBe(false);
  });

  it('plans a 4,000-character question of many requests against a 50,000-table catalog within a generous budget', () => {
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(
      { kql: { tables: tables(50_000, (i) => `Failed_Signin_${i}_${i * 7}`) } },
      agents.data,
    );
    const question = 'sign-ins; also '.repeat(270).slice(0, 4_000);

    const took = elapsed(() => analyzeHeuristically({ naturalLanguage: question, catalog, agents, now: NOW }));

    // Unbounded, this took 22 s and more; bounded it is tens of milliseconds on an idle core.
    expect(took).toBeLessThan(5_000);
  });
});

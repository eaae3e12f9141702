import { PGlite } from '@electric-sql/pglite';
import { buildSqlQuery } from '../sql-query.builder';
import { anInput, type AnalysisFixture } from './analysis-fixtures';
import { SQL_SCHEMA } from './bundled-schemas';
import { loadSchema, seedRows, type SeedRows } from './sql-seed';

export interface SeededPostgres {
  /** The rows the database was seeded with (set once the suite's `beforeAll` has run). */
  rows(): SeedRows;
  /** Builds the SQL agent's query for a fixture, checks it was validated, and runs it on the seeded database. */
  run(fixture: AnalysisFixture): Promise<{ query: string; rows: Array<Record<string, unknown>> }>;
}

/**
 * An in-process PostgreSQL (PGlite) holding the bundled SQL schema and rows seeded for `now`, opened in
 * the suite's `beforeAll` and closed in its `afterAll` (call it at the top of a spec file).
 */
export function seededPostgres(now: Date): SeededPostgres {
  let db: PGlite | undefined;
  let seeded: SeedRows | undefined;
  beforeAll(async () => {
    seeded = seedRows(now);
    db = new PGlite();
    await loadSchema(db, SQL_SCHEMA, seeded);
  }, 180_000);
  afterAll(async () => {
    await db?.close();
  });
  return {
    rows: () => seeded!,
    async run(fixture) {
      const { query, notes } = buildSqlQuery(anInput(fixture), SQL_SCHEMA);
      expect(notes).toContain('validated with node-sql-parser (PostgreSQL)');
      try {
        const result = await db!.query<Record<string, unknown>>(query);
        return { query, rows: result.rows };
      } catch (error) {
        throw new Error(`${String(error)}\n${query}`);
      }
    },
  };
}

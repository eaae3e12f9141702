import { PGlite } from '@electric-sql/pglite';
import type { DataPlatform } from '../query/query-generator';
import type { PlatformSchemas } from '../query/schema';
import { checkSql } from '../query/sql-validator.util';
import { kustoChecker } from '../query/testing/kusto-checker';
import { checkSpl } from '../query/testing/spl-checker';
import { loadSchema, seedRows } from '../query/testing/sql-seed';
import type { QueryChecker } from './journey-runner';

export interface JourneyCheckers {
  readonly checkers: Readonly<Record<DataPlatform, QueryChecker>>;
  close(): Promise<void>;
}

/**
 * The real checkers: Microsoft's Kusto analyser over the typed KQL schema, the SPL structure
 * check, and PostgreSQL (PGlite, in-process) over the SQL schema with sample rows.
 */
export async function createJourneyCheckers(schemas: PlatformSchemas): Promise<JourneyCheckers> {
  const analyse = kustoChecker(schemas.kql);
  const db = new PGlite();
  await loadSchema(db, schemas.sql, seedRows(new Date()));
  const sql: QueryChecker = async (query) => {
    const parsed = checkSql(query);
    const problems = parsed.ok ? [] : [`node-sql-parser: ${parsed.message}`];
    try {
      await db.query(query);
    } catch (error) {
      problems.push(`PostgreSQL: ${error instanceof Error ? error.message : String(error)}`);
    }
    return problems;
  };
  return {
    checkers: {
      kql: (query) => analyse(query).map((d) => `${d.message} (at ${d.start})`),
      spl: (query) => checkSpl(query, schemas.spl),
      sql,
    },
    close: () => db.close(),
  };
}

import { extractConstraints } from '@mesh/planner-core';
import { SQL_SCHEMA } from './bundled-schemas';

/** The planner's constraints of a question over the bundled SQL schema's tables, as the wire carries them. */
export function sqlConstraints(question: string, tables: readonly string[]): Record<string, unknown> {
  return extractConstraints({
    text: question,
    tables: tables.map((table) => ({ table, columns: SQL_SCHEMA.tables[table] ?? [] })),
  }) as unknown as Record<string, unknown>;
}

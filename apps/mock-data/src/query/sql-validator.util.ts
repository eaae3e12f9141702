import { Parser } from 'node-sql-parser';

/** Valid SQL and the tables it reads (subqueries' too), or why it is not valid. */
export type SqlCheck = { ok: true; tables: string[] } | { ok: false; message: string };

const parser = new Parser();

/**
 * Parses SQL as PostgreSQL with node-sql-parser: whether it is valid and which tables it reads (its own
 * `tableList`, entries written `select::<schema>::<table>`), and why not.
 */
export function checkSql(sql: string): SqlCheck {
  try {
    const { tableList } = parser.parse(sql, { database: 'PostgreSQL' });
    return { ok: true, tables: [...new Set(tableList.map((entry) => entry.slice(entry.lastIndexOf('::') + 2)))] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: message.length > 300 ? `${message.slice(0, 297)}...` : message };
  }
}

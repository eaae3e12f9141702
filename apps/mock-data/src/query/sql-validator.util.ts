import { Parser } from 'node-sql-parser';

export type SqlCheck = { ok: true } | { ok: false; message: string };

const parser = new Parser();

/** Parses SQL as PostgreSQL with node-sql-parser: whether it is valid, and why not. */
export function checkSql(sql: string): SqlCheck {
  try {
    parser.astify(sql, { database: 'PostgreSQL' });
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: message.length > 300 ? `${message.slice(0, 297)}...` : message };
  }
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSplSchema, parseTableSchema, type KqlSchema, type SplSchema, type SqlSchema } from '../schema';

const read = (platform: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'schemas', `${platform}.json`), 'utf8'));

/** The bundled schemas, for specs. */
export const KQL_SCHEMA: KqlSchema = parseTableSchema(read('kql'), 'kql');
export const SPL_SCHEMA: SplSchema = parseSplSchema(read('spl'));
export const SQL_SCHEMA: SqlSchema = parseTableSchema(read('sql'), 'sql');

export const LAST_24_HOURS = {
  description: 'last 24 hours',
  durationSeconds: 86_400,
  start: '2024-05-01T00:00:00.000Z',
  end: '2024-05-02T00:00:00.000Z',
  relative: true,
} as const;
export const FIXED_DAY = {
  description: '2024-05-01',
  durationSeconds: 86_400,
  start: '2024-05-01T00:00:00.000Z',
  end: '2024-05-02T00:00:00.000Z',
  relative: false,
} as const;

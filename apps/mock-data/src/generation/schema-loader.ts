import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DataPlatform, PlatformSchema } from '../query/query-generator';
import { parseSplSchema, parseTableSchema, SchemaError } from '../query/schema';

const SCHEMAS_FROM_ROOT = join('apps', 'mock-data', 'schemas');

/** The bundled schema file of a platform, found by walking up from `startDir`; a `schemas` folder beside the built app wins. */
export function findBundledSchemaFile(platform: DataPlatform, startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (let depth = 0; depth < 12; depth += 1) {
    for (const candidate of [
      join(dir, 'schemas', `${platform}.json`),
      join(dir, SCHEMAS_FROM_ROOT, `${platform}.json`),
    ]) {
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** Reads and checks a platform's schema; throws a SchemaError naming the file when it cannot. */
export function loadPlatformSchema(
  platform: DataPlatform,
  schemaFile: string | undefined,
  startDir: string,
): { file: string; target: PlatformSchema } {
  const file = schemaFile ? resolve(schemaFile) : findBundledSchemaFile(platform, startDir);
  if (!file)
    throw new SchemaError(
      `Cannot find the bundled ${platform} schema (apps/mock-data/schemas/${platform}.json) above ${startDir}; set DATA_SCHEMA_FILE.`,
    );
  if (!existsSync(file))
    throw new SchemaError(`The ${platform} schema file ${file} does not exist (DATA_SCHEMA_FILE).`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SchemaError(
      `The ${platform} schema file ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    const target: PlatformSchema =
      platform === 'spl'
        ? { platform, schema: parseSplSchema(json) }
        : { platform, schema: parseTableSchema(json, platform) };
    return { file, target };
  } catch (error) {
    throw new SchemaError(
      `The ${platform} schema file ${file} is unusable: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The tables a KQL agent knows: the contract's `schema_hints.kql` shape. */
export interface KqlSchema {
  readonly description?: string;
  readonly tables: Readonly<Record<string, readonly string[]>>;
}

/** The Splunk data an SPL agent knows: `schema_hints.spl`, plus two optional extensions. */
export interface SplSchema {
  readonly description?: string;
  readonly indexes: Readonly<Record<string, readonly string[]>>;
  readonly sourcetypes: readonly string[];
  readonly datamodels: readonly string[];
  /** Extension: the index each sourcetype usually lives in. */
  readonly sourcetype_indexes?: Readonly<Record<string, string>>;
  /** Extension: the fields of each data model dataset, without the dataset prefix. */
  readonly datamodel_fields?: Readonly<Record<string, readonly string[]>>;
}

/** The tables an SQL agent knows: `schema_hints.sql`. */
export interface SqlSchema {
  readonly description?: string;
  readonly tables: Readonly<Record<string, readonly string[]>>;
}

export interface PlatformSchemas {
  readonly kql: KqlSchema;
  readonly spl: SplSchema;
  readonly sql: SqlSchema;
}

/** Why a schema file cannot be used. */
export class SchemaError extends Error {
  override readonly name = 'SchemaError';
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function tableMap(value: unknown, where: string): Record<string, string[]> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new SchemaError(`${where} must be an object of name → column list`);
  const out = Object.create(null) as Record<string, string[]>;
  for (const [name, columns] of Object.entries(value)) {
    if (FORBIDDEN.has(name)) throw new SchemaError(`${where} uses the reserved name "${name}"`);
    if (!Array.isArray(columns) || !columns.every((c) => typeof c === 'string')) throw new SchemaError(`${where}.${name} must be a list of column names`);
    out[name] = [...columns];
  }
  return out;
}

function stringList(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new SchemaError(`${where} must be a list of strings`);
  return [...value];
}

function objectOf(json: unknown, platform: string): Record<string, unknown> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new SchemaError(`The ${platform} schema must be a JSON object`);
  return json as Record<string, unknown>;
}

const description = (o: Record<string, unknown>) => (typeof o['description'] === 'string' ? { description: o['description'] } : {});

/** Checks a parsed `{tables: {T: [cols]}}` schema (KQL and SQL). */
export function parseTableSchema(json: unknown, platform: 'kql' | 'sql'): KqlSchema & SqlSchema {
  const o = objectOf(json, platform);
  const tables = tableMap(o['tables'], `${platform}.tables`);
  if (Object.keys(tables).length === 0) throw new SchemaError(`The ${platform} schema lists no tables`);
  return { ...description(o), tables };
}

/** Checks a parsed `{indexes, sourcetypes, datamodels}` schema. */
export function parseSplSchema(json: unknown): SplSchema {
  const o = objectOf(json, 'spl');
  const indexes = tableMap(o['indexes'] ?? {}, 'spl.indexes');
  const sourcetypes = stringList(o['sourcetypes'], 'spl.sourcetypes');
  const datamodels = stringList(o['datamodels'], 'spl.datamodels');
  if (Object.keys(indexes).length + sourcetypes.length + datamodels.length === 0) throw new SchemaError('The spl schema lists no indexes, sourcetypes or data models');
  const sourcetypeIndexes = o['sourcetype_indexes'] === undefined ? undefined : tableMapLoose(o['sourcetype_indexes']);
  const datamodelFields = o['datamodel_fields'] === undefined ? undefined : tableMap(o['datamodel_fields'], 'spl.datamodel_fields');
  return {
    ...description(o),
    indexes,
    sourcetypes,
    datamodels,
    ...(sourcetypeIndexes ? { sourcetype_indexes: sourcetypeIndexes } : {}),
    ...(datamodelFields ? { datamodel_fields: datamodelFields } : {}),
  };
}

function tableMapLoose(value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new SchemaError('spl.sourcetype_indexes must be an object of sourcetype → index');
  const out = Object.create(null) as Record<string, string>;
  for (const [key, index] of Object.entries(value)) {
    if (FORBIDDEN.has(key) || typeof index !== 'string') throw new SchemaError(`spl.sourcetype_indexes.${key} must be an index name`);
    out[key] = index;
  }
  return out;
}

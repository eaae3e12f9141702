/** Column name → type, per table: `datetime`, `string`, `int` (KQL); `timestamptz`, `text`, `numeric(12,2)` (SQL). */
export type ColumnTypes = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The tables a KQL agent knows: the contract's `schema_hints.kql` shape, with column types when the file gives them. */
export interface KqlSchema {
  readonly description?: string;
  readonly tables: Readonly<Record<string, readonly string[]>>;
  /** Types of the columns the file typed (`{"T": {"col": "type"}}`); absent for `{"T": ["col"]}` files. */
  readonly types?: ColumnTypes;
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

/** The tables an SQL agent knows: `schema_hints.sql`, with column types when the file gives them. */
export interface SqlSchema {
  readonly description?: string;
  readonly tables: Readonly<Record<string, readonly string[]>>;
  readonly types?: ColumnTypes;
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
  return typedTableMap(value, where).tables;
}

/** `{T: [cols]}` or `{T: {col: type}}` (mixed is fine): the column names, and the types where given. */
function typedTableMap(
  value: unknown,
  where: string,
): { tables: Record<string, string[]>; types: Record<string, Record<string, string>> } {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new SchemaError(`${where} must be an object of name → column list`);
  const tables = Object.create(null) as Record<string, string[]>;
  const types = Object.create(null) as Record<string, Record<string, string>>;
  for (const [name, columns] of Object.entries(value)) {
    if (FORBIDDEN.has(name)) throw new SchemaError(`${where} uses the reserved name "${name}"`);
    if (Array.isArray(columns) && columns.every((c) => typeof c === 'string')) {
      tables[name] = [...columns];
      continue;
    }
    const typed =
      columns !== null && typeof columns === 'object' && !Array.isArray(columns) ? Object.entries(columns) : null;
    if (!typed || !typed.every(([column, type]) => typeof type === 'string' && !FORBIDDEN.has(column))) {
      throw new SchemaError(`${where}.${name} must be a list of column names or an object of column → type`);
    }
    tables[name] = typed.map(([column]) => column);
    types[name] = Object.assign(Object.create(null) as Record<string, string>, Object.fromEntries(typed));
  }
  return { tables, types };
}

function stringList(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    throw new SchemaError(`${where} must be a list of strings`);
  return [...value];
}

function objectOf(json: unknown, platform: string): Record<string, unknown> {
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new SchemaError(`The ${platform} schema must be a JSON object`);
  return json as Record<string, unknown>;
}

const description = (o: Record<string, unknown>) =>
  typeof o['description'] === 'string' ? { description: o['description'] } : {};

/** Checks a parsed `{tables: {T: [cols]}}` schema (KQL and SQL). */
export function parseTableSchema(json: unknown, platform: 'kql' | 'sql'): KqlSchema & SqlSchema {
  const o = objectOf(json, platform);
  const { tables, types } = typedTableMap(o['tables'], `${platform}.tables`);
  if (Object.keys(tables).length === 0) throw new SchemaError(`The ${platform} schema lists no tables`);
  return { ...description(o), tables, ...(Object.keys(types).length > 0 ? { types } : {}) };
}

/** The type of a column, lower-case, or undefined when the schema does not say. */
export function columnType(
  schema: { readonly types?: ColumnTypes },
  table: string,
  column: string,
): string | undefined {
  const types = schema.types?.[table];
  return types && Object.prototype.hasOwnProperty.call(types, column) ? types[column]!.toLowerCase() : undefined;
}

/**
 * The Splunk schema as `GET /a2a/agent` shows it: data models as name → fields, so that a reader
 * of `schema_hints` sees their fields as columns (never as names of indexes).
 */
export function splSchemaHints(schema: SplSchema): Record<string, unknown> {
  const datamodels = Object.fromEntries(
    schema.datamodels.map((name) => [name, [...(schema.datamodel_fields?.[name] ?? [])]]),
  );
  return {
    ...(schema.description ? { description: schema.description } : {}),
    indexes: schema.indexes,
    sourcetypes: [...schema.sourcetypes],
    datamodels,
    ...(schema.sourcetype_indexes ? { sourcetype_indexes: schema.sourcetype_indexes } : {}),
  };
}

/** A table schema as `GET /a2a/agent` shows it: `{T: {col: type}}` where the types are known, else `{T: [cols]}`. */
export function tableSchemaHints(schema: KqlSchema | SqlSchema): Record<string, unknown> {
  const tables: Record<string, unknown> = {};
  for (const [name, columns] of Object.entries(schema.tables)) {
    const types = schema.types?.[name];
    tables[name] = types ? Object.fromEntries(columns.map((c) => [c, types[c] ?? 'string'])) : [...columns];
  }
  return { ...(schema.description ? { description: schema.description } : {}), tables };
}

/** Checks a parsed `{indexes, sourcetypes, datamodels}` schema. */
export function parseSplSchema(json: unknown): SplSchema {
  const o = objectOf(json, 'spl');
  const indexes = tableMap(o['indexes'] ?? {}, 'spl.indexes');
  const sourcetypes = stringList(o['sourcetypes'], 'spl.sourcetypes');
  // Data models as a list of names (the contract's shape) or as name → fields (read by planners as columns).
  const datamodelMap =
    o['datamodels'] !== null && typeof o['datamodels'] === 'object' && !Array.isArray(o['datamodels'])
      ? tableMap(o['datamodels'], 'spl.datamodels')
      : undefined;
  const datamodels = datamodelMap ? Object.keys(datamodelMap) : stringList(o['datamodels'], 'spl.datamodels');
  if (Object.keys(indexes).length + sourcetypes.length + datamodels.length === 0)
    throw new SchemaError('The spl schema lists no indexes, sourcetypes or data models');
  const sourcetypeIndexes = o['sourcetype_indexes'] === undefined ? undefined : tableMapLoose(o['sourcetype_indexes']);
  const datamodelFields =
    o['datamodel_fields'] === undefined
      ? datamodelMap
      : { ...datamodelMap, ...tableMap(o['datamodel_fields'], 'spl.datamodel_fields') };
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
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new SchemaError('spl.sourcetype_indexes must be an object of sourcetype → index');
  const out = Object.create(null) as Record<string, string>;
  for (const [key, index] of Object.entries(value)) {
    if (FORBIDDEN.has(key) || typeof index !== 'string')
      throw new SchemaError(`spl.sourcetype_indexes.${key} must be an index name`);
    out[key] = index;
  }
  return out;
}

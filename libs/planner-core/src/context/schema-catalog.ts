import type { AgentDescriptor } from '@mesh/a2a-contracts';
import { KNOWN_PLATFORMS } from '@mesh/a2a-contracts/wire';
import { normalizeKey } from './agent-directory';
import { lookupTable } from '../lookup-table.util';

/** What a name in the hints stands for on its platform. */
export type SchemaEntryKind = 'table' | 'index' | 'sourcetype' | 'datamodel' | 'macro' | 'lookup';

export interface SchemaEntry {
  readonly name: string;
  readonly kind: SchemaEntryKind;
  /** Lower-case platform key, or null when the hints did not say (a flat list of names). */
  readonly platform: string | null;
  readonly columns: readonly string[];
  /**
   * The sourcetypes (or sources) an entry stands for: those a macro's definition names
   * (`sourcetype=fw:traffic`), or those an index is said to hold. Absent when the hints say none.
   */
  readonly sources?: readonly string[];
  /** The index a sourcetype is said to be kept in (`sourcetype_indexes`), whose columns it has. Absent when unsaid. */
  readonly index?: string;
}

export interface PlatformSchema {
  readonly platform: string;
  readonly description: string;
  readonly entries: readonly SchemaEntry[];
}

/** `schema_hints` (and data agents' own schemas) read into one shape, whatever shape they came in. */
export interface SchemaCatalog {
  readonly platforms: ReadonlyMap<string, PlatformSchema>;
  /** Names whose platform the hints did not say. */
  readonly unplaced: readonly SchemaEntry[];
  /** Every entry, placed or not. */
  readonly entries: readonly SchemaEntry[];
}

/**
 * What is read of `schema_hints`: at most `entries` names (the rest ignored), `columns` columns of
 * each and `totalColumns` in all, names of at most `nameLength` characters, nesting `depth` levels.
 * The README ("Routing: which platforms, which tables") states these caps for callers.
 */
export const SCHEMA_CATALOG_LIMITS = {
  entries: 1_000,
  columns: 1_000,
  totalColumns: 10_000,
  depth: 6,
  nameLength: 256,
  /** Sourcetypes kept per macro or index, and characters of a macro's definition read for them. */
  sourcesPerEntry: 8,
  definitionLength: 2_000,
} as const;
const LIMITS = SCHEMA_CATALOG_LIMITS;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Keys that hold names of a given kind. */
const KIND_KEYS: Readonly<Record<string, SchemaEntryKind>> = lookupTable({
  tables: 'table',
  table: 'table',
  views: 'table',
  collections: 'table',
  indexes: 'index',
  indices: 'index',
  index: 'index',
  sourcetypes: 'sourcetype',
  sourcetype: 'sourcetype',
  datamodels: 'datamodel',
  data_models: 'datamodel',
  datamodel: 'datamodel',
  macros: 'macro',
  lookups: 'lookup',
});

/** Common names people use for the mesh's platforms in hints. */
const PLATFORM_ALIASES: Readonly<Record<string, string>> = lookupTable({
  kusto: 'kql',
  sentinel: 'kql',
  log_analytics: 'kql',
  loganalytics: 'kql',
  azure_monitor: 'kql',
  splunk: 'spl',
  database: 'sql',
  postgres: 'sql',
  postgresql: 'sql',
  mysql: 'sql',
  mssql: 'sql',
  sqlserver: 'sql',
  sqlite: 'sql',
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The keys read of an object in the hints: its first {@link SCHEMA_CATALOG_LIMITS.entries}, as of an
 * array's items. The planner's body parser does not even materialise the members beyond (see
 * `SCHEMA_HINTS_CAPS`), so what the catalog reads does not depend on how the hints arrived.
 */
function readKeys(value: object): string[] {
  const keys = Object.keys(value);
  return keys.length > LIMITS.entries ? keys.slice(0, LIMITS.entries) : keys;
}

function ownEntries(value: Record<string, unknown>): Array<[string, unknown]> {
  return readKeys(value)
    .filter((key) => !FORBIDDEN.has(key))
    .map((key) => [key, value[key]]);
}

/** Whether a character code is white space that `trim()` would remove (the ASCII ones; others fall through to trim). */
function isEdgeSpace(code: number): boolean {
  return code <= 32 || code === 160 || code === 0xfeff;
}

function cleanName(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  // Most names need no trimming: skip the copy (the catalog is read on every request).
  const name =
    isEdgeSpace(value.charCodeAt(0)) ||
    isEdgeSpace(value.charCodeAt(value.length - 1)) ||
    value.length > LIMITS.nameLength
      ? value.trim()
      : value;
  return name.length > 0 && name.length <= LIMITS.nameLength ? name : null;
}

/** Column names, at most `limit`, in one pass (no intermediate arrays). */
function readColumns(value: unknown, limit: number): string[] {
  const columns: string[] = [];
  if (limit <= 0) return columns;
  if (Array.isArray(value)) {
    const count = Math.min(value.length, limit);
    for (let i = 0; i < count; i += 1) {
      const column = cleanName(value[i]);
      if (column !== null) columns.push(column);
    }
  } else if (isRecord(value)) {
    // { columns: [...] } or { column: type }
    if (Array.isArray(value['columns']) || isRecord(value['columns'])) return readColumns(value['columns'], limit);
    if (Array.isArray(value['fields']) || isRecord(value['fields'])) return readColumns(value['fields'], limit);
    for (const key of readKeys(value)) {
      if (columns.length >= limit) break;
      if (FORBIDDEN.has(key)) continue;
      const column = cleanName(key);
      if (column !== null) columns.push(column);
    }
  }
  return columns;
}

/** `sourcetype=x`, `source="x y"`, `sourcetype = x` in a search or macro definition (no nesting: linear). */
const SOURCE_TERM = /\b(?:sourcetype|source)\s*=\s*(?:"([^"]{1,256})"|([^\s()"]{1,256}))/gi;

/**
 * The sourcetypes and sources a macro's definition names, each once, at most
 * {@link SCHEMA_CATALOG_LIMITS.sourcesPerEntry}; the first `definitionLength` characters are read.
 */
export function definitionSources(definition: string): string[] {
  const found: string[] = [];
  for (const match of definition.slice(0, LIMITS.definitionLength).matchAll(SOURCE_TERM)) {
    const source = cleanName(match[1] ?? match[2]);
    if (source !== null && !found.includes(source)) found.push(source);
    if (found.length >= LIMITS.sourcesPerEntry) break;
  }
  return found;
}

/** A macro's definition: the value itself, or its `definition` / `search` field. */
function definitionOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return null;
  const definition = value['definition'] ?? value['search'];
  return typeof definition === 'string' ? definition : null;
}

/** Sourcetype names of a list or object of them, at most {@link SCHEMA_CATALOG_LIMITS.sourcesPerEntry}. */
function sourceNames(value: unknown): string[] {
  const names = Array.isArray(value) ? value.slice(0, LIMITS.entries) : isRecord(value) ? readKeys(value) : [value];
  const found: string[] = [];
  for (const item of names) {
    if (found.length >= LIMITS.sourcesPerEntry) break;
    const name = typeof item === 'string' && !FORBIDDEN.has(item) ? cleanName(item) : null;
    if (name !== null && !found.includes(name)) found.push(name);
  }
  return found;
}

const DESCRIBING_SUFFIXES = new Set(['fields', 'columns', 'indexes', 'index', 'sourcetypes', 'types', 'descriptions']);

/**
 * A key about names of a kind rather than holding them (`datamodel_fields`, `table_columns`,
 * `sourcetype_indexes`): its columns when it gives columns, the index of each name when it gives
 * indexes, else nothing to read as names.
 */
function describedKind(key: string): { kind: SchemaEntryKind; columns: boolean; indexes: boolean } | undefined {
  const match = /^([a-z]+)_([a-z]+)$/.exec(key);
  const kind = match ? (KIND_KEYS[match[1]!] ?? KIND_KEYS[`${match[1]!}s`]) : undefined;
  if (!match || !kind || !DESCRIBING_SUFFIXES.has(match[2]!)) return undefined;
  return {
    kind,
    columns: match[2] === 'fields' || match[2] === 'columns',
    indexes: match[2] === 'indexes' || match[2] === 'index',
  };
}

class CatalogBuilder {
  readonly entries: SchemaEntry[] = [];
  readonly descriptions = new Map<string, string>();
  /** Entry key → its position in `entries`. */
  private readonly seen = new Map<string, number>();
  /** Entry key → the index the hints say it is kept in. */
  private readonly indexes = new Map<string, string>();
  private columnBudget: number = LIMITS.totalColumns;

  get full(): boolean {
    return this.entries.length >= LIMITS.entries;
  }

  /** Columns of one entry, within what is left of the budget for the whole catalog. */
  columnsOf(value: unknown): string[] {
    const columns = readColumns(value, Math.min(LIMITS.columns, this.columnBudget));
    this.columnBudget -= columns.length;
    return columns;
  }

  constructor(private readonly knownPlatforms: ReadonlySet<string>) {}

  platformOf(key: string): string | null {
    const normalized = normalizeKey(key).replace(/[\s-]+/g, '_');
    if (this.knownPlatforms.has(normalized) || (KNOWN_PLATFORMS as readonly string[]).includes(normalized))
      return normalized;
    return PLATFORM_ALIASES[normalized] ?? null;
  }

  add(
    name: string | null,
    kind: SchemaEntryKind,
    platform: string | null,
    columns: string[],
    sources: readonly string[] = [],
  ): void {
    if (!name) return;
    const key = `${platform ?? ''}\u0000${kind}\u0000${name}`;
    const seen = this.seen.get(key);
    if (seen !== undefined) {
      // A second mention (`datamodels: [...]` then `datamodel_fields: {...}`) adds what the first lacked.
      const entry = this.entries[seen]!;
      if (entry.columns.length === 0 && columns.length > 0) this.entries[seen] = { ...entry, columns };
      if (!entry.sources && sources.length > 0) this.entries[seen] = { ...this.entries[seen]!, sources };
      return;
    }
    if (this.entries.length >= LIMITS.entries) return;
    this.seen.set(key, this.entries.length);
    this.entries.push(
      sources.length > 0 ? { name, kind, platform, columns, sources } : { name, kind, platform, columns },
    );
  }

  /** `sourcetype_indexes: { "fw:traffic": "netfw" }`: the index each name is kept in, for {@link linkIndexes}. */
  private readIndexes(value: Record<string, unknown>, kind: SchemaEntryKind, platform: string | null): void {
    for (const [name, index] of ownEntries(value)) {
      const clean = cleanName(name);
      const held = cleanName(index);
      if (clean && held) this.indexes.set(`${platform ?? ''}\u0000${kind}\u0000${clean}`, held);
    }
  }

  /** Each entry listed elsewhere gets the index said of it (`sourcetype_indexes` names no entries of its own). */
  linkIndexes(): void {
    if (this.indexes.size === 0) return;
    for (const [key, index] of this.indexes) {
      const at = this.seen.get(key);
      if (at !== undefined) this.entries[at] = { ...this.entries[at]!, index };
    }
  }

  /** A macro by its name and definition (`{ fw_traffic: "sourcetype=fw:traffic" }`): the sourcetypes it reads. */
  private addMacro(name: string | null, value: unknown, platform: string | null): void {
    const definition = definitionOf(value);
    this.add(name, 'macro', platform, [], definition === null ? [] : definitionSources(definition));
  }

  /** Names under a kind key: `{T: cols}`, `[T, ...]`, or `[{name, columns}]`. */
  readNames(value: unknown, kind: SchemaEntryKind, platform: string | null): void {
    if (Array.isArray(value)) {
      const count = Math.min(value.length, LIMITS.entries);
      for (let i = 0; i < count && !this.full; i += 1) {
        const item: unknown = value[i];
        if (typeof item === 'string') this.add(cleanName(item), kind, platform, []);
        else if (kind === 'macro' && isRecord(item)) this.addMacro(cleanName(item['name']), item, platform);
        else if (isRecord(item))
          this.add(
            cleanName(item['name'] ?? item['table'] ?? item['id']),
            kind,
            platform,
            this.columnsOf(item['columns'] ?? item['fields']),
          );
      }
    } else if (isRecord(value)) {
      for (const name of readKeys(value)) {
        if (this.full) break;
        if (FORBIDDEN.has(name)) continue;
        const columns = value[name];
        if (kind === 'macro') {
          this.addMacro(cleanName(name), columns, platform);
          continue;
        }
        const nested = isRecord(columns) ? ownEntries(columns).filter(([key]) => KIND_KEYS[normalizeKey(key)]) : [];
        if (nested.length === 0) {
          this.add(cleanName(name), kind, platform, this.columnsOf(columns));
          continue;
        }
        // `{ netops: { sourcetypes: [...], macros: [...] } }`: an index and what it holds, not columns.
        // The index, and each macro listed with it, stand for the sourcetypes it holds.
        const held = sourceNames(nested.find(([key]) => KIND_KEYS[normalizeKey(key)] === 'sourcetype')?.[1]);
        this.add(cleanName(name), kind, platform, [], held);
        for (const [key, names] of nested) {
          const nestedKind = KIND_KEYS[normalizeKey(key)]!;
          if (nestedKind === 'macro' && held.length > 0 && Array.isArray(names))
            this.readHeldMacros(names, held, platform);
          else this.readNames(names, nestedKind, platform);
        }
      }
    } else if (typeof value === 'string') {
      this.add(cleanName(value), kind, platform, []);
    }
  }

  /** Macros listed with an index: a bare name stands for the index's sourcetypes, a definition for its own. */
  private readHeldMacros(names: readonly unknown[], held: readonly string[], platform: string | null): void {
    const count = Math.min(names.length, LIMITS.entries);
    for (let i = 0; i < count && !this.full; i += 1) {
      const item: unknown = names[i];
      if (typeof item === 'string') this.add(cleanName(item), 'macro', platform, [], held);
      else if (isRecord(item)) this.addMacro(cleanName(item['name']), item, platform);
    }
  }

  /** Walks a hints object: platform keys, kind keys, descriptions, nested groupings. */
  walk(value: unknown, platform: string | null, depth: number): void {
    if (depth > LIMITS.depth) return;
    if (Array.isArray(value)) {
      this.readNames(value, 'table', platform);
      return;
    }
    if (!isRecord(value)) return;
    for (const [key, child] of ownEntries(value)) {
      const lower = normalizeKey(key);
      const kind = KIND_KEYS[lower];
      const described = kind ? undefined : describedKind(lower);
      const childPlatform = platform ?? this.platformOf(key);
      if (kind) {
        this.readNames(child, kind, platform);
      } else if (described) {
        // `datamodel_fields: { Web: [...] }`: columns of names listed elsewhere, not names of their own.
        if (described.columns && isRecord(child)) this.readNames(child, described.kind, platform);
        else if (described.indexes && isRecord(child)) this.readIndexes(child, described.kind, platform);
      } else if ((lower === 'description' || lower === 'summary') && typeof child === 'string' && platform) {
        const previous = this.descriptions.get(platform);
        this.descriptions.set(platform, previous ? `${previous} ${child}` : child.slice(0, 2000));
      } else if (childPlatform !== platform) {
        this.walk(child, childPlatform, depth + 1);
      } else if (isRecord(child) || Array.isArray(child)) {
        // A grouping (workspace, database, schema): look inside.
        this.walk(child, platform, depth + 1);
      }
    }
  }
}

/**
 * Reads `schema_hints` in any of the shapes the contract allows, plus each data agent's own
 * `schema`, into a {@link SchemaCatalog}. Never throws: what cannot be read is ignored.
 */
export function readSchemaCatalog(schemaHints: unknown, dataAgents: readonly AgentDescriptor[] = []): SchemaCatalog {
  const known = new Set(dataAgents.map((a) => normalizeKey(a.platform)).filter(Boolean));
  const builder = new CatalogBuilder(known);
  builder.walk(schemaHints, null, 0);
  for (const agent of dataAgents) {
    const platform = normalizeKey(agent.platform);
    if (platform && isRecord(agent.schema)) builder.walk(agent.schema, platform, 1);
    if (platform && agent.description && !builder.descriptions.has(platform))
      builder.descriptions.set(platform, agent.description);
  }
  builder.linkIndexes();

  const platforms = new Map<string, PlatformSchema>();
  const unplaced: SchemaEntry[] = [];
  const grouped = new Map<string, SchemaEntry[]>();
  for (const entry of builder.entries) {
    if (entry.platform === null) unplaced.push(entry);
    else {
      const list = grouped.get(entry.platform);
      if (list) list.push(entry);
      else grouped.set(entry.platform, [entry]);
    }
  }
  const platformKeys = new Set([...grouped.keys(), ...builder.descriptions.keys()]);
  for (const platform of platformKeys) {
    platforms.set(platform, {
      platform,
      description: builder.descriptions.get(platform) ?? '',
      entries: grouped.get(platform) ?? [],
    });
  }
  return { platforms, unplaced, entries: builder.entries };
}

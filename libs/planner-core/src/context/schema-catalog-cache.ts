import type { AgentDescriptor } from '@mesh/a2a-contracts';
import { RecentByContent } from './content-snapshot.util';
import { readSchemaCatalog, type SchemaCatalog } from './schema-catalog';

interface CachedCatalog {
  /** The data agents the catalog was read with (their `schema`, `platform` and `description` are part of it). */
  readonly agents: readonly AgentDescriptor[];
  readonly catalog: SchemaCatalog;
}

/**
 * Catalogs by the `schema_hints` object they were read from. Held weakly: an entry lives exactly as long
 * as the caller keeps its hints object, and each entry is one catalog within `SCHEMA_CATALOG_LIMITS`.
 */
const byHints = new WeakMap<object, CachedCatalog>();

/** Catalogs of the last few hints and data agents read, by content: each HTTP body is a new object of the same hints. */
const RECENT_CATALOGS = 4;
const byContent = new RecentByContent<SchemaCatalog>(RECENT_CATALOGS);

function sameAgents(a: readonly AgentDescriptor[], b: readonly AgentDescriptor[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * {@link readSchemaCatalog}, read once per `schema_hints` object and data agents: an in-process caller
 * (eval, benchmarks, the warm-up) planning many questions over one catalog reads it once, and every
 * index the analysis keeps per catalog (held weakly by the catalog) is built once too. Hints and agents
 * equal in content to one of the last few read (a served caller's next request) get that catalog, so
 * its indexes too. The hints and the agents are read as they are at their first request: they are
 * request data, never changed after. Hints that are not an object (absent, a string) are read every time.
 */
export function readSchemaCatalogOnce(
  schemaHints: unknown,
  dataAgents: readonly AgentDescriptor[] = [],
): SchemaCatalog {
  if (schemaHints === null || typeof schemaHints !== 'object') return readSchemaCatalog(schemaHints, dataAgents);
  const cached = byHints.get(schemaHints);
  if (cached && sameAgents(cached.agents, dataAgents)) return cached.catalog;
  const key = [schemaHints, dataAgents];
  const recent = byContent.find(key);
  if (recent) return recent;
  const catalog = readSchemaCatalog(schemaHints, dataAgents);
  byContent.remember(key, catalog);
  byHints.set(schemaHints, { agents: [...dataAgents], catalog });
  return catalog;
}

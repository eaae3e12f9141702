import { buildKqlQuery } from './kql-query.builder';
import type { GeneratedQuery, QueryInput } from './query-input';
import type { KqlSchema, SplSchema, SqlSchema } from './schema';
import { buildSplQuery } from './spl-query.builder';
import { buildSqlQuery } from './sql-query.builder';
import { unheldProductNotes } from './unheld-products.util';

export const DATA_PLATFORMS = ['kql', 'spl', 'sql'] as const;
export type DataPlatform = (typeof DATA_PLATFORMS)[number];

const LANGUAGE: Readonly<Record<DataPlatform, string>> = {
  kql: 'KQL (Microsoft Sentinel / Log Analytics)',
  spl: 'SPL (Splunk)',
  sql: 'SQL (PostgreSQL)',
};

/** How a data agent describes itself in `GET /a2a/agent`. */
export function dataAgentDescription(platform: DataPlatform): string {
  return `Writes ${LANGUAGE[platform]} queries from a planner's query analysis and knowledge passages.`;
}

export type PlatformSchema =
  | { readonly platform: 'kql'; readonly schema: KqlSchema }
  | { readonly platform: 'spl'; readonly schema: SplSchema }
  | { readonly platform: 'sql'; readonly schema: SqlSchema };

/** The query for one platform's schema, with a note for each vendor the question names that the schema holds nothing of. */
export function generateQuery(input: QueryInput, target: PlatformSchema): GeneratedQuery {
  const generated = buildFor(input, target);
  const unheld = unheldProductNotes(input, target.schema);
  return unheld.length === 0 ? generated : { ...generated, notes: [...unheld, ...generated.notes] };
}

function buildFor(input: QueryInput, target: PlatformSchema): GeneratedQuery {
  switch (target.platform) {
    case 'kql':
      return buildKqlQuery(input, target.schema);
    case 'spl':
      return buildSplQuery(input, target.schema);
    case 'sql':
      return buildSqlQuery(input, target.schema);
  }
}

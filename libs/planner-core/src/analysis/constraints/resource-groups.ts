import type { TableColumns } from './column-mapper';
import type { SpanSet, ValueHit } from './value-hit';

/** A column that holds an Azure resource group's name (`ResourceGroup`, `resource_group`, `ResourceGroupName`). */
const GROUP_COLUMN = /^resourcegroup(?:name)?$/;
/** A name written as a resource group's usually is: `rg-` before it or `-rg` after it ("rg-finance-prod", "web_rg"). */
export const RESOURCE_GROUP_NAME =
  /(?<![\w.@/\\-])((?:rg[-_][a-z0-9][\w-]{0,78}[a-z0-9]|[a-z0-9][\w-]{0,78}[-_]rg))(?![\w@/\\-]|\.\w)/i;
const GROUP_NAME = new RegExp(RESOURCE_GROUP_NAME.source, 'gi');
/** A resource group's name said by its start and a wildcard ("rg-prod-*", "rg_sales*"): the groups it begins. */
const GROUP_PREFIX = /(?<![\w.@/\\-])(rg[-_][a-z0-9][\w-]{0,78})\*(?![\w*])/gi;
/** "in that resource group", "the same resource group", "this RG": a resource group said before, by its name. */
const BACK_REFERENCE =
  /\b(?:that|this|the\s+same|said|its|the)\s+(?:resource[\s-]?group|rg)\b(?!\s+(?:named|called)?\s*["'\w-]*[-_\d])/i;
/** A name with a hyphen or an underscore that a place word puts something in ("from prod-web", "in app_core"). */
const PLACED_NAME =
  /\b(?:from|in|inside|within|of|on|under)\s+(?:the\s+)?([a-z0-9]+(?:[-_][a-z0-9]+)+)\b(?![.@/\\]\w)/gi;

function groupColumn(tables: readonly TableColumns[]): string | null {
  for (const table of tables)
    for (const column of table.columns)
      if (GROUP_COLUMN.test(column.toLowerCase().replace(/[^a-z]/g, ''))) return `${table.table}.${column}`;
  return null;
}

/**
 * Resource groups named where a chosen table keeps one: a name shaped like a resource group's ("rg-finance-prod",
 * "payments-rg") wherever it stands, and a name said earlier that a later "that resource group" points back to
 * ("something vanished from prod-web-01 … deletes in that resource group"), and a start of names with a wildcard
 * ("rg-prod-*", a `contains` value whose expression keeps the wildcard). Each is a `text` value with the
 * resource-group column as its hint. Nothing is read when no chosen table has such a column.
 */
export function readResourceGroups(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hint = groupColumn(tables);
  if (hint === null) return [];
  const hits: ValueHit[] = [];
  GROUP_PREFIX.lastIndex = 0;
  for (let m = GROUP_PREFIX.exec(text); m !== null; m = GROUP_PREFIX.exec(text)) {
    // The span keeps the wildcard, so the filter's expression says the name is a start.
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    hits.push({ kind: 'text', value: m[1]!, start: m.index, end, hint, operator: 'contains' });
    taken.add(m.index, end);
  }
  GROUP_NAME.lastIndex = 0;
  for (let m = GROUP_NAME.exec(text); m !== null; m = GROUP_NAME.exec(text)) {
    const end = m.index + m[1]!.length;
    if (taken.overlaps(m.index, end)) continue;
    hits.push({ kind: 'text', value: m[1]!, start: m.index, end, hint });
    taken.add(m.index, end);
  }
  if (hits.length > 0) return hits;
  const back = BACK_REFERENCE.exec(text);
  if (!back) return hits;
  // The last name placed before the words that point back to it is the group they mean.
  let named: { value: string; start: number; end: number } | null = null;
  PLACED_NAME.lastIndex = 0;
  for (let m = PLACED_NAME.exec(text); m !== null && m.index < back.index; m = PLACED_NAME.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (!taken.overlaps(start, start + m[1]!.length)) named = { value: m[1]!, start, end: start + m[1]!.length };
  }
  if (named === null) return hits;
  hits.push({ kind: 'text', value: named.value, start: named.start, end: named.end, hint });
  taken.add(named.start, named.end);
  return hits;
}

/** A column that holds an Azure resource's id, whose last part is its name (`_ResourceId`, `ResourceId`). */
const RESOURCE_ID_COLUMN = /^_?resourceid$/;
/**
 * An Azure resource named after the noun of its kind ("the key vault kv-fin-01", "storage account 'stlogs7'", "NSG
 * nsg-web-in"): a name shaped as one (a digit, a hyphen or an underscore in it) or one quoted or said "named".
 */
const NAMED_RESOURCE =
  /\b(?:key\s*vaults?|storage\s+accounts?|nsgs?|network\s+security\s+groups?|vnets?|virtual\s+networks?|app\s+services?|function\s+apps?|aks\s+clusters?|kubernetes\s+clusters?|container\s+registr(?:y|ies)|resource\s+locks?|public\s+ips?)\s+(?:(?:named|called)\s+)?(?:["'`]([a-z0-9][\w.-]{1,78})["'`]|((?=[a-z0-9_.-]*[\d_-])[a-z0-9][\w.-]{1,78}[a-z0-9]))(?![\w@/\\-])/gi;

/**
 * An Azure DNS zone named after its noun ("the DNS zone verdigris.io", "private DNS zone 'corp.internal'"): the zone is
 * a domain name, the last part of its resource id.
 */
const NAMED_DNS_ZONE =
  /\b(?:private\s+)?dns\s+zones?\s+(?:(?:named|called)\s+)?(?:["'`]([a-z0-9][\w.-]{1,250}[a-z0-9])["'`]|([a-z0-9][\w-]{0,62}(?:\.[a-z0-9][\w-]{0,62})+))(?![\w@/\\-])/gi;

function resourceIdColumn(tables: readonly TableColumns[]): string | null {
  for (const table of tables)
    for (const column of table.columns)
      if (RESOURCE_ID_COLUMN.test(column.toLowerCase())) return `${table.table}.${column}`;
  return null;
}

/**
 * Azure resources named after their kind's noun ("who deleted the key vault kv-fin-01", "the DNS zone example.org"), where a chosen table keeps a
 * resource's id: a `text` value matched as a part of that id (the id ends in the resource's name).
 */
export function readNamedResources(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hint = resourceIdColumn(tables);
  if (hint === null) return [];
  const hits: ValueHit[] = [];
  for (const pattern of [NAMED_RESOURCE, NAMED_DNS_ZONE]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const value = (m[1] ?? m[2])!;
      const start = m.index + m[0].lastIndexOf(value);
      const end = start + value.length;
      if (taken.overlaps(start, end)) continue;
      hits.push({ kind: 'text', value, start, end, hint, operator: 'contains' });
      taken.add(start, end);
    }
  }
  return hits;
}

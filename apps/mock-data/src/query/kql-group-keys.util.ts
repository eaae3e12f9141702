import { kqlColumn, type KqlTable } from './kql-constraints.util';
import { nullPrototype } from './null-prototype.util';

/**
 * Who or what a bag column names, as text: Entra's initiator is a user (their UPN) or an app (its name); the
 * object an audit event acted on (its app, group or user) is its first target resource, by name.
 */
const BAG_KEYS: Readonly<Record<string, string>> = nullPrototype({
  InitiatedBy: 'Actor=coalesce(tostring(InitiatedBy.user.userPrincipalName), tostring(InitiatedBy.app.displayName))',
  TargetResources: 'Target=tostring(TargetResources[0].displayName)',
});

/**
 * A column as a `summarize … by` key. Kusto groups by no `dynamic` column, so a bag is grouped by its
 * text: a well-known bag by the value in it that names who or what (Entra's `InitiatedBy` by the UPN or
 * the app), any other as a whole (`tostring()`).
 */
export function kqlGroupKey(table: KqlTable, column: string): string {
  if (table.type(column) !== 'dynamic') return kqlColumn(column);
  return BAG_KEYS[column] ?? `${column.replace(/\W/g, '_')}_text=tostring(${kqlColumn(column)})`;
}

/** Group words that name a part of a bag column: the app, resource or object an audit event acted on. */
const BAG_PARTS: Readonly<Record<string, string>> = nullPrototype({
  app: 'TargetResources',
  apps: 'TargetResources',
  application: 'TargetResources',
  target: 'TargetResources',
  resource: 'TargetResources',
  object: 'TargetResources',
  'service principal': 'TargetResources',
});

/**
 * The `summarize … by` key for a group word the table keeps only inside a bag column ("per app" on Entra's audit
 * log → the name of the first target resource), or null when the table keeps no such bag.
 */
export function kqlBagPartKey(table: KqlTable, kind: string): string | null {
  const column = BAG_PARTS[kind.toLowerCase()];
  return column !== undefined && table.columns.includes(column) && table.type(column) === 'dynamic'
    ? kqlGroupKey(table, column)
    : null;
}

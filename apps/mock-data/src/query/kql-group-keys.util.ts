import { kqlColumn, type KqlTable } from './kql-constraints.util';
import { nullPrototype } from './null-prototype.util';

/** Who a bag column names, as text: Entra's initiator is a user (their UPN) or an app (its name). */
const BAG_KEYS: Readonly<Record<string, string>> = nullPrototype({
  InitiatedBy: 'Actor=coalesce(tostring(InitiatedBy.user.userPrincipalName), tostring(InitiatedBy.app.displayName))',
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

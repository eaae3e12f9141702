import type { ConstraintFilter } from './constraints';

/** Sources whose operations are never one CamelCase word: Azure's provider paths, Entra's words with spaces. */
const SPELLED_OTHERWISE: ReadonlySet<string> = new Set(['AzureActivity', 'AuditLogs']);
/** A CamelCase API call name with no space, dot or slash (`DeleteDBInstance`, `DeactivateMFADevice`). */
const API_CALL = /^[A-Z][a-z]+(?:[A-Z][A-Za-z0-9]*)+$/;

/**
 * Whether an action filter names another cloud's API calls ("DeleteDBInstance" in a question that also
 * asks Azure): a source whose operations are spelled otherwise holds no such value, so the filter
 * would match nothing there.
 */
export function foreignAction(table: string, filter: ConstraintFilter): boolean {
  return (
    filter.kind === 'action' &&
    SPELLED_OTHERWISE.has(table) &&
    filter.values.length > 0 &&
    filter.values.every((value) => API_CALL.test(value))
  );
}

/** Columns that record an operation as a resource provider's path (`MICROSOFT.KEYVAULT/VAULTS/DELETE`). */
const PATH_OPERATION_COLUMNS: ReadonlySet<string> = new Set(['OperationNameValue']);
/** An action in lower camel case, as the provider paths end their actions (`regenerateKey`, `listAccountSas`). */
const PATH_ACTION = /^[a-z]+(?:[A-Z][a-z0-9]+)+$/;

/**
 * An action said in lower camel case ("who called regenerateKey") on a column of provider paths: one segment
 * of the path, never all of it (`contains`, which KQL compares without case). Other filters unchanged.
 */
export function actionAsPathSegment(filter: ConstraintFilter, column: string): ConstraintFilter {
  if (filter.kind !== 'action' || !PATH_OPERATION_COLUMNS.has(column)) return filter;
  if (filter.operator !== 'eq' && filter.operator !== 'in') return filter;
  return filter.values.every((v) => PATH_ACTION.test(v)) ? { ...filter, operator: 'contains' } : filter;
}

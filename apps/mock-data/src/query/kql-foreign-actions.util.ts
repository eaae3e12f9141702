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

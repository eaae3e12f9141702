import type { GroupKey } from './constraints';

interface Column {
  readonly table: string;
  readonly column: string;
}

/**
 * The columns a list is asked to show ("… - email, department and last login"), each once, found by the
 * builder's own lookup (the fact first, then the tables it references); what no table holds is left out.
 */
export function shownColumns(
  show: readonly GroupKey[],
  find: (kind: string, field: string | null) => Column | undefined,
): Column[] {
  const out: Column[] = [];
  for (const key of show) {
    const entry = find(key.kind, key.field);
    if (entry && !out.some((c) => c.table === entry.table && c.column === entry.column)) out.push(entry);
  }
  return out;
}

/**
 * The fact's columns a list selects: the first `max` of its own, personal ones (an email, a name) only when a
 * filter or the question asks for them, and every column asked for even past the first `max`.
 */
export function listedColumns(
  columns: readonly string[],
  shown: readonly string[],
  personal: (column: string) => boolean,
  max = 10,
): string[] {
  const kept = columns.filter((col) => !personal(col) || shown.includes(col)).slice(0, max);
  return [...kept, ...columns.filter((col) => shown.includes(col) && !kept.includes(col))];
}

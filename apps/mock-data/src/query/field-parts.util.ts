/**
 * A field as the planner writes it, `table.column` or a bare column: its table (null when bare) and its column. The
 * table is what comes before the first dot.
 */
export function fieldParts(field: string): { readonly table: string | null; readonly column: string } {
  const dot = field.indexOf('.');
  return dot > 0 ? { table: field.slice(0, dot), column: field.slice(dot + 1) } : { table: null, column: field };
}

import type { ConstraintFilter } from './constraints';

/** The filters every alternative shares, and each program's own filters (its name, then its arguments). */
export interface ProgramAlternatives {
  readonly common: readonly ConstraintFilter[];
  readonly alternatives: ReadonlyArray<readonly ConstraintFilter[]>;
}

/** A filter that a process's own name must match, on the given field (not one that leaves a program out). */
function namesProgram(filter: ConstraintFilter, field: string | null): boolean {
  return (
    filter.kind === 'process' &&
    filter.field === field &&
    (filter.operator === 'eq' || filter.operator === 'in' || filter.operator === 'contains')
  );
}

/** A filter on a process's arguments that a name must match (not one that leaves a command line out). */
function namesArguments(filter: ConstraintFilter): boolean {
  return filter.kind === 'command_line' && filter.operator === 'contains';
}

/**
 * "tool-a purge x or tool-b setting y": two programs or more, each named with its own arguments, are alternatives
 * (one process is never both). Each alternative is a program's filter and the argument filters said after it, up to
 * the next program; every other filter (a parent program's too) is common to them all, and so are arguments said only
 * after the last program. Null when fewer than two programs are named, or when an argument comes before the first
 * program (which program it belongs to is not said).
 */
export function programAlternatives(filters: readonly ConstraintFilter[]): ProgramAlternatives | null {
  // The programs that ran: two names or more on one field (a parent's name is on a field of its own).
  const run = filters.find(
    (f, i) => namesProgram(f, f.field) && filters.some((other, j) => j !== i && namesProgram(other, f.field)),
  );
  if (!run) return null;
  const namesRun = (f: ConstraintFilter) => namesProgram(f, run.field);
  const common: ConstraintFilter[] = [];
  const alternatives: ConstraintFilter[][] = [];
  for (const filter of filters) {
    if (namesRun(filter)) alternatives.push([filter]);
    else if (!namesArguments(filter)) common.push(filter);
    else if (alternatives.length === 0) return null;
    else alternatives[alternatives.length - 1]!.push(filter);
  }
  // "tool-a or tool-b with x in the command line": arguments said only after the last program are every program's.
  const last = alternatives[alternatives.length - 1]!;
  if (last.length > 1 && alternatives.slice(0, -1).every((alternative) => alternative.length === 1))
    return {
      common: [...common, ...last.slice(1)],
      alternatives: alternatives.map((alternative) => [alternative[0]!]),
    };
  return { common, alternatives };
}

/** A builder's clauses of the filters every alternative shares, and of each program's own filters. */
export interface ClausesByProgram<T> {
  readonly common: T;
  readonly alternatives: readonly T[];
}

/**
 * The clauses of {@link programAlternatives}' split (else {@link hashAlternatives}'), built by a query builder's own
 * `clausesOf`: null when the filters name fewer than two programs and fewer than two hashes, or when one program's clauses cannot stand as an alternative (`standsAlone` false);
 * the builder then writes every filter together. Notes of the alternatives are kept once each.
 */
export function clausesByProgram<T>(
  filters: readonly ConstraintFilter[],
  notes: string[],
  clausesOf: (own: readonly ConstraintFilter[], notes: string[]) => T,
  standsAlone: (clauses: T) => boolean,
): ClausesByProgram<T> | null {
  return clausesOfSplit(programAlternatives(filters) ?? hashAlternatives(filters), notes, clausesOf, standsAlone);
}

/** A filter that a file's hash must match (not one that leaves a hash out). */
function namesHash(filter: ConstraintFilter): boolean {
  return (
    filter.kind === 'hash' && (filter.operator === 'eq' || filter.operator === 'in' || filter.operator === 'contains')
  );
}

/**
 * "SHA256 x or MD5 y", "sha1 a and md5 b": hashes of files are alternatives. Each says which file on its own; a
 * record that holds one hash of a file holds its others, so requiring all of them finds nothing more and misses the
 * events of the other files (or a record that logs one kind of hash only). Null when fewer than two hashes are named.
 */
export function hashAlternatives(filters: readonly ConstraintFilter[]): ProgramAlternatives | null {
  const hashes = filters.filter(namesHash);
  if (hashes.length < 2) return null;
  return { common: filters.filter((f) => !namesHash(f)), alternatives: hashes.map((f) => [f]) };
}

function clausesOfSplit<T>(
  split: ProgramAlternatives | null,
  notes: string[],
  clausesOf: (own: readonly ConstraintFilter[], notes: string[]) => T,
  standsAlone: (clauses: T) => boolean,
): ClausesByProgram<T> | null {
  if (!split) return null;
  const groupNotes: string[] = [];
  const alternatives = split.alternatives.map((own) => clausesOf(own, groupNotes));
  if (!alternatives.every(standsAlone)) return null;
  const common = clausesOf(split.common, notes);
  notes.push(...new Set(groupNotes));
  return { common, alternatives };
}

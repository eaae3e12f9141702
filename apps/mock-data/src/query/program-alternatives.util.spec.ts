import type { ConstraintFilter } from './constraints';
import { clausesByProgram, hashAlternatives, programAlternatives } from './program-alternatives.util';

const filter = (kind: string, value: string, field: string | null = null): ConstraintFilter =>
  ({ kind, operator: 'contains', values: [value], field, currency: null, expression: value }) as ConstraintFilter;

describe('programAlternatives', () => {
  it('splits programs named each with its own arguments into alternatives, the other filters common', () => {
    const host = filter('host', 'APP-07');
    const first = [filter('process', 'fsutil', 'Image'), filter('command_line', 'usn deletejournal', 'CommandLine')];
    const second = [filter('process', 'cipher', 'Image'), filter('command_line', '/w', 'CommandLine')];
    expect(programAlternatives([host, ...first, ...second])).toEqual({ common: [host], alternatives: [first, second] });
  });

  it("keeps a parent program's filter common to the alternatives", () => {
    const parent = filter('process', 'excel', 'ParentImage');
    const split = programAlternatives([
      parent,
      filter('process', 'certutil', 'Image'),
      filter('command_line', '-urlcache', 'CommandLine'),
      filter('process', 'bitsadmin', 'Image'),
    ]);
    expect(split?.common).toEqual([parent]);
    expect(split?.alternatives).toHaveLength(2);
  });

  it('keeps arguments said only after the last program common to every program', () => {
    const urlArgument = filter('command_line', 'http', 'CommandLine');
    const programs = [filter('process', 'msbuild', 'Image'), filter('process', 'installutil', 'Image')];
    expect(programAlternatives([...programs, urlArgument])).toEqual({
      common: [urlArgument],
      alternatives: programs.map((program) => [program]),
    });
  });

  it('finds no alternatives for one program, or for arguments said before any program', () => {
    expect(programAlternatives([filter('process', 'ntdsutil'), filter('command_line', 'ifm')])).toBeNull();
    expect(
      programAlternatives([filter('command_line', '-s'), filter('process', 'paexec'), filter('process', 'psexec')]),
    ).toBeNull();
    expect(
      programAlternatives([filter('process', 'excel', 'ParentImage'), filter('process', 'rundll32', 'Image')]),
    ).toBeNull();
  });
});

describe('clausesByProgram', () => {
  const values = (own: readonly ConstraintFilter[], notes: string[]) => {
    notes.push('one note per group');
    return own.map((f) => f.values[0]!);
  };
  const filters = [
    filter('host', 'DB-3'),
    filter('process', 'wevtutil', 'Image'),
    filter('command_line', 'cl security', 'CommandLine'),
    filter('process', 'vssadmin', 'Image'),
  ];

  it("builds the common clauses and each program's own, keeping the alternatives' notes once", () => {
    const notes: string[] = [];
    expect(clausesByProgram(filters, notes, values, (clauses) => clauses.length > 0)).toEqual({
      common: ['DB-3'],
      alternatives: [['wevtutil', 'cl security'], ['vssadmin']],
    });
    expect(notes).toEqual(['one note per group', 'one note per group']);
  });

  it('gives up when an alternative cannot stand alone, or when no two programs are named', () => {
    expect(clausesByProgram(filters, [], values, (clauses) => clauses.length > 1)).toBeNull();
    expect(clausesByProgram(filters.slice(0, 3), [], values, () => true)).toBeNull();
  });
});

describe('hashAlternatives', () => {
  it('makes each hash named an alternative, the other filters common', () => {
    const host = filter('host', 'APP-07');
    const sha = { ...filter('hash', 'aa11', 'SHA256'), operator: 'eq' } as ConstraintFilter;
    const md5 = { ...filter('hash', 'bb22', 'MD5'), operator: 'eq' } as ConstraintFilter;
    expect(hashAlternatives([sha, host, md5])).toEqual({ common: [host], alternatives: [[sha], [md5]] });
  });

  it('finds no alternatives for one hash, or a hash left out', () => {
    const sha = { ...filter('hash', 'aa11', 'SHA256'), operator: 'eq' } as ConstraintFilter;
    const leftOut = { ...filter('hash', 'bb22', 'MD5'), operator: 'neq' } as ConstraintFilter;
    expect(hashAlternatives([sha])).toBeNull();
    expect(hashAlternatives([sha, leftOut])).toBeNull();
  });

  it('lets a builder write the hashes as alternatives', () => {
    const sha = { ...filter('hash', 'aa11', 'SHA256'), operator: 'eq' } as ConstraintFilter;
    const md5 = { ...filter('hash', 'bb22', 'MD5'), operator: 'eq' } as ConstraintFilter;
    const split = clausesByProgram(
      [sha, md5],
      [],
      (own) => own.map((f) => `${f.field}=${f.values[0]}`),
      (clauses) => clauses.length > 0,
    );
    expect(split?.alternatives).toEqual([['SHA256=aa11'], ['MD5=bb22']]);
  });
});

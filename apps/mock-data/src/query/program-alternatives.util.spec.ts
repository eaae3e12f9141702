import type { ConstraintFilter } from './constraints';
import { programAlternatives } from './program-alternatives.util';

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

import { readRegistryValueNames } from './registry-values';
import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';
import { SpanSet } from './value-hit';

const names = (text: string) => readRegistryValueNames(text, new SpanSet()).map((hit) => hit.value);

describe('readRegistryValueNames', () => {
  it('reads a value named by its name, before "value" or after "named"', () => {
    expect(names('were any AppInit_DLLs values written below Windows NT since june')).toEqual(['AppInit_DLLs']);
    expect(names('a value named Userinit changed under Winlogon')).toEqual(['Userinit']);
    expect(names("the 'SilentProcessExit' registry value on the kiosks")).toEqual(['SilentProcessExit']);
  });

  it("reads no value's data, and no ordinary word opening the phrase", () => {
    expect(names('Any values set under Lsa today')).toEqual([]);
    expect(names('ReportingMode value data under Lsa')).toEqual([]);
  });
});

describe('extractConstraints: a registry value named', () => {
  const registry: TableColumns = {
    table: 'RegChanges',
    columns: ['_time', 'dest', 'registry_path', 'registry_value_name', 'registry_value_data'],
  };

  it('puts it on the column of value names, beside the key it is under', () => {
    const c = extractConstraints({ text: 'Userinit values set below Winlogon in the past week', tables: [registry] });
    expect(c.filters.map((f) => [f.kind, f.field, f.values])).toEqual([
      ['text', 'registry_value_name', ['Userinit']],
      ['registry', 'registry_path', ['Winlogon']],
    ]);
  });
});

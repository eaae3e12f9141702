import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';
import { withNamePlaceholders } from './name-affixes';

const devices: TableColumns = {
  table: 'DeviceProcessEvents',
  columns: ['Timestamp', 'DeviceName', 'AccountName', 'FileName', 'ProcessCommandLine'],
};

describe('withNamePlaceholders', () => {
  it.each([
    ['the dispatch laptops (CFL-DSP-something)', 'the dispatch laptops (CFL-DSP-*)'],
    ['on the LON-SQL-whatever servers', 'on the LON-SQL-* servers'],
    ['kiosks WS-FIN-xxx today', 'kiosks WS-FIN-* today'],
    ['RAD-WS-## boxes', 'RAD-WS-* boxes'],
    ['APP-nn hosts', 'APP-* hosts'],
  ])('writes the variable end of "%s" as a wildcard', (text, expected) => {
    expect(withNamePlaceholders(text)).toBe(expected);
  });

  it.each([
    'a follow-something word',
    'they are all named HMI-something',
    'called KIOSK-xx',
    'no hyphen here at all',
    'a well-known thing',
  ])('leaves "%s" alone: an English word, or a name "named"/"called" (read on its own)', (text) => {
    expect(withNamePlaceholders(text)).toBe(text);
  });

  it('makes a machine name with a placeholder a host prefix in the constraints', () => {
    const read = extractConstraints({
      text: 'did anyone run kubectl.exe on the dispatch laptops (CFL-DSP-something) in the last two weeks',
      tables: [devices],
    });
    expect(read.filters).toContainEqual(
      expect.objectContaining({ kind: 'host', values: ['CFL-DSP-'], field: 'DeviceName' }),
    );
  });
});

describe('readNameAffixes: a fleet described, then named by a placeholder', () => {
  const hosts = (text: string) =>
    extractConstraints({ text, tables: [devices] })
      .filters.filter((f) => f.kind === 'host')
      .map((f) => [f.operator, f.values]);

  it('reads a name of several hyphenated parts before the placeholder as the start of the names', () => {
    expect(hosts('our shop-floor PCs are all named HC-LINE-something; who ran what there today')).toEqual([
      ['contains', ['HC-LINE-']],
    ]);
    expect(hosts('the lab boxes are all called lab-pc-nn, what ran on them yesterday')).toEqual([
      ['contains', ['lab-pc-']],
    ]);
  });

  it('reads a class of machines after "the" and a word of place as the start of their names, not an English compound', () => {
    expect(hosts('any xmrig process on the wu-hpc nodes this week')).toEqual([['contains', ['wu-hpc']]]);
    expect(hosts('logons on the on-prem servers this week')).toEqual([]);
    expect(hosts('logons to the front-end hosts this week')).toEqual([]);
  });
});

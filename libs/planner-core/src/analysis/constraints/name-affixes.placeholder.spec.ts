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

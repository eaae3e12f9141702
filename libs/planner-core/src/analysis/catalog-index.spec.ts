import { readSchemaCatalog } from '../context/schema-catalog';
import { indexCatalog } from './catalog-index';

const catalog = () =>
  readSchemaCatalog({
    kql: { tables: { SigninLogs: ['UserPrincipalName'], DeviceProcessEvents: [] } },
    spl: { sourcetypes: ['okta:im2', 'signin:audit'] },
    sql: { tables: { orders: ['order_id'] } },
  });

describe('indexCatalog', () => {
  it('builds the entries of a catalog and list of platforms once, and the word homes per question', () => {
    const shared = catalog();

    const first = indexCatalog(shared, ['kql', 'spl'], new Set(['signin']));
    const second = indexCatalog(shared, ['kql', 'spl'], new Set(['okta']));

    expect(second.entries).toBe(first.entries);
    expect([...first.nameHome]).toEqual([['signin', '']]);
    expect([...second.nameHome]).toEqual([['okta', 'spl']]);
  });

  it('indexes the same catalog for another list of platforms on its own', () => {
    const shared = catalog();

    const two = indexCatalog(shared, ['kql', 'spl']);
    const one = indexCatalog(shared, ['sql']);

    expect(two.entries.map((e) => e.entry.name)).toEqual([
      'SigninLogs',
      'DeviceProcessEvents',
      'okta:im2',
      'signin:audit',
    ]);
    expect(one.entries.map((e) => e.entry.name)).toEqual(['orders']);
  });

  it('keeps answering right after more lists of platforms than it keeps per catalog', () => {
    const shared = catalog();
    const lists = [['kql'], ['spl'], ['sql'], ['kql', 'sql'], ['spl', 'sql'], ['kql', 'spl', 'sql']];

    for (const platforms of lists) indexCatalog(shared, platforms);
    const again = indexCatalog(shared, ['kql']);

    expect(again).toEqual(indexCatalog(catalog(), ['kql']));
  });

  it('gives the same index for a catalog read again as for the cached one', () => {
    const shared = catalog();
    indexCatalog(shared, ['kql', 'spl', 'sql']);

    const cached = indexCatalog(shared, ['kql', 'spl', 'sql'], new Set(['signin', 'order']));
    const fresh = indexCatalog(catalog(), ['kql', 'spl', 'sql'], new Set(['signin', 'order']));

    expect(cached).toEqual(fresh);
  });
});

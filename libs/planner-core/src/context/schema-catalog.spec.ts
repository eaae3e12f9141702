import { aDataAgent } from '@mesh/a2a-contracts/testing';
import { readSchemaCatalog } from './schema-catalog';

describe('readSchemaCatalog', () => {
  it('reads tables with their columns under a platform key', () => {
    const hints = { sql: { tables: { shops: ['shop_id', 'city'] } } };

    const catalog = readSchemaCatalog(hints);

    expect(catalog.platforms.get('sql')?.entries).toEqual([
      { name: 'shops', kind: 'table', platform: 'sql', columns: ['shop_id', 'city'] },
    ]);
  });

  it('reads what an index holds as entries of their own kind, not as columns', () => {
    const hints = { spl: { indexes: { netfw: { sourcetypes: ['fw:traffic'], macros: ['fw_traffic'] } } } };

    const catalog = readSchemaCatalog(hints);

    expect(catalog.platforms.get('spl')?.entries.map((e) => `${e.kind}:${e.name}:${e.columns.length}`)).toEqual([
      'index:netfw:0',
      'sourcetype:fw:traffic:0',
      'macro:fw_traffic:0',
    ]);
  });

  it('keeps the sourcetypes a macro definition names', () => {
    const hints = {
      spl: {
        macros: {
          vpn_gateway: 'sourcetype="acme:vpn:session" OR source=acme:vpn:audit',
          web_edge: { definition: '(sourcetype = edge:web:*)' },
          host_filter: 'host=web-* eventtype=web',
        },
      },
    };

    const catalog = readSchemaCatalog(hints);

    expect(catalog.entries.map((e) => [e.name, e.sources ?? []])).toEqual([
      ['vpn_gateway', ['acme:vpn:session', 'acme:vpn:audit']],
      ['web_edge', ['edge:web:*']],
      ['host_filter', []],
    ]);
  });

  it('lets an index and the macros listed with it stand for the sourcetypes it holds', () => {
    const hints = { spl: { indexes: { netfw: { sourcetypes: ['fw:traffic'], macros: ['fw_traffic'] } } } };

    const catalog = readSchemaCatalog(hints);

    expect(catalog.entries.filter((e) => e.kind !== 'sourcetype').map((e) => [e.name, e.sources])).toEqual([
      ['netfw', ['fw:traffic']],
      ['fw_traffic', ['fw:traffic']],
    ]);
  });

  it('reads at most 8 sources of a long macro definition', () => {
    const definition = Array.from({ length: 50 }, (_, i) => `sourcetype=st${i}`).join(' OR ');

    const catalog = readSchemaCatalog({ spl: { macros: { wide: definition } } });

    expect(catalog.entries[0]?.sources).toHaveLength(8);
  });

  it('keeps a flat list of names as unplaced tables', () => {
    const hints = ['shops', 'staff'];

    const catalog = readSchemaCatalog(hints);

    expect(catalog.unplaced.map((e) => e.name)).toEqual(['shops', 'staff']);
  });

  it('ignores prototype keys', () => {
    const hints = JSON.parse('{"sql": {"tables": {"__proto__": ["x"], "shops": []}}}');

    const catalog = readSchemaCatalog(hints);

    expect(catalog.entries.map((e) => e.name)).toEqual(['shops']);
  });

  it('places a platform named only by a data agent', () => {
    const hints = { graph: { tables: { nodes: ['id'] } } };

    const catalog = readSchemaCatalog(hints, [aDataAgent('graph')]);

    expect(catalog.platforms.get('graph')?.entries.map((e) => e.name)).toEqual(['nodes']);
  });

  it('reads nothing from values that are not objects', () => {
    const hints = 42;

    const catalog = readSchemaCatalog(hints);

    expect(catalog.entries).toEqual([]);
  });

  it('reads columns given under a `<kind>_fields` key as columns of those entries, not as tables', () => {
    const hints = {
      spl: {
        datamodels: ['Web'],
        datamodel_fields: { Web: ['url', 'status'] },
        sourcetype_indexes: { 'access:combined': 'web' },
      },
    };

    const catalog = readSchemaCatalog(hints);

    expect(catalog.entries).toEqual([{ name: 'Web', kind: 'datamodel', platform: 'spl', columns: ['url', 'status'] }]);
  });

  it('links a listed sourcetype to the index `<kind>_indexes` says it is kept in, whichever key comes first', () => {
    const hints = {
      spl: {
        sourcetype_indexes: { 'proxy:squid': 'edge', 'unlisted:type': 'edge' },
        indexes: { edge: ['url', 'client_ip'] },
        sourcetypes: ['proxy:squid'],
      },
    };

    const catalog = readSchemaCatalog(hints);

    expect(catalog.entries).toEqual([
      { name: 'edge', kind: 'index', platform: 'spl', columns: ['url', 'client_ip'] },
      { name: 'proxy:squid', kind: 'sourcetype', platform: 'spl', columns: [], index: 'edge' },
    ]);
  });

  it('keeps at most 1,000 entries and 10,000 columns of a huge catalog', () => {
    const tables: Record<string, string[]> = {};
    for (let i = 0; i < 50_000; i += 1)
      tables[`T${i}`] = ['a1', 'b2', 'c3', 'd4', 'e5', 'f6', 'g7', 'h8', 'i9', 'j10', 'k11', 'l12'];

    const catalog = readSchemaCatalog({ kql: { tables } });

    expect(catalog.entries.length).toBe(1_000);
    expect(catalog.entries.reduce((sum, e) => sum + e.columns.length, 0)).toBeLessThanOrEqual(10_000);
  });

  it('reads the first 1,000 members of an object as of an array, whatever their names (the body parser keeps no more)', () => {
    const tables: Record<string, string[]> = {};
    for (let i = 0; i < 1_000; i += 1) tables[`${'x'.repeat(300)}${i}`] = [];
    tables['SigninLogs'] = ['UserPrincipalName'];

    const catalog = readSchemaCatalog({ kql: { tables, 'Signin-Logs': { SigninLogs: [] } } });

    expect(catalog.entries.map((e) => e.name)).not.toContain('SigninLogs');
  });
});

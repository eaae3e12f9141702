import { aDataAgent } from '@mesh/a2a-contracts/testing';
import { readSchemaCatalog } from './schema-catalog';
import { readSchemaCatalogOnce } from './schema-catalog-cache';

describe('readSchemaCatalogOnce', () => {
  it('reads one hints object once for the same data agents', () => {
    const hints = { kql: { tables: { SigninLogs: ['UserPrincipalName'] } } };
    const agents = [aDataAgent('kql')];

    const first = readSchemaCatalogOnce(hints, agents);
    const second = readSchemaCatalogOnce(hints, [...agents]);

    expect(second).toBe(first);
    expect(first).toEqual(readSchemaCatalog(hints, agents));
  });

  it('reads the hints again when the data agents differ (their own schemas are part of the catalog)', () => {
    const hints = { kql: { tables: { SigninLogs: [] } } };
    const withSchema = aDataAgent('sql', { schema: { tables: { orders: ['order_id'] } } });

    const without = readSchemaCatalogOnce(hints, [aDataAgent('kql')]);
    const withAgent = readSchemaCatalogOnce(hints, [aDataAgent('kql'), withSchema]);

    expect(without.platforms.has('sql')).toBe(false);
    expect(withAgent.platforms.get('sql')?.entries.map((e) => e.name)).toEqual(['orders']);
  });

  it('reads hints of equal content given as two objects into equal catalogs', () => {
    const text = JSON.stringify({ spl: { sourcetypes: ['fw:traffic'] } });

    const first = readSchemaCatalogOnce(JSON.parse(text));
    const second = readSchemaCatalogOnce(JSON.parse(text));

    expect(second).not.toBe(first);
    expect(second).toEqual(first);
  });

  it('reads hints that are not an object every time', () => {
    const catalog = readSchemaCatalogOnce(undefined, [aDataAgent('kql', { schema: { tables: { Alerts: [] } } })]);

    expect(catalog.entries.map((e) => e.name)).toEqual(['Alerts']);
  });
});

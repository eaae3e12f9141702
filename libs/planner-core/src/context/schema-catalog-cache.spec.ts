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

  it('gives hints of equal content, given as two objects, the catalog read the first time', () => {
    const text = JSON.stringify({ spl: { sourcetypes: ['fw:traffic'] } });

    const first = readSchemaCatalogOnce(JSON.parse(text));
    const second = readSchemaCatalogOnce(JSON.parse(text));

    expect(second).toBe(first);
  });

  it('reads hints again when their content differs from every catalog remembered', () => {
    const first = readSchemaCatalogOnce({ spl: { sourcetypes: ['proxy:web'] } });
    const other = readSchemaCatalogOnce({ spl: { sourcetypes: ['proxy:dns'] } });

    expect(other).not.toBe(first);
    expect(other.entries.map((e) => e.name)).toEqual(['proxy:dns']);
  });

  it('reads hints again when the data agents of equal hints differ in content', () => {
    const text = JSON.stringify({ kql: { tables: { DeviceEvents: [] } } });

    const plain = readSchemaCatalogOnce(JSON.parse(text), [aDataAgent('kql')]);
    const described = readSchemaCatalogOnce(JSON.parse(text), [aDataAgent('kql', { description: 'Defender tables' })]);

    expect(described).not.toBe(plain);
    expect(described.platforms.get('kql')?.description).toBe('Defender tables');
  });

  it('reads hints that are not an object every time', () => {
    const catalog = readSchemaCatalogOnce(undefined, [aDataAgent('kql', { schema: { tables: { Alerts: [] } } })]);

    expect(catalog.entries.map((e) => e.name)).toEqual(['Alerts']);
  });
});

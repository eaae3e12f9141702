import { readSchemaCatalog } from '@mesh/planner-core';
import { pickRelevantSchema } from './relevant-schema.util';
import { HINTS } from './testing/test-context';

describe('pickRelevantSchema', () => {
  it('offers the tables the question is about, with their matching columns first', () => {
    const catalog = readSchemaCatalog(HINTS);

    const schema = pickRelevantSchema('orders total per customer email', catalog, ['kql', 'sql']);

    expect(
      schema.entries
        .map((e) => e.name)
        .slice(0, 2)
        .sort(),
    ).toEqual(['customers', 'orders']);
    expect(schema.entries.find((e) => e.name === 'customers')!.columns.slice(0, 2)).toEqual(['customer_id', 'email']);
    expect(schema.text).toContain('sql: ');
  });

  it('picks a handful of relevant tables out of thousands, within the character budget', () => {
    const tables: Record<string, string[]> = {};
    for (let i = 0; i < 2500; i += 1) {
      // Within the first 1,000 entries, which is what the catalog reader keeps.
      if (i === 500) tables['PaymentRefunds'] = ['RefundId', 'Amount'];
      tables[`Table${i}Events`] = ['Id', 'Value', `Column${i}`];
    }
    const catalog = readSchemaCatalog({ sql: { tables } });

    const schema = pickRelevantSchema('refunds above 100 dollars', catalog, ['sql'], { limits: { maxChars: 600 } });

    expect(schema.entries[0]!.name).toBe('PaymentRefunds');
    expect(schema.text.length).toBeLessThanOrEqual(600 + 10);
  });

  it('lists a few names of a platform the question does not mention, with no relevance', () => {
    const catalog = readSchemaCatalog(HINTS);

    const schema = pickRelevantSchema('customers who never ordered', catalog, ['kql', 'sql'], {
      limits: { fallbackNames: 1 },
    });

    const kql = schema.entries.filter((e) => e.platform === 'kql');
    expect(kql).toHaveLength(1);
    expect(kql[0]!.score).toBe(0);
  });

  it('never offers entries of a platform no available agent serves', () => {
    const catalog = readSchemaCatalog(HINTS);

    const schema = pickRelevantSchema('wineventlog EventCode 4625', catalog, ['kql', 'sql']);

    expect(schema.entries.some((e) => e.name === 'wineventlog')).toBe(false);
  });

  it('offers nothing for an empty catalog', () => {
    expect(pickRelevantSchema('anything', readSchemaCatalog(undefined), ['kql'])).toEqual({ entries: [], text: '' });
  });
});

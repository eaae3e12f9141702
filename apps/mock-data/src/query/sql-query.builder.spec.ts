import fc from 'fast-check';
import { aQueryInput, type QueryInput } from './query-input';
import { buildSqlQuery } from './sql-query.builder';
import { checkSql } from './sql-validator.util';
import { FIXED_DAY, LAST_24_HOURS, SQL_SCHEMA } from './testing/bundled-schemas';

describe('buildSqlQuery', () => {
  it('should filter the timestamp column with an interval for a relative range', () => {
    const { query } = buildSqlQuery(aQueryInput({ tables: ['orders'], time: LAST_24_HOURS }), SQL_SCHEMA);
    expect(query).toContain("WHERE o.created_at >= NOW() - INTERVAL '24 hours'");
  });

  it('should filter a half-open range for fixed dates', () => {
    const { query } = buildSqlQuery(aQueryInput({ tables: ['events'], time: FIXED_DAY }), SQL_SCHEMA);
    expect(query).toContain(
      "WHERE e.occurred_at >= TIMESTAMP '2024-05-01 00:00:00' AND e.occurred_at < TIMESTAMP '2024-05-02 00:00:00'",
    );
  });

  it('should GROUP BY the column the question names, with COUNT and SUM', () => {
    const { query } = buildSqlQuery(
      aQueryInput({ tables: ['orders'], isAggregation: true, naturalLanguage: 'total revenue by status' }),
      SQL_SCHEMA,
    );
    expect(query).toBe(
      [
        'SELECT o.status, COUNT(*) AS count, SUM(o.total) AS total_sum',
        'FROM orders o',
        'GROUP BY o.status',
        'ORDER BY count DESC',
        'LIMIT 100',
      ].join('\n'),
    );
  });

  it('should bucket by DATE_TRUNC for a time series', () => {
    const { query } = buildSqlQuery(
      aQueryInput({ tables: ['orders'], time: LAST_24_HOURS, isTimeSeries: true }),
      SQL_SCHEMA,
    );
    expect(query).toContain("SELECT DATE_TRUNC('hour', o.created_at) AS bucket, COUNT(*) AS count");
    expect(query).toContain("GROUP BY DATE_TRUNC('hour', o.created_at)");
  });

  it('should JOIN tables on their shared key column', () => {
    const result = buildSqlQuery(
      aQueryInput({
        tables: ['customers', 'orders'],
        hasJoins: true,
        isAggregation: true,
        naturalLanguage: 'orders per country',
      }),
      SQL_SCHEMA,
    );
    expect(result.query).toContain('FROM customers c\nJOIN orders o ON o.customer_id = c.customer_id');
    expect(result.query).toContain('GROUP BY c.country');
    expect(result.notes).toContain('customers joined with orders on customer_id');
  });

  it('should chain joins through order_items to products', () => {
    const { query } = buildSqlQuery(
      aQueryInput({ tables: ['orders', 'order_items', 'products'], hasJoins: true }),
      SQL_SCHEMA,
    );
    expect(query).toContain('JOIN order_items oi ON oi.order_id = o.order_id');
    expect(query).toContain('JOIN products p ON p.product_id = oi.product_id');
  });

  it('should leave out a table with no shared key and say so', () => {
    const result = buildSqlQuery(aQueryInput({ tables: ['budget', 'customers'], hasJoins: true }), SQL_SCHEMA);
    expect(result.tables).toEqual(['budget']);
    expect(result.notes.join('\n')).toContain('customers shares no key column with budget');
  });

  it('should leave personal data out of a plain listing', () => {
    const { query } = buildSqlQuery(aQueryInput({ tables: ['customers'] }), SQL_SCHEMA);
    expect(query).not.toMatch(/\bc\.email\b|\bc\.name\b/);
  });

  it('should use an unknown table as written, quoted when needed, and say so', () => {
    const result = buildSqlQuery(aQueryInput({ tables: ['Audit Trail'], time: LAST_24_HOURS }), SQL_SCHEMA);
    expect(result.query).toContain('FROM "Audit Trail" at');
    expect(result.notes).toContain('table Audit Trail is not in the sql schema; the query uses it as written');
    expect(result.notes.join('\n')).toContain('has no timestamp column');
  });

  it('should report that the query was validated by node-sql-parser', () => {
    expect(buildSqlQuery(aQueryInput({ tables: ['invoices'] }), SQL_SCHEMA).notes).toContain(
      'validated with node-sql-parser (PostgreSQL)',
    );
  });

  it('should pick a table by word overlap when the analysis names none', () => {
    const result = buildSqlQuery(aQueryInput({ naturalLanguage: 'unpaid invoices past their due date' }), SQL_SCHEMA);
    expect(result.tables).toEqual(['invoices']);
  });
});

describe('checkSql', () => {
  it('should accept valid PostgreSQL', () => {
    expect(checkSql('SELECT 1')).toEqual({ ok: true, tables: [] });
  });

  it("should list every table the query reads, a subquery's too", () => {
    const check = checkSql(
      'SELECT c.customer_id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders x WHERE x.customer_id = c.customer_id)',
    );
    expect(check.ok && [...check.tables].sort()).toEqual(['customers', 'orders']);
  });

  it('should reject invalid SQL with a message', () => {
    const check = checkSql('SELECT * FROM FROM');
    expect(check.ok).toBe(false);
  });
});

describe('every generated SQL query parses', () => {
  const tableNames = Object.keys(SQL_SCHEMA.tables);
  const questions = [
    '',
    'count by status',
    'total revenue per customer',
    'orders per country',
    'events by type per hour',
    'who logged in',
    'sum of amount by department',
  ];

  it('should parse for every combination of tables and characteristics', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...tableNames, 'unknown_table'), { minLength: 0, maxLength: 4 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(
          null,
          LAST_24_HOURS,
          FIXED_DAY,
          { ...LAST_24_HOURS, durationSeconds: 1800 },
          { ...LAST_24_HOURS, durationSeconds: 90 * 86_400 },
        ),
        fc.constantFrom(...questions),
        fc.subarray(['status', 'customer_id', 'amount', 'nonexistent', 'created_at']),
        (tables, isAggregation, isTimeSeries, hasJoins, time, naturalLanguage, fields) => {
          const input: QueryInput = aQueryInput({
            tables,
            isAggregation,
            isTimeSeries,
            hasJoins,
            time,
            naturalLanguage,
            fields,
          });
          const { query, notes } = buildSqlQuery(input, SQL_SCHEMA);
          const check = checkSql(query);
          expect({ query, ok: check.ok }).toEqual({ query, ok: true });
          expect(notes).toContain('validated with node-sql-parser (PostgreSQL)');
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});

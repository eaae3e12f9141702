import type { SqlSchema } from './schema';
import { recordLinesTable } from './sql-record-lines.util';
import { aConstraints, anInput } from './testing/analysis-fixtures';
import { buildSqlQuery } from './sql-query.builder';
import { SQL_SCHEMA } from './testing/bundled-schemas';

/** Invented tables: a carrier's bookings, each with its legs, each leg on a route. */
const carrier: SqlSchema = {
  tables: {
    bookings: ['booking_id', 'client_id', 'booked_at'],
    booking_legs: ['booking_leg_id', 'booking_id', 'route_id', 'seats', 'fare'],
    routes: ['route_id', 'label'],
    clients: ['client_id', 'label'],
    refunds: ['refund_id', 'booking_id', 'amount'],
  },
};

describe('recordLinesTable', () => {
  it('reads the lines of a record the question asks the contents of', () => {
    expect(recordLinesTable(['bookings'], [], carrier, 'what was in booking 5120?')).toBe('booking_legs');
    expect(recordLinesTable(['bookings'], [], carrier, 'the contents of booking no. 88')).toBe('booking_legs');
    expect(recordLinesTable(['bookings'], [], carrier, 'what did booking 31 contain')).toBe('booking_legs');
  });

  it('reads the lines of a record when only they reach the columns asked to see', () => {
    expect(recordLinesTable(['bookings'], ['routes'], carrier, 'booking 4 - route label and seats')).toBe(
      'booking_legs',
    );
  });

  it('reads no lines when the record itself reaches every column asked to see', () => {
    expect(recordLinesTable(['bookings'], ['clients'], carrier, 'booking 4 with the client label')).toBeUndefined();
  });

  it('reads no lines of a record that has none', () => {
    expect(recordLinesTable(['routes'], [], carrier, 'what is on route 9?')).toBeUndefined();
  });
});

describe('buildSqlQuery, the lines of one record', () => {
  it("lists the record's lines with the names of what each line holds, filtered on the record's key", () => {
    const { query } = buildSqlQuery(
      anInput({
        tables: ['orders', 'order_items', 'products'],
        question: 'what was in order 9034 - item names, qty and price',
        constraints: {
          ...aConstraints({
            measure: null,
            filters: [
              {
                kind: 'id',
                operator: 'eq',
                values: ['9034'],
                field: 'orders.order_id',
                currency: null,
                expression: '9034',
              },
            ],
          }),
          show: [
            { kind: 'product name', field: 'products.name' },
            { kind: 'qty', field: 'order_items.quantity' },
          ],
        },
      }),
      SQL_SCHEMA,
    );
    expect(query).toMatch(/FROM order_items oi/);
    expect(query).toMatch(/^SELECT [^\n]*\bp\.name\b/);
    expect(query).toContain('oi.order_id = 9034');
  });

  it('shows each line by the name of what it holds when the question lists no columns', () => {
    const { query } = buildSqlQuery(
      anInput({
        tables: ['orders', 'order_items'],
        question: 'the contents of order 614',
        constraints: aConstraints({
          measure: null,
          filters: [
            {
              kind: 'id',
              operator: 'eq',
              values: ['614'],
              field: 'orders.order_id',
              currency: null,
              expression: '614',
            },
          ],
        }),
      }),
      SQL_SCHEMA,
    );
    expect(query).toMatch(/FROM order_items oi/);
    expect(query).toMatch(/^SELECT [^\n]*\bp\.name\b/);
  });
});

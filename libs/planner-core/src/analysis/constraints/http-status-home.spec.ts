import type { ConstraintFilter } from '@mesh/a2a-contracts';
import { httpStatusOffWeb } from './http-status-home';

const code = (value: string, field: string | null): ConstraintFilter => ({
  kind: 'text',
  operator: 'eq',
  values: [value],
  field,
  currency: null,
  expression: value,
});

describe('httpStatusOffWeb', () => {
  const tables = [
    { table: 'tickets', columns: ['ticket_id', 'status', 'opened_at'] },
    { table: 'access_log', columns: ['ts', 'uri', 'method', 'status'] },
  ];

  it('should leave an HTTP code without a column on a table of business rows', () => {
    expect(httpStatusOffWeb(code('4xx', 'tickets.status'), tables).field).toBeNull();
    expect(httpStatusOffWeb(code('503', 'status'), [tables[0]!]).field).toBeNull();
  });

  it('keeps it on a table of web requests, and any other value on any table', () => {
    expect(httpStatusOffWeb(code('404', 'access_log.status'), tables).field).toBe('access_log.status');
    expect(httpStatusOffWeb(code('open', 'tickets.status'), tables).field).toBe('tickets.status');
  });
});

import type { ConstraintFilter } from '@mesh/a2a-contracts';
import { quotedStatus } from './quoted-status';

const TABLES = [{ table: 'tickets', columns: ['ticket_id', 'status', 'opened_at', 'subject'] }];

function textFilter(value: string, expression: string, field: string | null = null): ConstraintFilter {
  return { kind: 'text', operator: 'contains', values: [value], field, currency: null, expression };
}

describe('quotedStatus', () => {
  it('reads a quoted lower-case status word as an equality on the status column', () => {
    expect(quotedStatus(textFilter('cancelled', "'cancelled'"), TABLES)).toMatchObject({
      kind: 'status',
      operator: 'eq',
      values: ['cancelled'],
      field: 'status',
    });
    expect(quotedStatus(textFilter('canceled', '"canceled"'), TABLES)).toMatchObject({
      kind: 'status',
      values: ['cancelled'],
    });
  });

  it('should leave other quoted text, a capitalised spelling and a value of another column as read', () => {
    const subject = textFilter('refund please', "'refund please'");
    expect(quotedStatus(subject, TABLES)).toBe(subject);
    const capital = textFilter('Failed', "'Failed'");
    expect(quotedStatus(capital, TABLES)).toBe(capital);
    const other = textFilter('open', "'open'", 'subject');
    expect(quotedStatus(other, TABLES)).toBe(other);
    const unquoted = textFilter('open', 'open');
    expect(quotedStatus(unquoted, TABLES)).toBe(unquoted);
  });

  it("reads a quoted code before a noun naming a table with a status as that table's status", () => {
    const tables = [
      { table: 'customers', columns: ['customer_id', 'name'] },
      { table: 'shipments', columns: ['shipment_id', 'customer_id', 'shipment_state'] },
    ];
    const text = "clients with over 3 'stuck_in_customs' shipments";
    expect(quotedStatus(textFilter('stuck_in_customs', "'stuck_in_customs'"), tables, text)).toMatchObject({
      kind: 'status',
      operator: 'eq',
      values: ['stuck_in_customs'],
      field: 'shipments.shipment_state',
    });
    const elsewhere = textFilter('stuck_in_customs', "'stuck_in_customs'");
    expect(quotedStatus(elsewhere, tables, "clients named 'stuck_in_customs' lately")).toBe(elsewhere);
    const spaced = textFilter('stuck in customs', "'stuck in customs'");
    expect(quotedStatus(spaced, tables, "the 'stuck in customs' shipments")).toBe(spaced);
  });
});

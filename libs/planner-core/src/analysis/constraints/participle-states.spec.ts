import type { TableColumns } from './column-mapper';
import { readParticipleStates } from './participle-states';
import { SpanSet } from './value-hit';

const tickets: TableColumns = { table: 'tickets', columns: ['ticket_id', 'status', 'opened_at', 'closed_at'] };
const products: TableColumns = { table: 'products', columns: ['product_id', 'name', 'active'] };

describe('readParticipleStates', () => {
  const values = (text: string, tables: readonly TableColumns[] = [tickets]) =>
    readParticipleStates(text, tables, new SpanSet()).map((h) => [h.value, h.hint]);

  it('reads a participle before the noun of a table with a status column as that column’s value', () => {
    expect(values('escalated tickets older than a week')).toEqual([['escalated', 'tickets.status']]);
    expect(values('how many reassigned ticket rows')).toEqual([['reassigned', 'tickets.status']]);
    expect(values('tickets that were escalated')).toEqual([['escalated', 'tickets.status']]);
    expect(values('tickets were opened today')).toEqual([]);
  });

  it('reads no participle naming a time column, a way of picking rows, another noun or a table without status', () => {
    expect(values('opened tickets by day')).toEqual([]);
    expect(values('selected tickets')).toEqual([]);
    expect(values('escalated customers')).toEqual([]);
    expect(values('discontinued products', [products])).toEqual([]);
  });

  it('reads a state word said before or after the noun, or given after the word status', () => {
    expect(values('draft tickets from march')).toEqual([['draft', 'tickets.status']]);
    expect(values('tickets still pending review')).toEqual([['pending', 'tickets.status']]);
    expect(values('tickets stuck in processing for a week')).toEqual([['processing', 'tickets.status']]);
    expect(values('tickets flagged as draft')).toEqual([['draft', 'tickets.status']]);
    expect(values('tickets on hold since friday')).toEqual([['on_hold', 'tickets.status']]);
    expect(values('rows with status archived')).toEqual([['archived', 'tickets.status']]);
    expect(values('tickets whose status is snoozed')).toEqual([['snoozed', 'tickets.status']]);
  });

  it('reads a state however it is joined, and any state written as a code, in the column’s own spelling', () => {
    expect(values('on-hold tickets per queue')).toEqual([['on_hold', 'tickets.status']]);
    expect(values('tickets parked on_hold overnight')).toEqual([['on_hold', 'tickets.status']]);
    expect(values('tickets lying in past-due since june')).toEqual([['past_due', 'tickets.status']]);
    expect(values('tickets currently waiting in needs_triage')).toEqual([['needs_triage', 'tickets.status']]);
    expect(values('count awaiting_vendor tickets by owner')).toEqual([['awaiting_vendor', 'tickets.status']]);
    expect(values('tickets marked as won_t_fix')).toEqual([['won_t_fix', 'tickets.status']]);
  });

  it('reads no code that names a column of a chosen table as a state', () => {
    expect(values('tickets in opened_at order')).toEqual([]);
    expect(values('tickets in product_id order', [tickets, products])).toEqual([]);
  });

  it('reads no word that says something of the status column, nor a state of a table without one', () => {
    expect(values('tickets with status changes')).toEqual([]);
    expect(values('tickets with a status of the')).toEqual([]);
    expect(values('tickets filed in state vermont')).toEqual([]);
    expect(values('lost products', [products])).toEqual([]);
  });
});

import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';

/** Quoted snake_case names of what happened, read as values of the event-type column. */
const members: TableColumns = { table: 'members', columns: ['member_id', 'name', 'region', 'tier', 'joined_at'] };
const sales: TableColumns = {
  table: 'sales',
  columns: ['sale_id', 'member_id', 'status', 'total', 'currency', 'created_at'],
};

const read = (text: string, tables: TableColumns[]) => extractConstraints({ text, tables });

describe('extractConstraints: quoted names of what happened', () => {
  const activity: TableColumns = {
    table: 'activity',
    columns: ['activity_id', 'member_id', 'event_type', 'source_ip', 'happened_at'],
  };

  it('reads a quoted snake_case name no words place as a value of the event-type column', () => {
    expect(read("top 5 source ips by 'door_forced' count", [activity]).filters).toEqual([
      expect.objectContaining({ operator: 'eq', values: ['door_forced'], field: 'event_type' }),
    ]);
  });

  it("leaves a quoted name said before another table's rows to that table (their state)", () => {
    const c = read("members with more than 6 'payment_failed' sales today", [activity, sales, members]);
    expect(c.filters).not.toContainEqual(expect.objectContaining({ field: 'activity.event_type' }));
  });

  it('leaves a quoted name that is a column, or a quoted plain word, where it was', () => {
    expect(read("rows where 'source_ip' is empty", [activity]).filters).not.toContainEqual(
      expect.objectContaining({ field: 'event_type' }),
    );
    expect(read("top members by 'door' count", [activity]).filters).not.toContainEqual(
      expect.objectContaining({ field: 'event_type' }),
    );
  });
});

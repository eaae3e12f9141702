import type { TableColumns } from './column-mapper';
import { readMeasureRatio } from './measure-ratio';

const storage: TableColumns = { table: 'storage', columns: ['storage_id', 'team', 'period', 'quota_gb', 'used_gb'] };
const grants: TableColumns = { table: 'grants', columns: ['grant_id', 'lab', 'year', 'allocated', 'consumed'] };
const tickets: TableColumns = { table: 'tickets', columns: ['ticket_id', 'team', 'opened_at', 'status'] };
const named = (word: string) => (/quota/i.test(word) ? 'quota_gb' : null);

describe('readMeasureRatio', () => {
  it.each([
    ['storage usage per team as a percentage of quota', [storage], 'used_gb', 'quota_gb'],
    ['what % of the quota has each team consumed this period', [storage], 'used_gb', 'quota_gb'],
    ['grant utilization by lab for 2025', [grants], 'consumed', 'allocated'],
    ['burn rate of the allocation per lab, in percent of allocation', [tickets, grants], 'consumed', 'allocated'],
  ])('reads "%s" as the used column over the whole', (text, tables, part, whole) => {
    expect(readMeasureRatio(text, tables, named)).toMatchObject({ part_field: part, whole_field: whole });
  });

  it.each([
    ['tickets used per team', [tickets]],
    ['storage used per team', [storage]],
    ['what percentage of tickets were closed', [tickets]],
    ['grant utilization by lab', [tickets]],
  ])('reads no ratio from "%s" (no allotment said, or no table with both columns)', (text, tables) => {
    expect(readMeasureRatio(text, tables, named)).toBeNull();
  });
});

import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';

/** A quoted name before "group": a group of people in the directory, not an Azure resource group. */
const audit: TableColumns = {
  table: 'DirAudit',
  columns: ['TimeGenerated', 'OperationName', 'InitiatedBy', 'TargetResources'],
};
const activity: TableColumns = {
  table: 'CloudOps',
  columns: ['TimeGenerated', 'Caller', 'OperationNameValue', 'ResourceGroup'],
};

const filters = (text: string) => extractConstraints({ text, tables: [audit, activity] }).filters;

describe('extractConstraints: a quoted name before "group"', () => {
  it('does not put a quoted group name on the resource-group column', () => {
    const read = filters("who was added to the 'Night-Shift' group since Monday");
    expect(read).toContainEqual(expect.objectContaining({ values: ['Night-Shift'] }));
    expect(read).not.toContainEqual(expect.objectContaining({ field: 'CloudOps.ResourceGroup' }));
  });

  it('keeps a quoted name said as a resource group on the resource-group column', () => {
    expect(filters("writes in the 'web-prod' resource group since Monday")).toContainEqual(
      expect.objectContaining({ values: ['web-prod'], field: 'CloudOps.ResourceGroup' }),
    );
  });
});

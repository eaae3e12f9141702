import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';

/** Hosts said as workstations, and people said by the role they sign in under. */
const winlog: TableColumns = {
  table: 'WinAuth',
  columns: ['TimeGenerated', 'Computer', 'EventID', 'TargetUserName', 'WorkstationName', 'Status'],
};
const endpoint: TableColumns = { table: 'Endpoints', columns: ['Timestamp', 'DeviceName', 'AccountName'] };
const signins: TableColumns = { table: 'Logons', columns: ['TimeGenerated', 'UserPrincipalName', 'AppDisplayName'] };

const read = (text: string, tables: TableColumns[]) => extractConstraints({ text, tables });

describe('extractConstraints: workstations', () => {
  it('groups and counts workstations by the column a log keeps for them apart from its own host', () => {
    expect(read('credential checks (4771) this morning per workstation', [winlog]).group_by).toEqual([
      { kind: 'host', field: 'WorkstationName' },
    ]);
    expect(read('how many distinct workstations showed up in 4771 events', [winlog]).measure).toMatchObject({
      kind: 'distinct_count',
      of: 'host',
      field: 'WorkstationName',
    });
  });

  it("groups workstations by the log's own host for a machine's own start-up and shut-down events", () => {
    expect(read('per workstation, how many shutdowns since friday', [winlog]).group_by).toEqual([
      { kind: 'host', field: 'Computer' },
    ]);
  });

  it('takes the host column where no workstation column is kept', () => {
    expect(read('alerts per workstation since friday', [endpoint]).group_by).toEqual([
      { kind: 'host', field: 'DeviceName' },
    ]);
  });
});

describe('extractConstraints: people by their role', () => {
  it.each(['pupils', 'faculty', 'contractors', 'nurses', 'staffers'])(
    'counts distinct %s as distinct accounts',
    (people) => {
      const c = read(`how many distinct ${people} reached Quillpad on monday`, [signins]);
      expect(c.measure).toMatchObject({ kind: 'distinct_count', of: 'user', field: 'UserPrincipalName' });
    },
  );
});

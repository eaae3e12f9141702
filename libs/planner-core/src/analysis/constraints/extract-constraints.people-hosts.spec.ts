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

describe('extractConstraints: a mailbox said by its address', () => {
  const audit: TableColumns = { table: 'SuiteAudit', columns: ['TimeGenerated', 'Operation', 'UserId', 'ObjectId'] };
  const fields = (text: string) => read(text, [audit]).filters.map((f) => [f.kind, f.field, f.values]);

  it('puts an address said as a mailbox on the object acted on, not on the user who acted', () => {
    expect(fields('who opened the desk@shop.example shared mailbox on monday')).toEqual([
      ['email', 'ObjectId', ['desk@shop.example']],
    ]);
    expect(fields('sign-ins to the mailbox of desk@shop.example today')).toEqual([
      ['email', 'ObjectId', ['desk@shop.example']],
    ]);
  });

  it('keeps an address said as a person off the object', () => {
    expect(fields('mailbox rules made by lee@shop.example today')[0]?.[1]).not.toBe('ObjectId');
  });
});

describe('extractConstraints: a first name as the one who acted', () => {
  const activity: TableColumns = { table: 'CloudOps', columns: ['TimeGenerated', 'OperationName', 'Caller'] };

  it('filters the account by the name, and a verb of removing after it sets nothing aside', () => {
    for (const text of ['what has wilma removed in the subscription this week', 'what did Wilma change on monday'])
      expect(read(text, [activity]).filters.filter((f) => f.kind === 'user')).toMatchObject([
        { operator: 'contains', values: [expect.stringMatching(/^wilma$/i)] },
      ]);
  });
});

describe("extractConstraints (others than the named person, on that person's account)", () => {
  const userOperators = (text: string) =>
    read(text, [signins])
      .filters.filter((filter) => filter.kind === 'user')
      .map((filter) => filter.operator);

  it('keeps the account named when others are said to act on it', () => {
    expect(userOperators('did somebody apart from noor@tailspin.net sign in to her account on friday')).toEqual(['eq']);
  });

  it('leaves the account out when the others act for themselves', () => {
    expect(userOperators('app sign-ins by accounts other than noor@tailspin.net')).toEqual(['neq']);
  });
});

describe('extractConstraints: a table named in words', () => {
  it('reads no value from a capitalised name that with a column word spells a chosen table', () => {
    const journal: TableColumns = { table: 'CloudJournal', columns: ['TimeGenerated', 'Caller', 'Group'] };
    const events: TableColumns = { table: 'HostEvents', columns: ['TimeGenerated', 'Computer', 'Journal'] };
    expect(read('vaults removed in the last 9 days, caller from the Cloud journal', [events, journal]).filters).toEqual(
      [],
    );
  });
});

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

describe('extractConstraints: machines said with a word of which ones', () => {
  const secEvent: TableColumns = {
    table: 'SecurityEvent',
    columns: ['TimeGenerated', 'Computer', 'EventID', 'TargetUserName'],
  };

  it.each([
    'connections yesterday by each of the crane PCs',
    'count the failed logons yesterday for each kiosk machine',
    'count the failed logons yesterday for each of the kiosk machines',
    'failed logons yesterday per kiosk PC',
  ])('groups "%s" by the machine, and names no machine "PC"', (question) => {
    const out = read(question, [secEvent]);
    expect(out.group_by).toEqual([{ kind: 'host', field: 'Computer' }]);
    expect(out.filters.flatMap((f) => f.values)).not.toContain('PC');
  });

  it.each(['failed logons this week for each LAB-PC-* machine', 'failed logons this week per KSK-* server'])(
    'groups "%s" by the machine a name pattern says which of, and keeps the pattern as a filter',
    (question) => {
      const out = read(question, [secEvent]);
      expect(out.group_by).toEqual([{ kind: 'host', field: 'Computer' }]);
      expect(out.filters).toContainEqual(expect.objectContaining({ kind: 'host', operator: 'contains' }));
    },
  );

  it('reads no key from "by one user on another account" (a number, not a word of which ones)', () => {
    expect(read('password resets performed today by one user on another account', [secEvent]).group_by).toEqual([]);
  });

  it('still reads a machine named after its noun', () => {
    expect(read('failed logons on kiosk K-12 yesterday', [secEvent]).filters).toContainEqual(
      expect.objectContaining({ kind: 'host', values: ['K-12'] }),
    );
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

describe('extractConstraints: the machine a call came from', () => {
  const lockouts: TableColumns = {
    table: 'DirEvents',
    columns: ['_time', 'EventCode', 'user', 'host', 'Caller_Computer_Name'],
  };
  const keys = (text: string) => read(text, [lockouts]).group_by.map((g) => g.field);

  it.each([
    'lockouts since tuesday, split per user and the calling machine',
    'lockouts (4740) in the past 3 days per caller workstation',
    'which caller hosts locked the most accounts out this week',
  ])('groups by the caller column, not the host that logged it: %s', (text) => {
    expect(keys(text)).toContain('Caller_Computer_Name');
    expect(keys(text)).not.toContain('host');
  });

  it('falls back to the host where no caller column is kept', () => {
    expect(read('lockouts per calling computer today', [winlog]).group_by).toEqual([
      { kind: 'host', field: 'WorkstationName' },
    ]);
  });
});

describe('extractConstraints: what happened to an account, said after the word', () => {
  const users = (text: string) =>
    read(text, [winlog])
      .filters.filter((f) => f.kind === 'user')
      .flatMap((f) => f.values);

  it.each([
    'account enabled events (4722) on the file servers since friday',
    'user deleted 4726 entries this quarter',
    'account renamed records for the last fortnight',
  ])('reads no name from the participle that names the events: %s', (text) => {
    expect(users(text)).toEqual([]);
  });

  it('still reads a name said before a verb', () => {
    expect(users('did user okafor log in today')).toEqual(['okafor']);
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

describe('extractConstraints: the port of inbound traffic', () => {
  const deviceFlows: TableColumns = {
    table: 'DeviceFlows',
    columns: ['Timestamp', 'DeviceName', 'LocalPort', 'RemotePort', 'RemoteIP'],
  };
  const portField = (text: string) => read(text, [deviceFlows]).filters.find((f) => f.kind === 'port')?.field;

  it("puts a service's port of inbound traffic on the device's local port", () => {
    expect(portField('inbound rdp from 100.64.0.0/10 since monday by device')).toBe('LocalPort');
    expect(portField('incoming smb connections last 24h')).toBe('LocalPort');
  });

  it('keeps the remote port for outbound traffic, or when both directions are said', () => {
    expect(portField('outbound rdp from laptops this week')).toBe('RemotePort');
    expect(portField('inbound and outbound ssh connections today')).toBe('RemotePort');
  });
});

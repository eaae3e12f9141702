import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';

const signins: TableColumns = {
  table: 'SigninLogs',
  columns: ['TimeGenerated', 'UserPrincipalName', 'AppDisplayName', 'ConditionalAccessStatus', 'ResultType'],
};
const security: TableColumns = { table: 'SecurityEvent', columns: ['TimeGenerated', 'EventID', 'TargetUserName'] };
const trail: TableColumns = { table: 'aws', columns: ['eventName', 'errorCode', 'userIdentity.arn'] };
const registry: TableColumns = {
  table: 'Endpoint.Registry',
  columns: ['dest', 'registry_path', 'registry_key_name', 'registry_value_data'],
};
const processes: TableColumns = {
  table: 'DeviceProcessEvents',
  columns: ['DeviceName', 'FileName', 'ProcessCommandLine', 'AccountName'],
};

const filters = (text: string, tables: TableColumns[]) => extractConstraints({ text, tables }).filters;
const filterOf = (text: string, tables: TableColumns[], kind: string) =>
  filters(text, tables).find((f) => f.kind === kind);

describe('values named in words (apps, conditional access, bare handles, code lists, registry keys, command lines)', () => {
  it('reads a well-known app written in lower case before a sign-in noun, or after signing in to it, as a part of the app name', () => {
    expect(filterOf('slack logins from abroad over the past fortnight', [signins], 'app')).toEqual(
      expect.objectContaining({ operator: 'contains', values: ['Slack'], field: 'AppDisplayName' }),
    );
    expect(filterOf('how many sign-ins into servicenow were interrupted this week', [signins], 'app')).toEqual(
      expect.objectContaining({ operator: 'contains', values: ['ServiceNow'], field: 'AppDisplayName' }),
    );
    // Not a team of people, nor an app word far from any sign-in.
    expect(filterOf('sales teams with the most refunds', [signins], 'app')).toBeUndefined();
    expect(filterOf('zoom into the failing hosts of last night', [signins], 'app')).toBeUndefined();
  });

  it('reads "failed conditional access" as the conditional access status, as "blocked by conditional access" is', () => {
    expect(filterOf('github logons failing conditional access since friday', [signins], 'text')).toEqual(
      expect.objectContaining({ values: ['failure'], field: 'ConditionalAccessStatus' }),
    );
    expect(filterOf('which accounts failed the CA policy checks overnight', [signins], 'text')).toEqual(
      expect.objectContaining({ values: ['failure'], field: 'ConditionalAccessStatus' }),
    );
  });

  it('reads a bare handle after a label and a colon, or after a comma, as the user the sentence is about', () => {
    expect(filterOf('sentinel: p.okafor keeps failing kerberos pre-auth this morning', [security], 'user')).toEqual(
      expect.objectContaining({ values: ['p.okafor'] }),
    );
    expect(filterOf('hello team, d_vance got locked out twice since lunch', [security], 'user')).toEqual(
      expect.objectContaining({ values: ['d_vance'] }),
    );
    // A file opening the clause is no one's handle.
    expect(filterOf('urgent: setup.ini was changed on the kiosk', [security], 'user')).toBeUndefined();
  });

  it('keeps every CamelCase error code of an "X or Y" list, not only the one the first reading found', () => {
    expect(
      filterOf('api calls where the error code was ThrottlingDenied or QuotaExhausted last month', [trail], 'status'),
    ).toEqual(expect.objectContaining({ operator: 'in', values: ['ThrottlingDenied', 'QuotaExhausted'] }));
  });

  it('reads a Title Case registry key named after "under"/"below" as a part of the registry path', () => {
    expect(filterOf('registry edits under Session Manager Environment since tuesday', [registry], 'registry')).toEqual(
      expect.objectContaining({
        operator: 'contains',
        values: ['Session Manager Environment'],
        field: 'registry_path',
      }),
    );
    expect(filterOf('registry writes below the Userinit key overnight', [registry], 'registry')).toEqual(
      expect.objectContaining({ operator: 'contains', values: ['Userinit'] }),
    );
    // A product or a time named after "in" is not a key.
    expect(filterOf('registry changes in Microsoft Sentinel Workspace today', [registry], 'registry')).toBeUndefined();
    // An autostart key is its path under CurrentVersion, not every key whose name holds "Run".
    expect(filterOf('registry changes in the Run key', [registry], 'registry')).toEqual(
      expect.objectContaining({ values: ['CurrentVersion\\Run'] }),
    );
  });

  it('reads a program named "in the command line" as a part of the command line, the program run on the name', () => {
    const read = filters('any certutil runs with whoami in the command line this week', [processes]);
    expect(read).toContainEqual(expect.objectContaining({ kind: 'process', values: ['certutil'], field: 'FileName' }));
    expect(read).toContainEqual(
      expect.objectContaining({ kind: 'command_line', values: ['whoami'], field: 'ProcessCommandLine' }),
    );
    expect(read).not.toContainEqual(expect.objectContaining({ kind: 'process', values: ['whoami'] }));
  });
});

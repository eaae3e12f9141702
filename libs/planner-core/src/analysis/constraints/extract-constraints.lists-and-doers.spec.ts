import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';

const processes: TableColumns = {
  table: 'DeviceProcessEvents',
  columns: ['Timestamp', 'DeviceName', 'AccountName', 'FileName', 'FolderPath', 'ProcessCommandLine'],
};
const activity: TableColumns = {
  table: 'AzureActivity',
  columns: ['TimeGenerated', 'Caller', 'OperationNameValue', 'ActivityStatusValue', 'ResourceGroup', '_ResourceId'],
};
const audit: TableColumns = {
  table: 'AuditLogs',
  columns: ['TimeGenerated', 'OperationName', 'InitiatedBy', 'TargetResources', 'Result'],
};

const read = (text: string, tables: TableColumns[]) => extractConstraints({ text, tables });

describe('extractConstraints: a list of programs and script files', () => {
  it.each([
    ['did anyone run kubectl.exe or az.cmd on the laptops last week', ['kubectl.exe', 'az.cmd']],
    ['executions of cscript.exe, wscript.exe or run.bat today', ['cscript.exe', 'wscript.exe', 'run.bat']],
    ['launches of deploy.ps1 or pwsh.exe this week', ['deploy.ps1', 'pwsh.exe']],
  ])('reads "%s" as one list of either name, never two names ANDed', (text, values) => {
    const names = read(text, [processes]).filters.filter((f) => f.kind === 'process' || f.kind === 'file');
    expect(names).toHaveLength(1);
    expect(names[0]!.values).toEqual(values);
  });
});

describe('extractConstraints: a program said to be on machines', () => {
  it.each([
    'defender: powershell on hosts named FIN-WS-* in the last 3 days',
    'powershell on FIN-WS-* hosts in the last 3 days',
    'cmd across the finance laptops today',
  ])('reads the program of "%s" as one that ran', (text) => {
    expect(read(text, [processes]).filters).toContainEqual(
      expect.objectContaining({ kind: 'process', field: 'FileName' }),
    );
  });

  it('reads no program from a product said on its own', () => {
    expect(
      read('powershell script block logging on the servers', [processes]).filters.some((f) => f.kind === 'process'),
    ).toBe(false);
  });
});

describe('extractConstraints: a subject whose two words name one column', () => {
  it.each([
    'Which resource groups had the most failed Azure operations over the last 48 hours? Just the top 5.',
    'which resource groups saw the most deletions this week',
    'azure ops that failed today - top 5 resource groups by how many',
  ])('groups "%s" by that column', (text) => {
    expect(read(text, [activity]).group_by).toEqual([{ kind: 'resource group', field: 'ResourceGroup' }]);
  });
});

describe('extractConstraints: the people asked about by a deed done to others', () => {
  it.each([
    'Which administrators reset user passwords in Entra ID this month, and how many resets did each of them perform?',
    'which admins reset passwords this week and how many did each of them do?',
  ])('counts "%s" per acting account', (text) => {
    expect(read(text, [audit]).group_by).toEqual([{ kind: 'actor', field: 'InitiatedBy' }]);
  });
});

describe("extractConstraints: Windows' program folders said by their bare name", () => {
  it.each([
    ['svchost.exe running outside system32 - 24h, host + path', 'neq', 'C:\\Windows\\System32'],
    ['rundll32.exe launched from syswow64 today', 'contains', 'C:\\Windows\\SysWOW64'],
  ])('reads the folder of "%s" as its path', (text, operator, value) => {
    expect(read(text, [processes]).filters).toContainEqual(
      expect.objectContaining({ kind: 'process', operator, values: [value], field: 'FolderPath' }),
    );
  });

  it('reads no folder from a file name that holds the word', () => {
    expect(read('who ran C:\\Windows\\System32\\svchost.exe today', [processes]).filters).not.toContainEqual(
      expect.objectContaining({ values: ['C:\\Windows\\System32'] }),
    );
  });
});

describe('extractConstraints: HTTP error classes said in words', () => {
  const web: TableColumns = { table: 'Web', columns: ['_time', 'url', 'status', 'src', 'dest'] };

  it.each([
    ['requests to /checkout that failed with a server error in the last hour', '5xx'],
    ['requests to /cart returning client errors today', '4xx'],
  ])('reads "%s" as the class of codes, and drops the outcome word beside it', (text, value) => {
    const filters = read(text, [web]).filters;
    expect(filters).toContainEqual(expect.objectContaining({ values: [value], field: 'status' }));
    expect(filters.some((f) => f.kind === 'status')).toBe(false);
  });

  it('reads no class beside a code the question says', () => {
    const filters = read('requests to /cart that returned a 503 server error today', [web]).filters;
    expect(filters.flatMap((f) => f.values)).not.toContain('5xx');
  });
});

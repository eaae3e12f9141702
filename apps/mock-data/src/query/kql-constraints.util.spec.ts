import { kqlFilterClauses, type KqlTable } from './kql-constraints.util';
import { readConstraints } from './constraints';
import { aConstraints, aFilter } from './testing/analysis-fixtures';

const types: Record<string, string> = { TimeGenerated: 'datetime', scStatus: 'string', ResultCode: 'int' };
const web: KqlTable = { name: 'KioskWebLog', columns: Object.keys(types), type: (column) => types[column] };

function clauses(field: string, values: string[]): string[] {
  const constraints = readConstraints(aConstraints({ filters: [aFilter('text', values, { field })] }), [])!;
  return kqlFilterClauses(web, constraints, []);
}

describe('kqlFilterClauses: a class of HTTP status codes', () => {
  it('matches every code of the class, on a string or a number column', () => {
    expect(clauses('scStatus', ['5xx'])).toEqual(['tostring(scStatus) startswith "5"']);
    expect(clauses('ResultCode', ['4xx', '5xx'])).toEqual([
      '(ResultCode between (400 .. 499) or ResultCode between (500 .. 599))',
    ]);
  });

  it('compares a single code as before', () => {
    expect(clauses('ResultCode', ['503'])).toEqual(['ResultCode == 503']);
  });
});

describe('kqlFilterClauses: the side an address is on', () => {
  const netTypes: Record<string, string> = { Timestamp: 'datetime', LocalIP: 'string', RemoteIP: 'string' };
  const net: KqlTable = { name: 'HostConnections', columns: Object.keys(netTypes), type: (c) => netTypes[c] };
  const on = (kind: 'ip' | 'cidr', values: string[], field: string) =>
    kqlFilterClauses(net, readConstraints(aConstraints({ filters: [aFilter(kind, values, { field })] }), [])!, []);

  it('puts internal addresses another source keeps as where traffic came from on the local side', () => {
    expect(on('cidr', ['192.168.7.0/24'], 'FirewallLog.src_ip')).toEqual([
      'ipv4_is_in_range(LocalIP, "192.168.7.0/24")',
    ]);
    expect(on('ip', ['10.9.9.9'], 'FirewallLog.src')).toEqual(['LocalIP == "10.9.9.9"']);
  });

  it('keeps a public source address, and a destination, on the remote side', () => {
    expect(on('ip', ['198.51.100.7'], 'FirewallLog.src_ip')).toEqual(['RemoteIP == "198.51.100.7"']);
    expect(on('cidr', ['192.168.7.0/24'], 'FirewallLog.dest_ip')).toEqual([
      'ipv4_is_in_range(RemoteIP, "192.168.7.0/24")',
    ]);
  });
});

describe('kqlFilterClauses: a domain on a column of addresses', () => {
  const netTypes: Record<string, string> = { Timestamp: 'datetime', RemoteUrl: 'string', TargetDomain: 'string' };
  const net: KqlTable = { name: 'HostConnections', columns: Object.keys(netTypes), type: (c) => netTypes[c] };
  const on = (values: string[], field: string) =>
    kqlFilterClauses(net, readConstraints(aConstraints({ filters: [aFilter('domain', values, { field })] }), [])!, []);

  it('matches the name as a term of the address, so a url or a subdomain under it matches too', () => {
    expect(on(['parcel-notice.example'], 'RemoteUrl')).toEqual(['RemoteUrl has "parcel-notice.example"']);
    expect(on(['a.example', 'b.example'], 'RemoteUrl')).toEqual(['RemoteUrl has_any ("a.example", "b.example")']);
  });

  it('compares a column of bare names as before', () => {
    const dnsTypes: Record<string, string> = { Timestamp: 'datetime', QueryName: 'string' };
    const dns: KqlTable = { name: 'HostLookups', columns: Object.keys(dnsTypes), type: (c) => dnsTypes[c] };
    const filters = [aFilter('domain', ['parcel-notice.example'], { field: 'QueryName' })];
    expect(kqlFilterClauses(dns, readConstraints(aConstraints({ filters }), [])!, [])).toEqual([
      'QueryName =~ "parcel-notice.example"',
    ]);
  });
});

describe('kqlFilterClauses: a verdict word on a column that names actions', () => {
  const logTypes: Record<string, string> = { TimeGenerated: 'datetime', EventID: 'int', Activity: 'string' };
  const log: KqlTable = { name: 'HostAuditLog', columns: Object.keys(logTypes), type: (c) => logTypes[c] };
  const netTypes: Record<string, string> = { Timestamp: 'datetime', ActionType: 'string' };
  const net: KqlTable = { name: 'EdgeConnections', columns: Object.keys(netTypes), type: (c) => netTypes[c] };
  const verdict = (table: KqlTable, values: string[], eventIds: string[] = []) =>
    kqlFilterClauses(
      table,
      readConstraints(
        aConstraints({
          filters: [
            aFilter('action', values),
            ...(eventIds.length > 0 ? [aFilter('event_id', eventIds, { field: 'EventID' })] : []),
          ],
        }),
        [],
      )!,
      [],
    );

  it('finds the word inside the title or the compound name, never as all of it', () => {
    expect(verdict(log, ['dropped'])).toEqual(['Activity contains "dropped"']);
    expect(verdict(net, ['denied', 'dropped'])).toEqual([
      '(ActionType contains "denied" or ActionType contains "dropped")',
    ]);
  });

  it('leaves the word out when event ids say which events are meant', () => {
    expect(verdict(log, ['dropped'], ['6001'])).toEqual(['EventID == 6001']);
  });

  it("reads the verdict as the table's outcome where no column records an action", () => {
    const signins: KqlTable = {
      name: 'SigninLogs',
      columns: ['TimeGenerated', 'UserPrincipalName', 'ResultType'],
      type: () => 'string',
    };
    expect(verdict(signins, ['denied'])).toEqual(['ResultType != "0"']);
  });

  it('compares an action named as the source spells it as a whole', () => {
    expect(verdict(net, ['PortScanFound'])).toEqual(['ActionType =~ "PortScanFound"']);
  });
});

describe('kqlFilterClauses: an outcome of events that log both', () => {
  const winTypes: Record<string, string> = { TimeGenerated: 'datetime', EventID: 'int', Status: 'string' };
  const win: KqlTable = { name: 'SecurityEvent', columns: Object.keys(winTypes), type: (c) => winTypes[c] };
  const outcome = (word: string, ids: string[], more: ReturnType<typeof aFilter>[] = []) =>
    kqlFilterClauses(
      win,
      readConstraints(aConstraints({ filters: [aFilter('status', [word]), aFilter('event_id', ids), ...more] }), [])!,
      [],
    );

  it('tells a failure from a success by the status code of ticket requests and credential checks', () => {
    expect(outcome('failure', ['4769'])).toEqual(['Status != "0x0"', 'EventID == 4769']);
    expect(outcome('successful', ['4768', '4776'])).toEqual(['Status == "0x0"', 'EventID in (4768, 4776)']);
  });

  it('adds no status where the events say the outcome, or a code is named', () => {
    expect(outcome('failed', ['4740'])).toEqual(['EventID == 4740']);
    expect(outcome('failed', ['4776'], [aFilter('text', ['0xC0000064'], { field: 'Status' })])).toEqual([
      'EventID == 4776',
      'Status == "0xC0000064"',
    ]);
  });
});

describe('kqlFilterClauses: a product that names the table searched', () => {
  const signTypes: Record<string, string> = { TimeGenerated: 'datetime', AppDisplayName: 'string' };
  const signins: KqlTable = { name: 'SigninLogs', columns: Object.keys(signTypes), type: (c) => signTypes[c] };
  const office: KqlTable = {
    name: 'OfficeActivity',
    columns: ['TimeGenerated', 'OfficeWorkload'],
    type: () => 'string',
  };
  const app = (table: KqlTable, values: string[]) => {
    const notes: string[] = [];
    const out = kqlFilterClauses(
      table,
      readConstraints(aConstraints({ filters: [aFilter('app', values)] }), [])!,
      notes,
    );
    return { out, notes };
  };

  it("adds no app filter for the name of the table's own product, and says so", () => {
    const entra = app(signins, ['Entra ID']);
    expect(entra.out).toEqual([]);
    expect(entra.notes.join(' ')).toMatch(/names the source of SigninLogs/);
    expect(app(office, ['o365']).out).toEqual([]);
  });

  it('keeps an app signed in to, and a product of another source', () => {
    expect(app(signins, ['Payroll Hub']).out).toEqual(['AppDisplayName =~ "Payroll Hub"']);
    expect(app(signins, ['Office 365']).out).toEqual(['AppDisplayName =~ "Office 365"']);
  });
});

describe('kqlFilterClauses: a transport protocol', () => {
  it('compares the protocol without case, as sources write it in their own', () => {
    const flows: KqlTable = { name: 'BranchFlows', columns: ['TimeGenerated', 'Protocol'], type: () => 'string' };
    const on = (values: string[]) =>
      kqlFilterClauses(
        flows,
        readConstraints(aConstraints({ filters: [aFilter('text', values, { field: 'Protocol' })] }), [])!,
        [],
      );
    expect(on(['tcp'])).toEqual(['Protocol =~ "tcp"']);
    expect(on(['tcp', 'udp'])).toEqual(['Protocol in~ ("tcp", "udp")']);
  });
});

describe('kqlFilterClauses: a folder left out of a path column', () => {
  const processTypes: Record<string, string> = { TimeGenerated: 'datetime', FolderPath: 'string', FileName: 'string' };
  const processes: KqlTable = {
    name: 'DeviceProcessEvents',
    columns: Object.keys(processTypes),
    type: (column) => processTypes[column],
  };
  const excluded = (values: string[]) =>
    kqlFilterClauses(
      processes,
      readConstraints(
        aConstraints({ filters: [aFilter('process', values, { field: 'FolderPath', operator: 'neq' })] }),
        [],
      )!,
      [],
    );

  it('leaves out every path under a folder rooted at a drive, and every path holding a folder written without one', () => {
    expect(excluded(['C:\\Windows\\System32'])).toEqual(['FolderPath !startswith "C:\\\\Windows\\\\System32"']);
    expect(excluded(['\\AppData\\Local\\Temp\\'])).toEqual(['FolderPath !contains "\\\\AppData\\\\Local\\\\Temp\\\\"']);
  });

  it('still compares a whole file path as one value', () => {
    expect(excluded(['C:\\Windows\\System32\\svchost.exe'])).toEqual([
      'FolderPath !~ "C:\\\\Windows\\\\System32\\\\svchost.exe"',
    ]);
  });
});

describe('kqlFilterClauses: a name left out by a wildcard at one end', () => {
  const logonTypes: Record<string, string> = { TimeGenerated: 'datetime', TargetUserName: 'string' };
  const logons: KqlTable = { name: 'KioskLogons', columns: Object.keys(logonTypes), type: (c) => logonTypes[c] };
  const leftOut = (values: string[]) =>
    kqlFilterClauses(
      logons,
      readConstraints(
        aConstraints({ filters: [aFilter('user', values, { field: 'TargetUserName', operator: 'neq' })] }),
        [],
      )!,
      [],
    );

  it('leaves out the names ending with what follows a leading wildcard (machine accounts, `*$`)', () => {
    expect(leftOut(['*$'])).toEqual(['TargetUserName !endswith "$"']);
  });

  it('leaves out the names starting with what precedes a trailing wildcard', () => {
    expect(leftOut(['svc_*', 'adm-*'])).toEqual([
      'TargetUserName !startswith "svc_" and TargetUserName !startswith "adm-"',
    ]);
  });

  it('leaves out the names holding a part written between two wildcards', () => {
    expect(leftOut(['*test*'])).toEqual(['TargetUserName !contains "test"']);
  });

  it('compares a name with no wildcard as before', () => {
    expect(leftOut(['kiosk7'])).toEqual(['TargetUserName !~ "kiosk7"']);
  });
});

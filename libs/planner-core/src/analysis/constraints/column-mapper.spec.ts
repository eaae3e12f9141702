import { chosenTableColumns, columnFor, columnNamed, qualifiedTableStatus, type TableColumns } from './column-mapper';

const signins: TableColumns = {
  table: 'SigninLogs',
  columns: ['TimeGenerated', 'UserPrincipalName', 'IPAddress', 'Location', 'AppDisplayName', 'ResultType'],
};
const network: TableColumns = {
  table: 'DeviceNetworkEvents',
  columns: ['Timestamp', 'DeviceName', 'LocalIP', 'LocalPort', 'RemoteIP', 'RemotePort', 'RemoteUrl'],
};
const orders: TableColumns = {
  table: 'orders',
  columns: ['id', 'customer_id', 'status', 'total_amount', 'created_at'],
};
const customers: TableColumns = { table: 'customers', columns: ['id', 'name', 'country', 'segment', 'created_at'] };

describe('columnFor', () => {
  it('maps a folder to where a file or an image lies', () => {
    expect(
      columnFor('folder', [{ table: 'DeviceProcessEvents', columns: ['DeviceName', 'FileName', 'FolderPath'] }]),
    ).toBe('FolderPath');
  });

  it("maps a service to a Windows service's name, or to the cloud service an API call went to", () => {
    expect(columnFor('service', [{ table: 'aws', columns: ['eventName', 'eventSource', 'errorCode'] }])).toBe(
      'eventSource',
    );
    expect(columnFor('service', [{ table: 'SecurityEvent', columns: ['EventID', 'ServiceName'] }])).toBe('ServiceName');
  });

  it("reads a nested field by its own name, so the lead table's nested code wins over another's flat one", () => {
    expect(
      columnFor('error_code', [
        { table: 'azure', columns: ['properties.appDisplayName', 'properties.status.errorCode'] },
        { table: 'aws', columns: ['eventName', 'errorCode'] },
      ]),
    ).toBe('azure.properties.status.errorCode');
  });

  it('maps "client app" to the client a sign-in came through, else to the app signed in to', () => {
    expect(columnFor('client app', [{ table: 'idp', columns: ['AppDisplayName', 'ClientAppUsed'] }])).toBe(
      'ClientAppUsed',
    );
    expect(columnFor('client app', [{ table: 'sso', columns: ['user', 'app'] }])).toBe('app');
  });

  it('maps a key written as a field name ("src_ip", "dst_ip") to the same end under its table\'s own name', () => {
    expect(columnFor('src_ip', [{ table: 'winlog', columns: ['EventCode', 'user', 'src', 'dest'] }])).toBe('src');
    expect(columnFor('dst_ip', [{ table: 'edr', columns: ['DeviceName', 'LocalIP', 'RemoteIP'] }])).toBe('RemoteIP');
  });

  it('maps a digest asked for without its algorithm to SHA-256 where kept, else to any digest column', () => {
    expect(columnFor('hash', [{ table: 'exec', columns: ['MD5', 'SHA1', 'SHA256', 'Host'] }])).toBe('SHA256');
    expect(columnFor('hash', [{ table: 'proc', columns: ['host', 'process_hash'] }])).toBe('process_hash');
    expect(columnFor('hash', [{ table: 'img', columns: ['Computer', 'MD5'] }])).toBe('MD5');
  });

  it('maps "the key" to a registry key\'s path or name, never to its value\'s name or data', () => {
    const registry: TableColumns = {
      table: 'reg',
      columns: ['dest', 'registry_value_name', 'registry_value_data', 'registry_key_name'],
    };
    expect(columnFor('key', [registry])).toBe('registry_key_name');
    expect(columnFor('key', [{ table: 'sysmon', columns: ['host', 'Details', 'TargetObject'] }])).toBe('TargetObject');
  });

  it("maps kiosks, terminals and tills to a column of their own, else to the machine's name", () => {
    expect(columnFor('kiosk', [{ table: 'KioskEvents', columns: ['Timestamp', 'DeviceName', 'ActionType'] }])).toBe(
      'DeviceName',
    );
    expect(columnFor('terminal', [{ table: 'Security', columns: ['Computer', 'EventID'] }])).toBe('Computer');
    expect(columnFor('till', [{ table: 'sales', columns: ['store_id', 'till_id', 'amount'] }])).toBe('till_id');
  });

  it('maps "src" to a connection log\'s own side when it keeps no source column', () => {
    const flows: TableColumns = { table: 'flows', columns: ['Timestamp', 'LocalIP', 'RemoteIP', 'RemotePort'] };
    expect(columnFor('src', [flows])).toBe('LocalIP');
    expect(columnFor('src', [{ table: 'fw', columns: ['src_ip', 'LocalIP'] }])).toBe('src_ip');
  });

  it('maps values to the columns of one table, unqualified', () => {
    expect(columnFor('ip', [signins])).toBe('IPAddress');
    expect(columnFor('user', [signins])).toBe('UserPrincipalName');
    expect(columnFor('country', [signins])).toBe('Location');
    expect(columnFor('app', [signins])).toBe('AppDisplayName');
  });

  it("maps a user to the account an event happened to before the combined account and the event's subject", () => {
    const winEvents: TableColumns = {
      table: 'WinEvents',
      columns: ['TimeGenerated', 'Account', 'SubjectUserName', 'TargetUserName', 'EventID'],
    };
    expect(columnFor('user', [winEvents])).toBe('TargetUserName');
  });

  it('maps an API call to the audit log name of the call', () => {
    const trail = { table: 'kiosk_audit', columns: ['eventTime', 'eventName', 'principal'] };
    expect(columnFor('api call', [trail])).toBe('eventName');
  });

  it('maps a phrase of two words to a column it begins, a single word only to a whole one', () => {
    const kiosks = { table: 'KioskEvents', columns: ['KioskAppUsed', 'Kiosk'] };
    expect(columnFor('kiosk app', [kiosks])).toBe('KioskAppUsed');
    expect(columnFor('kiosk', [kiosks])).toBe('Kiosk');
    expect(columnFor('kio', [kiosks])).toBeNull();
  });

  it('follows a direction hint for IPs and ports', () => {
    expect(columnFor('ip', [network], 'destination')).toBe('RemoteIP');
    expect(columnFor('port', [network])).toBe('RemotePort');
    expect(columnFor('port', [network], 'source')).toBe('LocalPort');
    expect(columnFor('host', [network])).toBe('DeviceName');
  });

  it("maps the port inbound traffic came in on to a device's local port, else to the destination port", () => {
    expect(columnFor('port', [network], 'inbound')).toBe('LocalPort');
    expect(columnFor('port', [{ table: 'Firewall', columns: ['src_port', 'dest_port'] }], 'inbound')).toBe('dest_port');
  });

  it('qualifies with the table when the analysis joins tables', () => {
    expect(columnFor('status', [orders, customers])).toBe('orders.status');
    expect(columnFor('amount', [orders, customers])).toBe('orders.total_amount');
    expect(columnFor('country', [orders, customers])).toBe('customers.country');
    expect(columnFor('segment', [orders, customers])).toBe('customers.segment');
  });

  it('finds the id column of an entity', () => {
    expect(columnFor('id', [orders, customers], 'order')).toBe('orders.id');
    expect(columnFor('customer', [orders])).toBe('customer_id');
  });

  it('maps a parent process key to the column of the process that started the row', () => {
    const defender: TableColumns = { table: 'DeviceProcessEvents', columns: ['FileName', 'InitiatingProcessFileName'] };
    const cim: TableColumns = { table: 'Endpoint.Processes', columns: ['process_name', 'parent_process_name'] };

    expect(columnFor('parent_process', [defender])).toBe('InitiatingProcessFileName');
    expect(columnFor('parent_process', [cim])).toBe('parent_process_name');
    expect(columnFor('parent_process', [orders])).toBeNull();
  });

  it('is null without tables or without a column of the kind', () => {
    expect(columnFor('ip', [])).toBeNull();
    expect(columnFor('hash', [signins], 'sha256')).toBeNull();
    expect(columnFor('text', [signins])).toBeNull();
  });

  it('maps the acting account ("by who changed them") to the subject or caller column, before the target', () => {
    const changes: TableColumns = {
      table: 'Changes',
      columns: ['TimeGenerated', 'TargetUserName', 'SubjectUserName', 'Computer'],
    };
    expect(columnFor('actor', [changes])).toBe('SubjectUserName');
    expect(columnFor('actor', [{ table: 'trail', columns: ['eventTime', 'eventName', 'userIdentity.arn'] }])).toBe(
      'userIdentity.arn',
    );
    expect(columnFor('actor', [{ table: 'logins', columns: ['at', 'username'] }])).toBe('username');
  });

  it("maps a machine acted on in a cloud activity log to the resource's id, where no column names a machine", () => {
    const activity: TableColumns = { table: 'AzureActivity', columns: ['TimeGenerated', 'Caller', '_ResourceId'] };
    expect(columnFor('host', [activity])).toBe('_ResourceId');
    expect(columnFor('host', [{ table: 'Dev', columns: ['DeviceName', 'ResourceId'] }])).toBe('DeviceName');
  });

  it("maps a user to the first table's account an event happened to before another table's user name", () => {
    const security: TableColumns = { table: 'SecurityEvent', columns: ['TimeGenerated', 'Account', 'TargetUserName'] };
    const processes: TableColumns = { table: 'DeviceProcessEvents', columns: ['Timestamp', 'AccountName'] };
    expect(columnFor('user', [security, processes])).toBe('SecurityEvent.TargetUserName');
    expect(columnFor('user', [processes, security])).toBe('DeviceProcessEvents.AccountName');
  });
});

describe('columnFor (the target of an audited action)', () => {
  it("should map a target to the record's targets or its object", () => {
    const audit: TableColumns = { table: 'DirectoryAudit', columns: ['When', 'Actor', 'TargetResources'] };
    const files: TableColumns = { table: 'FileAudit', columns: ['When', 'UserId', 'ObjectId'] };
    expect(columnFor('target', [audit])).toBe('TargetResources');
    expect(columnFor('target', [files])).toBe('ObjectId');
  });
});

describe('columnFor (who acted)', () => {
  it("should map the actor to the record's initiator or caller before an account column", () => {
    const audit: TableColumns = { table: 'DirectoryAudit', columns: ['When', 'TargetUser', 'InitiatedBy'] };
    const cloud: TableColumns = { table: 'CloudOps', columns: ['When', 'UserName', 'Caller'] };
    const files: TableColumns = { table: 'FileAudit', columns: ['When', 'UserId', 'ObjectId'] };
    expect(columnFor('actor', [audit])).toBe('InitiatedBy');
    expect(columnFor('actor', [cloud])).toBe('Caller');
    expect(columnFor('actor', [files])).toBe('UserId');
  });

  it("should not take the initiating program's file name for who acted", () => {
    const net: TableColumns = {
      table: 'HostSockets',
      columns: ['When', 'RemoteUrl', 'InitiatingProcessFileName', 'InitiatingProcessAccountName'],
    };
    expect(columnFor('actor', [net])).toBe('InitiatingProcessAccountName');
  });
});

describe('columnNamed (short forms)', () => {
  it('should name the command line column by "cmdline" or "cmd line"', () => {
    const processes: TableColumns = { table: 'DeviceProcessEvents', columns: ['FileName', 'ProcessCommandLine'] };
    expect(columnNamed('cmdline', [processes])).toBe('ProcessCommandLine');
    expect(columnNamed('cmd line', [processes])).toBe('ProcessCommandLine');
  });

  it('should name a column by the starts of its last words ("enc type", "logon typ", "src port")', () => {
    const kerberos: TableColumns = { table: 'SecurityEvent', columns: ['EventID', 'TicketEncryptionType', 'Status'] };
    expect(columnNamed('enc type', [kerberos])).toBe('TicketEncryptionType');
    expect(columnNamed('ticket encr type', [kerberos])).toBe('TicketEncryptionType');
    expect(columnNamed('logon typ', [{ table: 'Logons', columns: ['Computer', 'LogonType'] }])).toBe('LogonType');
    expect(columnNamed('src port', [{ table: 'fw', columns: ['dest_port', 'source_port'] }])).toBe('source_port');
    expect(columnNamed('auth pkg name', [{ table: 'W', columns: ['AuthenticationPackageName'] }])).toBe(
      'AuthenticationPackageName',
    );
    expect(columnNamed('en type', [kerberos])).toBeNull();
    expect(columnNamed('ev typ', [kerberos])).toBeNull();
  });

  it('should name the CIM transport column by "protocol" where no column is called so', () => {
    const flows: TableColumns = { table: 'EdgeFlows', columns: ['src_ip', 'transport', 'dest_port'] };
    expect(columnNamed('protocol', [flows])).toBe('transport');
    expect(columnNamed('protocol', [{ table: 'Wan', columns: ['Protocol', 'transport'] }])).toBe('Protocol');
  });
});

describe('columnFor (a mailbox)', () => {
  it('maps "dest" alone to where traffic went, never to the port column its name begins', () => {
    const flows: TableColumns = { table: 'Flows', columns: ['src_ip', 'dest_port', 'dest_ip', 'proto'] };
    expect(columnFor('dest', [flows])).toBe('dest_ip');
    expect(columnFor('dest', [{ table: 'Hops', columns: ['dest_port', 'dest'] }])).toBe('dest');
    expect(columnFor('dest', [{ table: 'Ports', columns: ['src_port', 'dest_port'] }])).toBeNull();
  });

  it('maps "dest" and "src" alone on a logon log to the machine logged on to and the address it came from', () => {
    const logons: TableColumns = { table: 'Logons', columns: ['ComputerName', 'SourceIP', 'Workstation', 'LogonKind'] };
    expect(columnFor('dest', [logons])).toBe('ComputerName');
    expect(columnFor('src', [logons])).toBe('SourceIP');
    expect(columnFor('src', [{ table: 'Ntlm', columns: ['Computer', 'WorkstationName'] }])).toBe('WorkstationName');
    expect(columnFor('src', [{ table: 'Ports', columns: ['src_port', 'dest_port'] }])).toBeNull();
  });

  it("should name Microsoft 365's object id as the mailbox an operation acted on", () => {
    const office: TableColumns = { table: 'OfficeActivity', columns: ['Operation', 'UserId', 'OfficeObjectId'] };
    expect(columnFor('mailbox', [office])).toBe('OfficeObjectId');
  });

  it('should read a short word as the column it abbreviates, the tightest spelling first', () => {
    const staff: TableColumns = {
      table: 'staff',
      columns: ['staff_id', 'description', 'department', 'quantity_owned', 'mgr_level', 'joined_at'],
    };
    expect(columnFor('dept', [staff])).toBe('department');
    expect(columnFor('qty', [staff])).toBe('quantity_owned');
    expect(columnFor('desc', [staff])).toBe('description');
  });

  it('should read no abbreviation from a time unit, a word too short, one not begun like the column or one ending on a vowel', () => {
    const feed: TableColumns = { table: 'feed', columns: ['data_source', 'weekday_name', 'payload'] };
    expect(columnFor('date', [feed])).toBeNull();
    expect(columnFor('week', [feed])).toBeNull();
    expect(columnFor('pl', [feed])).toBeNull();
    expect(columnFor('pyld', [feed])).toBe('payload');
    expect(columnFor('ayd', [feed])).toBeNull();
    expect(columnFor('paylo', [feed])).toBeNull();
  });
});

describe('columnFor (a site)', () => {
  it('should name the site address column as the site a file operation happened on', () => {
    const files: TableColumns = { table: 'DocAudit', columns: ['Operation', 'UserId', 'Site_Url', 'SourceFileName'] };
    expect(columnFor('site', [files])).toBe('Site_Url');
  });
});

describe('chosenTableColumns', () => {
  it('reads the columns of the index a chosen sourcetype without columns is kept in, once', () => {
    const entries = [
      { name: 'edge', columns: ['url', 'client_ip'] },
      { name: 'proxy:squid', columns: [], index: 'edge' },
      { name: 'proxy:bluecoat', columns: [], index: 'edge' },
      { name: 'orphan:type', columns: [], index: 'missing' },
    ];
    const catalog = { platforms: new Map([['spl', { entries }]]) };

    expect(
      chosenTableColumns(catalog, [{ platform: 'spl', tables: ['proxy:squid', 'proxy:bluecoat', 'orphan:type'] }]),
    ).toEqual([{ table: 'edge', columns: ['url', 'client_ip'] }]);
  });
});

describe('qualifiedTableStatus', () => {
  const clients: TableColumns = { table: 'clients', columns: ['id', 'name', 'status'] };
  const said = 'refunded orders of dormant clients';
  const end = said.indexOf('dormant') + 'dormant'.length;

  it('gives the status column of the chosen table the noun after the state word names', () => {
    expect(qualifiedTableStatus(said, end, [orders, clients])).toBe('clients.status');
  });

  it('gives nothing with one table, a noun naming no table, or a named table without a status', () => {
    expect(qualifiedTableStatus(said, end, [clients])).toBeNull();
    expect(qualifiedTableStatus('dormant accounts', 'dormant'.length, [orders, clients])).toBeNull();
    expect(qualifiedTableStatus('dormant customers', 'dormant'.length, [orders, customers])).toBeNull();
  });
});

describe('columnFor, a name of the noun before it', () => {
  const bookings: TableColumns = { table: 'bookings', columns: ['booking_id', 'client_id', 'fare'] };
  const clients: TableColumns = { table: 'clients', columns: ['client_id', 'name', 'email'] };
  const staff: TableColumns = { table: 'members', columns: ['member_id', 'display_name'] };
  const parts: TableColumns = { table: 'parts', columns: ['part_id', 'name', 'weight'] };

  it("maps a noun's name to the name column of the table named for it", () => {
    expect(columnFor('part name', [bookings, parts])).toBe('parts.name');
    expect(columnFor('member name', [staff])).toBe('display_name');
  });

  it("maps a trade name's name to the name column of the customers' table", () => {
    expect(columnFor('passenger name', [bookings, clients])).toBe('clients.name');
  });

  it('maps nothing when no table is named for the noun', () => {
    expect(columnFor('pilot name', [bookings, clients])).toBeNull();
  });
});

describe('columnFor (an end of an event said in full)', () => {
  const auth: TableColumns = { table: 'Authentication', columns: ['app', 'dest', 'src', 'user', 'action'] };

  it('maps "destination" and "source" to the short dest and src fields when no column spells the word', () => {
    expect(columnFor('destination', [auth])).toBe('dest');
    expect(columnFor('source', [auth])).toBe('src');
  });

  it('keeps a column that spells the word', () => {
    const flows: TableColumns = { table: 'flows', columns: ['destination', 'dest'] };
    expect(columnFor('destination', [flows])).toBe('destination');
  });
});

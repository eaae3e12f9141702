import { actorCount, columnFor, filterKind, holdsValues, namedColumn, pathAwareKind } from './column-kinds';

describe('namedColumn', () => {
  it("maps a transport protocol said alone to the flow's protocol column", () => {
    const filter = { field: null, expression: 'udp', values: ['udp'] };
    expect(namedColumn(['RemotePort', 'Protocol'], filter)).toBe('Protocol');
    expect(namedColumn(['dest_port', 'transport'], filter)).toBe('transport');
    expect(namedColumn(['FileName'], filter)).toBeUndefined();
  });

  it("maps an HTTP method said alone to the web log's method column", () => {
    const filter = { field: null, expression: 'PUT', values: ['PUT'] };
    expect(namedColumn(['src', 'uri', 'http_method'], filter)).toBe('http_method');
    expect(namedColumn(['TimeGenerated', 'csMethod'], filter)).toBe('csMethod');
    expect(namedColumn(['src', 'uri'], filter)).toBeUndefined();
  });

  it("maps a class of HTTP statuses said alone to a web log's status column, and to no other log's", () => {
    const filter = { field: null, expression: '4xx or 5xx', values: ['4xx', '5xx'] };
    expect(namedColumn(['url', 'status', 'http_method'], filter)).toBe('status');
    expect(namedColumn(['TimeGenerated', 'csUriStem', 'scStatus'], filter)).toBe('scStatus');
    expect(namedColumn(['user', 'status', 'action'], filter)).toBeUndefined();
  });

  it('maps codes said as "error"/"errors" to the table’s result column', () => {
    const columns = ['TimeGenerated', 'UserPrincipalName', 'ResultType'];
    expect(namedColumn(columns, { field: null, expression: 'errors 70043 or 50158', values: ['70043', '50158'] })).toBe(
      'ResultType',
    );
    expect(namedColumn(['eventName', 'errorCode'], { field: null, expression: 'error 403', values: ['403'] })).toBe(
      'errorCode',
    );
  });

  it('maps a code something failed with ("failing w/ 70011") to the result column', () => {
    const columns = ['TimeGenerated', 'UserPrincipalName', 'ResultType'];
    expect(namedColumn(columns, { field: null, expression: 'failing w/ 70011', values: ['70011'] })).toBe('ResultType');
    expect(
      namedColumn(columns, { field: null, expression: 'failed with error 70011 or 70012', values: ['70011', '70012'] }),
    ).toBe('ResultType');
    expect(namedColumn(columns, { field: null, expression: 'failed with 70011', values: ['70011'] })).toBe(
      'ResultType',
    );
  });

  it("maps a field named as another source spells it to this source's spelling", () => {
    const columns = ['EventCode', 'Shift_Supervisor_Name', 'host'];
    expect(namedColumn(columns, { field: 'ShiftSupervisorName', expression: 'night lead', values: ['x'] })).toBe(
      'Shift_Supervisor_Name',
    );
    expect(namedColumn(columns, { field: 'Gate', expression: 'gate', values: ['x'] })).toBeUndefined();
  });
});

describe('columnFor (a word kept as a display name)', () => {
  it('reads "activity" as the activity\'s display name where no column is named so alone', () => {
    expect(columnFor(['TimeGenerated', 'OperationName', 'ActivityDisplayName', 'Category'], 'activity', null)).toBe(
      'ActivityDisplayName',
    );
    expect(columnFor(['TimeGenerated', 'Activity', 'ActivityDisplayName'], 'activity', null)).toBe('Activity');
  });
});

describe('columnFor (registry key)', () => {
  it("takes each source's column for the key a registry change touched", () => {
    expect(columnFor(['DeviceName', 'RegistryKey', 'RegistryValueName'], 'key', null)).toBe('RegistryKey');
    expect(columnFor(['dest', 'registry_value_data', 'registry_path'], 'key', null)).toBe('registry_path');
  });
});

describe('columnFor (parent process)', () => {
  it("takes each source's column for the process that started the row", () => {
    expect(columnFor(['FileName', 'InitiatingProcessFileName'], 'parent_process', null)).toBe(
      'InitiatingProcessFileName',
    );
    expect(columnFor(['Image', 'ParentImage', 'CommandLine'], 'parent_process', null)).toBe('ParentImage');
    expect(columnFor(['EventCode', 'user'], 'parent_process', null)).toBeUndefined();
  });
});

describe('columnFor (what sends the most traffic)', () => {
  it('takes the address traffic came from, else the device that sent it', () => {
    expect(columnFor(['dest_ip', 'src_ip', 'bytes_out'], 'talker', null)).toBe('src_ip');
    expect(columnFor(['DeviceName', 'LocalIP', 'RemoteIP', 'RemotePort'], 'talker', null)).toBe('DeviceName');
  });
});

describe('columnFor (bytes)', () => {
  it('takes the column of the bytes in the direction asked, else the bytes sent', () => {
    expect(columnFor(['src_ip', 'bytes_in', 'bytes_out'], 'bytes in', null)).toBe('bytes_in');
    expect(columnFor(['src_ip', 'bytes_in', 'bytes_out'], 'bytes', null)).toBe('bytes_out');
    expect(columnFor(['src_ip', 'dest_port'], 'bytes out', null)).toBeUndefined();
  });
});

describe('columnFor (a field of another source in the same role)', () => {
  it("takes the table's column in the role of the analysis's field before the kind's usual columns", () => {
    const sysmon = ['Image', 'TargetFilename', 'ParentImage'];
    expect(columnFor(sysmon, 'file', 'Endpoint.Processes.process_path')).toBe('Image');
    expect(columnFor(sysmon, 'file', null)).toBe('TargetFilename');
    expect(columnFor(['FileName', 'FolderPath'], 'process', 'Image')).toBe('FileName');
    expect(columnFor(['Image', 'ParentImage'], 'process', 'InitiatingProcessFileName')).toBe('Image');
    expect(columnFor(['FileName', 'InitiatingProcessFileName'], 'process', 'ParentImage')).toBe(
      'InitiatingProcessFileName',
    );
  });
});

describe('columnFor (destination addresses)', () => {
  it('takes the destination column where the source has one, else its only address', () => {
    expect(columnFor(['src_ip', 'dest_ip', 'dest_port'], 'dest_ip', null)).toBe('dest_ip');
    expect(columnFor(['LocalIP', 'RemoteIP'], 'dest_ip', null)).toBe('RemoteIP');
    expect(columnFor(['UserPrincipalName', 'IPAddress'], 'dest_ip', null)).toBe('IPAddress');
  });
});

describe("columnFor (Splunk's short names of the two ends)", () => {
  it('takes a field of that very name, else the address of that end', () => {
    expect(columnFor(['process_name', 'user', 'dest'], 'dest', null)).toBe('dest');
    expect(columnFor(['src_ip', 'dest_ip', 'dest_port'], 'dest', null)).toBe('dest_ip');
    expect(columnFor(['src_ip', 'dest_ip', 'dest_port'], 'src', null)).toBe('src_ip');
    expect(columnFor(['user', 'src', 'dest'], 'src', null)).toBe('src');
  });
});

describe('columnFor (what is still owed)', () => {
  it('sums a bill’s balance where it keeps one, else its amount', () => {
    expect(columnFor(['invoice_id', 'amount', 'balance'], 'outstanding', null)).toBe('balance');
    expect(columnFor(['invoice_id', 'status', 'amount'], 'owed', null)).toBe('amount');
  });
});

describe('columnFor (a field qualified by a source whose name holds dots)', () => {
  it('reads the field after the whole source name', () => {
    expect(
      columnFor(
        ['dest', 'registry_value_name'],
        'value name',
        'Endpoint.Registry.registry_value_name',
        'Endpoint.Registry',
      ),
    ).toBe('registry_value_name');
    expect(columnFor(['userIdentity.arn'], 'user', 'aws.userIdentity.arn', 'aws')).toBe('userIdentity.arn');
  });
});

describe('columnFor (the account a process ran as)', () => {
  it('reads a process account on another source as that source’s process account, not a logon target', () => {
    expect(
      columnFor(['TargetUserName', 'Account', 'Computer'], 'user', 'DeviceProcessEvents.AccountName', 'SecurityEvent'),
    ).toBe('Account');
    expect(columnFor(['TargetUserName', 'Account'], 'user', null, 'SecurityEvent')).toBe('TargetUserName');
  });
});

describe('columnFor (a field named under another name of the same data)', () => {
  it('takes the column of exactly that name', () => {
    expect(columnFor(['eventName', 'userIdentity.arn'], 'api call', 'aws.eventName', 'aws:cloudtrail')).toBe(
      'eventName',
    );
  });
});

describe('actorCount', () => {
  it('should count the distinct actors a "how many <actors>" names, not their events', () => {
    expect(actorCount({ kind: 'count', of: 'user', field: null }, [])).toEqual({
      kind: 'distinct_count',
      of: 'user',
      field: null,
    });
    expect(actorCount({ kind: 'count', of: 'ip', field: 'src_ip' }, [{ kind: 'host' }])?.kind).toBe('distinct_count');
  });

  it('should keep a count of rows, a count per the same actor, and other measures', () => {
    expect(actorCount({ kind: 'count', of: null, field: null }, [])?.kind).toBe('count');
    expect(actorCount({ kind: 'count', of: 'host', field: null }, [{ kind: 'host' }])?.kind).toBe('count');
    expect(actorCount({ kind: 'count', of: 'order', field: null }, [])?.kind).toBe('count');
    expect(actorCount({ kind: 'sum', of: 'bytes', field: null }, [])?.kind).toBe('sum');
    expect(actorCount(null, [])).toBeNull();
  });
});

describe('holdsValues', () => {
  it("should keep a DNS name out of an account's domain column", () => {
    const dns = { kind: 'domain', values: ['files.example.org'] };
    expect(holdsValues('AccountDomain', dns)).toBe(false);
    expect(holdsValues('SubjectDomainName', dns)).toBe(false);
    expect(holdsValues('RemoteUrl', dns)).toBe(true);
    expect(holdsValues('AccountDomain', { kind: 'domain', values: ['FABRIKAM'] })).toBe(true);
  });

  it("should keep a resource provider's operation to a column of provider paths", () => {
    const provider = { kind: 'action', values: ['Microsoft.Cdn'] };
    expect(holdsValues('OperationNameValue', provider)).toBe(true);
    expect(holdsValues('ActionType', provider)).toBe(false);
    expect(holdsValues('OperationName', provider)).toBe(false);
    expect(holdsValues('ActionType', { kind: 'action', values: ['ConnectionSuccess'] })).toBe(true);
  });
});

describe('columnFor (an address another source keeps as the remote end)', () => {
  it('reads the destination column for an address given as a remote one, the source column otherwise', () => {
    const flows = ['src_addr', 'src_ip', 'dst_port', 'dest_ip'];
    expect(columnFor(flows, 'ip', 'EdgeSockets.RemoteIP', 'flows')).toBe('dest_ip');
    expect(columnFor(flows, 'ip', 'EdgeSockets.ClientIP', 'flows')).toBe('src_ip');
  });
});

describe('columnFor (mailbox)', () => {
  it("should find the mailbox an Exchange operation acted on in Microsoft 365's object id", () => {
    expect(columnFor(['Operation', 'UserId', 'ClientIP', 'OfficeObjectId'], 'mailbox', null)).toBe('OfficeObjectId');
    expect(columnFor(['Operation', 'MailboxOwnerUPN', 'ObjectId'], 'mailbox', null)).toBe('MailboxOwnerUPN');
  });
});

describe('columnFor (site)', () => {
  it('should find the site of a Microsoft 365 file operation in the column that keeps its address', () => {
    expect(columnFor(['Operation', 'UserId', 'OfficeObjectId', 'Site_Url'], 'site', null)).toBe('Site_Url');
  });
});

describe('namedColumn (a code column spelt another way)', () => {
  it("finds the source's own column for a sign-in result type", () => {
    const fields = ['properties.userPrincipalName', 'properties.status.errorCode'];
    expect(namedColumn(fields, { field: 'ResultType', expression: '70008', values: ['70008'] })).toBe(
      'properties.status.errorCode',
    );
    expect(namedColumn(['user', 'app'], { field: 'ResultType', expression: '70008', values: ['70008'] })).toBe(
      undefined,
    );
  });
});

describe('columnFor (name)', () => {
  it("takes a table's display name for a name asked of another table's rows", () => {
    expect(columnFor(['staff_id', 'email', 'display_name'], 'name', 'clients.name', 'staff')).toBe('display_name');
    expect(columnFor(['client_id', 'name', 'display_name'], 'name', null)).toBe('name');
  });
});

describe('columnFor (the last part of a nested field)', () => {
  it('finds a word named as the last part of a dotted field ("by arn" → userIdentity.arn), not a bare "id"', () => {
    expect(columnFor(['eventName', 'requestParameters.bucketName', 'userIdentity.arn'], 'arn', null)).toBe(
      'userIdentity.arn',
    );
    expect(columnFor(['eventName', 'requestParameters.bucketName', 'detail.id'], 'id', null)).toBeUndefined();
  });
});

describe('columnFor (an address mapped to another source)', () => {
  it("keeps the destination side of another source's `dest` field", () => {
    expect(columnFor(['src_ip', 'dest_ip', 'bytes_out'], 'ip', 'dest')).toBe('dest_ip');
    expect(columnFor(['src_ip', 'dest_ip', 'bytes_out'], 'ip', 'src')).toBe('src_ip');
  });
});

describe('columnFor (ports said in full)', () => {
  it("takes each source's column for the destination or source port", () => {
    expect(columnFor(['src_ip', 'dest_ip', 'dest_port'], 'destination port', null)).toBe('dest_port');
    expect(columnFor(['RemoteIP', 'RemotePort', 'LocalPort'], 'destination port', 'sysmon.DestinationPort')).toBe(
      'RemotePort',
    );
    expect(columnFor(['RemotePort', 'LocalPort'], 'source port', null)).toBe('LocalPort');
  });
});

describe('filterKind and pathAwareKind', () => {
  const folder = {
    kind: 'process',
    operator: 'contains',
    field: 'sysmon.Image',
    values: ['E:\\Builds\\Out'],
  };

  it("reads a program's folder as its image's path, and a program's name as a process", () => {
    expect(pathAwareKind(folder)).toBe('image_folder');
    expect(pathAwareKind({ kind: 'process', values: ['/var/tmp/'] })).toBe('image_folder');
    expect(pathAwareKind({ kind: 'process', values: ['regedit.exe'] })).toBe('process');
    expect(pathAwareKind({ kind: 'file', values: ['E:\\Builds\\Out'] })).toBe('file');
  });

  it("maps the folder to each source's path column, not the file name", () => {
    const defender = ['TimeGenerated', 'DeviceName', 'FileName', 'FolderPath', 'ProcessCommandLine'];
    expect(columnFor(defender, filterKind(folder), folder.field, 'DeviceProcessEvents')).toBe('FolderPath');
    expect(columnFor(['process_name', 'process_path', 'dest'], filterKind(folder), null, 'Endpoint.Processes')).toBe(
      'process_path',
    );
  });
});

describe('columnFor, a key written as a field name', () => {
  it('maps "src_ip" and "dst_ip" to the same ends of a source that names them otherwise', () => {
    expect(columnFor(['EventCode', 'user', 'src', 'dest'], 'src_ip', 'flows.src_ip', 'winlog')).toBe('src');
    expect(columnFor(['Computer', 'IpAddress'], 'src_ip', null)).toBe('IpAddress');
    expect(columnFor(['Image', 'DestinationIp'], 'dst_ip', 'flows.dest_ip', 'sysmon')).toBe('DestinationIp');
  });
});

describe('columnFor (short names of a kind)', () => {
  it('maps "src ip" to the source address each source keeps, and a folder to its path', () => {
    expect(columnFor(['Computer', 'TargetUserName', 'IpAddress'], 'src ip', 'Network_Traffic.src_ip')).toBe(
      'IpAddress',
    );
    expect(columnFor(['DeviceName', 'FolderPath'], 'folder', null)).toBe('FolderPath');
    expect(columnFor(['eventName', 'eventSource'], 'service', null)).toBe('eventSource');
  });
});

import { fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import { analyzeHeuristically } from './heuristic-analyzer';

const NOW = new Date('2025-03-10T12:00:00Z');

function analyze(question: string, hints: unknown) {
  const agents = buildAgentDirectory(fullMeshAgents());
  return analyzeHeuristically({
    naturalLanguage: question,
    catalog: readSchemaCatalog(hints, agents.data),
    agents,
    now: NOW,
  }).analysis;
}

/** An invented hunting workspace: one family of host tables, an alerts table with a detection column. */
function huntingHints(): Record<string, unknown> {
  return {
    kql: {
      description: 'Log Analytics workspace',
      tables: {
        HostFileWrites: ['TimeGenerated', 'HostName', 'FilePath'],
        HostProcessStarts: ['TimeGenerated', 'HostName', 'ProcessCommandLine'],
        HostSocketTraffic: ['TimeGenerated', 'HostName', 'RemoteAddress'],
        HostCertificateInventory: ['TimeGenerated', 'HostName', 'Thumbprint'],
        HostAgentHealth: ['TimeGenerated', 'HostName', 'SensorState'],
        AlertDigest: ['TimeGenerated', 'DetectionSource', 'Severity'],
        VaultAccess: ['TimeGenerated', 'Operation', 'Caller'],
      },
    },
  };
}

describe('tables of the chosen platform', () => {
  it("reads who the accounts are from the directory's record when accounts' sign-ins are asked of", () => {
    const hints = {
      kql: {
        description: 'Log Analytics workspace',
        tables: {
          PortalLogonTrail: ['TimeGenerated', 'UserPrincipalName', 'IPAddress', 'Country'],
          StaffRoster: ['AccountUpn', 'Department', 'JobTitle', 'Manager'],
          HostProcessStarts: ['TimeGenerated', 'HostName', 'ProcessCommandLine'],
          ParcelTracking: ['TrackingId', 'Department'],
        },
      },
    };
    const result = analyze('In Sentinel, which user accounts logged in from three cities within one hour?', hints);

    expect(result.entities.tables.slice(0, 2)).toEqual(['PortalLogonTrail', 'StaffRoster']);
    expect(result.entities.tables).not.toContain('ParcelTracking');

    const hunt = analyze('In Sentinel, find hosts where the kettlepop binary was launched', hints);
    expect(hunt.entities.tables).not.toContain('StaffRoster');
  });

  it('names the process table for a utility dumping credentials in KQL, though no name word reaches it', () => {
    const result = analyze('Use KQL to detect credential dumping with a renamed utility', huntingHints());

    expect(result.required_platforms).toEqual(['kql']);
    expect(result.entities.tables).toContain('HostProcessStarts');
  });

  it('does not lead a hunt with a table the word activity reaches only by the padding of its name', () => {
    const hints = huntingHints();
    const kql = hints['kql'] as { tables: Record<string, string[]> };
    kql.tables['TenantActivity'] = ['TimeGenerated', 'OperationName', 'Caller'];
    const result = analyze('Hunt in Sentinel for any Zorblax activity', hints);

    expect(result.entities.tables[0]).toBe('HostProcessStarts');
  });

  it('names the process table for a hunt that names nothing but a tool', () => {
    const result = analyze('Hunt in Sentinel for any Zorblax activity', huntingHints());

    expect(result.entities.tables).toContain('HostProcessStarts');
  });

  it('leads with the process sibling when hosts are asked of a program running', () => {
    const result = analyze('In Sentinel, which hosts had the zorblax agent running since sunday?', huntingHints());

    expect(result.entities.tables[0]).toBe('HostProcessStarts');
  });

  it("leads with the table a hunt starts at when a tool is asked of on any of a family's machines", () => {
    const hints = {
      kql: {
        description: 'Log Analytics workspace',
        tables: {
          DeviceSocketOpens: ['TimeGenerated', 'DeviceName', 'RemoteAddress', 'InitiatingProcessName'],
          DeviceProcessLaunches: ['TimeGenerated', 'DeviceName', 'FileName', 'ProcessCommandLine'],
          DeviceFileTouches: ['TimeGenerated', 'DeviceName', 'FolderPath'],
          AlertDigest: ['TimeGenerated', 'DetectionSource', 'Severity'],
        },
      },
    };
    const first = (question: string) => analyze(question, hints).entities.tables[0];
    expect(first('In Sentinel: lazagne on any machine over the last 5 days?')).toBe('DeviceProcessLaunches');
    expect(first('In Sentinel, was rubeus seen on a computer since friday')).toBe('DeviceProcessLaunches');
    // An activity said still picks its own sibling.
    expect(first('In Sentinel: socket opens by rubeus on any machine since friday')).toBe('DeviceSocketOpens');
  });

  it('leads with the office audit trail when an admin cmdlet is said to have been run', () => {
    const hints = huntingHints();
    const kql = hints['kql'] as { tables: Record<string, string[]> };
    kql.tables['OfficeAuditTrail'] = ['TimeGenerated', 'Operation', 'UserId'];
    const result = analyze('In Sentinel, which operator executed Remove-MailboxPermission on the payroll box?', hints);

    expect(result.entities.tables[0]).toBe('OfficeAuditTrail');
  });

  it("reads a machine's restarts, and other Windows-only activities, from the Windows security log, not a database", () => {
    const hints = {
      ...huntingHints(),
      kql: {
        description: 'Log Analytics workspace',
        tables: {
          WinSecurityLog: ['TimeGenerated', 'Computer', 'EventID'],
          HostProcessStarts: ['TimeGenerated', 'HostName', 'ProcessCommandLine'],
        },
      },
      sql: { description: 'PostgreSQL app database', tables: { staff: ['staff_id', 'last_seen_at', 'active'] } },
    };
    const result = analyze('how often was kiosk-5 rebooted over the last fortnight', hints);

    expect(result.required_platforms).toEqual(['kql']);
    expect(result.entities.tables[0]).toBe('WinSecurityLog');
    const roasting = analyze('any kerberoasting in the last day', hints);
    expect(roasting.required_platforms).toEqual(['kql']);
    expect(roasting.entities.tables[0]).toBe('WinSecurityLog');
  });

  it("reads the suite's audit table for the office suite, not for the office people sign in from", () => {
    const hints = {
      kql: {
        description: 'Log Analytics workspace',
        tables: {
          OfficeActivity: ['TimeGenerated', 'Operation', 'OfficeWorkload', 'UserId', 'ClientIP', 'ResultStatus'],
          SigninLogs: ['TimeGenerated', 'UserPrincipalName', 'IPAddress', 'ResultType', 'AppDisplayName'],
          AuditLogs: ['TimeGenerated', 'OperationName', 'InitiatedBy', 'TargetResources'],
          DeviceNetworkEvents: ['TimeGenerated', 'DeviceName', 'RemoteIP', 'RemotePort'],
          DeviceLogonEvents: ['TimeGenerated', 'DeviceName', 'AccountName', 'LogonType'],
        },
      },
    };
    const first = (question: string) => analyze(question, hints).entities.tables[0];

    expect(first('Entra ID sign-in records from our main office, 198.51.100.20')).toBe('SigninLogs');
    expect(first('Azure AD sign ins through the head office wifi')).toBe('SigninLogs');
    expect(first('what did nadia change in the Office apps')).toBe('OfficeActivity');
    expect(first('o365 operations from 198.51.100.20')).toBe('OfficeActivity');
  });

  it('reads the directory audit log for a directory role named by its title alone, not its sign-ins', () => {
    const hints = {
      kql: {
        description: 'Log Analytics workspace',
        tables: {
          SigninLogs: ['TimeGenerated', 'UserPrincipalName', 'IPAddress', 'ResultType', 'AppDisplayName'],
          AuditLogs: ['TimeGenerated', 'OperationName', 'InitiatedBy', 'TargetResources'],
          DeviceProcessEvents: ['TimeGenerated', 'DeviceName', 'AccountName', 'FileName'],
          SecurityEvent: ['TimeGenerated', 'Computer', 'EventID', 'TargetUserName'],
        },
      },
    };
    const first = (question: string) => analyze(question, hints).entities.tables[0];

    expect(first('who added ppl to Global Administrator in entra today')).toBe('AuditLogs');
    expect(first('who was made global admin this week')).toBe('AuditLogs');
    expect(first('anyone added to Security Administrator in the last 7 days?')).toBe('AuditLogs');
    expect(first('sign-ins by global admins from new countries')).toBe('SigninLogs');
  });

  it('names the network table for outbound connections', () => {
    const result = analyze(
      'In Sentinel, which hosts had outbound connections to the callback address?',
      huntingHints(),
    );

    const tables = result.entities.tables;
    expect(tables).toContain('HostSocketTraffic');
    expect(tables.indexOf('HostSocketTraffic')).toBeLessThan(2);
  });

  it('names data models for the activity in Splunk', () => {
    const hints = {
      spl: {
        description: 'Splunk ES',
        datamodels: {
          'Endpoint.Processes': ['Processes.process'],
          'Network_Traffic.All_Traffic': ['All_Traffic.dest_port'],
        },
      },
    };

    const result = analyze('Using tstats, find a payload launched by a script that then beaconed outbound', hints);

    expect(result.required_platforms).toEqual(['spl']);
    expect(result.entities.tables).toEqual(
      expect.arrayContaining(['Endpoint.Processes', 'Network_Traffic.All_Traffic']),
    );
  });

  it('names the sourcetype a macro named after the product reads', () => {
    const hints = {
      spl: {
        description: 'Splunk Enterprise',
        sourcetypes: ['lynx:syslog:kv', 'fw:traffic'],
        macros: { quokka_gateway: 'sourcetype=lynx:syslog:kv' },
      },
    };

    const result = analyze('Using Splunk, find sessions blocked by the Quokka gateway for a single user', hints);

    expect(result.entities.tables).toEqual(expect.arrayContaining(['quokka_gateway', 'lynx:syslog:kv']));
  });

  it("reads a cloud service's control-plane calls from the provider's API trail, not the hosts' logs", () => {
    const hints = huntingHints();
    const kql = hints['kql'] as { tables: Record<string, string[]> };
    kql.tables['ProviderApiTrail'] = ['TimeGenerated', 'EventName', 'SourceIpAddress', 'UserIdentityArn'];
    const result = analyze('In Sentinel, who rotated the master password of an RDS instance last week?', hints);

    expect(result.entities.tables[0]).toBe('ProviderApiTrail');
    expect(result.entities.tables).not.toContain('HostFileWrites');
  });

  it("reads the office suite's audit log for its chat product named as such, not for a team said in lower case", () => {
    const hints = huntingHints();
    const kql = hints['kql'] as { tables: Record<string, string[]> };
    kql.tables['OfficeWorkloadAudit'] = ['TimeGenerated', 'Operation', 'UserId', 'OfficeWorkload'];

    const named = analyze('In Sentinel, list guests removed from a Team within ten minutes of joining it', hints);
    expect(named.entities.tables).toContain('OfficeWorkloadAudit');

    const ordinary = analyze('In Sentinel, which hosts did the blue team patch with the kettlepop binary?', hints);
    expect(ordinary.entities.tables).not.toContain('OfficeWorkloadAudit');
  });

  it("reads administrators' operations on the cloud's resources from the entry keeping each operation's caller", () => {
    const hints = huntingHints();
    const kql = hints['kql'] as { tables: Record<string, string[]> };
    delete kql.tables['VaultAccess'];
    kql.tables['ControlPlaneJournal'] = ['TimeGenerated', 'Caller', 'OperationNameValue', 'ResourceGroup'];
    const result = analyze(
      'In Sentinel, summarise administrative operations on the shared dashboards this month',
      hints,
    );

    expect(result.entities.tables[0]).toBe('ControlPlaneJournal');
    expect(result.entities.tables).not.toContain('HostProcessStarts');
  });

  it('reads what Unix hosts log of themselves from the system log they forward', () => {
    const hints = huntingHints();
    const kql = hints['kql'] as { tables: Record<string, string[]> };
    kql.tables['ForwardedSyslog'] = ['TimeGenerated', 'Computer', 'Facility', 'SyslogMessage'];
    const result = analyze('In Sentinel, which crontab entries were rewritten on the build boxes yesterday?', hints);

    expect(result.entities.tables).toContain('ForwardedSyslog');
  });

  it('reads nations as countries when naming a records table', () => {
    const hints = {
      sql: {
        description: 'Atlas database',
        tables: { country: ['code', 'name', 'population'], river: ['name', 'length_km'] },
      },
    };

    const result = analyze('Which nations have more than ten million inhabitants?', hints);

    expect(result.entities.tables).toContain('country');
  });

  it("names the other logs of a program run after the constraints, which read the run's own table", () => {
    const hints = {
      kql: {
        description: 'Log Analytics workspace',
        tables: {
          SensorProcessEvents: ['TimeGenerated', 'DeviceName', 'ProcessCommandLine', 'FileName'],
          SensorEvents: ['TimeGenerated', 'DeviceName', 'ActionType', 'AdditionalFields'],
          MachineAuditTrail: ['TimeGenerated', 'Computer', 'EventID', 'CommandLine'],
          ParcelTracking: ['TrackingId', 'Department'],
        },
      },
    };
    const result = analyze("In Sentinel, which devices ran quuxtool.exe with 'stage2' in the command line?", hints);

    expect(result.entities.tables).toEqual(['SensorProcessEvents', 'SensorEvents', 'MachineAuditTrail']);
    // Read from the run's own columns, not the audit log's `CommandLine`.
    expect(result.constraints?.filters.map((f) => f.field)).toEqual(['FileName', 'ProcessCommandLine']);
  });
});

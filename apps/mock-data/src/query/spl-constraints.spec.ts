import { whereField } from './spl-constrained.builder';
import { buildSplQuery } from './spl-query.builder';
import { aConstraints, aFilter, anInput, DAY, lastSeconds, type AnalysisFixture } from './testing/analysis-fixtures';
import { SPL_SCHEMA } from './testing/bundled-schemas';
import { checkSpl } from './testing/spl-checker';

function spl(fixture: AnalysisFixture) {
  const result = buildSplQuery(anInput(fixture), SPL_SCHEMA);
  expect({ query: result.query, problems: checkSpl(result.query, SPL_SCHEMA) }).toEqual({
    query: result.query,
    problems: [],
  });
  return result;
}

describe('checkSpl', () => {
  it('should flag an invented index, an unknown command and a field the index lacks', () => {
    expect(checkSpl('index=user OR index=dest_ip | stats count by user', SPL_SCHEMA)).toEqual(
      expect.arrayContaining(['index user is not in the schema', 'index dest_ip is not in the schema']),
    );
    expect(checkSpl('index=wineventlog | frobnicate', SPL_SCHEMA)).toContain('unknown command frobnicate');
    expect(checkSpl('index=sysmon Workload=x | stats count', SPL_SCHEMA)).toContain(
      'field Workload is not in the sources searched',
    );
  });
});

describe('buildSplQuery with constraints (every search checked against the schema)', () => {
  it('should put event codes and a user in the search of the Windows index', () => {
    const { query } = spl({
      tables: ['wineventlog'],
      ...lastSeconds(DAY, 'last 24 hours'),
      constraints: aConstraints({ filters: [aFilter('event_id', ['4625', '4740']), aFilter('user', ['bob'])] }),
    });
    expect(query.split('\n')[0]).toBe('index=wineventlog EventCode IN (4625, 4740) user=bob earliest=-24h');
  });

  it('should show the host of a flow log with no host field by the address it connected from', () => {
    const { query } = spl({
      tables: ['Network_Traffic'],
      ...lastSeconds(DAY, 'last 24 hours'),
      constraints: aConstraints({
        filters: [aFilter('ip', ['198.51.100.77'], { field: 'DeviceNetworkEvents.RemoteIP' })],
        show: [
          { kind: 'host', field: 'DeviceNetworkEvents.DeviceName' },
          { kind: 'port', field: 'DeviceNetworkEvents.RemotePort' },
        ],
      }),
    });
    expect(query.split('\n')[0]).toContain('by All_Traffic.src_ip, All_Traffic.dest_port');
  });

  it('should keep a raw search to the hours the question names, from the hour and weekday of _time', () => {
    const { query } = spl({
      tables: ['wineventlog'],
      question: 'failed logons after hours in the last 24 hours',
      ...lastSeconds(DAY, 'last 24 hours'),
      constraints: aConstraints({ filters: [aFilter('event_id', ['4625'])] }),
    });
    expect(query.split('\n').slice(1, 3)).toEqual([
      '| eval hour=tonumber(strftime(_time, "%H")), wday=tonumber(strftime(_time, "%w"))',
      '| where NOT (wday>=1 AND wday<=5 AND hour>=9 AND hour<17)',
    ]);
  });

  it("should look up the country of a raw search's caller address when its index keeps no country", () => {
    const { query, notes } = spl({
      tables: ['o365'],
      constraints: aConstraints({
        filters: [aFilter('country', ['Brazil', 'BR', 'Peru', 'PE'], { operator: 'not_in' })],
      }),
    });
    expect(query).toContain('| iplocation ClientIP\n| search NOT Country IN ("Brazil", "Peru")');
    expect(notes.join('\n')).toContain('the country is looked up from ClientIP');
  });

  it('should search the raw events for words said to be in a field the index lacks, and drop a whole value', () => {
    const { query, notes } = spl({
      tables: ['wineventlog'],
      constraints: aConstraints({
        filters: [aFilter('text', ['nltest'], { operator: 'contains', field: 'sysmon.CommandLine' })],
      }),
    });
    expect(query.split('\n')[0]).toContain('"nltest"');
    expect(notes.join('\n')).toContain('it is searched in the raw events');
    const whole = spl({
      tables: ['wineventlog'],
      constraints: aConstraints({ filters: [aFilter('text', ['7'], { field: 'sysmon.Protocol' })] }),
    });
    expect(whole.query.split('\n')[0]).not.toContain('7');
    const code = spl({
      tables: ['wineventlog'],
      constraints: aConstraints({ filters: [aFilter('text', ['0x12'], { field: 'SecurityEvent.FailureCode' })] }),
    });
    expect(code.query.split('\n')[0]).toContain('"0x12"');
  });

  it('should search the log that records the event ids, not a sourcetype of another Windows log', () => {
    const system = spl({
      tables: ['WinEventLog:Security'],
      constraints: aConstraints({ filters: [aFilter('event_id', ['7031'])] }),
    });
    expect(system.query.split('\n')[0]).toBe(
      'index=wineventlog sourcetype=XmlWinEventLog source=XmlWinEventLog:System EventCode=7031',
    );
    expect(system.tables).toEqual(['wineventlog', 'XmlWinEventLog']);
    expect(system.notes.join(' ')).toContain('EventCode 7031 is in the System log, not Security');
    const mixed = spl({
      tables: ['WinEventLog:Security'],
      constraints: aConstraints({ filters: [aFilter('event_id', ['4740', '6006'])] }),
    });
    expect(mixed.query.split('\n')[0]).toBe('index=wineventlog sourcetype=XmlWinEventLog EventCode IN (4740, 6006)');
    const security = spl({
      tables: ['WinEventLog:Security'],
      constraints: aConstraints({ filters: [aFilter('event_id', ['4740'])] }),
    });
    expect(security.query.split('\n')[0]).toBe('index=wineventlog sourcetype=WinEventLog:Security EventCode=4740');
  });

  it('should read the source the question is about when no chosen source holds more of its filters', () => {
    const { query } = spl({
      tables: ['Endpoint.Processes', 'Network_Traffic'],
      question: 'perimeter firewall: busiest 3 destinations this morning',
      constraints: aConstraints({
        measure: { kind: 'count', of: null, field: null },
        group_by: [{ kind: 'dest_ip', field: 'Network_Traffic.dest_ip' }],
        limit: 3,
      }),
    });
    expect(query).toContain('from datamodel=Network_Traffic');
    expect(query).toContain('by All_Traffic.dest_ip');
  });

  it("should write a device's verdict on a data model as the CIM spells it", () => {
    const { query } = spl({
      tables: ['Network_Traffic'],
      constraints: aConstraints({
        filters: [aFilter('action', ['rejected', 'blocked']), aFilter('port', ['161'])],
        group_by: [{ kind: 'port', field: 'Network_Traffic.dest_port' }],
      }),
    });
    expect(query.split('\n')[0]).toContain('All_Traffic.action=blocked All_Traffic.dest_port=161');
  });

  it('should group the machines of a flow log by the source address', () => {
    const { query, notes } = spl({
      tables: ['Network_Traffic'],
      constraints: aConstraints({
        filters: [aFilter('port', ['1521'])],
        group_by: [{ kind: 'machine', field: null }],
      }),
    });
    expect(query.split('\n')[0]).toMatch(/All_Traffic\.dest_port=1521 by All_Traffic\.src_ip$/);
    expect(notes).toContain("Network_Traffic has no machine field; the machines are its src_ip (the client's address)");
  });

  it("should read the planner's first source when the question is about it, though another holds more filters", () => {
    const { query } = spl({
      tables: ['Web', 'Authentication'],
      question: 'gateway proxy: refused urls per client, past 3h',
      constraints: aConstraints({
        filters: [aFilter('action', ['blocked'])],
        group_by: [{ kind: 'src', field: 'Web.src' }],
      }),
    });
    expect(query).toContain('from datamodel=Web');
    expect(query).toContain('by Web.src');
  });

  it('should read failed web requests as those answered with a client or server error status', () => {
    const { query } = spl({
      tables: ['Web'],
      constraints: aConstraints({
        filters: [aFilter('status', ['failed'])],
        group_by: [{ kind: 'url', field: 'Web.url' }],
      }),
    });
    expect(query.split('\n')[0]).toContain('Web.status>=400');
    expect(query).not.toMatch(/status=failed/);
  });

  it('should list the values asked to be seen beside a count per group, as the KQL agent does', () => {
    const { query } = spl({
      tables: ['o365'],
      constraints: aConstraints({
        filters: [aFilter('action', ['UserLoginFailed'])],
        measure: { kind: 'count', of: null, field: null },
        group_by: [{ kind: 'user', field: 'o365.UserId' }],
        show: [{ kind: 'ip', field: 'o365.ClientIP' }],
      }),
    });
    expect(query).toMatch(/stats count values\(ClientIP\) as ClientIP by UserId/);
  });

  it("should group the users of a web log without users by the client's address", () => {
    const { query } = spl({
      tables: ['Web'],
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'bytes out', field: 'Web.bytes_out' },
        group_by: [{ kind: 'user', field: null }],
        limit: 7,
      }),
    });
    expect(query.split('\n')[0]).toMatch(/sum\(Web\.bytes_out\) as sum_bytes_out from datamodel=Web by Web\.src$/);
  });

  it('should read the source that holds the summed column when no filter tells the sources apart', () => {
    const { query } = spl({
      tables: ['Endpoint.Processes', 'Network_Traffic'],
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'bytes in', field: null },
        group_by: [{ kind: 'device', field: null }],
      }),
    });
    expect(query.split('\n')[0]).toContain('sum(All_Traffic.bytes_in) as sum_bytes_in from datamodel=Network_Traffic');
  });

  it("should search a cmdlet as words of the event, not as a device's verdict", () => {
    const { query } = spl({
      tables: ['wineventlog'],
      constraints: aConstraints({ filters: [aFilter('event_id', ['4103']), aFilter('action', ['Export-Clixml'])] }),
    });
    expect(query.split('\n')[0]).toBe('index=wineventlog EventCode=4103 "Export-Clixml"');
  });

  it('should not group by the field a sum adds up', () => {
    const { query } = spl({
      tables: ['Network_Traffic'],
      question: 'biggest senders by bytes out',
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'bytes out', field: 'Network_Traffic.bytes_out' },
        group_by: [
          { kind: 'ip', field: 'Network_Traffic.src_ip' },
          { kind: 'out', field: 'Network_Traffic.bytes_out' },
        ],
      }),
    });
    expect(query.split('\n')[0]).toBe(
      '| tstats summariesonly=false sum(All_Traffic.bytes_out) as sum_bytes_out from datamodel=Network_Traffic by All_Traffic.src_ip',
    );
  });

  it('should search the failure of a status list that mixes it with a status word, and keep the word off the code field', () => {
    const { query, notes } = spl({
      tables: ['wineventlog'],
      constraints: aConstraints({ filters: [aFilter('status', ['unsuccessful', 'disabled'])] }),
    });
    expect(query.split('\n')[0]).toContain('EventCode=4625');
    expect(query).not.toMatch(/Status\s*(?:=|IN)/);
    expect(notes.join(' ')).toContain('wineventlog.Status holds result codes, not the status "disabled"');
  });

  it('should search a free value written as an API error code in the error-code field', () => {
    const { query } = spl({
      tables: ['aws'],
      constraints: aConstraints({ filters: [aFilter('text', ['ThrottlingException'], { field: null })] }),
    });
    expect(query.split('\n')[0]).toContain('errorCode=ThrottlingException');
  });

  it('should find a user named by a name or an address at the end of an ARN, never as the whole ARN', () => {
    const byAddress = spl({
      tables: ['aws'],
      constraints: aConstraints({ filters: [aFilter('user', ['m.ortega@example.net'])] }),
    });
    expect(byAddress.query.split('\n')[0]).toContain(
      '(userIdentity.arn=*/m.ortega@example.net OR userIdentity.arn=*/m.ortega)',
    );
    const byName = spl({ tables: ['aws'], constraints: aConstraints({ filters: [aFilter('user', ['ci-runner'])] }) });
    expect(byName.query.split('\n')[0]).toContain('userIdentity.arn=*/ci-runner');
    const byArn = spl({
      tables: ['aws'],
      constraints: aConstraints({ filters: [aFilter('user', ['arn:aws:iam::210987654321:user/ci-runner'])] }),
    });
    expect(byArn.query.split('\n')[0]).toContain('userIdentity.arn=arn:aws:iam::210987654321:user/ci-runner');
  });

  it("should match a role's ARN as the role's sessions too, and leave out every ARN of a name set aside", () => {
    const role = 'arn:aws:iam::210987654321:role/audit-ro';
    const byRole = spl({ tables: ['aws'], constraints: aConstraints({ filters: [aFilter('user', [role])] }) });
    expect(byRole.query.split('\n')[0]).toContain(
      `(userIdentity.arn=${role} OR userIdentity.arn=arn:aws:sts::210987654321:assumed-role/audit-ro/*)`,
    );
    const notRole = spl({
      tables: ['aws'],
      constraints: aConstraints({ filters: [aFilter('user', [role], { operator: 'neq' })] }),
    });
    expect(notRole.query.split('\n')[0]).toContain(
      `NOT userIdentity.arn=${role} NOT userIdentity.arn=arn:aws:sts::210987654321:assumed-role/audit-ro/*`,
    );
    const notName = spl({
      tables: ['aws'],
      constraints: aConstraints({ filters: [aFilter('user', ['ci-runner'], { operator: 'neq' })] }),
    });
    expect(notName.query.split('\n')[0]).toContain('NOT userIdentity.arn=*/ci-runner');
  });

  it('should match a name said by its start or its end as that end of the field, not anywhere in it', () => {
    const first = (filter: Record<string, unknown>) =>
      spl({ tables: ['wineventlog'], constraints: aConstraints({ filters: [filter] }) }).query.split('\n')[0];
    expect(first(aFilter('user', ['ops-'], { operator: 'contains', expression: 'ops-*' }))).toContain('user=ops-*');
    expect(first(aFilter('user', ['_ro'], { operator: 'contains', expression: 'ending in _ro' }))).toContain(
      'user=*_ro',
    );
    expect(first(aFilter('user', ['temp'], { operator: 'contains', expression: 'temp' }))).toContain('user=*temp*');
  });

  it('should count failed logons per user above a threshold', () => {
    const { query } = spl({
      tables: ['wineventlog'],
      constraints: aConstraints({
        filters: [aFilter('event_id', ['4625'])],
        measure: { kind: 'count', of: null, field: null },
        group_by: [{ kind: 'user', field: null }],
        having: { operator: 'gt', value: 5 },
      }),
    });
    expect(query).toContain('| stats count by user');
    expect(query).toContain('| where count > 5');
  });

  it('should take the top 10 source IPs from the Network_Traffic data model for port 4444', () => {
    const { query } = spl({
      tables: ['Network_Traffic'],
      constraints: aConstraints({
        filters: [aFilter('port', ['4444'])],
        group_by: [{ kind: 'ip', field: null }],
        limit: 10,
        order: { by: 'measure', direction: 'desc' },
      }),
    });
    expect(query).toContain('from datamodel=Network_Traffic where All_Traffic.dest_port=4444 by All_Traffic.src_ip');
    expect(query).toContain('| sort - count\n| head 10');
  });

  it('groups a data model search by a shown field beside the asked group when no measure is asked', () => {
    const { query } = spl({
      tables: ['Endpoint.Processes'],
      constraints: aConstraints({
        filters: [aFilter('process', ['certutil'], { operator: 'contains' })],
        group_by: [{ kind: 'host', field: null }],
        show: [{ kind: 'user', field: null }],
      }),
    });
    expect(query).toMatch(/from datamodel=Endpoint\.Processes .* by Processes\.dest, Processes\.user\n/);
  });

  it("searches a domain's subdomains in a field of whole addresses with the address's path after the name", () => {
    const { query } = spl({
      tables: ['Web'],
      constraints: aConstraints({ filters: [aFilter('domain', ['.files-cache.to'], { operator: 'contains' })] }),
    });
    expect(query).toContain('Web.url=*.files-cache.to*');
  });

  it('searches programs named each with its own arguments as alternatives, a parent program common to them', () => {
    const contains = { operator: 'contains' };
    const filters = [
      aFilter('process', ['schtasks'], contains),
      aFilter('command_line', ['create'], contains),
      aFilter('process', ['sc'], contains),
      aFilter('command_line', ['config'], contains),
      aFilter('process', ['mshta'], { ...contains, field: 'ParentImage' }),
    ];
    const model = spl({ tables: ['Endpoint.Processes'], constraints: aConstraints({ filters }) });
    expect(model.query).toContain(
      'Processes.parent_process_name=*mshta* ((Processes.process_name=*schtasks* Processes.process=*create*) OR (Processes.process_name=*sc* Processes.process=*config*))',
    );
    const raw = spl({ tables: ['sysmon'], constraints: aConstraints({ filters }) });
    expect(raw.query.split('\n')[0]).toContain(
      'ParentImage=*mshta* ((Image=*schtasks* CommandLine=*create*) OR (Image=*sc* CommandLine=*config*))',
    );
  });

  it("should search a program's folder in the image's path, whatever field another source gave it", () => {
    const folder = aFilter('process', ['D:\\Shares\\Drop'], {
      operator: 'contains',
      field: 'DeviceProcessEvents.FolderPath',
    });
    const model = spl({ tables: ['Endpoint.Processes'], constraints: aConstraints({ filters: [folder] }) });
    expect(model.query).toContain('Processes.process_path="*D:\\\\Shares\\\\Drop*"');
    const raw = spl({ tables: ['sysmon'], constraints: aConstraints({ filters: [folder] }) });
    expect(raw.query.split('\n')[0]).toContain('Image="*D:\\\\Shares\\\\Drop*"');
  });

  it("should show which machine each event of an endpoint's listing came from", () => {
    const folder = aFilter('process', ['D:\\Shares\\Drop'], { operator: 'contains' });
    const raw = spl({ tables: ['sysmon'], constraints: aConstraints({ filters: [folder] }) });
    expect(raw.query).toMatch(/\| table _time [^|]*\bhost\b/);
    const model = spl({ tables: ['Endpoint.Processes'], constraints: aConstraints({ filters: [folder] }) });
    expect(model.query).toMatch(/ by Processes\.dest, Processes\.user\n/);
  });

  it('should move a Sysmon question off the Security index and never apply 4625 to Sysmon', () => {
    const { query, notes } = spl({
      tables: ['sysmon'],
      constraints: aConstraints({ filters: [aFilter('event_id', ['4625'])] }),
    });
    expect(query.startsWith('index=wineventlog EventCode=4625')).toBe(true);
    expect(notes.join('\n')).toContain('wineventlog instead');
  });

  it('should apply Sysmon event 3 on sysmon with a port', () => {
    const { query } = spl({
      tables: ['sysmon'],
      constraints: aConstraints({ filters: [aFilter('event_id', ['3']), aFilter('port', ['4444'])] }),
    });
    expect(query.split('\n')[0]).toBe('index=sysmon EventCode=3 DestinationPort=4444');
  });

  it('should chart hourly with span=1h', () => {
    const { query } = spl({
      tables: ['o365'],
      ...lastSeconds(DAY, 'last 24 hours'),
      constraints: aConstraints({
        measure: { kind: 'count', of: null, field: null },
        time_bucket: { unit: 'hour', size: 1, seconds: 3600 },
      }),
    });
    expect(query).toContain('| timechart span=1h count');
  });

  it('should chart calendar months with span=1mon', () => {
    const { query } = spl({
      tables: ['o365'],
      ...lastSeconds(365 * DAY, 'last 365 days'),
      constraints: aConstraints({
        measure: { kind: 'count', of: null, field: null },
        time_bucket: { unit: 'month', size: 1, seconds: 2_592_000 },
      }),
    });
    expect(query).toContain('span=1mon');
  });

  it('should count distinct users with dc()', () => {
    const { query } = spl({
      tables: ['Authentication'],
      constraints: aConstraints({
        measure: { kind: 'distinct_count', of: 'user', field: null },
        group_by: [{ kind: 'app', field: null }],
      }),
    });
    expect(query).toContain(
      '| tstats summariesonly=false dc(Authentication.user) as dc_user from datamodel=Authentication by Authentication.app',
    );
  });

  it('should count only the logons that succeeded when the inactivity says so', () => {
    const { query } = spl({
      tables: ['Authentication'],
      constraints: aConstraints({
        inactivity: { duration_seconds: 50 * DAY, activity: 'login', expression: 'no successful login in 50 days' },
      }),
    });
    expect(query).toContain('from datamodel=Authentication where Authentication.action="success" by');
  });

  it('should write inactivity as a last-seen condition', () => {
    const { query } = spl({
      tables: ['Authentication'],
      constraints: aConstraints({
        inactivity: { duration_seconds: 90 * DAY, activity: 'login', expression: 'not logged in for 90 days' },
      }),
    });
    expect(query).toContain('max(_time) as last_seen');
    expect(query).toContain('| where last_seen < relative_time(now(), "-90d")');
  });

  it("should filter the app a login went through, but not when the search reads that provider's own logs", () => {
    const through = { ...aFilter('app', ['Duo']), operator: 'contains' as const, expression: 'duo pushes' };
    expect(spl({ tables: ['Authentication'], constraints: aConstraints({ filters: [through] }) }).query).toContain(
      'Authentication.app=*Duo*',
    );
    const own = { ...SPL_SCHEMA, indexes: { ...SPL_SCHEMA.indexes, duo_auth: ['user', 'result', 'factor'] } };
    const { query, notes } = buildSplQuery(
      anInput({ tables: ['duo_auth'], constraints: aConstraints({ filters: [through] }) }),
      own,
    );
    expect(query).toMatch(/^index=duo_auth\b/);
    expect(query).not.toMatch(/Duo\*/);
    expect(notes.join('\n')).toContain('names duo_auth');
  });

  it('should bound an inactivity said with a date by that date, on an index and on a data model', () => {
    const dated = {
      duration_seconds: 40 * DAY,
      activity: 'login',
      expression: 'no logons after 12 Feb',
      before: '2025-02-12T00:00:00.000Z',
    };
    for (const tables of [['Authentication'], ['wineventlog']]) {
      const { query } = spl({ tables, constraints: aConstraints({ inactivity: dated }) });
      expect(query).toContain('| where last_seen < strptime("2025-02-12T00:00:00+0000", "%Y-%m-%dT%H:%M:%S%z")');
      expect(query).not.toContain('relative_time');
    }
  });

  it('should snap "this month" to @mon', () => {
    const { query } = spl({
      tables: ['aws'],
      timeRange: 'this month',
      window: { start: '2024-05-01T00:00:00Z', end: '2024-05-08T00:00:00Z', duration_seconds: 7 * DAY },
    });
    expect(query).toContain('earliest=@mon');
  });

  it('should search a process and a hash on Endpoint.Processes', () => {
    const { query } = spl({
      tables: ['Endpoint.Processes'],
      constraints: aConstraints({
        filters: [aFilter('process', ['powershell.exe']), aFilter('hash', ['d41d8cd98f00b204e9800998ecf8427e'])],
      }),
    });
    expect(query).toContain(
      'Processes.process_name=powershell.exe Processes.process_hash=d41d8cd98f00b204e9800998ecf8427e',
    );
  });
});

describe('buildSplQuery: address ranges and domain suffixes', () => {
  it('keeps addresses out of a range with NOT cidrmatch, and matches a domain suffix at the end of the name', () => {
    const { query } = spl({
      tables: ['sysmon'],
      question: 'dns lookups of example.org subdomains from hosts outside 10.0.0.0/8',
      constraints: aConstraints({
        filters: [
          aFilter('domain', ['.example.org'], { operator: 'contains' }),
          aFilter('cidr', ['10.0.0.0/8'], { operator: 'neq' }),
        ],
      }),
    });
    expect(query).toMatch(/QueryName=\*\.example\.org(\s|$)/m);
    expect(query).toMatch(/NOT cidrmatch\("10\.0\.0\.0\/8", \w+\)/);
  });

  it('names a plain field bare in cidrmatch and quotes only a field with dots', () => {
    const plain = spl({
      tables: ['aws'],
      question: 'AssumeRole calls from outside 10.0.0.0/8',
      constraints: aConstraints({ filters: [aFilter('cidr', ['10.0.0.0/8'], { operator: 'neq' })] }),
    });
    expect(plain.query).toContain(`| where NOT cidrmatch("10.0.0.0/8", sourceIPAddress)`);
    expect(whereField('properties.ipAddress')).toBe(`'properties.ipAddress'`);
  });

  it('filters a data model search on an address range inside tstats, where the field still exists', () => {
    const { query } = spl({
      tables: ['Network_Traffic'],
      question: 'busiest destinations for traffic from 172.20.0.0/14, by bytes',
      aggregation: true,
      constraints: aConstraints({
        filters: [aFilter('cidr', ['172.20.0.0/14'], { field: 'src_ip' })],
        group_by: [{ kind: 'ip', field: 'dest_ip', expression: 'destinations' }],
      }),
    });
    expect(query).toMatch(/\| tstats [^|]* where [^|]*All_Traffic\.src_ip="?172\.20\.0\.0\/14"?[^|]* by /);
    expect(query).not.toContain('cidrmatch');
  });

  it('searches a class of HTTP status codes as every code that begins with its digit', () => {
    const { query } = spl({
      tables: ['Web'],
      question: 'kiosk pages answering 5xx today',
      aggregation: true,
      constraints: aConstraints({ filters: [aFilter('text', ['5xx'], { field: 'status' })] }),
    });
    expect(query).toMatch(/where [^|]*Web\.status=5\*/);
  });

  it('lists each group’s values of the fields the question asks to see', () => {
    const { query } = spl({
      tables: ['sysmon'],
      question: 'sysmon: kiosk binaries launched today, show image and command line per host',
      constraints: aConstraints({
        group_by: [{ kind: 'host', field: 'host' }],
        show: [
          { kind: 'image', field: 'Image' },
          { kind: 'command_line', field: 'CommandLine' },
        ],
      }),
    });
    expect(query).toContain('| stats count values(Image) as Image values(CommandLine) as CommandLine by host');
  });

  it("matches a hash as a part of Sysmon's Hashes, which holds every algorithm in one string", () => {
    const { query } = spl({
      tables: ['sysmon'],
      question: 'sysmon process creations with md5 0cc175b9c0f1b6a831c399e269772661 in the sysmon index',
      constraints: aConstraints({ filters: [aFilter('hash', ['0cc175b9c0f1b6a831c399e269772661'])] }),
    });
    expect(query).toMatch(/Hashes="?\*0cc175b9c0f1b6a831c399e269772661\*/);
  });
});

describe('buildSplQuery: Sysmon activities, Microsoft 365 verbs and failures by sourcetype', () => {
  it('adds the Sysmon EventCode of the activity the question names, unless it names an event id', () => {
    const dns = spl({
      tables: ['sysmon'],
      question: 'Which hosts resolved evil-domain.com via DNS?',
      constraints: aConstraints({ filters: [aFilter('domain', ['evil-domain.com'])] }),
    });
    expect(dns.query.split('\n')[0]).toContain('index=sysmon EventCode=22');
    const named = spl({
      tables: ['sysmon'],
      question: 'network connections with event 3 or 22',
      constraints: aConstraints({ filters: [aFilter('event_id', ['3', '22'])] }),
    });
    expect(named.query).not.toContain('EventCode=3 ');
  });

  it('turns "downloaded" into an Operation filter on the o365 index', () => {
    const { query } = spl({
      tables: ['o365'],
      question: 'what did dave@contoso.com download',
      constraints: aConstraints({ filters: [aFilter('user', ['dave@contoso.com'])] }),
    });
    expect(query).toContain('Operation=FileDownloaded');
  });

  it('writes "failed" on the Azure AD sourcetype as a non-zero error code', () => {
    const { query } = spl({
      tables: ['azure:monitor:aad'],
      constraints: aConstraints({ filters: [aFilter('status', ['failed'])] }),
    });
    expect(query).toContain('properties.status.errorCode!=0');
    expect(query).not.toContain('=failed');
  });

  it('writes "succeeded" and "not failed" as each source\'s own success term, never the word itself', () => {
    const term = (table: string, values: string[], operator = 'eq') =>
      spl({ tables: [table], constraints: aConstraints({ filters: [aFilter('status', values, { operator })] }) }).query;
    expect(term('Authentication', ['successful'])).toContain('Authentication.action="success"');
    expect(term('Authentication', ['failed'], 'neq')).toContain('Authentication.action="success"');
    expect(term('o365', ['succeeded'])).toContain('ResultStatus="Succeeded"');
    expect(term('aws', ['success'])).toContain('NOT errorCode=*');
    expect(term('azure:monitor:aad', ['ok'])).toContain('properties.status.errorCode=0');
    expect(term('Authentication', ['succeeded'], 'neq')).toContain('Authentication.action="failure"');
    expect(term('Authentication', ['successful'])).not.toMatch(/action="?(succeeded|successful)/);
  });
});

describe('buildSplQuery: the source the question is about', () => {
  it('searches the index whose topic the question names when the chosen sources have none of its words', () => {
    const { query, tables } = spl({
      tables: ['Endpoint.Processes'],
      question: 'Splunk: Kerberos service tickets (4769) per user today',
      constraints: aConstraints({
        filters: [aFilter('event_id', ['4769'])],
        group_by: [{ kind: 'user', field: null }],
      }),
    });
    expect(tables).toEqual(['wineventlog']);
    expect(query).toContain('index=wineventlog EventCode=4769');
  });

  it("reads the cloud trail for a service's endpoint, even one whose name holds a word of the sign-ins", () => {
    const { query, tables } = spl({
      tables: ['aws', 'Authentication'],
      question: 'top 3 userAgent values on signin.amazonaws.com since 6am',
      constraints: aConstraints({
        filters: [aFilter('text', ['signin.amazonaws.com'], { field: 'aws.eventSource' })],
        measure: { kind: 'count', of: null, field: null },
        group_by: [{ kind: 'useragent', field: 'aws.userAgent' }],
        order: { by: 'measure', direction: 'desc' },
        limit: 3,
      }),
    });
    expect(tables).toEqual(['aws']);
    expect(query).toMatch(/^index=aws eventSource=signin\.amazonaws\.com/);
    expect(query).toContain('| stats count by userAgent\n| sort - count\n| head 3');
  });

  it('puts an HTTP code read with no column on the status field of the web requests it reads', () => {
    const { query, tables } = spl({
      tables: ['Endpoint.Processes'],
      question: '410s on /legacy/catalog since noon',
      constraints: aConstraints({
        filters: [aFilter('text', ['410']), aFilter('url', ['/legacy/catalog'], { operator: 'contains' })],
      }),
    });
    expect(tables).toEqual(['Web']);
    expect(query).toContain('Web.status=410 Web.url=*/legacy/catalog*');
  });

  it('turns AWS deletions into an eventName filter', () => {
    const { query } = spl({
      tables: ['aws'],
      question: 's3 bucket deletions this month',
      constraints: aConstraints({}),
    });
    expect(query).toContain('eventName=*Delete*');
  });
});

describe('buildSplQuery with the optional measures (checked against the schema)', () => {
  it('should compute first and last seen as min and max of _time', () => {
    const { query } = spl({
      tables: ['wineventlog'],
      constraints: {
        ...aConstraints({ filters: [aFilter('ip', ['192.0.2.9'])], measure: { kind: 'min', of: 'time', field: null } }),
        extra_measures: [{ kind: 'max', of: 'time', field: null }],
        group_by: [{ kind: 'host', field: null }],
      },
    });
    expect(query).toContain('| stats min(_time) as first_seen max(_time) as last_seen by host');
  });

  it('should hold a distinct count beside the count to a threshold of its own', () => {
    const { query } = spl({
      tables: ['wineventlog'],
      constraints: {
        ...aConstraints({
          measure: { kind: 'count', of: null, field: null },
          group_by: [{ kind: 'host', field: null }],
          having: { operator: 'gt', value: 25 },
        }),
        extra_measures: [{ kind: 'distinct_count', of: 'user', field: null, threshold: { operator: 'gte', value: 7 } }],
      },
    });
    expect(query).toMatch(/\| where count > 25\n\| where dc_\w+ >= 7/);
  });

  it('should write a median and a percentile with median() and percN()', () => {
    const { query } = spl({
      tables: ['Network_Traffic'],
      constraints: {
        ...aConstraints({
          measure: { kind: 'median', of: 'bytes_out', field: 'bytes_out' },
          group_by: [{ kind: 'ip', field: 'src_ip' }],
        }),
        extra_measures: [{ kind: 'percentile', of: 'bytes_out', field: 'bytes_out', percentile: 95 }],
      },
    });
    expect(query).toContain('median(All_Traffic.bytes_out) as median_bytes_out perc95(All_Traffic.bytes_out)');
  });

  it('should group a tstats list by the fields it asks to see (command lines)', () => {
    const { query } = spl({
      tables: ['Endpoint.Processes'],
      constraints: {
        ...aConstraints({ filters: [aFilter('process', ['certutil.exe'])] }),
        show: [{ kind: 'command_line', field: null }],
      },
    });
    expect(query).toContain('by Processes.process, Processes.dest, Processes.user');
  });
});

describe('buildSplQuery on fields that hold a full path', () => {
  it('should match a bare executable name as the end of the path', () => {
    const { query } = spl({
      tables: ['sysmon'],
      constraints: aConstraints({ filters: [aFilter('process', ['regsvr32.exe'], { field: 'sysmon.Image' })] }),
    });
    expect(query.split('\n')[0]).toContain('Image="*\\\\regsvr32.exe"');
  });

  it('should exclude a bare executable name as the end of the path ("anything other than rundll32.exe")', () => {
    const { query } = spl({
      tables: ['sysmon'],
      constraints: aConstraints({
        filters: [aFilter('process', ['rundll32.exe', 'dllhost.exe'], { field: 'sysmon.Image', operator: 'not_in' })],
      }),
    });
    expect(query.split('\n')[0]).toContain('NOT Image="*\\\\rundll32.exe" NOT Image="*\\\\dllhost.exe"');
    expect(query).not.toContain('Image!=');
  });

  it('should exclude a program named without its extension anywhere in the path ("leave out svchost")', () => {
    const { query } = spl({
      tables: ['sysmon'],
      constraints: aConstraints({
        filters: [aFilter('process', ['svchost'], { field: 'sysmon.Image', operator: 'neq' })],
      }),
    });
    expect(query.split('\n')[0]).toContain('NOT Image=*svchost*');
    expect(query).not.toContain('Image!=');
  });

  it('should exclude every path under a folder the image is not in', () => {
    const { query } = spl({
      tables: ['sysmon'],
      constraints: aConstraints({
        filters: [
          aFilter('process', ['D:\\Apps\\Vendor'], { field: 'sysmon.Image', operator: 'neq' }),
          aFilter('process', ['\\AppData\\Local\\Temp'], { field: 'sysmon.ParentImage', operator: 'neq' }),
        ],
      }),
    });
    expect(query.split('\n')[0]).toContain('NOT Image="D:\\\\Apps\\\\Vendor\\\\*"');
    expect(query.split('\n')[0]).toContain('NOT ParentImage="*\\\\AppData\\\\Local\\\\Temp\\\\*"');
    expect(query).not.toContain('Image!=');
  });

  it('should keep a value with a directory or a wildcard as written', () => {
    const { query } = spl({
      tables: ['sysmon'],
      constraints: aConstraints({
        filters: [aFilter('process', ['C:\\Tools\\agent.exe'], { field: 'sysmon.Image' })],
      }),
    });
    expect(query.split('\n')[0]).toContain('Image="C:\\\\Tools\\\\agent.exe"');
  });
});

describe('buildSplQuery (a share over a data model)', () => {
  it('should count the part a status field names as a percentage of all events, per group', () => {
    const { query } = spl({
      tables: ['Web'],
      ...lastSeconds(DAY, 'last 24 hours'),
      constraints: aConstraints({
        filters: [aFilter('text', ['404'], { field: 'Web.status' })],
        group_by: [{ kind: 'host', field: null }],
        share: { expression: 'percentage of' },
      }),
    });
    expect(query).toMatch(/^\| tstats summariesonly=false count from datamodel=Web where earliest=-24h by /);
    expect(query).toContain('searchmatch("status=404")');
    expect(query).toContain('| eval percent=round(100 * matching / total, 2)');
    expect(query).not.toMatch(/where [^|]*Web\.status=404/);
  });
});

describe('buildSplQuery (the values beside a distinct count)', () => {
  it('should list the values counted distinct for each group when the question shows them', () => {
    const { query } = spl({
      tables: ['aws'],
      ...lastSeconds(DAY, 'last 24 hours'),
      constraints: aConstraints({
        measure: { kind: 'distinct_count', of: 'source', field: 'eventSource' },
        group_by: [{ kind: 'arn', field: 'userIdentity.arn' }],
        show: [{ kind: 'source', field: 'eventSource' }],
      }),
    });
    expect(query).toContain(
      '| stats dc(eventSource) as dc_eventSource values(eventSource) as eventSource by userIdentity.arn',
    );
  });
});

describe('buildSplQuery (an average of events per time bucket)', () => {
  it('should divide the events of each group by the buckets of a window of whole buckets', () => {
    const { query } = spl({
      tables: ['wineventlog'],
      ...lastSeconds(30 * DAY, 'last 30 days'),
      constraints: aConstraints({
        filters: [aFilter('event_id', ['4625'])],
        measure: { kind: 'avg', of: 'daily', field: null },
        group_by: [{ kind: 'host', field: null }],
        time_bucket: { unit: 'day', size: 1, seconds: DAY },
      }),
    });
    expect(query.split('\n').slice(1)).toEqual([
      '| stats count as total by host',
      '| eval avg_per_day=round(total / 30, 2)',
      '| sort - avg_per_day',
    ]);
  });
});

describe('buildSplQuery (a share over a raw search)', () => {
  it('should mark the part after the search and count it as a percentage of all events per group', () => {
    const { query } = spl({
      tables: ['aws'],
      ...lastSeconds(7 * DAY, 'last 7 days'),
      constraints: aConstraints({
        filters: [aFilter('status', ['AccessDenied'])],
        measure: { kind: 'count', of: null, field: null },
        group_by: [{ kind: 'arn', field: 'userIdentity.arn' }],
        having: { operator: 'gt', value: 50 },
        share: { expression: '% AccessDenied' },
      }),
    });
    const [search, ...rest] = query.split('\n');
    expect(search).not.toContain('AccessDenied');
    expect(rest).toEqual([
      '| eval matching=if(searchmatch("errorCode=AccessDenied"), 1, 0)',
      '| stats count as total sum(matching) as matching by userIdentity.arn',
      '| eval percent=round(100 * matching / total, 2)',
      '| where total > 50',
      '| sort - percent',
    ]);
  });
});

describe('buildSplQuery (a share over a data model, per time bucket)', () => {
  it('should count the part of each bucket as a percentage of all its events, oldest first', () => {
    const { query } = spl({
      tables: ['Web'],
      ...lastSeconds(DAY, 'last 24 hours'),
      constraints: aConstraints({
        filters: [aFilter('text', ['5xx'], { field: 'Web.status' })],
        time_bucket: { unit: 'hour', size: 1, seconds: 3600 },
        share: { expression: '% of' },
      }),
    });
    expect(query).toContain('by Web.status, _time span=1h');
    expect(query).toContain('| stats sum(count) as total sum(matching) as matching by _time');
    expect(query).toMatch(/\| sort \+ _time$/);
  });
});

describe('buildSplQuery: a size threshold on a sum of bytes', () => {
  it('should keep the groups whose summed bytes pass the threshold', () => {
    const { query } = spl({
      tables: ['Network_Traffic'],
      constraints: aConstraints({
        filters: [aFilter('port', ['8443'], { hint: 'destination' })],
        measure: { kind: 'sum', of: 'bytes out', field: null },
        group_by: [{ kind: 'dest_ip', field: null }],
        having: { operator: 'gt', value: 2 * 1024 ** 3 },
      }),
    });
    expect(query).toContain('All_Traffic.dest_port=8443');
    expect(query).toContain(`| where sum_bytes_out > ${2 * 1024 ** 3}`);
  });

  it('should not hold the threshold against the count a source without bytes falls back to', () => {
    const { query, notes } = spl({
      tables: ['wineventlog'],
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'bytes out', field: null },
        group_by: [{ kind: 'host', field: null }],
        having: { operator: 'gt', value: 1024 ** 3 },
      }),
    });
    expect(query).not.toMatch(/where count >/);
    expect(notes.join(' ')).toContain('the threshold on "bytes out" is not applied');
  });
});

describe('buildSplQuery: names under a domain, logon names on sign-in names', () => {
  it('should search a looked-up domain and every name under it', () => {
    const { query } = spl({
      tables: ['sysmon'],
      constraints: aConstraints({ filters: [aFilter('domain', ['pastebin-mirror.net', 'freedyn.org'])] }),
    });
    expect(query).toContain('QueryName IN (pastebin-mirror.net, *.pastebin-mirror.net, freedyn.org, *.freedyn.org)');
  });

  it('should read a domain from a source that keeps addresses when the chosen one has none, anywhere in the url', () => {
    const { query, notes } = spl({
      tables: ['Network_Traffic'],
      constraints: aConstraints({ filters: [aFilter('domain', ['tracker-pixel.example'])] }),
    });
    expect(query).toMatch(/Web\.url=\*tracker-pixel\.example\*|QueryName IN \(tracker-pixel\.example/);
    expect(notes.join(' ')).toContain('cannot hold the domain');
  });

  it('should match a logon name said without its domain to the sign-in names it opens', () => {
    const { query } = spl({
      tables: ['azure'],
      constraints: aConstraints({ filters: [aFilter('user', ['hnakamura'])] }),
    });
    expect(query).toContain('properties.userPrincipalName=hnakamura@*');
    const whole = spl({
      tables: ['azure'],
      constraints: aConstraints({ filters: [aFilter('user', ['h.nakamura@fabrikam.example'])] }),
    });
    expect(whole.query).toContain('properties.userPrincipalName=h.nakamura@fabrikam.example');
  });
});

describe('buildSplQuery: guests and autostart keys', () => {
  it("should leave guests out by the mark in a user's principal name where no field keeps the user type", () => {
    const { query, notes } = spl({
      tables: ['o365'],
      ...lastSeconds(DAY, 'last 24 hours'),
      constraints: aConstraints({
        filters: [aFilter('text', ['Guest'], { operator: 'neq', field: 'UserType', expression: 'bar guests' })],
      }),
    });
    expect(query).toContain('NOT UserId="*#EXT#*"');
    expect(notes).toContainEqual(expect.stringContaining('guests are told apart by the #EXT# mark in UserId'));
  });

  it('should look for an autostart key in the registry path of the registry data model', () => {
    const { query } = spl({
      tables: ['Endpoint.Registry'],
      ...lastSeconds(7 * DAY, 'last 7 days'),
      constraints: aConstraints({
        filters: [aFilter('registry', ['CurrentVersion\\RunOnce'], { operator: 'contains', expression: 'RunOnce' })],
      }),
    });
    expect(query).toMatch(/Registry\.registry_path="\*CurrentVersion\\\\RunOnce\*"/);
  });

  it("should search an index without a registry field for the key's path in the raw events, and say so", () => {
    const { query, notes } = spl({
      tables: ['sysmon'],
      ...lastSeconds(DAY, 'last 24 hours'),
      constraints: aConstraints({
        filters: [
          aFilter('event_id', ['13']),
          aFilter('registry', ['CurrentVersion\\RunServices'], { operator: 'contains', expression: 'RunServices' }),
        ],
      }),
    });
    expect(query.split('\n')[0]).toContain('("*CurrentVersion\\\\RunServices*")');
    expect(notes).toContainEqual(expect.stringContaining('it is searched in the raw events'));
  });
});

describe('buildSplQuery: an address with no side, and a file of the Microsoft 365 audit', () => {
  it('should search an address the planner put on no column at either end of a flow', () => {
    const one = spl({
      tables: ['Network_Traffic'],
      constraints: aConstraints({ filters: [aFilter('ip', ['198.51.100.61'])] }),
    });
    expect(one.query).toContain('(All_Traffic.src_ip=198.51.100.61 OR All_Traffic.dest_ip=198.51.100.61)');
    const range = spl({
      tables: ['Network_Traffic'],
      constraints: aConstraints({ filters: [aFilter('cidr', ['192.0.2.0/25'])] }),
    });
    expect(range.query).toContain('(All_Traffic.src_ip=192.0.2.0/25 OR All_Traffic.dest_ip=192.0.2.0/25)');
  });

  it('should leave an address out at both ends, and keep a side the planner gave', () => {
    const excluded = spl({
      tables: ['Network_Traffic'],
      constraints: aConstraints({ filters: [aFilter('ip', ['198.51.100.61'], { operator: 'neq' })] }),
    });
    expect(excluded.query).toContain('All_Traffic.src_ip!=198.51.100.61 All_Traffic.dest_ip!=198.51.100.61');
    const sided = spl({
      tables: ['Network_Traffic'],
      constraints: aConstraints({ filters: [aFilter('ip', ['198.51.100.61'], { field: 'dest_ip' })] }),
    });
    expect(sided.query).toContain('All_Traffic.dest_ip=198.51.100.61');
    expect(sided.query).not.toContain('src_ip=198.51.100.61');
  });

  it("should search a file's name as the end of the audited object's address", () => {
    const { query } = spl({
      tables: ['o365'],
      constraints: aConstraints({ filters: [aFilter('file', ['orchard_yield_2029.xlsx', 'pruning-plan.docx'])] }),
    });
    expect(query).toContain('(ObjectId=*/orchard_yield_2029.xlsx OR ObjectId=*/pruning-plan.docx)');
  });
});

describe('buildSplQuery: what an event records of its own', () => {
  it("should list a lockout's calling computer beside the lockouts", () => {
    const { query } = spl({
      tables: ['wineventlog'],
      constraints: aConstraints({ filters: [aFilter('event_id', ['4740']), aFilter('user', ['mkeane'])] }),
    });
    expect(query).toMatch(/\| table _time [^|]*\bCaller_Computer_Name\b/);
  });

  it('should add no such field to events of several kinds', () => {
    const { query } = spl({
      tables: ['wineventlog'],
      constraints: aConstraints({ filters: [aFilter('event_id', ['4740', '4771'])] }),
    });
    expect(query).not.toContain('Caller_Computer_Name');
  });
});

describe('buildSplQuery: a ratio of two sums', () => {
  const ratio = (plain: boolean) =>
    aConstraints({
      measure: { kind: 'sum', of: 'bytes out', field: 'Network_Traffic.bytes_out' },
      extra_measures: [{ kind: 'sum', of: 'bytes in', field: 'Network_Traffic.bytes_in' }],
      group_by: [{ kind: 'port', field: 'Network_Traffic.dest_port' }],
      ratio: {
        part: 'bytes sent out',
        whole: 'bytes received',
        part_field: 'Network_Traffic.bytes_out',
        whole_field: 'Network_Traffic.bytes_in',
        expression: 'ratio of bytes sent out to bytes received',
        ...(plain ? { plain: true } : {}),
      },
    });

  it('should sum both sides and divide the first by the second, highest first', () => {
    const { query } = spl({
      tables: ['Network_Traffic'],
      question: 'ratio of bytes sent out to bytes received for each destination port',
      constraints: ratio(true),
    });
    expect(query).toContain('sum(All_Traffic.bytes_out) as sum_bytes_out sum(All_Traffic.bytes_in) as sum_bytes_in');
    expect(query).toContain('| eval ratio=round(sum_bytes_out / sum_bytes_in, 2)');
    expect(query).toContain('| sort - ratio');
  });

  it('should give a ratio that is not said plain in percent', () => {
    const { query } = spl({
      tables: ['Network_Traffic'],
      question: 'bytes out as a percentage of bytes in per port',
      constraints: ratio(false),
    });
    expect(query).toContain('| eval percent=round(100 * sum_bytes_out / sum_bytes_in, 2)');
  });
});

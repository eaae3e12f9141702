import type { SchemaEntry } from '../context/schema-catalog';
import { alsoLoggedTables, categoryTables } from './data-categories';
import { readQuestion } from './question-reader';

const table = (name: string): SchemaEntry => ({ name, kind: 'table', platform: 'kql', columns: [] });
const model = (name: string): SchemaEntry => ({ name, kind: 'datamodel', platform: 'spl', columns: [] });

describe('categoryTables', () => {
  it('points a name lookup at the log holding the looked-up names when no table is named for them', () => {
    const endpoint = [
      { ...model('Identity_Logons'), columns: ['user', 'src'] },
      { name: 'edr_events', kind: 'index' as const, platform: 'spl', columns: ['EventCode', 'Query_Name', 'Image'] },
    ];
    const found = categoryTables(readQuestion('which laptops resolved the parked domain on monday?'), endpoint, 2);

    expect(found.map((f) => [f.category, f.entry.name])).toEqual([['dns', 'edr_events']]);
  });

  it('points a name lookup at a connection log that keeps the name looked up when no log of lookups exists', () => {
    const edr = [
      { ...table('HostLoginRecords'), columns: ['Computer', 'Account'] },
      { ...table('HostSocketTraffic'), columns: ['DeviceName', 'RemoteIP', 'RemoteUrl'] },
    ];
    const found = categoryTables(readQuestion('name resolution for the typo-squatted domain today'), edr, 2);
    expect(found.map((f) => f.entry.name)).toEqual(['HostSocketTraffic']);

    const both = [...edr, { ...table('HostLookups'), columns: ['DeviceName', 'QueryName'] }];
    const first = categoryTables(readQuestion('name resolution for the typo-squatted domain today'), both, 2)[0];
    expect(first?.entry.name).toBe('HostLookups');
  });

  it("points mail at the office suite's audit log when no entry is named for mail, and at a mail log when one is", () => {
    const suite = [table('HostLoginRecords'), table('O365AuditTrail')];
    const question = readQuestion('a mail with a spreadsheet attachment reached which staff today?');
    expect(categoryTables(question, suite, 2).map((f) => [f.category, f.entry.name])).toEqual([
      ['email', 'O365AuditTrail'],
    ]);
    expect(categoryTables(question, [...suite, table('MailFlowEvents')], 2)[0]?.entry.name).toBe('MailFlowEvents');
  });

  const hosts = [
    table('HostLoginRecords'),
    table('HostProcessTreeSnapshots'),
    table('HostProcessRuns'),
    table('HostSocketTraffic'),
    table('MailItems'),
  ];

  it('points names looked up at the log of lookups', () => {
    const endpoint = [
      { ...model('Identity_Logons'), columns: ['user', 'src'] },
      { name: 'edr_events', kind: 'index' as const, platform: 'spl', columns: ['EventCode', 'Query_Name', 'Image'] },
    ];
    const found = categoryTables(readQuestion('which kiosks looked up the parked domain?'), endpoint, 2);

    expect(found.map((f) => [f.category, f.entry.name])).toEqual([['dns', 'edr_events']]);
  });

  it("reads which machines a threat compromised from the security product's alerts", () => {
    const edr = [table('HostProcessRuns'), table('HostLoginRecords'), table('AlarmRaisedDetail'), table('HostAlerts')];
    const found = categoryTables(readQuestion('kiosks the worm compromised or infected this week'), edr, 3);

    expect(found.map((f) => [f.category, f.entry.name])).toContainEqual(['alert', 'HostAlerts']);
  });

  it("reads a pipe or a removable drive from the agent's log of other events, not its inventory of hosts", () => {
    const agent = [
      table('TillDeviceInfo'),
      table('TillDeviceProcessRuns'),
      table('TillDeviceEvents'),
      table('TillFileWrites'),
    ];
    const pipes = categoryTables(readQuestion('kiosks that opened the named pipe the loader uses'), agent, 2);
    const sticks = categoryTables(readQuestion('which kiosks mounted a USB stick on sunday'), agent, 2);

    expect(pipes.map((f) => [f.category, f.entry.name])).toContainEqual(['other endpoint event', 'TillDeviceEvents']);
    expect(sticks.map((f) => f.entry.name)).toContain('TillDeviceEvents');
    expect(sticks.map((f) => f.entry.name)).not.toContain('TillDeviceInfo');
  });

  it('points a program installed on machines at the table of processes', () => {
    const found = categoryTables(readQuestion('machines where the zorblax agent is installed'), hosts, 2);

    expect(found.map((f) => [f.category, f.entry.name])).toEqual([['process', 'HostProcessRuns']]);
  });

  it('hunts a threat named by no kind of activity in what it ran, wrote and connected to', () => {
    const edr = [...hosts, table('HostFileWrites')];
    const found = categoryTables(readQuestion('any sign of the glimmerfox crew over the last fortnight'), edr, 2, true);

    expect(found.map((f) => [f.category, f.entry.name])).toEqual([
      ['process', 'HostProcessRuns'],
      ['file', 'HostFileWrites'],
      ['network', 'HostSocketTraffic'],
    ]);
    expect(found.every((f) => f.said.length === 0)).toBe(true);
  });

  it('reads a setting flipped through the registry from the registry table and the process table that ran the change', () => {
    const edr = [...hosts, table('HostRegistryEdits')];
    const found = categoryTables(readQuestion('who switched the legacy cipher back on via the registry?'), edr, 2);

    expect(found.map((f) => [f.category, f.entry.name])).toEqual([
      ['registry', 'HostRegistryEdits'],
      ['process', 'HostProcessRuns'],
    ]);
    expect(
      categoryTables(readQuestion('who switched the legacy cipher back on via the registry?'), edr, 1),
    ).toHaveLength(1);
  });

  it('reads algorithmically generated domains as name lookups', () => {
    const edr = [...hosts, table('ResolverDnsLog')];
    const found = categoryTables(readQuestion('machines chasing DGA-looking hostnames since friday'), edr, 2);

    expect(found.map((f) => [f.category, f.entry.name])).toContainEqual(['dns', 'ResolverDnsLog']);
  });

  it('points a tool run at the plainest table named for processes', () => {
    const found = categoryTables(readQuestion('Which hosts launched the archiver with a password switch?'), hosts, 2);

    expect(found.map((f) => [f.category, f.entry.name])).toEqual([['process', 'HostProcessRuns']]);
  });

  it('reads a second factor registered to an account as a directory change, not only a sign-in', () => {
    const identity = [table('TenantSignInLog'), table('TenantChangeAudit'), table('HostProcessRuns')];

    const found = categoryTables(
      readQuestion('Show each new authentication method registered right after a sign-in from a new country'),
      identity,
      2,
    );

    expect(found.map((f) => f.entry.name)).toContain('TenantChangeAudit');
  });

  it('reads conditional access as a property of sign-ins unless the question says it changed', () => {
    const identity = [table('TenantLoginLog'), table('TenantChangeAudit')];
    const names = (q: string) => categoryTables(readQuestion(q), identity, 2).map((f) => f.entry.name);

    expect(names('count logins denied by conditional access per tenant')).toEqual(['TenantLoginLog']);
    expect(names('which conditional access rules were modified after the last login spike')).toContain(
      'TenantChangeAudit',
    );
    expect(names('list named locations and conditional access rules')).toEqual(['TenantChangeAudit']);
  });

  it('reads members added to or taken out of something as a directory change, not members alone', () => {
    const identity = [table('TenantLoginLog'), table('TenantChangeAudit')];
    const names = (q: string) => categoryTables(readQuestion(q), identity, 2).map((f) => f.entry.name);

    expect(names('who removed members from the payroll approvers team last week')).toEqual(['TenantChangeAudit']);
    expect(names('list members with a login from two countries')).toEqual(['TenantLoginLog']);
  });

  it("reads an admin cmdlet on a mailbox as the office suite's audit log, not a process run", () => {
    const tenant = [table('HostProcessRuns'), table('OfficeAuditTrail'), table('TenantLoginLog')];
    const first = (q: string) => categoryTables(readQuestion(q), tenant, 2, true)[0]?.entry.name;

    expect(first('did somebody use Set-CASMailbox on the payroll shared box since friday')).toBe('OfficeAuditTrail');
    expect(first('which admin launched Remove-TransportRule last night')).toBe('OfficeAuditTrail');
    expect(first('new forwarding rules on mailboxes of the sales staff')).toBe('OfficeAuditTrail');
    expect(first('which process launched rclone.exe with a config switch')).toBe('HostProcessRuns');
  });

  it("reads the office suite's own audit operation, quoted or not, as its audit log", () => {
    const tenant = [table('HostEventLog'), table('OfficeAuditTrail'), table('TenantLoginLog')];
    const first = (q: string) => categoryTables(readQuestion(q), tenant, 2, true)[0]?.entry.name;

    expect(first('tally "FolderRenamed" entries per person since tuesday')).toBe('OfficeAuditTrail');
    expect(first('any PageViewed events for the finance hub overnight')).toBe('OfficeAuditTrail');
    expect(first("who fired 'SecureLinkUsed' on the board deck")).toBe('OfficeAuditTrail');
  });

  it("reads sharing links and invitations as the office suite's audit log, where no entry is named for them", () => {
    const tenant = [table('TenantLoginLog'), table('HostProcessRuns'), table('OfficeAuditTrail')];
    const first = (q: string) => categoryTables(readQuestion(q), tenant, 2, true)[0]?.entry.name;

    expect(first('list the sharing links bob@firm.example created for documents this month')).toBe('OfficeAuditTrail');
    expect(first('who made anonymous links to the board deck')).toBe('OfficeAuditTrail');
    expect(first('sharing invitations sent to outside addresses since monday')).toBe('OfficeAuditTrail');
  });

  it("reads a sign-in to a mailbox as the office suite's record of the access, before the sign-in log", () => {
    const tenant = [table('TenantLoginLog'), table('OfficeAuditTrail')];
    const names = (q: string) => categoryTables(readQuestion(q), tenant, 2).map((f) => f.entry.name);

    expect(names('who logged in to the payroll@shop.example shared mailbox on sunday')).toEqual([
      'OfficeAuditTrail',
      'TenantLoginLog',
    ]);
    expect(names('mailbox logins by the interns this week')[0]).toBe('OfficeAuditTrail');
    expect(names('who logged in to the payroll portal on sunday')).toEqual(['TenantLoginLog']);
  });

  it('reads failed access attempts as authentication', () => {
    const models = [model('Authentication'), model('Endpoint.Processes'), model('Web')];

    const found = categoryTables(
      readQuestion('Count failed access attempts to the payroll portal per user'),
      models,
      2,
    );

    expect(found.map((f) => f.entry.name)).toEqual(['Authentication']);
  });

  it('reads a data model named for the activity', () => {
    const models = [model('Endpoint.Processes'), model('Endpoint.Registry'), model('Network_Traffic.All_Traffic')];

    const found = categoryTables(
      readQuestion('outbound traffic to a rare port after the registry hive was touched'),
      models,
      2,
    );

    expect(found.map((f) => f.entry.name)).toEqual(['Network_Traffic.All_Traffic', 'Endpoint.Registry']);
  });

  it('keeps to the limit, most evoked category first', () => {
    const found = categoryTables(
      readQuestion('a phishing email with an attachment whose macro launched a script'),
      hosts,
      1,
    );

    expect(found.map((f) => f.entry.name)).toEqual(['MailItems']);
  });

  it('starts a hunt with no activity words at process execution, only when asked to', () => {
    const question = readQuestion('Find traces of the Zorblax family in the estate');

    expect(categoryTables(question, hosts, 2)).toEqual([]);
    expect(categoryTables(question, hosts, 1, true).map((f) => f.entry.name)).toEqual([
      'HostProcessRuns',
      'HostSocketTraffic',
    ]);
  });

  it('points Windows security events and event ids at the table named for the security log', () => {
    const windows = [
      table('HostLoginRecords'),
      table('WinAppCrashes'),
      table('SecurityAuditTrail'),
      table('SecurityEvents'),
    ];

    const found = categoryTables(
      readQuestion('Windows security events with event id 9999 on the file servers'),
      windows,
      2,
    );

    expect(found.map((f) => [f.category, f.entry.name])).toEqual([['Windows security log', 'SecurityEvents']]);
    expect(
      categoryTables(readQuestion('service accounts locked out overnight'), windows, 1, true).map((f) => f.entry.name),
    ).toEqual(['SecurityEvents']);
    expect(
      categoryTables(readQuestion('changes to schema admins since june'), windows, 1, true).map((f) => f.entry.name),
    ).toEqual(['SecurityEvents']);
  });

  it('points a Security log event id said bare at the table named for the security log, before a sign-in table', () => {
    const windows = [table('HostLoginRecords'), table('SecurityEvents')];

    const found = categoryTables(readQuestion('failed logons (4625) on KIOSK-7 per hour'), windows, 2);

    expect(found.map((f) => f.entry.name)).toEqual(['SecurityEvents', 'HostLoginRecords']);
  });

  it('points a password reset at the directory change table, not the hunting default', () => {
    const tenant = [table('TenantProcessRuns'), table('TenantAuditTrail')];

    const found = categoryTables(readQuestion('password resets by helpdesk staff this week'), tenant, 2, true);

    expect(found.map((f) => [f.category, f.entry.name])).toEqual([['change', 'TenantAuditTrail']]);
  });

  it('points guests invited into the tenant at the directory change table, not the hunting default', () => {
    const tenant = [table('TenantProcessRuns'), table('TenantAuditTrail')];

    const found = categoryTables(readQuestion('contractors invited as guests since the 3rd'), tenant, 2, true);

    expect(found.map((f) => [f.category, f.entry.name])).toEqual([['change', 'TenantAuditTrail']]);
  });

  it('points money customers paid at the sales table, whatever the question calls it', () => {
    const shop = [table('shop_customers'), table('shop_sales'), table('sale_lines'), table('cost_centres')];

    expect(
      categoryTables(readQuestion('turnover per region in Q2'), shop, 2).map((f) => [f.category, f.entry.name]),
    ).toEqual([['sales', 'shop_sales']]);
    expect(
      categoryTables(readQuestion('what did each client purchase last year'), shop, 2).map((f) => f.category),
    ).toContain('sales');
  });

  it('points money said to have come in at the invoices table', () => {
    const books = [table('ledger_invoices'), table('ledger_orders')];

    expect(
      categoryTables(readQuestion('incoming payments in CAD during spring'), books, 2).map((f) => [
        f.category,
        f.entry.name,
      ]),
    ).toEqual([['payment', 'ledger_invoices']]);
    for (const said of [
      'what came in as payments over the weekend',
      'how much did the shop receive in payments in May',
      'which wholesalers still owe us',
      'the outstanding total per branch',
      'what did the franchises pay us in May',
    ])
      expect(categoryTables(readQuestion(said), books, 2).map((f) => f.entry.name)).toEqual(['ledger_invoices']);
  });

  it('points the clients a question counts at the customers table', () => {
    const shop = [table('shop_customers'), table('shop_sales'), table('staff_members')];

    expect(
      categoryTables(readQuestion('how many clients joined in spring'), shop, 2).map((f) => [f.category, f.entry.name]),
    ).toEqual([['customer', 'shop_customers']]);
  });

  it('names nothing when no table is named for the activity', () => {
    expect(categoryTables(readQuestion('a registry key was changed'), hosts, 2)).toEqual([]);
  });
});

describe('alsoLoggedTables', () => {
  const agentRuns = { ...table('AgentProcessRecords'), columns: ['Host', 'ProcessCmdLine'] };
  const osAudit = { ...table('HostAuditTrail'), columns: ['Host', 'Event_Id', 'Command_Line', 'Who'] };
  const plainEvents = { ...table('HostEventStore'), columns: ['Host', 'EventId', 'Message'] };
  const entries = [agentRuns, plainEvents, osAudit];

  it("adds the host's own audit log beside the table of program runs", () => {
    expect(alsoLoggedTables([agentRuns], entries)).toEqual(['HostAuditTrail']);
  });

  it('adds nothing when the table of program runs is not chosen, or the audit log is chosen already', () => {
    expect(alsoLoggedTables([plainEvents], entries)).toEqual([]);
    expect(alsoLoggedTables([agentRuns, osAudit], entries)).toEqual([]);
  });

  it('adds nothing when no entry holds both an event id and a command line', () => {
    expect(alsoLoggedTables([agentRuns], [agentRuns, plainEvents])).toEqual([]);
  });

  it('reads a word said only inside a longer cue of another kind ("run" of "Run keys") as no cue of its own', () => {
    const endpoint = [
      { ...model('Endpoint.Processes'), columns: ['process_name', 'dest'] },
      { ...model('Endpoint.Registry'), columns: ['registry_path', 'dest'] },
    ];
    const named = (question: string, entries: readonly SchemaEntry[]) =>
      categoryTables(readQuestion(question), entries, 3).map((found) => found.category);
    expect(named('changes to the run keys in the last 3 days', endpoint)[0]).toBe('registry');
    // Where no registry is kept, "run" alone evokes no process log.
    const processesOnly = endpoint.slice(0, 1);
    expect(named('changes to the run keys in the last 3 days', processesOnly)).toEqual([]);
    // Said on its own as well, the shorter cue stands.
    expect(named('processes run from the run keys today', processesOnly)).toEqual(['process']);
  });
});

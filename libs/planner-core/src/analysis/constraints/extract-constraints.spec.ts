import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';

const signins: TableColumns = {
  table: 'SigninLogs',
  columns: ['TimeGenerated', 'UserPrincipalName', 'IPAddress', 'Location', 'AppDisplayName', 'ResultType'],
};
const securityEvent: TableColumns = {
  table: 'SecurityEvent',
  columns: ['TimeGenerated', 'EventID', 'Account', 'Computer', 'IpAddress'],
};
const orders: TableColumns = {
  table: 'orders',
  columns: ['id', 'customer_id', 'status', 'total_amount', 'order_date'],
};
const customers: TableColumns = { table: 'customers', columns: ['id', 'name', 'country', 'segment', 'created_at'] };

const filters = (text: string, tables: TableColumns[] = []) => extractConstraints({ text, tables }).filters;

describe('extractConstraints', () => {
  it('gives the day numbers of a date said in words to no column', () => {
    const shipments: TableColumns = { table: 'shipments', columns: ['shipment_id', 'warehouse', 'parcel_count'] };
    for (const text of [
      'shipments per warehouse between 7 and 19 September',
      'parcel count of shipments from 8 to 12 July',
      'parcel count between the 2nd and 6th of April',
    ])
      expect(filters(text, [shipments])).toEqual([]);
    // A range with no month after it still is the column's.
    expect(filters('shipments with parcel count between 7 and 19', [shipments])).toMatchObject([
      { operator: 'gte', values: ['7'] },
      { operator: 'lte', values: ['19'] },
    ]);
  });

  it('measures the column named in brackets after the noun, or the column a response size is kept in', () => {
    const proxy: TableColumns = {
      table: 'proxy',
      columns: ['_time', 'verb', 'status', 'bytes_out', 'bytes_in', 'uri'],
    };
    expect(
      extractConstraints({ text: 'mean transfer size (bytes in) by verb today', tables: [proxy] }).measure,
    ).toEqual({
      kind: 'avg',
      of: 'bytes in',
      field: 'bytes_in',
    });
    expect(extractConstraints({ text: 'average response size per uri this week', tables: [proxy] }).measure).toEqual({
      kind: 'avg',
      of: 'response size',
      field: 'bytes_out',
    });
  });

  it('counts per the columns a list names beside "how many times" or "how often"', () => {
    const keys = (text: string) => extractConstraints({ text, tables: [signins] }).group_by.map((key) => key.field);
    expect(keys('lockouts for carol@fabrikam.com this week: app, ip and how many times')).toEqual([
      'AppDisplayName',
      'IPAddress',
    ]);
    expect(keys('kiosk logins yesterday - location and user, how often?')).toEqual(['Location', 'UserPrincipalName']);
    expect(keys('which apps did dave@fabrikam.com fail against since friday, and how many of each?')).toEqual([
      'AppDisplayName',
    ]);
  });

  it('reads no event id from activity words whose ids are written in brackets beside them (those are meant)', () => {
    const ids = (text: string) =>
      extractConstraints({ text, tables: [securityEvent] })
        .filters.filter((f) => f.kind === 'event_id')
        .flatMap((f) => f.values);
    expect(ids('accounts created or disabled (4720/4725) on the dcs today')).toEqual([]);
    expect(ids('accounts created on the dcs today')).toEqual(['4720']);
  });

  it('counts per the one who acted when a count is asked with who did it', () => {
    const trail: TableColumns = {
      table: 'DirectoryTrail',
      columns: ['TimeGenerated', 'OperationName', 'InitiatedBy', 'TargetResources'],
    };
    const keys = (text: string) => extractConstraints({ text, tables: [trail] }).group_by.map((key) => key.field);
    expect(keys('how many app roles were granted last week, and who granted them?')).toEqual(['InitiatedBy']);
    expect(keys('number of groups removed since monday and who removed them')).toEqual(['InitiatedBy']);
  });

  it('maps an internal address said with "from" to the device side of a network log, and "to" to the far side', () => {
    const conn: TableColumns = {
      table: 'conn',
      columns: ['Timestamp', 'LocalIP', 'LocalPort', 'RemoteIP', 'RemotePort'],
    };
    const field = (text: string) => filters(text, [conn]).find((f) => f.kind === 'ip' || f.kind === 'cidr')?.field;
    expect(field('ssh sessions from 192.168.40.0/22 this week')).toBe('LocalIP');
    expect(field('smb traffic from host 172.20.1.9 yesterday')).toBe('LocalIP');
    expect(field('ssh sessions to 192.168.40.0/22 this week')).toBe('RemoteIP');
    // A public address traffic came from is the far end.
    expect(field('ssh sessions from 203.0.113.0/24 this week')).toBe('RemoteIP');
    // A command-and-control server is the far end, whatever words follow.
    expect(field('the c2 server at 198.51.100.40 - which laptops, since friday')).toBe('RemoteIP');
  });

  it('keeps a numeric status code and drops an outcome word mapped to the same column', () => {
    const proxy: TableColumns = { table: 'proxy', columns: ['_time', 'verb', 'status', 'bytes_out', 'uri'] };
    const read = filters('count of succeeded 304 responses per verb', [proxy]);
    expect(read.filter((f) => f.field === 'status').map((f) => f.values)).toEqual([['304']]);
  });

  it('groups by the outcome when both outcomes are asked for apart, instead of filtering on one', () => {
    const c = extractConstraints({
      text: 'hourly sign-in volume today with failures and successes broken out',
      tables: [signins],
    });
    expect(c.filters.filter((f) => f.kind === 'status')).toEqual([]);
    expect(c.group_by).toContainEqual(expect.objectContaining({ kind: 'status' }));
    // One outcome asked for stays a filter.
    expect(filters('hourly failed sign-ins today', [signins])).toContainEqual(
      expect.objectContaining({ kind: 'status', values: ['failed'] }),
    );
  });

  it('maps each value to the column of the chosen table that holds it', () => {
    expect(filters('failed sign-ins for bob@contoso.com from 10.0.0.5', [signins])).toEqual([
      { kind: 'status', operator: 'eq', values: ['failed'], field: null, currency: null, expression: 'failed' },
      {
        kind: 'user',
        operator: 'eq',
        values: ['bob@contoso.com'],
        field: 'UserPrincipalName',
        currency: null,
        expression: 'bob@contoso.com',
      },
      { kind: 'ip', operator: 'eq', values: ['10.0.0.5'], field: 'IPAddress', currency: null, expression: '10.0.0.5' },
    ]);
  });

  it('searches a quoted fragment "in the <column>" in that column, as a part of its text', () => {
    const proc: TableColumns = { table: 'proc', columns: ['Host', 'FileName', 'ProcessCommandLine'] };
    expect(filters('hosts that ran mshta.exe with "vbscript" in the command line', [proc])).toContainEqual(
      expect.objectContaining({ operator: 'contains', values: ['vbscript'], field: 'ProcessCommandLine' }),
    );
  });

  it('reads a share whose part is a value said after "were" ("what % of logins were single-factor")', () => {
    const read = extractConstraints({
      text: 'what proportion of kiosk sign-ins this month were single factor, per country?',
      tables: [{ table: 'SigninLogs', columns: ['Location', 'AuthenticationRequirement'] }],
    });
    expect(read.share?.expression).toContain('single factor');
    expect(read.filters).toContainEqual(expect.objectContaining({ field: 'AuthenticationRequirement' }));
    expect(extractConstraints({ text: 'what share of kiosk sign-ins were slow', tables: [] }).share).toBeUndefined();
  });

  it('shows the values counted distinct when the list of them is asked beside their number', () => {
    const signins: TableColumns = { table: 'SigninLogs', columns: ['UserPrincipalName', 'Location', 'IPAddress'] };
    const listed = extractConstraints({
      text: 'which users signed in from more than 2 countries this week, with the list of countries?',
      tables: [signins],
    });
    expect(listed.measure).toMatchObject({ kind: 'distinct_count', field: 'Location' });
    expect(listed.show).toEqual([{ kind: 'country', field: 'Location' }]);
    const counted = extractConstraints({
      text: 'which users signed in from more than 2 countries this week?',
      tables: [signins],
    });
    expect(counted.show ?? []).toEqual([]);
  });

  it('reads a share whose part is a value said after "with" or "w/" ("% of requests w/ 5xx")', () => {
    for (const text of ['% of requests w/ 4xx or 5xx per hour', 'share of requests with a 5xx per day']) {
      const read = extractConstraints({ text, tables: [] });
      expect(read.share?.expression).toMatch(/5xx/);
      expect(read.share_of_total).toBeUndefined();
    }
    expect(extractConstraints({ text: 'share of requests with slow pages', tables: [] }).share).toBeUndefined();
  });

  it('drops a quoted word that only repeats an outcome already read ("failed jobs (state \'Failed\')")', () => {
    const read = filters("failed backup jobs last night (job state 'Failed')", []);
    expect(read).toEqual([expect.objectContaining({ kind: 'status', values: ['failed'] })]);
  });

  it('reads a list of values as one "in" filter', () => {
    expect(filters('events 4625, 4740 and 4769 on SecurityEvent', [securityEvent])).toEqual([
      {
        kind: 'event_id',
        operator: 'in',
        values: ['4625', '4740', '4769'],
        field: 'EventID',
        currency: null,
        expression: '4625, 4740 and 4769',
      },
    ]);
  });

  it('reads negations as neq and not_in', () => {
    expect(
      filters('orders not cancelled, except from 10.0.0.1 or 10.0.0.2', [orders]).map((f) => [
        f.kind,
        f.operator,
        f.values,
        f.field,
      ]),
    ).toEqual([
      ['status', 'neq', ['cancelled'], 'status'],
      ['ip', 'not_in', ['10.0.0.1', '10.0.0.2'], null],
    ]);
  });

  it('reads the short forms "excl." and "w/o" as negations', () => {
    const read = (text: string) => filters(text, [orders]).map((f) => [f.kind, f.operator, f.values]);
    expect(read('weekly order totals excl refunded')).toEqual([['status', 'neq', ['refunded']]]);
    expect(read('order count per month, excl. pending and shipped')).toEqual([
      ['status', 'not_in', ['pending', 'shipped']],
    ]);
    expect(read('orders w/o the delivered ones')).toEqual([['status', 'neq', ['delivered']]]);
  });

  it('reads "leaving out", "omitting" and a contracted not ("aren\'t", "hasnt") as negations', () => {
    const read = (text: string) => filters(text, [orders]).map((f) => [f.kind, f.operator, f.values]);
    expect(read('weekly order count, leaving out pending and shipped ones')).toEqual([
      ['status', 'not_in', ['pending', 'shipped']],
    ]);
    expect(read('orders that aren’t delivered yet')).toEqual([['status', 'neq', ['delivered']]]);
    expect(read('orders in anything but refunded state')).toEqual([['status', 'neq', ['refunded']]]);
    expect(read('orders that hasnt shipped, omitting cancelled')).toEqual([
      ['status', 'neq', ['shipped']],
      ['status', 'neq', ['cancelled']],
    ]);
  });

  it('maps a GUID said with its entity ("subscription <guid>", "user id <guid>") to that entity\'s id column, else searches it', () => {
    const activity = {
      table: 'AzureActivity',
      columns: ['TimeGenerated', 'SubscriptionId', 'CorrelationId', 'Caller'],
    };
    const signins = { table: 'SigninLogs', columns: ['TimeGenerated', 'UserId', 'CorrelationId'] };
    const field = (text: string, table: TableColumns) => filters(text, [table]).map((f) => [f.kind, f.field]);
    expect(field('role writes in subscription 2b3c4d5e-6f70-4182-9304-a5b6c7d8e9f0', activity)).toEqual([
      ['id', 'SubscriptionId'],
    ]);
    expect(field('logons for user id 2b3c4d5e-6f70-4182-9304-a5b6c7d8e9f0', signins)).toEqual([['id', 'UserId']]);
    expect(field('correlation id 2b3c4d5e-6f70-4182-9304-a5b6c7d8e9f0 events', activity)).toEqual([
      ['id', 'CorrelationId'],
    ]);
    // No chosen table keeps a tenant's id: the GUID is a term searched for, not another id's value.
    expect(field('caller writes in tenant 2b3c4d5e-6f70-4182-9304-a5b6c7d8e9f0', activity)).toEqual([['text', null]]);
  });

  it('reads a machine or an account set aside ("leave out", "all but", "ignoring the bastion") as neq', () => {
    const read = (text: string) => filters(text, []).map((f) => [f.kind, f.operator, f.values]);
    expect(read('smb sessions per device, leave out the build box BX-114')).toEqual([['host', 'neq', ['BX-114']]]);
    expect(read('printer jobs by host this month, all but PRT-7A')).toEqual([['host', 'neq', ['PRT-7A']]]);
    expect(read('shell logons per machine ignoring the bastion gw-east-04')).toEqual([['host', 'neq', ['gw-east-04']]]);
    expect(read('logons per account except the user lab.robot')).toEqual([['user', 'neq', ['lab.robot']]]);
  });

  it('reads a state "no longer" held as a negation, but not "no longer than" a span', () => {
    const read = (text: string) => filters(text, [orders]).map((f) => [f.kind, f.operator, f.values]);
    expect(read('orders which are no longer pending')).toEqual([['status', 'neq', ['pending']]]);
    expect(read('orders no longer than 3 days old that are pending')).toEqual([['status', 'eq', ['pending']]]);
  });

  it('reads an amount with its currency and comparison, qualified when tables are joined', () => {
    expect(filters('customers with orders over $500 or at least 100 EUR', [orders, customers])).toEqual([
      {
        kind: 'amount',
        operator: 'gt',
        values: ['500'],
        field: 'orders.total_amount',
        currency: 'USD',
        expression: 'over $500',
      },
      {
        kind: 'amount',
        operator: 'gte',
        values: ['100'],
        field: 'orders.total_amount',
        currency: 'EUR',
        expression: 'at least 100 EUR',
      },
    ]);
  });

  it('reads "between" amounts as a range', () => {
    expect(filters('payments between $100 and $500').map((f) => [f.operator, f.values[0]])).toEqual([
      ['gte', '100'],
      ['lte', '500'],
    ]);
  });

  it('joins two equal-kind values far apart into one "in" filter, since both cannot hold at once', () => {
    expect(filters('successful sign-ins after many failed ones', [signins])).toEqual([
      {
        kind: 'status',
        operator: 'in',
        values: ['succeeded', 'failed'],
        field: null,
        currency: null,
        expression: 'successful',
      },
    ]);
  });

  it('gives a country its name and ISO code, either of which the column may hold', () => {
    expect(filters('sign-ins from the United States', [signins])).toEqual([
      {
        kind: 'country',
        operator: 'in',
        values: ['United States', 'US'],
        field: 'Location',
        currency: null,
        expression: 'United States',
      },
    ]);
  });

  it('sends a destination IP to the destination column', () => {
    const network: TableColumns = {
      table: 'CommonSecurityLog',
      columns: ['SourceIP', 'DestinationIP', 'DestinationPort'],
    };

    expect(filters('connections to 203.0.113.9 on port 4444', [network]).map((f) => f.field)).toEqual([
      'DestinationIP',
      'DestinationPort',
    ]);
    expect(filters('packets going to server 198.18.7.7', [network]).map((f) => f.field)).toEqual(['DestinationIP']);
    expect(filters('flows destined for 198.18.7.7', [network]).map((f) => f.field)).toEqual(['DestinationIP']);
  });

  it('reads inactivity as a condition, and its number as no threshold', () => {
    const constraints = extractConstraints({ text: 'Users who have not logged in for 90 days', tables: [signins] });

    expect(constraints.inactivity).toEqual({
      duration_seconds: 7_776_000,
      activity: 'login',
      expression: 'have not logged in for 90 days',
    });
    expect(constraints.having).toBeNull();
    expect(constraints.filters).toEqual([]);
  });

  it('reads inactivity said with a date as a condition before that date, not as a window', () => {
    const constraints = extractConstraints({
      text: 'kiosk operators that have not signed in since 4 February 2025',
      tables: [signins],
      now: new Date('2025-02-14T00:00:00Z'),
    });

    expect(constraints.inactivity).toEqual({
      duration_seconds: 10 * 86_400,
      activity: 'sign-in',
      expression: 'have not signed in since 4 February 2025',
      before: '2025-02-04T00:00:00.000Z',
    });
  });

  it('reads a used column as a percentage of its allotment: the part summed, the whole beside it, and the ratio', () => {
    const storage: TableColumns = { table: 'storage', columns: ['storage_id', 'team', 'quota_gb', 'used_gb'] };
    const constraints = extractConstraints({ text: 'quota usage by team as a percentage of quota', tables: [storage] });

    expect(constraints.measure).toEqual({ kind: 'sum', of: 'used_gb', field: 'used_gb' });
    expect(constraints.extra_measures).toEqual([{ kind: 'sum', of: 'quota', field: 'quota_gb' }]);
    expect(constraints.ratio).toMatchObject({ part_field: 'used_gb', whole_field: 'quota_gb' });
    expect(constraints.share_of_total).toBeUndefined();
  });

  it("reads each group's part of the total when a share names no rows that are the part", () => {
    const constraints = extractConstraints({
      text: 'what percentage of order value came from each customer segment',
      tables: [orders, customers],
    });

    expect(constraints.share_of_total).toEqual({ expression: 'percentage of order value came from each customer' });
    expect(constraints.share).toBeUndefined();
    expect(constraints.group_by).toEqual([{ kind: 'segment', field: 'customers.segment' }]);
  });

  it('keeps a share of rows (a status is the part) apart from a share of the total', () => {
    const constraints = extractConstraints({
      text: 'what % of orders were cancelled per country',
      tables: [orders, customers],
    });

    expect(constraints.share).not.toBeUndefined();
    expect(constraints.share_of_total).toBeUndefined();
  });

  it('maps the measure, the grouping and the ordering to columns', () => {
    const constraints = extractConstraints({
      text: 'average order value by customer segment, top 3',
      tables: [orders, customers],
    });

    expect(constraints.measure).toEqual({ kind: 'avg', of: 'order value', field: 'orders.total_amount' });
    expect(constraints.group_by).toEqual([{ kind: 'segment', field: 'customers.segment' }]);
    expect(constraints.order).toEqual({ by: 'measure', direction: 'desc' });
    expect(constraints.limit).toBe(3);
  });

  it('keeps at most 32 filters and reads at most 4000 characters', () => {
    const text = Array.from({ length: 60 }, (_, i) => `host WKS-${i} on port ${1000 + i}`).join('; ');

    expect(filters(text.repeat(3)).length).toBeLessThanOrEqual(32);
  });

  it('answers every part, empty, for a question with nothing to read', () => {
    expect(extractConstraints({ text: 'hi', tables: [] })).toEqual({
      filters: [],
      measure: null,
      group_by: [],
      having: null,
      time_bucket: null,
      order: null,
      limit: null,
      inactivity: null,
    });
  });
});

describe('extractConstraints (an amount compared by its size)', () => {
  it('reads "bigger than" an amount as greater than it', () => {
    expect(filters('orders bigger than 120 GBP', [orders])).toMatchObject([
      { kind: 'amount', operator: 'gt', values: ['120'], currency: 'GBP' },
    ]);
  });
});

describe('extractConstraints (values named by their column)', () => {
  const windows: TableColumns = {
    table: 'SecurityEvent',
    columns: ['TimeGenerated', 'EventID', 'LogonType', 'Status', 'TicketEncryptionType'],
  };
  const users: TableColumns = { table: 'users', columns: ['user_id', 'email', 'role', 'department'] };

  it('maps a code said with its name to the column of that name', () => {
    expect(filters('event 4769 with encryption type 0x17 and logon type 3', [windows])).toEqual([
      expect.objectContaining({ kind: 'event_id', values: ['4769'] }),
      expect.objectContaining({ kind: 'text', values: ['0x17'], field: 'TicketEncryptionType' }),
      expect.objectContaining({ kind: 'text', values: ['3'], field: 'LogonType' }),
    ]);
  });

  it('reads "admin users" as a value of the role column', () => {
    expect(filters('admin users in the database', [users])).toEqual([
      expect.objectContaining({ kind: 'text', values: ['admin'], field: 'role' }),
    ]);
  });
});

describe('extractConstraints (a quoted or coded value after its column)', () => {
  const invoices: TableColumns = { table: 'invoices', columns: ['invoice_id', 'status', 'currency', 'amount'] };
  const network: TableColumns = { table: 'DeviceNetworkEvents', columns: ['RemotePort', 'ActionType'] };

  it('gives a quoted value the column named before it, and reads a currency code after "currency"', () => {
    expect(filters("invoices with status 'overdue' and currency EUR", [invoices])).toEqual([
      expect.objectContaining({ kind: 'text', values: ['overdue'], field: 'status' }),
      expect.objectContaining({ kind: 'text', values: ['EUR'], field: 'currency' }),
    ]);
  });

  it('reads a number right after a column spelt as in the catalog', () => {
    expect(filters('events with RemotePort 3389 today', [network])).toEqual([
      expect.objectContaining({ kind: 'text', values: ['3389'], field: 'RemotePort' }),
    ]);
  });

  it('gives a quoted value the column its next words name, matched whole', () => {
    expect(filters("orders from the 'Enterprise' segment", [customers])).toEqual([
      expect.objectContaining({ kind: 'text', operator: 'eq', values: ['Enterprise'], field: 'segment' }),
    ]);
    expect(filters("orders mentioning 'gift wrap' please", [customers])).toEqual([
      expect.objectContaining({ operator: 'contains', field: null }),
    ]);
  });

  it('gives a quoted value the type or name column of the noun after it, and groups by two words that name a column', () => {
    const audit: TableColumns = {
      table: 'audit_log',
      columns: ['entry_id', 'actor_id', 'action_name', 'event_type', 'logged_at'],
    };
    const read = extractConstraints({
      text: "hourly distinct actors with a 'role_grant' action, per event type",
      tables: [audit],
    });
    expect(read.filters).toEqual([
      expect.objectContaining({ kind: 'text', operator: 'eq', values: ['role_grant'], field: 'action_name' }),
    ]);
    expect(read.group_by).toEqual([{ kind: 'event type', field: 'event_type' }]);
  });
});

describe('extractConstraints: values written loosely', () => {
  const processes: TableColumns = {
    table: 'DeviceProcessEvents',
    columns: ['TimeGenerated', 'DeviceName', 'FileName', 'ProcessCommandLine'],
  };
  const cloudtrail: TableColumns = { table: 'aws:cloudtrail', columns: ['eventName', 'awsRegion', 'sourceIPAddress'] };
  const invoices: TableColumns = { table: 'invoices', columns: ['invoice_id', 'amount', 'currency', 'status'] };

  it('reads countries written in lower case after a place word, and not common words', () => {
    expect(filters('logons from brazil and india this week', [signins])).toEqual([
      expect.objectContaining({ kind: 'country', values: ['Brazil', 'BR', 'India', 'IN'], field: 'Location' }),
    ]);
    expect(filters('turkey sandwich orders in turkey', [orders]).some((f) => f.kind === 'country')).toBe(false);
    expect(filters('the china cabinet order', [orders]).some((f) => f.kind === 'country')).toBe(false);
  });

  it('reads the app a sign-in went into, however "into" is written', () => {
    for (const text of ['users who logged into Workday today', 'Sign-ins to Zoom Workplace this week'])
      expect(filters(text, [signins])).toEqual([expect.objectContaining({ kind: 'app', field: 'AppDisplayName' })]);
  });

  it('reads misspelt outcome words as the word', () => {
    expect(filters('faild sign-ins for carl@example.org', [signins])[0]).toEqual(
      expect.objectContaining({ kind: 'status', values: ['failed'] }),
    );
  });

  it('reads an API a question says someone called as an operation', () => {
    expect(filters('which roles called TerminateInstances yesterday', [cloudtrail])).toEqual([
      expect.objectContaining({ kind: 'action', values: ['TerminateInstances'] }),
    ]);
    expect(filters('calls to PutBucketAcl over the weekend', [cloudtrail])).toEqual([
      expect.objectContaining({ kind: 'action', values: ['PutBucketAcl'] }),
    ]);
  });

  it('reads a well-known admin or attack tool named without its extension as a process', () => {
    expect(filters('any rundll32 launches on kiosks?', [processes])).toEqual([
      expect.objectContaining({ kind: 'process', operator: 'contains', values: ['rundll32'] }),
    ]);
    expect(filters('bitsadmin.exe transfers', [processes])).toEqual([
      expect.objectContaining({ kind: 'process', operator: 'eq', values: ['bitsadmin.exe'] }),
    ]);
  });

  it('sums a money column named after two words ("total overdue invoice amount")', () => {
    expect(
      extractConstraints({ text: 'total overdue invoice amount by currency', tables: [invoices] }).measure,
    ).toEqual(expect.objectContaining({ kind: 'sum', field: 'amount' }));
  });
});

describe('extractConstraints: who and what a question is about', () => {
  const audit: TableColumns = { table: 'AuditLogs', columns: ['TimeGenerated', 'OperationName', 'TargetResources'] };

  it('reads a lower-case handle asked about as the account something happened to', () => {
    expect(filters('has m.okafor logged on since Friday?', [securityEvent])).toEqual([
      expect.objectContaining({ kind: 'user', values: ['m.okafor'] }),
    ]);
    expect(filters('was it locked out again?', [securityEvent]).some((f) => f.kind === 'user')).toBe(false);
    expect(filters('has anyone signed in from abroad', [signins]).some((f) => f.kind === 'user')).toBe(false);
  });

  it('reads a role named by its title as a value to search for', () => {
    expect(filters('who got the Exchange Administrator role this week', [audit])).toEqual([
      expect.objectContaining({ kind: 'text', values: ['Exchange Administrator'] }),
    ]);
  });

  it('groups "per user yesterday" by the user, not by the day word', () => {
    expect(
      extractConstraints({
        text: 'Regions that overspent their budget during 2025, weekly',
        tables: [{ table: 'budget', columns: ['budget_id', 'region', 'week', 'amount', 'spent'] }],
      }).group_by.map((key) => key.field),
    ).toContain('region');
    expect(extractConstraints({ text: 'logons per host yesterday', tables: [securityEvent] }).group_by).toEqual([
      expect.objectContaining({ kind: 'host', field: 'Computer' }),
    ]);
  });
});

describe('extractConstraints: codes said as plurals or as the errors they are', () => {
  const web: TableColumns = { table: 'Web', columns: ['_time', 'status', 'url', 'src'] };
  const trail: TableColumns = { table: 'aws:cloudtrail', columns: ['eventName', 'errorCode', 'userIdentity.arn'] };

  it('reads "503s" on web traffic as the HTTP status', () => {
    expect(filters('daily 503s from the proxy this week', [web])).toEqual([
      expect.objectContaining({ kind: 'text', values: ['503'] }),
    ]);
  });

  it('reads a CamelCase name followed by "errors" as a code to search for', () => {
    expect(filters('who hit ThrottlingException errors today', [trail])).toEqual([
      expect.objectContaining({ kind: 'text', values: ['ThrottlingException'] }),
    ]);
  });
});

describe('extractConstraints (what an entity spent in all)', () => {
  const shop: TableColumns = {
    table: 'orders',
    columns: ['order_id', 'customer_id', 'total', 'currency', 'created_at'],
  };

  it('reads an amount after a spending word as a threshold on the sum, its currency kept as a filter', () => {
    const read = extractConstraints({ text: 'buyers who spent at least £750 since June', tables: [shop] });

    expect(read.measure).toEqual({ kind: 'sum', of: 'spend', field: 'total' });
    expect(read.having).toEqual({ operator: 'gte', value: 750 });
    expect(read.filters).toEqual([expect.objectContaining({ kind: 'currency', values: ['GBP'], field: 'currency' })]);
  });

  it('reads a bare number after a spending word as a threshold on the sum, not a count', () => {
    const read = extractConstraints({ text: 'members whose lifetime value is over 2500', tables: [shop] });

    expect(read.measure).toEqual({ kind: 'sum', of: 'spend', field: 'total' });
    expect(read.having).toEqual({ operator: 'gt', value: 2500 });
  });

  it('should keep an amount on each row a filter ("orders with a total over $80")', () => {
    const read = extractConstraints({ text: 'orders with a total over $80 this week', tables: [shop] });

    expect(read.having).toBeNull();
    expect(read.filters).toEqual([expect.objectContaining({ kind: 'amount', operator: 'gt', values: ['80'] })]);
  });
});

describe('extractConstraints (a plan set against what was spent)', () => {
  const plans: TableColumns = {
    table: 'allocations',
    columns: ['allocation_id', 'unit', 'period_year', 'period_month', 'amount', 'spent'],
  };

  it('sums both the allotment and the spending column for "budget vs actual spend"', () => {
    const read = extractConstraints({ text: 'budget vs actual spend per unit for month 4', tables: [plans] });

    expect(read.measure).toEqual({ kind: 'sum', of: 'budget', field: 'amount' });
    expect(read.extra_measures).toEqual([{ kind: 'sum', of: 'spend', field: 'spent' }]);
  });
});

describe('extractConstraints (a sum of a noun and its value word)', () => {
  it('sums the value column a plural value word names, not the id of the noun before it', () => {
    const bills: TableColumns = { table: 'bills', columns: ['bill_id', 'amount', 'state', 'issued_at'] };

    expect(extractConstraints({ text: 'sum of bill amounts per state', tables: [bills] }).measure).toEqual({
      kind: 'sum',
      of: 'bill amounts',
      field: 'amount',
    });
  });
});

describe('extractConstraints (a quoted value after the words that name its column)', () => {
  const proc: TableColumns = {
    table: 'DeviceProcessEvents',
    columns: ['FileName', 'ProcessCommandLine', 'DeviceName'],
  };
  const auth: TableColumns = { table: 'SigninLogs', columns: ['UserPrincipalName', 'AppDisplayName', 'IPAddress'] };

  it('reads the column before a verb of containing or matching', () => {
    expect(filters("runs whose command line includes 'DumpCreds'", [proc])).toEqual([
      expect.objectContaining({ values: ['DumpCreds'], field: 'ProcessCommandLine' }),
    ]);
  });

  it("reads a generic word after an entity as that entity's column, never a column that merely ends in it", () => {
    expect(filters("logins where the application name is 'Payroll Hub'", [auth])).toEqual([
      expect.objectContaining({ values: ['Payroll Hub'], field: 'AppDisplayName' }),
    ]);
    expect(filters("rows where the name is 'x1'", [auth])).toEqual([expect.objectContaining({ field: null })]);
  });
});

describe('extractConstraints (columns listed beside a measure)', () => {
  const suppliers: TableColumns = { table: 'suppliers', columns: ['supplier_id', 'name', 'city', 'phone'] };
  const shipments: TableColumns = { table: 'shipments', columns: ['shipment_id', 'supplier_id', 'shipped_at'] };

  it('shows the columns a list names beside the count, not the measure itself', () => {
    const c = extractConstraints({
      text: 'suppliers with more than 3 shipments this year - name, city and number of shipments',
      tables: [suppliers, shipments],
    });
    expect(c.measure).toMatchObject({ kind: 'count' });
    expect(c.group_by).toEqual([{ kind: 'supplier', field: 'suppliers.supplier_id' }]);
    expect(c.show).toEqual([{ kind: 'city', field: 'suppliers.city' }]);
  });
});

describe('extractConstraints (a source whose columns the schema does not list)', () => {
  it('keeps the entities asked of each row, with no field, and no ordinary word as a column', () => {
    const c = extractConstraints({
      text: 'print spooler crashes (event 7031) since monday: which services, and on what server?',
      tables: [],
    });
    expect(c.show).toEqual([{ kind: 'host', field: null }]);
    expect(
      extractConstraints({ text: 'event 7031 since monday, and on which shelf?', tables: [] }).show,
    ).toBeUndefined();
  });
});

describe('extractConstraints (courtesy words)', () => {
  it('should take no courtesy or urgency word for a value ("by account plz", "thx", "asap")', () => {
    const read = filters('blocked logons from 10.9.8.0/24 in the last day, totals by account plz thx', [securityEvent]);
    expect(read.map((f) => f.kind)).toEqual(['action', 'cidr']);
    expect(filters('asap: sign-ins for user please', [signins])).toEqual([]);
  });

  it('should keep a courtesy word inside quotes as written', () => {
    expect(filters("sign-ins to the app 'thanks portal'", [signins])[0]?.values).toEqual(['thanks portal']);
  });
});

describe('extractConstraints (the root identity)', () => {
  const cloudAudit: TableColumns = {
    table: 'cloud:audit',
    columns: ['_time', 'eventName', 'userIdentity.type', 'sourceIPAddress'],
  };
  const unixAuth: TableColumns = { table: 'linux_secure', columns: ['_time', 'user', 'src'] };

  it("should read a root account as the identity type where the tables record it, else as the account 'root'", () => {
    expect(filters('root user sign-ins to the console this week', [cloudAudit])).toMatchObject([
      { kind: 'text', values: ['Root'], field: 'userIdentity.type' },
    ]);
    expect(filters('root account logins over ssh today', [unixAuth])).toMatchObject([
      { kind: 'user', values: ['root'], field: 'user' },
    ]);
  });
});

describe('extractConstraints (rows ordered by their price, no column word)', () => {
  const goods: TableColumns = { table: 'goods', columns: ['sku', 'title', 'shelf_price', 'stocked_at'] };

  it('orders "costliest first" by the price column, descending, and "cheapest ones first" ascending', () => {
    expect(extractConstraints({ text: 'garden tools in stock, costliest first', tables: [goods] }).order).toEqual({
      by: 'shelf_price',
      direction: 'desc',
    });
    expect(extractConstraints({ text: 'show the kettles, cheapest ones first', tables: [goods] }).order).toEqual({
      by: 'shelf_price',
      direction: 'asc',
    });
  });
});

describe('extractConstraints (a value said to be a part of the field)', () => {
  const cloudCalls: TableColumns = { table: 'cloud:calls', columns: ['_time', 'eventName', 'userIdentity.arn'] };

  it('reads a value after "contains" / "including" as a part of the text, not all of it', () => {
    expect(filters('cloud api calls where the arn contains svc-deployer, by eventName', [cloudCalls])).toMatchObject([
      { kind: 'user', operator: 'contains', values: ['svc-deployer'] },
    ]);
    expect(filters('cloud api calls of svc-deployer', [cloudCalls])).toMatchObject([
      { kind: 'user', operator: 'eq', values: ['svc-deployer'] },
    ]);
  });

  it('keeps a whole value whole after "containing" (an address, a port)', () => {
    expect(filters('flows containing 10.4.4.4 on port 8443', [])).toMatchObject([
      { kind: 'ip', operator: 'eq' },
      { kind: 'port', operator: 'eq' },
    ]);
  });
});

describe('extractConstraints (a list of columns to see)', () => {
  const audit: TableColumns = { table: 'CloudAudit', columns: ['TimeGenerated', 'Caller', 'CallerIpAddress', 'Verb'] };

  it('takes no word of "with the caller, the verb and the caller IP" for a value of a column', () => {
    expect(filters('every removal since noon with the caller, the verb and the caller IP', [audit])).toEqual([]);
  });

  it('still reads a value said after a column name outside such a list', () => {
    expect(filters('every removal since noon by caller "ops-bot"', [audit])).toMatchObject([
      { kind: 'text', values: ['ops-bot'], field: 'Caller' },
    ]);
  });
});

describe('extractConstraints (a process excluded as a parent)', () => {
  const procs: TableColumns = {
    table: 'ProcStarts',
    columns: ['TimeGenerated', 'FileName', 'InitiatingProcessFileName', 'DeviceName'],
  };

  it('puts "leaving out X as a parent" on the parent column, negated', () => {
    expect(filters('rundll32.exe runs per parent, leaving out svchost.exe as a parent', [procs])).toMatchObject([
      { kind: 'process', operator: 'eq', values: ['rundll32.exe'], field: 'FileName' },
      { kind: 'process', operator: 'neq', values: ['svchost.exe'], field: 'InitiatingProcessFileName' },
    ]);
  });

  it('negates a program named without its extension ("leave out svchost")', () => {
    expect(filters('top 5 processes started on HMI-03 past 3 days, leave out svchost', [procs])).toContainEqual(
      expect.objectContaining({ kind: 'process', operator: 'neq', values: ['svchost'] }),
    );
  });
});

describe('extractConstraints (parts of a command line, counts beside first and last seen)', () => {
  const processes: TableColumns = {
    table: 'DeviceProcessEvents',
    columns: ['TimeGenerated', 'DeviceName', 'FileName', 'ProcessCommandLine', 'SHA1'],
  };

  it('keeps two parts of a command line joined by "and" as two filters, each required', () => {
    const parts = filters('bitsadmin.exe with /transfer and a URL in the command line', [processes]).filter(
      (f) => f.kind === 'command_line',
    );
    expect(parts.map((f) => f.values)).toEqual([['/transfer'], ['http']]);
  });

  it('counts the rows beside the earliest and the latest time when asked how many times', () => {
    const read = extractConstraints({
      text: 'SHA1 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567 over 2 weeks, for each device: first seen, last seen, how often',
      tables: [processes],
    });
    expect(read.extra_measures).toContainEqual({ kind: 'count', of: null, field: null });
  });

  it('reads a first or last seen asked beside the entities listed as one per entity', () => {
    const keys = (text: string) => extractConstraints({ text, tables: [processes] }).group_by.map((k) => k.field);
    expect(keys('meshagent.exe running anywhere last 30d? hosts + first seen')).toEqual(['DeviceName']);
    expect(keys('anydesk.exe this month, devices and last seen')).toEqual(['DeviceName']);
    // Asked alone, once over every row.
    expect(keys('when was anydesk.exe first seen?')).toEqual([]);
  });
});

describe('extractConstraints (the one left out with "besides")', () => {
  it('leaves out an account said after "users besides"', () => {
    const read = filters('which users besides svc_robot logged on (4624) today', [securityEvent]);
    expect(read.find((f) => f.values.includes('svc_robot'))?.operator).toBe('neq');
  });
});

describe('extractConstraints: the entity counted distinct is no key of its groups', () => {
  it('groups "denied sign-ins per app, distinct users" by the app only', () => {
    const read = extractConstraints({ text: 'denied sign-ins last week per app, distinct users', tables: [signins] });
    expect(read.measure).toMatchObject({ kind: 'distinct_count', of: 'user' });
    expect(read.group_by.map((key) => key.kind)).toEqual(['app']);
  });
});

describe('extractConstraints (a directory error code said as what something failed with)', () => {
  const directory: TableColumns = {
    table: 'idp',
    columns: ['category', 'properties.userPrincipalName', 'properties.ipAddress', 'properties.status.errorCode'],
  };

  it("filters the record's error code on the code, however many digits, and not on a failure alone", () => {
    for (const [text, code] of [
      ['robot-7@example.net failing with 7000112 in the idp index since noon, by ip', '7000112'],
      ['idp records that failed w/ 650057 over 3 days', '650057'],
      ['idp index code 90072 yesterday per user', '90072'],
    ] as const) {
      const read = filters(text, [directory]);
      expect(read).toContainEqual(expect.objectContaining({ values: [code], field: 'properties.status.errorCode' }));
      expect(read.filter((f) => f.kind === 'status')).toEqual([]);
    }
  });
});

describe('extractConstraints: how far a negation reaches', () => {
  it('negates no value after a negated word closed by a time or by "for"', () => {
    expect(filters('badge swipes that were not approved yesterday for dana@example.org', [signins])).toContainEqual(
      expect.objectContaining({ values: ['dana@example.org'], operator: 'eq' }),
    );
    expect(filters("swipes that weren't remote for dana@example.org", [signins])).toContainEqual(
      expect.objectContaining({ values: ['dana@example.org'], operator: 'eq' }),
    );
  });

  it('still negates a value the negation brings in', () => {
    expect(filters('swipes not from 192.0.2.7 today', [signins])).toContainEqual(
      expect.objectContaining({ values: ['192.0.2.7'], operator: 'neq' }),
    );
    expect(filters('swipes excluding dana@example.org', [signins])).toContainEqual(
      expect.objectContaining({ values: ['dana@example.org'], operator: 'neq' }),
    );
  });
});

describe('extractConstraints (values set aside after the noun phrase that names them)', () => {
  const trail: TableColumns = { table: 'aws:cloudtrail', columns: ['eventName', 'sourceIPAddress'] };
  const flows: TableColumns = { table: 'Network_Traffic', columns: ['src_ip', 'dest_ip', 'dest_port'] };

  it('leaves out the addresses listed after "other than our … addresses,"', () => {
    expect(
      filters('API calls from addresses other than our two office egress addresses, 203.0.113.10 and 203.0.113.11', [
        trail,
      ]),
    ).toMatchObject([{ kind: 'ip', operator: 'not_in', values: ['203.0.113.10', '203.0.113.11'] }]);
    expect(filters('logins except from the known scanners: 198.51.100.4 or 198.51.100.5', [trail])).toMatchObject([
      { kind: 'ip', operator: 'not_in' },
    ]);
  });

  it('keeps a value after a comma that closes a time, not a negation', () => {
    expect(filters('calls not made in the last 24 hours, 203.0.113.10', [trail])).toMatchObject([
      { kind: 'ip', operator: 'eq' },
    ]);
  });

  it('puts a range on the end the noun after it names ("non-10.x srcs")', () => {
    expect(filters('3389 from non-10.x srcs', [flows])).toContainEqual(
      expect.objectContaining({ kind: 'cidr', operator: 'neq', values: ['10.0.0.0/8'], field: 'src_ip' }),
    );
  });
});

describe('extractConstraints (event ids listed with a plus)', () => {
  it('keeps "4720 + 4732" as one list of ids', () => {
    const win: TableColumns = { table: 'wineventlog', columns: ['EventCode', 'user', 'host'] };
    expect(filters('wineventlog 4720 + 4732 last 10h, by user + host', [win])).toMatchObject([
      { kind: 'event_id', operator: 'in', values: ['4720', '4732'] },
    ]);
  });
});

describe('extractConstraints (a value set beside the one asked)', () => {
  const budget: TableColumns = {
    table: 'budget',
    columns: ['budget_id', 'department', 'category', 'fiscal_year', 'fiscal_month', 'amount', 'spent'],
  };
  const read = (text: string, tables: TableColumns[] = [budget]) => extractConstraints({ text, tables });

  it('reads what was spent beside what was planned or budgeted, each summed', () => {
    for (const text of [
      'IT budget: how much did we spend vs what was planned, month by month, for FY2026?',
      'total spend per budget category in fiscal year 2026, next to what was budgeted',
    ]) {
      const c = read(text);
      expect(c.measure).toMatchObject({ kind: 'sum', field: 'spent' });
      expect(c.extra_measures).toEqual([expect.objectContaining({ kind: 'sum', field: 'amount' })]);
    }
    expect(read('total spend per budget category this year').extra_measures ?? []).toEqual([]);
  });

  it('reads what is left of a budget said of someone ("does Operations have left") as the allotment less the spending', () => {
    const c = read('How much budget does Operations have left per category for fiscal year 2026?');
    expect(c.group_by.map((k) => k.field)).toEqual(['category']);
    expect(c.difference).toMatchObject({ left_field: 'amount', right_field: 'spent' });
  });

  it('reads an aggregate of another value set beside the first ("compared with the average list price")', () => {
    const tables: TableColumns[] = [
      { table: 'order_items', columns: ['order_id', 'product_id', 'unit_price', 'quantity'] },
      { table: 'products', columns: ['product_id', 'category', 'list_price'] },
    ];
    const c = read(
      'the average unit price we charged per product category, compared with the average list price',
      tables,
    );
    expect(c.measure).toMatchObject({ kind: 'avg', field: 'order_items.unit_price' });
    expect(c.extra_measures).toEqual([expect.objectContaining({ kind: 'avg', field: 'products.list_price' })]);
  });
});

describe('extractConstraints (how overdue each row is)', () => {
  const invoices: TableColumns = {
    table: 'invoices',
    columns: ['invoice_id', 'customer_id', 'amount', 'currency', 'due_date', 'status'],
  };

  it('shows the days past the due date of each row listed, no count', () => {
    const c = extractConstraints({
      text: 'list the overdue invoices above 750 EUR, with the number of days past the due date',
      tables: [invoices],
    });
    expect(c.measure).toBeNull();
    expect(c.show).toContainEqual({ kind: 'days_overdue', field: 'due_date' });
    // A count of days asked as a measure of late payments stays the lateness readers'.
    expect(
      extractConstraints({ text: 'how many invoices are overdue this month', tables: [invoices] }).show ?? [],
    ).not.toContainEqual(expect.objectContaining({ kind: 'days_overdue' }));
  });
});

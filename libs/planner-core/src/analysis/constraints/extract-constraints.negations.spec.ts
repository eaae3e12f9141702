import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';

const securityEvent: TableColumns = {
  table: 'SecurityEvent',
  columns: ['TimeGenerated', 'EventID', 'Computer', 'Account', 'SubjectUserName', 'TargetUserName', 'IpAddress'],
};
const processes: TableColumns = {
  table: 'DeviceProcessEvents',
  columns: ['TimeGenerated', 'DeviceName', 'FileName', 'InitiatingProcessFileName', 'ProcessCommandLine'],
};
const sysmon: TableColumns = { table: 'sysmon', columns: ['EventCode', 'Image', 'ParentImage', 'CommandLine', 'host'] };
const network: TableColumns = { table: 'DeviceNetworkEvents', columns: ['TimeGenerated', 'DeviceName', 'RemotePort'] };
const cloudtrail: TableColumns = { table: 'aws', columns: ['eventName', 'errorCode', 'userIdentity.arn'] };

const filters = (text: string, tables: TableColumns[]) => extractConstraints({ text, tables }).filters;

describe('extractConstraints: values set aside', () => {
  it('keeps no value that the same question sets aside on the same field (a bracket restating what is left out)', () => {
    const winlog: TableColumns = {
      table: 'WinEventLog:Security',
      columns: ['EventCode', 'Logon_Type', 'host', 'user'],
    };
    const read = filters('daily successful logons (event 4624) this week, excluding service logons (logon type 5)', [
      winlog,
    ]).filter((f) => f.values.includes('5'));
    expect(read.length).toBeGreaterThan(0);
    expect(read.every((f) => f.operator === 'neq' || f.operator === 'not_in')).toBe(true);
  });

  it('sets aside a name written with a wildcard, or by its end, as a pattern', () => {
    const signins: TableColumns = { table: 'SigninLogs', columns: ['UserPrincipalName', 'AppDisplayName'] };
    expect(filters('failed signins last week, dont count the svc-* accts', [signins])).toContainEqual(
      expect.objectContaining({ kind: 'user', operator: 'neq', values: ['svc-*'] }),
    );
    expect(
      filters('node.exe runs on QX-ENG-* laptops, not counting the QX-ENG-BLD-* build boxes', [processes]),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ operator: 'contains', values: ['QX-ENG-'] }),
        expect.objectContaining({ operator: 'neq', values: ['QX-ENG-BLD-*'], field: 'DeviceName' }),
      ]),
    );
    expect(filters('dns lookups per host today, skip *.example.org lookups', [sysmon])).toContainEqual(
      expect.objectContaining({ kind: 'domain', operator: 'neq', values: ['*.example.org'] }),
    );
    expect(filters('process launches yesterday excluding hosts starting with LAB-', [processes])).toContainEqual(
      expect.objectContaining({ operator: 'neq', values: ['LAB-*'] }),
    );
    expect(filters('process launches on WS-* machines yesterday', [processes])).toContainEqual(
      expect.objectContaining({ operator: 'contains', values: ['WS-'] }),
    );
  });

  it('reads "except" typed without its e the same way', () => {
    expect(filters('procs on LAB-PC-09 today excpt svchost.exe + conhost.exe', [processes])).toContainEqual(
      expect.objectContaining({ operator: 'not_in', values: ['svchost.exe', 'conhost.exe'], field: 'FileName' }),
    );
    expect(filters('logons this week exept for svc_backup', [securityEvent])).toContainEqual(
      expect.objectContaining({ operator: 'neq', values: ['svc_backup'] }),
    );
  });

  it('sets aside the machines a noun phrase after "not counting" or "excluding" names, listed with a slash', () => {
    expect(
      filters('boxes that talked on port 502, not counting the historians PLT-HIST01/PLT-HIST02?', [network]),
    ).toContainEqual(
      expect.objectContaining({ operator: 'not_in', values: ['PLT-HIST01', 'PLT-HIST02'], field: 'DeviceName' }),
    );
    expect(
      filters('lookups of evil.example.com excluding our two DNS servers NS-01 and NS-02', [network]),
    ).toContainEqual(expect.objectContaining({ operator: 'not_in', values: ['NS-01', 'NS-02'] }));
  });

  it('keeps a value a preposition brings in after the set-aside noun phrase', () => {
    expect(
      filters('failed logons excluding service accounts in the last day on FIN-WS-01', [securityEvent]),
    ).toContainEqual(expect.objectContaining({ operator: 'eq', values: ['FIN-WS-01'] }));
  });
});

describe('extractConstraints: the account that acted', () => {
  it('sets aside the account whose changes are excluded, on the column of the one that acted', () => {
    expect(
      filters(
        'members added to a group (4728) in 30 days, excluding changes made by the provisioning account svc_idm',
        [securityEvent],
      ),
    ).toContainEqual(expect.objectContaining({ operator: 'neq', values: ['svc_idm'], field: 'SubjectUserName' }));
    expect(
      filters('accounts created (4720) or deleted (4726) in the last 7 days by any account other than svc_idm', [
        securityEvent,
      ]),
    ).toContainEqual(expect.objectContaining({ operator: 'neq', values: ['svc_idm'], field: 'SubjectUserName' }));
    expect(filters('password resets (4724) this week not made by helpdesk_bot', [securityEvent])).toContainEqual(
      expect.objectContaining({ operator: 'neq', values: ['helpdesk_bot'], field: 'SubjectUserName' }),
    );
  });

  it('puts an account that made a change on the column of the one that acted, and one that logged on on its own', () => {
    expect(filters('accounts disabled (4725) yesterday by svc_idm', [securityEvent])).toContainEqual(
      expect.objectContaining({ operator: 'eq', values: ['svc_idm'], field: 'SubjectUserName' }),
    );
    expect(filters('failed logons (4625) by alice.w in the last 24h', [securityEvent])).toContainEqual(
      expect.objectContaining({ operator: 'eq', values: ['alice.w'], field: 'TargetUserName' }),
    );
  });

  it('reads no account named by the participle that says which account is meant', () => {
    const read = filters('accounts deleted (4726) this week, with the host, the account acted on and who did it', [
      securityEvent,
    ]);
    expect(read.some((f) => f.values.includes('acted'))).toBe(false);
    const affected = filters('accounts disabled (4725) by svc_idm, with the account affected', [securityEvent]);
    expect(affected.some((f) => f.values.includes('affected'))).toBe(false);
  });

  it('sets aside an AWS role named by its ARN, whole', () => {
    expect(
      filters(
        'AccessDenied calls over 12 hours, excluding calls made by the role arn:aws:iam::111122223333:role/audit-ro.',
        [cloudtrail],
      ),
    ).toContainEqual(
      expect.objectContaining({
        kind: 'user',
        operator: 'neq',
        values: ['arn:aws:iam::111122223333:role/audit-ro'],
      }),
    );
  });
});

describe('extractConstraints: a parent process set aside', () => {
  it('puts a parent said with a negated copula on the parent column, set aside', () => {
    for (const text of [
      'cmd.exe on HMI boxes this month where parent isnt explorer.exe',
      "powershell.exe today where the parent process wasn't services.exe",
      'cmd.exe where parent image is not explorer.exe',
    ])
      expect(filters(text, [sysmon])).toContainEqual(
        expect.objectContaining({ operator: 'neq', field: 'ParentImage' }),
      );
  });

  it('reaches the parent after "not spawned by"', () => {
    expect(filters('rundll32.exe in the last 24h not spawned by explorer.exe', [processes])).toContainEqual(
      expect.objectContaining({ operator: 'neq', values: ['explorer.exe'], field: 'InitiatingProcessFileName' }),
    );
  });
});

describe('extractConstraints: business values listed or set aside', () => {
  const orders: TableColumns = { table: 'orders', columns: ['order_id', 'status', 'total', 'currency', 'created_at'] };
  const customers: TableColumns = { table: 'customers', columns: ['customer_id', 'name', 'country'] };
  const invoices: TableColumns = { table: 'invoices', columns: ['invoice_id', 'status', 'amount', 'currency'] };

  it('sets aside statuses the rows are named before, in a clause of their own', () => {
    const [status] = filters('average order value per month, leaving out the orders that were cancelled or refunded', [
      orders,
    ]);
    expect(status).toMatchObject({ kind: 'status', operator: 'not_in', values: ['cancelled', 'refunded'] });
    expect(filters('orders that were cancelled or refunded this month', [orders])[0]).toMatchObject({
      operator: 'in',
    });
  });

  it('reads every country of a list of adjectives before the noun', () => {
    const [country] = filters('orders by our German and French customers each week', [orders, customers]);
    expect(country).toMatchObject({ kind: 'country', operator: 'in', values: ['Germany', 'DE', 'France', 'FR'] });
    expect(filters('Dutch, Belgian or Swiss buyers this month', [orders, customers])[0]?.values).toEqual([
      'Netherlands',
      'NL',
      'Belgium',
      'BE',
      'Switzerland',
      'CH',
    ]);
  });

  it('reads currencies listed as an adjective ("EUR or USD invoices") and one said to be the only one ("gbp only")', () => {
    const listed = filters('unpaid EUR or USD invoices over 5,000', [invoices]);
    expect(listed.find((f) => f.kind === 'currency')).toMatchObject({ operator: 'in', values: ['EUR', 'USD'] });
    expect(listed.find((f) => f.kind === 'amount')).toMatchObject({ operator: 'gt', values: ['5000'] });
    expect(filters('top 5 customers by spend this yr, gbp only', [orders, customers])).toEqual([
      expect.objectContaining({ kind: 'currency', values: ['GBP'] }),
    ]);
  });
});

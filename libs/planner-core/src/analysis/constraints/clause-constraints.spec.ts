import { resolveTimeRange } from '../time-range.util';
import { clauseAnalyses, requestedTimeRange } from './clause-constraints';
import type { TableColumns } from './column-mapper';

const NOW = new Date('2026-05-20T09:30:00Z');

const TABLES: Record<string, TableColumns[]> = {
  kql: [{ table: 'SigninLogs', columns: ['TimeGenerated', 'UserPrincipalName', 'IPAddress', 'ResultType'] }],
  spl: [{ table: 'pan:traffic', columns: ['_time', 'src_ip', 'dest_ip', 'dest_port', 'action'] }],
  sql: [{ table: 'payments', columns: ['payment_id', 'customer_id', 'status', 'amount', 'paid_at'] }],
};

function read(text: string, chosen = ['kql', 'sql']) {
  return clauseAnalyses({
    text,
    now: NOW,
    chosen,
    tablesOf: (platform) => TABLES[platform] ?? [],
    whole: resolveTimeRange(text, NOW),
  });
}

const values = (analysis: ReturnType<typeof read>, platform: string) =>
  analysis.get(platform)?.constraints.filters.flatMap((f) => f.values);

describe('clauseAnalyses', () => {
  it('gives each platform the values and the window of its own clause', () => {
    const out = read(
      'Were there blocked Entra logins for dana@fabrikam.com over the past 3 days, and has her account any refunded payments in the finance DB?',
    );

    expect(out.get('kql')!.text).toBe('Were there blocked Entra logins for dana@fabrikam.com over the past 3 days');
    expect(out.get('sql')!.text).toBe('has her account any refunded payments in the finance DB?');
    expect(values(out, 'kql')).toContain('blocked');
    expect(values(out, 'kql')).not.toContain('refunded');
    expect(out.get('kql')!.time_range).toBe('past 3 days');
    // "her" points back at the user the first clause named; the window was the first clause's only.
    expect(values(out, 'sql')).toEqual(expect.arrayContaining(['refunded', 'dana@fabrikam.com']));
    expect(values(out, 'sql')).not.toContain('blocked');
    expect(out.get('sql')!.time_window).toBeNull();
  });

  it('leaves a shared value with no column: the other platform read it among its own tables', () => {
    const out = read('Did erin@fabrikam.com sign in to Entra today, and show the same user payments in the finance DB');
    const shared = out.get('sql')!.constraints.filters.find((f) => f.values.includes('erin@fabrikam.com'));

    expect(shared).toMatchObject({ kind: 'user', field: null });
  });

  it('gives a clause that points back at an email ("that email", "the same address") the one the other clause named', () => {
    for (const tail of [
      'the payments for that email in the finance DB',
      'payments of the same e-mail address in the finance DB',
    ]) {
      const out = read(`Entra logins for omar@fabrikam.com this week, and ${tail}`);
      expect(values(out, 'sql')).toContain('omar@fabrikam.com');
    }
  });

  it("gives a clause that points back at a file's hash the hash the other clause named", () => {
    const hashes: Record<string, TableColumns[]> = {
      kql: [{ table: 'DeviceFileEvents', columns: ['TimeGenerated', 'DeviceName', 'SHA256'] }],
      spl: [{ table: 'edr', columns: ['_time', 'host', 'file_hash'] }],
    };
    const hash = '9f2c41d07be35a8e16c4d9f0a27b83e5c61d04f9a8b72e3c5d1f06a94b8e27c3';
    const out = clauseAnalyses({
      text: `list files with hash ${hash} written in Sentinel and show where it ran in Splunk`,
      now: NOW,
      chosen: ['kql', 'spl'],
      tablesOf: (platform) => hashes[platform] ?? [],
      whole: null,
    });
    expect(values(out, 'spl')).toContain(hash);
  });

  it('gives a clause with no window of its own the window the other clause said once', () => {
    const out = read(
      'refunded payments from 203.0.113.9 in the finance DB since monday, and were there any Entra logins from that ip?',
    );
    expect(out.get('sql')!.time_range).not.toBeNull();
    expect(out.get('kql')!.time_window).toEqual(out.get('sql')!.time_window);
  });

  it('keeps that window from a clause that asks for an attribute or the latest one ever, not for occurrences', () => {
    const status = read('failed entra logins for ann@fabrikam.com since monday, and her status in the finance DB');
    expect(status.get('kql')!.time_range).not.toBeNull();
    expect(status.get('sql')!.time_window).toBeNull();
    const latest = read(
      'entra logins for ann@fabrikam.com since monday, and when did she last make any payment in the finance DB?',
    );
    expect(latest.get('kql')!.time_range).not.toBeNull();
    expect(latest.get('sql')!.time_window).toBeNull();
  });

  it('keeps that window from a clause about what stands now ("does … have", "unpaid")', () => {
    const out = read(
      'failed entra logins for ann@fabrikam.com since monday, and does her account have open payments in the finance DB?',
    );
    expect(out.get('kql')!.time_range).not.toBeNull();
    expect(out.get('sql')!.time_window).toBeNull();
  });

  it('keeps each window when both clauses name one', () => {
    const out = read(
      'Did frank@fabrikam.com sign in to Entra in the last 48 hours, and list his payments this month from the finance db',
    );

    expect(out.get('kql')!.time_range).toBe('last 48 hours');
    expect(out.get('sql')!.time_range).toBe('this month');
    expect(out.get('sql')!.time_window!.start).toBe('2026-05-01T00:00:00.000Z');
  });

  it('does not share a user the second clause does not point back at', () => {
    const out = read('Did gina@fabrikam.com sign in to Entra today, and list every refunded payment in the finance db');

    expect(values(out, 'sql')).toEqual(['refunded']);
  });

  it('gives both clauses the window the request says, not a time told in the story before it', () => {
    const out = read(
      'a nurse, lee@fabrikam.com, typed her password into a fake portal on sunday night and only now told us. could you get her Entra logins and the firewall denies for her in Splunk over the past 20 hours?',
      ['kql', 'spl'],
    );

    expect(out.get('kql')!.time_range).toBe('past 20 hours');
    expect(out.get('spl')!.time_range).toBe('past 20 hours');
  });

  it('keeps a time told in the story when the request says no window of its own', () => {
    const out = read(
      'the vpn box misbehaved yesterday. please list denied logins in Sentinel and denied connections to port 22 in Splunk',
      ['kql', 'spl'],
    );

    expect(out.get('kql')!.time_range).not.toBeNull();
  });

  it('reads a window after the last store as said of both', () => {
    const out = read(
      'count denied logins in Sentinel and list denied connections to port 8443 in Splunk over the last 2 days',
      ['kql', 'spl'],
    );

    expect(out.get('kql')!.time_range).toBe('last 2 days');
    expect(out.get('spl')!.time_range).toBe('last 2 days');
    expect(values(out, 'kql')).not.toContain('8443');
    expect(values(out, 'spl')).toContain('8443');
  });

  it('asks the columns listed after the last store of both, each against its own tables', () => {
    const out = read(
      'count denied logins in Sentinel and list denied connections to port 8443 in Splunk, last 2 days, ip and action',
      ['kql', 'spl'],
    );
    const shown = (platform: string) => out.get(platform)?.constraints.show?.map((k) => k.field);
    expect(shown('kql')).toContain('IPAddress');
    expect(shown('spl')).toContain('action');
    // Columns said inside the first clause stay its own.
    const own = read('Entra logins with their ResultType in Sentinel, and denied connections in Splunk', [
      'kql',
      'spl',
    ]);
    expect(own.get('spl')?.constraints.show ?? []).toEqual([]);
  });

  it('groups the first clause by the keys said after the last store, when it says none of its own', () => {
    const out = read('denied Entra logins in Sentinel and denied connections in Splunk, for the last 2 days, per ip', [
      'kql',
      'spl',
    ]);
    expect(out.get('kql')?.constraints.group_by.map((k) => k.field)).toEqual(['IPAddress']);
    expect(out.get('spl')?.constraints.group_by.map((k) => k.field)).toEqual(['src_ip']);
  });

  it('shares an entity named in a heading before the first store', () => {
    const out = read('trace 203.0.113.77 across the estate: Entra logins in Sentinel and firewall sessions in Splunk', [
      'kql',
      'spl',
    ]);

    expect(values(out, 'kql')).toContain('203.0.113.77');
    expect(values(out, 'spl')).toContain('203.0.113.77');
  });

  it('gives both clauses the window of a question asked before the first clause names its store', () => {
    const text =
      'who dropped the tunnels last week? drops by 198.51.100.4 in zscaler and kiosk reboots in azure kiosks';
    const out = clauseAnalyses({
      text,
      now: NOW,
      chosen: ['kql', 'spl'],
      tablesOf: (platform) => TABLES[platform] ?? [],
      whole: resolveTimeRange(text, NOW),
      pieces: [
        { text: 'who dropped the tunnels last week? drops by 198.51.100.4 in zscaler', platform: 'spl' },
        { text: 'kiosk reboots in azure kiosks', platform: 'kql' },
      ],
    });

    expect(out.get('spl')!.time_range).toBe('last week');
    expect(out.get('kql')!.time_range).toBe('last week');
    // The address was said in the clause, not in the heading: it stays the clause's own.
    expect(values(out, 'kql')).not.toContain('198.51.100.4');
  });

  it('should give both clauses a window said in a heading before the first store', () => {
    const out = read('lockouts this week: denied logins in Sentinel and denied sessions to port 22 in Splunk', [
      'kql',
      'spl',
    ]);

    expect(out.get('kql')!.time_range).toBe('this week');
    expect(out.get('spl')!.time_range).toBe('this week');
  });

  it('should give both scored requests a window said in a heading when the first names no store of its own', () => {
    const text = 'new admins this month: RoleGranted rows in the access table and denied logins in Sentinel';
    const out = clauseAnalyses({
      text,
      now: NOW,
      chosen: ['sql', 'kql'],
      tablesOf: (platform) => TABLES[platform] ?? [],
      whole: resolveTimeRange(text, NOW),
      pieces: [
        { text: 'new admins this month: RoleGranted rows in the access table', platform: 'sql' },
        { text: 'denied logins in Sentinel', platform: 'kql' },
      ],
    });

    expect(out.get('kql')!.time_range).toBe('this month');
  });

  it('keeps the whole question when it is one request of two stores', () => {
    expect(read('denied logins in Sentinel and Splunk over the last week', ['kql', 'spl']).size).toBe(0);
  });

  it('keeps the whole question when the clauses do not name exactly the chosen platforms', () => {
    const text = 'Did hugo@fabrikam.com sign in to Entra today, and list his payments in the finance db';

    expect(read(text, ['kql']).size).toBe(0);
    expect(read(text, ['kql', 'spl']).size).toBe(0);
  });

  it('takes the requests the analysis scored as the clauses over a cut read from store names alone', () => {
    const text =
      'ivan@fabrikam.com: where did he log in from today (entra), and what are his plan and status in the finance db?';
    const out = clauseAnalyses({
      text,
      now: NOW,
      chosen: ['kql', 'sql'],
      tablesOf: (platform) => TABLES[platform] ?? [],
      whole: resolveTimeRange(text, NOW),
      pieces: [
        { text: 'ivan@fabrikam.com: where did he log in from today (entra)', platform: 'kql' },
        { text: 'what are his plan and status in the finance db?', platform: 'sql' },
      ],
    });

    expect(out.get('sql')!.text).toBe('what are his plan and status in the finance db?');
    expect(values(out, 'sql')).toContain('ivan@fabrikam.com');
  });

  it('ignores scored requests that are not two requests of the chosen platforms', () => {
    const text = 'Did jane@fabrikam.com sign in to Entra today, and list her payments in the finance db';
    const out = clauseAnalyses({
      text,
      now: NOW,
      chosen: ['kql', 'sql'],
      tablesOf: (platform) => TABLES[platform] ?? [],
      whole: resolveTimeRange(text, NOW),
      pieces: [{ text, platform: 'kql' }],
    });

    expect(out.get('sql')!.text).toBe('list her payments in the finance db');
  });

  it('gives a clause that says "the same period" the window of the other clause', () => {
    const out = read(
      'Entra logins of kim@fabrikam.com in the past 4 days, and her refunded payments in the finance db for that period',
    );

    expect(out.get('sql')!.time_range).toBe('past 4 days');
  });

  it('gives a clause that says "the same 5 days" the window of the other clause', () => {
    const out = read(
      'Entra logins of kim@fabrikam.com over the last 5 days, and her refunded payments in the finance db over the same 5 days',
    );

    expect(out.get('sql')!.time_range).toBe('last 5 days');
  });

  it('gives a clause that says "the same 36 hours" the window of the other clause', () => {
    const out = read(
      'Entra logins of kim@fabrikam.com in the last 36 hours, and her refunded payments in the finance db over the same 36 hours',
    );

    expect(out.get('sql')!.time_range).toBe('last 36 hours');
  });

  it('shares a user the other clause calls by the name in the address', () => {
    const out = read('Entra logins for lena today, and which plan lena@fabrikam.com is on in the finance db');

    expect(values(out, 'kql')).toContain('lena@fabrikam.com');
  });

  it('does not share a user whose name the other clause does not say', () => {
    const out = read('Entra logins for lenny today, and which plan lena@fabrikam.com is on in the finance db');

    expect(values(out, 'kql')).not.toContain('lena@fabrikam.com');
  });

  it("maps a shared address to the column of this clause's tables that holds it", () => {
    const out = clauseAnalyses({
      text: 'Entra logins from 192.0.2.44 today, and which of our members had payments from that address in the finance db',
      now: NOW,
      chosen: ['kql', 'sql'],
      tablesOf: (platform) =>
        platform === 'sql'
          ? [
              { table: 'members', columns: ['member_id', 'email'] },
              { table: 'payments', columns: ['payment_id', 'member_id', 'client_ip'] },
            ]
          : [],
      whole: null,
    });

    expect(out.get('sql')?.constraints.filters).toContainEqual(
      expect.objectContaining({ values: ['192.0.2.44'], field: 'payments.client_ip' }),
    );
  });

  it('shares an address the other clause points back at with "it"', () => {
    const out = read('Entra logins from 192.0.2.44 today, and did it take any payments in the finance db', [
      'kql',
      'sql',
    ]);

    expect(values(out, 'sql')).toContain('192.0.2.44');
  });

  it('shares a range the other clause points back at ("that same range", "that subnet")', () => {
    const same = read(
      'Any Entra logins from 203.0.113.0/24 this month? And which payments in the finance db came from that same range?',
    );
    expect(values(same, 'sql')).toContain('203.0.113.0/24');
    const subnet = read(
      'Entra logins from 198.51.100.0/24 this week, and the payments in the finance db from that subnet',
    );
    expect(values(subnet, 'sql')).toContain('198.51.100.0/24');
    // A clause that says no such pointer keeps its own values.
    const apart = read('Entra logins from 198.51.100.0/24 this week, and the refunded payments in the finance db');
    expect(values(apart, 'sql')).not.toContain('198.51.100.0/24');
  });

  it("gives a clause asking for a store's events the window the other clause said once", () => {
    const out = read('Entra logins from 198.51.100.0/24 this week, and the payment events in the finance db');
    expect(out.get('sql')!.time_window).toEqual(out.get('kql')!.time_window);
  });

  it('does not give a clause a second spelling of the account it already names (`svc-x` and `svc-x@…`)', () => {
    const out = read(
      'svc-ledger: how many denied sessions did it have in Splunk today, and which plan is svc-ledger@fabrikam.com on in the finance db?',
      ['spl', 'sql'],
    );

    expect(values(out, 'spl')).toContain('svc-ledger');
    expect(values(out, 'spl')).not.toContain('svc-ledger@fabrikam.com');
    expect(values(out, 'sql')).toContain('svc-ledger@fabrikam.com');
    expect(values(out, 'sql')).not.toContain('svc-ledger');
  });

  it('gives both clauses a window said in a heading set apart by a dash', () => {
    const out = read(
      'everything svc-ledger did over the past 2 days - Entra logins in Sentinel and denied sessions in Splunk',
      ['kql', 'spl'],
    );

    expect(out.get('kql')!.time_range).toBe('past 2 days');
    expect(out.get('spl')!.time_range).toBe('past 2 days');
  });

  it('gives a clause that counts the time bucket said in the heading', () => {
    const out = read(
      'Payments felt slow. Per hour today: how many Entra logins failed in Sentinel, and how many refunded payments are in the finance DB?',
    );

    expect(out.get('kql')!.constraints.time_bucket).toMatchObject({ unit: 'hour', size: 1 });
    expect(out.get('sql')!.constraints.time_bucket).toMatchObject({ unit: 'hour', size: 1 });
  });

  it('gives a clause naming no one the person the question names last, after both requests', () => {
    const text =
      'this week, every Entra login and all refunded payments in the finance DB of the user t.vance@kiosk.test.';
    const out = clauseAnalyses({
      text,
      now: NOW,
      chosen: ['kql', 'sql'],
      tablesOf: (platform) => TABLES[platform] ?? [],
      whole: resolveTimeRange(text, NOW),
      pieces: [
        { text: 'this week, every Entra login', platform: 'kql' },
        { text: 'all refunded payments in the finance DB of the user t.vance@kiosk.test.', platform: 'sql' },
      ],
    });

    expect(values(out, 'kql')).toContain('t.vance@kiosk.test');
    expect(values(out, 'sql')).toContain('t.vance@kiosk.test');
  });

  it('keeps the person named last to its own clause when the other names someone of its own', () => {
    const text = 'Entra logins of p.osei@kiosk.test and all refunded payments for t.vance@kiosk.test';
    const out = clauseAnalyses({
      text,
      now: NOW,
      chosen: ['kql', 'sql'],
      tablesOf: (platform) => TABLES[platform] ?? [],
      whole: null,
      pieces: [
        { text: 'Entra logins of p.osei@kiosk.test', platform: 'kql' },
        { text: 'all refunded payments for t.vance@kiosk.test', platform: 'sql' },
      ],
    });

    expect(values(out, 'kql')).not.toContain('t.vance@kiosk.test');
  });

  it('shares an entity named in a sentence said before the request', () => {
    const out = read(
      'The proxy flagged 192.0.2.44. Show Entra logins in Sentinel today and also denied sessions in Splunk',
      ['kql', 'spl'],
    );

    expect(values(out, 'kql')).toContain('192.0.2.44');
    expect(values(out, 'spl')).toContain('192.0.2.44');
  });

  it('shares an entity named before a comma that opens the request ("…, could you …")', () => {
    const out = read(
      'account olga@fabrikam.com is locked out, could you pull her denied Entra logins in Sentinel and also the denied sessions in Splunk',
      ['kql', 'spl'],
    );

    expect(values(out, 'spl')).toContain('olga@fabrikam.com');
  });

  it('does not take a sentence inside the first clause, after its store, as a heading', () => {
    const out = read('Show Entra logins for 192.0.2.45 in Sentinel. Then the denied sessions in Splunk', [
      'kql',
      'spl',
    ]);

    expect(values(out, 'spl') ?? []).not.toContain('192.0.2.45');
  });

  it('gives every clause a window said beside "both"', () => {
    const text =
      'denied Entra logins for rita@fabrikam.com in Sentinel + what she paid (payments by status), both over the past 5 days';
    const out = clauseAnalyses({
      text,
      now: NOW,
      chosen: ['kql', 'sql'],
      tablesOf: (platform) => TABLES[platform] ?? [],
      whole: resolveTimeRange(text, NOW),
      pieces: [
        { text: 'denied Entra logins for rita@fabrikam.com in Sentinel', platform: 'kql' },
        { text: 'what she paid (payments by status), both over the past 5 days', platform: 'sql' },
      ],
    });

    expect(out.get('kql')!.time_range).toBe('past 5 days');
    expect(out.get('sql')!.time_range).toBe('past 5 days');
  });

  it('shares what a last clause naming no store says in a short stretch at its end', () => {
    const text = 'every Entra login this month and every denied session (port 22) of the user nina@fabrikam.com';
    const out = clauseAnalyses({
      text,
      now: NOW,
      chosen: ['kql', 'spl'],
      tablesOf: (platform) => TABLES[platform] ?? [],
      whole: resolveTimeRange(text, NOW),
      pieces: [
        { text: 'every Entra login this month', platform: 'kql' },
        { text: 'every denied session (port 22) of the user nina@fabrikam.com', platform: 'spl' },
      ],
    });

    expect(values(out, 'kql')).toContain('nina@fabrikam.com');
    expect(out.get('spl')!.time_range).toBe('this month');
  });

  it('gives a clause that reads telemetry, or counts per time bucket, the window the other clause said once', () => {
    const telemetry = read('refunded payments in the finance DB since monday, and denied sessions per port in Splunk', [
      'spl',
      'sql',
    ]);
    expect(telemetry.get('spl')!.time_window).toEqual(telemetry.get('sql')!.time_window);

    const bucketed = read(
      'denied sessions per port in Splunk since monday, and hourly refunded payments in the finance DB',
      ['spl', 'sql'],
    );
    expect(bucketed.get('sql')!.time_window).toEqual(bucketed.get('spl')!.time_window);
  });

  it('shares the subject said first, before the request ("for user … check …")', () => {
    const out = read(
      'for user vera@fabrikam.com check denied Entra logins in Sentinel and denied sessions in Splunk today',
      ['kql', 'spl'],
    );

    expect(values(out, 'spl')).toContain('vera@fabrikam.com');
  });

  it('gives a clause that only names another store, with its window at most, what the other clause is about', () => {
    const text = 'sessions from 172.20.9.14 in the palo alto logs plus entra over the past 5 days';
    const out = clauseAnalyses({
      text,
      now: NOW,
      chosen: ['spl', 'kql'],
      tablesOf: (platform) => TABLES[platform] ?? [],
      whole: resolveTimeRange(text, NOW),
      pieces: [
        { text: 'sessions from 172.20.9.14 in the palo alto logs', platform: 'spl' },
        { text: 'entra over the past 5 days', platform: 'kql' },
      ],
    });

    expect(out.get('kql')!.constraints.filters).toEqual([
      expect.objectContaining({ kind: 'ip', values: ['172.20.9.14'], field: 'IPAddress' }),
    ]);
    expect(out.get('kql')!.time_range).toBe('past 5 days');
  });

  it("reads a clause naming a source's feed in a store by name as naming only a store", () => {
    const text =
      'every sign-in by m.novak@example.org over the last 5 days, from Sentinel and from the Azure AD feed in Splunk';
    const out = clauseAnalyses({
      text,
      now: NOW,
      chosen: ['kql', 'spl'],
      tablesOf: (platform) => TABLES[platform] ?? [],
      whole: resolveTimeRange(text, NOW),
      pieces: [
        { text: 'every sign-in by m.novak@example.org over the last 5 days, from Sentinel', platform: 'kql' },
        { text: 'and from the Azure AD feed in Splunk', platform: 'spl' },
      ],
    });

    expect(values(out, 'spl')).toEqual(['m.novak@example.org']);
  });

  it("gives such a clause the other clause's whole request: what it filters on and what it counts", () => {
    const text = 'how many blocked sessions from 172.20.9.14 in the palo alto logs yesterday, and the entra logs too';
    const out = clauseAnalyses({
      text,
      now: NOW,
      chosen: ['spl', 'kql'],
      tablesOf: (platform) => TABLES[platform] ?? [],
      whole: resolveTimeRange(text, NOW),
      pieces: [
        { text: 'how many blocked sessions from 172.20.9.14 in the palo alto logs yesterday', platform: 'spl' },
        { text: 'the entra logs too', platform: 'kql' },
      ],
    });

    expect(values(out, 'kql')).toEqual(expect.arrayContaining(['blocked', '172.20.9.14']));
    expect(out.get('kql')!.constraints.measure).toMatchObject({ kind: 'count' });
    expect(out.get('kql')!.time_range).toBe(out.get('spl')!.time_range);
  });

  it("does not give a clause that asks for something of its own the other clause's address", () => {
    const text = 'sessions from 172.20.9.14 in the palo alto logs and risky guest sign-ins in entra this week';
    const out = clauseAnalyses({
      text,
      now: NOW,
      chosen: ['spl', 'kql'],
      tablesOf: (platform) => TABLES[platform] ?? [],
      whole: resolveTimeRange(text, NOW),
      pieces: [
        { text: 'sessions from 172.20.9.14 in the palo alto logs', platform: 'spl' },
        { text: 'risky guest sign-ins in entra this week', platform: 'kql' },
      ],
    });

    expect(values(out, 'kql') ?? []).not.toContain('172.20.9.14');
  });
});

describe('requestedTimeRange', () => {
  it('reads the window the request sentence says before a time told in the story', () => {
    const range = requestedTimeRange(
      'my manager opened a dodgy invoice on saturday afternoon. could you list her sign-ins over the past 30 hours?',
      NOW,
    );
    expect(range?.description).toBe('past 30 hours');
  });

  it("reads a window said in a fragment after the request as the request's", () => {
    expect(requestedTimeRange('did the loader run on any laptop? past 9 days', NOW)?.description).toBe('past 9 days');
  });

  it("reads the story's time when the request says none, and a one-sentence question as it is", () => {
    expect(requestedTimeRange('the mail relay stalled yesterday. show its connections', NOW)?.description).toBe(
      resolveTimeRange('yesterday', NOW)?.description,
    );
    expect(requestedTimeRange('failed logons since monday and today', NOW)?.description).toBe(
      resolveTimeRange('failed logons since monday and today', NOW)?.description,
    );
  });
});

describe('clauseAnalyses (a clause that only names a store and the platform holding it)', () => {
  it("asks the other clause's request of a store named with its platform ('the azure ad data in splunk')", () => {
    const out = read(
      'any sign-in failures for kim@fabrikam.com in the last 6 hours? check both sentinel and the azure ad data in splunk',
      ['kql', 'spl'],
    );
    expect(values(out, 'spl')).toEqual(expect.arrayContaining(['failed', 'kim@fabrikam.com']));
  });
});

describe('clauseAnalyses (what one clause says of both)', () => {
  it("reads a store said to hold a source's data ('the Azure AD logs held in Splunk.') as naming only a store", () => {
    const text =
      'the number of failed sign-ins per day for lin@fabrikam.com over the last 9 days in Sentinel and in the Azure AD logs held in Splunk.';
    const out = clauseAnalyses({
      text,
      now: NOW,
      chosen: ['kql', 'spl'],
      tablesOf: (platform) => TABLES[platform] ?? [],
      whole: resolveTimeRange(text, NOW),
      pieces: [
        {
          text: 'the number of failed sign-ins per day for lin@fabrikam.com over the last 9 days in Sentinel',
          platform: 'kql',
        },
        { text: 'and in the Azure AD logs held in Splunk.', platform: 'spl' },
      ],
    });

    expect(values(out, 'spl')).toEqual(expect.arrayContaining(['failed', 'lin@fabrikam.com']));
    expect(out.get('spl')!.constraints.time_bucket).toMatchObject({ unit: 'day' });
  });

  it("gives every clause the count and the bucket the tail asks 'for each'", () => {
    const out = read(
      "omar@fabrikam.com's Entra logins since 2 May and his refunded payments in the finance DB over the same period, with a daily count for each",
    );

    expect(out.get('kql')!.constraints.measure).toMatchObject({ kind: 'count' });
    expect(out.get('kql')!.constraints.time_bucket).toMatchObject({ unit: 'day' });
  });

  it('leaves a count said in the tail without "for each" to the last clause', () => {
    const out = read(
      "omar@fabrikam.com's Entra logins since 2 May and his refunded payments in the finance DB over the same period, with a daily count",
    );

    expect(out.get('kql')!.constraints.measure).toBeNull();
    expect(out.get('kql')!.constraints.time_bucket).toBeNull();
  });
});

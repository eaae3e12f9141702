import { namesKnownTool, readLiteralValues } from './literal-values';

const values = (text: string): Array<[string, string]> => readLiteralValues(text).map((hit) => [hit.kind, hit.value]);

describe('readLiteralValues', () => {
  it('reads no name in "which user account <verb> it": the account is asked for, not named', () => {
    expect(values('which user account opened it')).toEqual([]);
    expect(values('what user account deleted them')).toEqual([]);
  });

  it('reads a known event id said as a plural ("the 4688s")', () => {
    expect(values('pull the 4688s from the jump host')).toEqual([['event_id', '4688']]);
    expect(values("any 4720's since friday")).toEqual([['event_id', '4720']]);
  });

  it('reads no name after "each user" or "which account": the verb of what each did follows', () => {
    expect(values('how many times did each user unlock a kiosk')).toEqual([]);
    expect(values('which account rotated keys this week')).toEqual([]);
    expect(values('logons of user kmarsh')).toEqual([['user', 'kmarsh']]);
  });

  it('reads a quoted audit operation or cmdlet as an action, and a quoted cmdlet a shell ran as text', () => {
    expect(values('tally "FolderRenamed" entries per person')).toEqual([['action', 'FolderRenamed']]);
    expect(values("who did 'Remove-TransportRule' on exchange")).toEqual([['action', 'Remove-TransportRule']]);
    expect(values('callers of "DetachRolePolicy" in the trail')).toEqual([['action', 'DetachRolePolicy']]);
    expect(values("powershell scripts holding 'Invoke-Shellcode'")).toEqual([['text', 'Invoke-Shellcode']]);
  });

  it('reads a quoted value said to be in a command line, after it or before it, as part of the command line', () => {
    expect(values('certutil.exe runs with "-urlcache" in the command line')).toContainEqual([
      'command_line',
      '-urlcache',
    ]);
    expect(values("powershell with '-enc' on its cmdline")).toContainEqual(['command_line', '-enc']);
    expect(values('a command line containing "javascript:"')).toEqual([['command_line', 'javascript:']]);
    expect(values("any cmd.exe where the cmdline has '/c whoami' today")).toContainEqual(['command_line', '/c whoami']);
    expect(values('"-nop" in the args of any shell')).toEqual([['command_line', '-nop']]);
    expect(values('net or net1 commands that mention "domain admins"')).toContainEqual([
      'command_line',
      'domain admins',
    ]);
    // Elsewhere a quoted value stays text: "in the command line" must be said of it.
    expect(values('mail subjects with "invoice" in the title')).toEqual([['text', 'invoice']]);
  });

  it('reads HTTP status codes said in the plural or as errors of a site named, with no other word of the web', () => {
    expect(values('401/403s on techlog.example.aero today')).toEqual([
      ['text', '401'],
      ['text', '403'],
      ['domain', 'techlog.example.aero'],
    ]);
    expect(values('404s on shop.example.com yesterday')).toContainEqual(['text', '404']);
    expect(values('how many 500 errors on portal.contoso.com this week')).toContainEqual(['text', '500']);
    // A number of errors with no site is no status.
    expect(values('more than 500 errors on DC01 today')).not.toContainEqual(['text', '500']);
    // A class of codes is written so of HTTP alone, beside a site or not.
    expect(values('the hourly count of 5xx errors on shop.example.co.uk')).toEqual([
      ['text', '5xx'],
      ['domain', 'shop.example.co.uk'],
    ]);
    expect(values('4xxs per client yesterday')).toContainEqual(['text', '4xx']);
  });

  it('reads no account in columns listed after "user" ("user ip and location", "user host app")', () => {
    expect(values('any high risk signins in sentinel today? user ip and location')).not.toContainEqual(['user', 'ip']);
    expect(values('failed logons since noon, user host app')).not.toContainEqual(['user', 'host']);
    expect(values('failed logons for user jsmith since noon')).toContainEqual(['user', 'jsmith']);
  });

  it("reads one of Windows' own accounts under NT AUTHORITY by its name, and a domain account whole", () => {
    expect(values('services started by NT AUTHORITY\\LOCAL SERVICE on kiosk-3')).toContainEqual([
      'user',
      'LOCAL SERVICE',
    ]);
    expect(values('services started by NT AUTHORITY\\SYSTEM')).toEqual([['user', 'SYSTEM']]);
    expect(values('services started by LAB\\m.ito')).toEqual([['user', 'LAB\\m.ito']]);
  });

  it('reads one well-known account named alone after "by" or "for" as a user, not after "count by"', () => {
    expect(values('interactive sessions by Administrator overnight')).toEqual([['user', 'Administrator']]);
    expect(values('kerberos tickets for krbtgt since tuesday')).toEqual([['user', 'krbtgt']]);
    expect(values('queries run by sa on the ledger db')).toEqual([['user', 'sa']]);
    expect(values('count by root cause')).toEqual([]);
  });

  it('reads a cmdlet whose noun opens with capitals as an action', () => {
    expect(values('count Set-CASMailbox calls per admin')).toEqual([['action', 'Set-CASMailbox']]);
  });

  it('reads a program used on another as the process, and the one acted on as part of its command line', () => {
    expect(values('has dumpert been run on winlogon.exe? process events')).toEqual([
      ['process', 'dumpert'],
      ['command_line', 'winlogon.exe'],
    ]);
    expect(values('rundll32 pointed at the svchost process last night')).toEqual([
      ['process', 'rundll32'],
      ['command_line', 'svchost'],
    ]);
    expect(values('was anything executed against explorer this week')).toEqual([['command_line', 'explorer']]);
    // What it was used on is no program: the usual readings.
    expect(values('psexec used against the file servers')).toEqual([['process', 'psexec']]);
  });

  it('reads the program acted on said first ("X dumped with Y"), and a word after another program as its argument', () => {
    expect(values('winlogon.exe memory dumped using nanodump.exe, process events')).toEqual([
      ['command_line', 'winlogon.exe'],
      ['process', 'nanodump.exe'],
    ]);
    expect(values('mshta with vbscript Execute against explorer.exe')).toEqual(
      expect.arrayContaining([
        ['command_line', 'Execute'],
        ['command_line', 'explorer.exe'],
      ]),
    );
  });

  it('reads a program said as installed or running on machines, whatever its name, as a process', () => {
    expect(values('laptops having qbitlite installed')).toEqual([['process', 'qbitlite']]);
    expect(values('where are the glimmer client deployed')).toEqual([['process', 'glimmer']]);
    expect(values('workstations running syncbolt since monday')).toEqual([['process', 'syncbolt']]);
    expect(values('devices with unapproved software installed')).toEqual([]);
    expect(values('kiosks that had an unsigned driver installed lately')).toEqual([]);
    expect(values('servers having a new agent deployed since friday')).toEqual([]);
  });

  it('reads a built-in account set aside by name ("leave out root", "but the guest account") as a user', () => {
    expect(values('sudo sessions per user, leave out root')).toEqual([['user', 'root']]);
    expect(values('rdp logons everyone but the guest account')).toEqual([['user', 'guest']]);
    expect(values('tgs requests excluding KRBTGT since friday')).toEqual([['user', 'KRBTGT']]);
    // Said as an ordinary word, or not set aside, it is no account.
    expect(values('the root cause of the lockouts, except root folders')).toEqual([]);
    expect(values('guest wifi sign-ins')).toEqual([]);
  });

  it('reads the entity a GUID is said to be the id of as its hint', () => {
    const hints = (text: string) => readLiteralValues(text).map((hit) => [hit.kind, hit.hint]);
    expect(hints('writes under subscription 0c9d8e7f-1a2b-4c3d-8e9f-a0b1c2d3e4f5 this week')).toEqual([
      ['id', 'subscription'],
    ]);
    expect(hints('sign-ins with application ID: 5e6f7a8b-0000-4111-a222-333344445555')).toEqual([['id', 'app']]);
    expect(hints("the device's id 0f0f0f0f-1e1e-2d2d-3c3c-4b4b4b4b4b4b")).toEqual([['id', 'device']]);
    expect(hints('look up 0f0f0f0f-1e1e-2d2d-3c3c-4b4b4b4b4b4b')).toEqual([['id', undefined]]);
  });

  it('reads a handle with a dot or an underscore just before "account", "acct" or "user" as the user', () => {
    expect(values('was the till.operator acct modified this week')).toEqual([['user', 'till.operator']]);
    expect(values('lockouts of the lab_kiosk account')).toEqual([['user', 'lab_kiosk']]);
    expect(values('did the Ops.Relay user sign in')).toEqual([['user', 'Ops.Relay']]);
    expect(values('was user acct lab_kiosk disabled')).toEqual([['user', 'lab_kiosk']]);
    // A file or a domain before the word is no handle; a bare word is no handle either.
    expect(values('the report.pdf account field')).not.toContainEqual(['user', 'report.pdf']);
    expect(values('the guest account was enabled')).toEqual([]);
  });

  it('reads a machine named after "box", "bastion", "proxy" or "firewall", or after "leave out" and "all but"', () => {
    expect(values('logons on the box HV-NODE-3')).toEqual([['host', 'HV-NODE-3']]);
    expect(values('ssh from the bastion BAS-EU-2')).toEqual([['host', 'BAS-EU-2']]);
    expect(values('lookups not via the proxy PXY-NORTH-1')).toEqual([['host', 'PXY-NORTH-1']]);
    expect(values('denies on the firewall edge-fw-02')).toEqual([['host', 'edge-fw-02']]);
    expect(values('rdp per host, leave out KSK-12')).toEqual([['host', 'KSK-12']]);
    expect(values('dns queries by device, all but ws-lab-09')).toEqual([['host', 'ws-lab-09']]);
  });

  it('reads a hyphenated handle with an account part after "for", "of" or "by" as the user, not any hyphenated word', () => {
    expect(values('rejected logons for press-admin this fortnight')).toContainEqual(['user', 'press-admin']);
    expect(values('password resets of ledger-svc since june')).toContainEqual(['user', 'ledger-svc']);
    expect(values('failed logins for re-auth prompts today')).not.toContainEqual(['user', 're-auth']);
  });

  it('reads a lower-case name of three or more hyphenated parts ending in a number as a machine, wherever it stands', () => {
    expect(values('dk-lt-207 could be owned, grab its logons')).toEqual([['host', 'dk-lt-207']]);
    expect(values('pull edr telemetry and proxy logs for it, since noon. box is ops-kiosk-3a')).toEqual([
      ['host', 'ops-kiosk-3a'],
    ]);
    // Fewer parts, a period, a range or a cloud region is no machine named so.
    expect(values('top-10 talkers this week')).toEqual([]);
    expect(values('tickets tagged sprint-q-12 today')).toEqual([]);
    expect(values('buckets in eu-west-3 created today')).not.toContainEqual(['host', 'eu-west-3']);
  });

  it("reads a machine's name said of its power words, in any case", () => {
    expect(values('when was srv-lab7 last rebooted')).toEqual([['host', 'srv-lab7']]);
    expect(values('restarts of kiosk-21 since monday')).toEqual([['host', 'kiosk-21']]);
    expect(values('shutdowns on the server PRN-HALL-3')).toEqual([['host', 'PRN-HALL-3']]);
    expect(values('how often did fs04 crash this month')).toEqual([['host', 'fs04']]);
    expect(values('reboot events on kiosk-21 since monday')).toEqual([['host', 'kiosk-21']]);
  });

  it("reads a machine's name in capitals wherever it stands, and no ticket or standard of that shape", () => {
    expect(values('QA-KS-207 - anything odd run there since tuesday?')).toEqual([['host', 'QA-KS-207']]);
    expect(values('odd scheduled tasks in the past 2 days (LAB-TP-5)')).toEqual([['host', 'LAB-TP-5']]);
    expect(values('new services installed this week, box is MKT-NB-31')).toEqual([['host', 'MKT-NB-31']]);
    expect(values('PAY-VM-08 anything unusual overnight')).toEqual([['host', 'PAY-VM-08']]);
    expect(values('anything tied to CVE-2023-4966 or SHA-256 sums')).toEqual([]);
    expect(values('CHG-30112 - who approved it')).toEqual([]);
  });

  it('reads a machine whose name begins like a patch code or has no digit right after its hyphen', () => {
    expect(values('lockouts on KBX-APP02 last night')).toEqual([['host', 'KBX-APP02']]);
    expect(values('ORB-WEB7: anything odd since noon?')).toEqual([['host', 'ORB-WEB7']]);
    expect(values('was KB5031455 installed on LAB-DB3')).toEqual([['host', 'LAB-DB3']]);
    expect(values('files named like PRN or COM1-9 in the share')).toEqual([]);
  });

  it('reads a short switch set apart in brackets, named a switch or said after "with", and no bare dash', () => {
    expect(values('zip.exe with an encryption flag (-e) today')).toEqual([
      ['process', 'zip.exe'],
      ['command_line', '-e'],
    ]);
    expect(values('tar run with the -z option on any box')).toContainEqual(['command_line', '-z']);
    expect(values('wget.exe with -q since noon')).toContainEqual(['command_line', '-q']);
    expect(values('a -5 change in the flag count')).toEqual([]);
  });

  it('reads an operation named by a verb of mail and folders as an action ("CopyToFolder", "SendOnBehalf")', () => {
    expect(values('CopyToFolder per mailbox this month')).toEqual([['action', 'CopyToFolder']]);
    expect(values('who did SendOnBehalf yesterday')).toEqual([['action', 'SendOnBehalf']]);
  });

  it('reads a cmdlet name as an action, a switch after "ran with" and a parent process', () => {
    expect(values('O365 New-InboxRule operations by UserId')).toEqual([['action', 'New-InboxRule']]);
    expect(values('devices where powershell.exe ran with -EncodedCommand')).toEqual([
      ['process', 'powershell.exe'],
      ['command_line', '-EncodedCommand'],
    ]);
    const hits = readLiteralValues('cmd.exe processes spawned by winword.exe');
    expect(hits.map((h) => [h.value, h.hint])).toEqual([
      ['cmd.exe', undefined],
      ['winword.exe', 'parent'],
    ]);
    const listed = readLiteralValues('processes launched by winword.exe or mspub.exe in the last day');
    expect(listed.map((h) => [h.value, h.hint])).toEqual([
      ['winword.exe', 'parent'],
      ['mspub.exe', 'parent'],
    ]);
  });

  it('reads an app said by its everyday name as a program when it is listed beside one', () => {
    const hits = readLiteralValues('wscript processes started by outlook or powerpoint since monday');
    expect(hits.filter((h) => h.kind === 'process').map((h) => [h.value, h.hint])).toEqual([
      ['wscript', undefined],
      ['outlook', 'parent'],
      ['powerpnt', 'parent'],
    ]);
    expect(
      readLiteralValues('rundll32 spawned by word or excel')
        .filter((h) => h.hint === 'parent')
        .map((h) => h.value),
    ).toEqual(['winword', 'excel']);
    // Alone, the word is an ordinary one.
    expect(readLiteralValues('processes that ran a word macro').map((h) => h.value)).not.toContain('winword');
  });

  it('reads a process followed by "as a parent" as the parent', () => {
    const hits = readLiteralValues('rundll32.exe per parent, other than svchost.exe as the parent process');
    expect(hits.map((h) => [h.value, h.hint])).toEqual([
      ['rundll32.exe', undefined],
      ['svchost.exe', 'parent'],
    ]);
    expect(readLiteralValues('svchost.exe as a service').map((h) => h.hint)).toEqual([undefined]);
  });

  it('reads "the parent is anything except X" as the parent', () => {
    const hits = readLiteralValues('wscript.exe runs where the parent is anything except outlook.exe');
    expect(hits.map((h) => [h.value, h.hint])).toEqual([
      ['wscript.exe', undefined],
      ['outlook.exe', 'parent'],
    ]);
  });

  it('reads no account from a field\'s name in camel case after "by"', () => {
    expect(values('failed sign-ins this week by status.failureReason')).not.toContainEqual([
      'user',
      'status.failureReason',
    ]);
    expect(values('failed sign-ins this week by k.lund')).toContainEqual(['user', 'k.lund']);
  });

  it('reads "started by anything but X" as the parent', () => {
    const hits = readLiteralValues('mshta.exe started by anything but svchost.exe on the file servers');
    expect(hits.map((h) => [h.value, h.hint])).toEqual([
      ['mshta.exe', undefined],
      ['svchost.exe', 'parent'],
    ]);
  });

  it('reads a bare number that traffic is said to be on as the destination port', () => {
    const hits = readLiteralValues('outbound flows on 8443 or 9001 since monday');
    expect(hits.map((h) => [h.kind, h.value, h.hint])).toEqual([
      ['port', '8443', 'destination'],
      ['port', '9001', 'destination'],
    ]);
    expect(values('sessions to 10.9.8.7 on tcp/5986 today')).toEqual([
      ['ip', '10.9.8.7'],
      ['text', 'tcp'],
      ['port', '5986'],
    ]);
  });

  it('reads an IPv4 address written with its last parts open as the CIDR block of the parts written', () => {
    expect(values('sign-ins from 203.0.x.x this week')).toEqual([['cidr', '203.0.0.0/16']]);
    expect(values('flows to 198.51.100.* since noon')).toEqual([['cidr', '198.51.100.0/24']]);
    expect(values('beacons from 100.* or 7.x today')).toEqual([]);
    expect(values('hosts on 10.x.x.x')).toEqual([['cidr', '10.0.0.0/8']]);
  });

  it('reads a bare number right after the direction of traffic as the destination port, not a count', () => {
    const hits = readLiteralValues('permitted inbound 5900 since sunday');
    expect(hits.map((h) => [h.kind, h.value, h.hint])).toEqual([['port', '5900', 'destination']]);
    expect(values('egress 6667 from the lab subnet')).toEqual([['port', '6667']]);
    expect(values('outgoing 8 hosts talking to the proxy')).toEqual([]);
  });

  it('reads a bare number traffic is said to go over or via, after a verb of talking or a service, as the port', () => {
    expect(values('which kiosks were tunnelling out via 1194 overnight')).toEqual([['port', '1194']]);
    expect(values('telnet traffic over 2323 since friday')).toEqual([['port', '2323']]);
    expect(values('lab boxes communicating with the cloud over 9000 this week')).toEqual([['port', '9000']]);
    expect(values('hosts with over 40 connections today')).toEqual([]);
    expect(values('servers connecting over 70 times in an hour')).toEqual([]);
  });

  it('reads a bare number said of destination addresses ("dest ips on 5432") as the port they were reached on', () => {
    expect(values('which destination addresses were seen on 9443 this morning')).toEqual([['port', '9443']]);
    expect(values('edge firewall hits on 1433, top 3 dests')).toEqual([['port', '1433']]);
    expect(values('laptops that talked to 198.51.100.23 on 8081')).toEqual([
      ['ip', '198.51.100.23'],
      ['port', '8081'],
    ]);
    expect(values('dest ips on 2 subnets')).toEqual([]);
    expect(values('sources probing 5900 since noon')).toEqual([['port', '5900']]);
    expect(values('which hosts are scanning tcp/161, top 5')).toEqual([
      ['text', 'tcp'],
      ['port', '161'],
    ]);
    expect(values('accounts hitting 40 failed logins')).toEqual([]);
  });

  it('reads a compact span after a word for hosts ("per box 3d") as no host name', () => {
    expect(values('wmic launches per host 3d')).toEqual([['process', 'wmic']]);
    expect(values('logons on host KIOSK-9')).toEqual([['host', 'KIOSK-9']]);
  });

  it("reads the System log's event ids written bare", () => {
    expect(values('6006 and 7009 entries on the print server')).toEqual([
      ['event_id', '6006'],
      ['event_id', '7009'],
    ]);
  });

  it('reads a known event id said in the plural of its events ("his 4771s")', () => {
    expect(values('were there 4771s for the kiosk account overnight')).toContainEqual(['event_id', '4771']);
    expect(values('the 1990s called')).toEqual([]);
  });

  it('reads a port written with its protocol, whatever words stand before it', () => {
    expect(values('beacon suspected: 203.0.113.9 over udp/4500, also tcp/8080 or 8081')).toEqual([
      ['ip', '203.0.113.9'],
      ['text', 'udp'],
      ['port', '4500'],
      ['text', 'tcp'],
      ['port', '8080'],
      ['port', '8081'],
    ]);
  });

  it('reads a port written after its protocol and a space ("hit tcp 8531"), not a count or a handshake', () => {
    expect(values('which kiosks reached tcp 8531 or 8532 overnight')).toEqual([
      ['text', 'tcp'],
      ['port', '8531'],
      ['port', '8532'],
    ]);
    expect(values('udp port 1194 sessions from the lab')).toEqual([
      ['text', 'udp'],
      ['port', '1194'],
    ]);
    expect(values('tcp 3-way handshakes that never finish')).toEqual([]);
    expect(values('over tcp 40 times an hour')).toEqual([]);
  });

  it('reads no port from a count or a date after "on"', () => {
    expect(values('connections on 3 kiosks yesterday')).toEqual([]);
    expect(values('traffic on 12/03 from the lab')).toEqual([]);
    expect(values('traffic on 40 devices')).toEqual([]);
  });

  it('reads a snake_case handle after "for" as a user when a Windows account event id is named', () => {
    expect(values('the 4771s for files_ro since monday')).toEqual([
      ['event_id', '4771'],
      ['user', 'files_ro'],
    ]);
    expect(values('port 4663 for files_ro')).not.toContainEqual(['user', 'files_ro']);
  });

  it('reads a handle with a dot that account activity is said of as a user', () => {
    expect(values('failed sign-ins by k.osei since friday')).toEqual([['user', 'k.osei']]);
    expect(values('lockouts of the account r.tan today')).toEqual([['user', 'r.tan']]);
    expect(values('downloads by k.osei since friday')).toEqual([]);
    expect(values('a daily count of login_failed events')).toEqual([]);
    expect(values('number of password_reset after a lockout')).toEqual([]);
    expect(values('a daily count of login_failed events')).toEqual([]);
    expect(values('number of password_reset after a lockout')).toEqual([]);
  });

  it('reads a word said to be in a command line, before or after the words "command line"', () => {
    expect(values('kiosk binaries with splitfile in the command line')).toEqual([['command_line', 'splitfile']]);
    expect(values('processes whose command line contains bypass today')).toEqual([['command_line', 'bypass']]);
    expect(values('with the command line in view')).toEqual([]);
  });

  it('reads a handle with a dot or an underscore that opens the question or a clause as its user', () => {
    expect(values('k.tanaka keeps failing the badge check')).toEqual([['user', 'k.tanaka']]);
    expect(values("kiosk alerts today - j_doe can't unlock the screen")).toEqual([['user', 'j_doe']]);
    expect(values('setup.exe keeps crashing')).not.toContainEqual(['user', 'setup.exe']);
  });

  it('reads the API a role or an identity is calling', () => {
    expect(values('which identity calling ListSecrets most often')).toEqual([['action', 'ListSecrets']]);
    expect(values('roles invoking RotateKeys today')).toEqual([['action', 'RotateKeys']]);
  });

  it('reads an HTTP status code in a question about web requests, not a count of errors elsewhere', () => {
    expect(values('count HTTP 500 errors per url')).toEqual([['text', '500']]);
    expect(values('web requests with 404 responses')).toEqual([['text', '404']]);
    expect(values('urls returning 503 today')).toEqual([['text', '503']]);
    expect(values('web pages with status code 403')).toEqual([['text', '403']]);
    expect(values('kiosk web requests that got 5XX responses')).toEqual([['text', '5xx']]);
    expect(values('4xx errors per url on the web servers')).toEqual([['text', '4xx']]);
    expect(values('hosts with more than 500 errors')).toEqual([]);
    expect(values('PUT requests to /v2/cart that got a 409 this hour')).toContainEqual(['text', '409']);
    expect(values('web clients that hit a 429 on the proxy')).toEqual([['text', '429']]);
    expect(values('which request paths gave 410 on the shop web tier')).toEqual([['text', '410']]);
    expect(values('uris throwing a 502 at the proxy since noon')).toEqual([['text', '502']]);
    expect(values('web servers that got 300 requests')).toEqual([]);
  });

  it('reads an HTTP status code a request came back with or failed with', () => {
    expect(values('posts to /signup that came back with a 502 overnight')).toContainEqual(['text', '502']);
    expect(values('web calls coming back as 401 since noon')).toEqual([['text', '401']]);
    expect(values('proxy uploads that failed with 413')).toEqual([['text', '413']]);
    expect(values('web exports that came back with 200 rows')).toEqual([]);
  });

  it('reads a status code a URL path or a user agent got, said without an article', () => {
    expect(values('crawlers getting 451 from /press/archive')).toContainEqual(['text', '451']);
    expect(values('which user agents received 406 today')).toEqual([['text', '406']]);
    expect(values('jobs under /opt/batch getting 120 rows')).toEqual([]);
  });

  it('reads a name written after "user" or "account", not an ordinary word', () => {
    expect(values('failed logons for user jsmith and account svc_backup.')).toEqual([
      ['user', 'jsmith'],
      ['user', 'svc_backup'],
    ]);
    expect(values('user accounts created by user account management')).toEqual([]);
  });

  it('reads a logon name said as whose an account or profile is ("the app account of kfox")', () => {
    expect(values('the expenses app account of kfox')).toEqual([['user', 'kfox']]);
    expect(values('is the profile for rbanerji still enabled')).toEqual([['user', 'rbanerji']]);
  });

  it('reads the short forms of "account" and "user" as the nouns, and a name after "acct" as a user', () => {
    expect(values('usr accts renamed on the domain controller')).toEqual([]);
    expect(values('acct mgmt changes for the admins group')).toEqual([]);
    expect(values('password resets for acct rpatel')).toEqual([['user', 'rpatel']]);
  });

  it('reads a CamelCase operation or event name as an action, not a product name', () => {
    expect(values('GetObject calls and events named AssumeRole, not PowerShell events')).toEqual([
      ['action', 'GetObject'],
      ['action', 'AssumeRole'],
    ]);
  });

  it('reads a CamelCase code set apart in brackets or given as an outcome, not a product', () => {
    // Set apart and shaped as an audit event's name: the operation recorded.
    expect(values('failed O365 logins (UserLoginFailed) this week')).toEqual([['action', 'UserLoginFailed']]);
    expect(values('guest invitations (SharingInvitationCreated) since May')).toEqual([
      ['action', 'SharingInvitationCreated'],
    ]);
    expect(values('kiosk faults (PaperJamLoop) today')).toEqual([['text', 'PaperJamLoop']]);
    expect(values('AWS API calls that returned AccessDenied, by ARN')).toEqual([['text', 'AccessDenied']]);
    expect(values('requests that failed with error code InvalidClientTokenId')).toEqual([
      ['text', 'InvalidClientTokenId'],
    ]);
    expect(values('script blocks (PowerShell) that returned output')).toEqual([]);
  });

  it('reads a backslash path as a registry key when the question speaks of the registry, else as an account', () => {
    expect(values('registry modifications under the CurrentVersion\\Run key this week')).toEqual([
      ['registry', 'CurrentVersion\\Run'],
    ]);
    expect(values('logons by CORP\\alice this week')).toEqual([['user', 'CORP\\alice']]);
  });

  it('reads one capitalised word under which the registry changed as a part of the key, not a host after it', () => {
    expect(values('registry writes beneath Netlogon on KIOSK-07 this week')).toEqual([
      ['registry', 'Netlogon'],
      ['host', 'KIOSK-07'],
    ]);
    expect(values('registry edits under KIOSK-07 today').filter(([kind]) => kind === 'registry')).toEqual([]);
  });

  it('reads IPv4, IPv6 and CIDR with ipaddr.js, and not versions or dates', () => {
    expect(
      values('sign-ins from 10.0.0.5 or 2001:db8::1 in 192.168.0.0/16, app version 1.2.3.4.5, at 12:30:45'),
    ).toEqual([
      ['ip', '10.0.0.5'],
      ['ip', '2001:db8::1'],
      ['cidr', '192.168.0.0/16'],
    ]);
  });

  it('rejects an IPv4 with an octet over 255', () => {
    expect(values('traffic to 300.1.2.3')).toEqual([]);
  });

  it('keeps a sentence-final IP and splits ip:port', () => {
    expect(values('Connections to 203.0.113.9:4444. Also from 198.51.100.7.')).toEqual([
      ['ip', '203.0.113.9'],
      ['port', '4444'],
      ['ip', '198.51.100.7'],
    ]);
  });

  it('reads a UPN as a user, and as an e-mail when the question is about mail', () => {
    expect(values('failed sign-ins for bob@contoso.com')).toEqual([['user', 'bob@contoso.com']]);
    expect(values('emails sent to alice.smith+x@fabrikam.co.uk')).toEqual([['email', 'alice.smith+x@fabrikam.co.uk']]);
  });

  it('tells hashes apart by length and ignores long plain numbers', () => {
    const md5 = 'd41d8cd98f00b204e9800998ecf8427e';
    const sha1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
    const sha256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    const hits = readLiteralValues(
      `files with hash ${md5}, ${sha1} or ${sha256}; order 12345678901234567890123456789012`,
    );

    expect(hits.filter((h) => h.kind === 'hash').map((h) => h.hint)).toEqual(['md5', 'sha1', 'sha256']);
  });

  it('reads ports, one value each, and a port list', () => {
    expect(values('outbound connections on port 4444 or ports 22, 3389 and 445')).toEqual([
      ['port', '4444'],
      ['port', '22'],
      ['port', '3389'],
      ['port', '445'],
    ]);
  });

  it('ignores a port over 65535', () => {
    expect(values('port 70000')).toEqual([]);
  });

  it('reads event IDs written with and without the word event', () => {
    expect(values('EventCode=4688 and event 4720; failed 4625 and 4740 lockouts; event ids 4769, 4771')).toEqual([
      ['event_id', '4688'],
      ['event_id', '4720'],
      ['event_id', '4625'],
      ['event_id', '4740'],
      ['event_id', '4769'],
      ['event_id', '4771'],
    ]);
  });

  it('reads bare numbers left out of a list of ports as ports, on the side the ports are said of', () => {
    expect(values('top dest ports blocked today, excl 53 and 123')).toEqual([
      ['port', '53'],
      ['port', '123'],
    ]);
    expect(readLiteralValues('busiest source ports other than 80').map((hit) => hit.hint)).toEqual(['source']);
  });

  it('reads no port in bare numbers excluded before any ports are said, or counted', () => {
    expect(values('excluding 53, the top dest ports today')).toEqual([]);
    expect(values('top dest ports, excluding 3 hosts')).toEqual([]);
  });

  it('reads event IDs after the shorthand "evt" or "eid", small ones too', () => {
    expect(values('sysmon evt 3 from the kiosk')).toEqual([['event_id', '3']]);
    expect(values('sysmon eid 11 overnight')).toEqual([['event_id', '11']]);
    expect(values('evt id 4738 on the DC')).toEqual([['event_id', '4738']]);
  });

  it('reads the cmdlets PowerShell is said to use as parts of its command line, also without a word of running', () => {
    expect(values('pwsh fetches via Invoke-RestMethod or irm overnight')).toEqual([
      ['command_line', 'Invoke-RestMethod'],
      ['command_line', 'irm'],
    ]);
    expect(values('mailbox changes through powershell: Set-MailboxFolderPermission')).toEqual([
      ['action', 'Set-MailboxFolderPermission'],
    ]);
  });

  it('reads no user name from a period to date after the word user', () => {
    expect(values('badge denials per user qtd')).toEqual([]);
  });

  it('reads a known event ID said in the plural as that ID', () => {
    expect(values('how many 4771s and 5155s overnight')).toEqual([
      ['event_id', '4771'],
      ['event_id', '5155'],
    ]);
    expect(values('sales in the 1990s')).toEqual([]);
  });

  it('does not read years, amounts or counts as event IDs', () => {
    expect(values('orders in 2024 over 4700 dollars, 4624 times')).toEqual([]);
  });

  it('reads process names, file paths and bare extensions', () => {
    expect(values('powershell.exe spawning C:\\Windows\\Temp\\run.ps1 or any .docm file from WINWORD.EXE')).toEqual([
      ['process', 'powershell.exe'],
      ['file', 'C:\\Windows\\Temp\\run.ps1'],
      ['file', '.docm'],
      ['process', 'WINWORD.EXE'],
    ]);
  });

  it('reads a Windows folder as files under it, a known environment variable expanded and another left out, and the path hinted as a folder', () => {
    expect(values('scripts created under D:\\Shares\\Finance this week')).toEqual([['file', 'D:\\Shares\\Finance']]);
    expect(values('anything written to %TEMP%\\Updater\\ by winword')).toEqual([
      ['file', '\\AppData\\Local\\Temp\\Updater'],
    ]);
    expect(values('anything written to %MYAPP%\\Updater\\ by winword')).toEqual([['file', '\\Updater']]);
    expect(values('new files in C:\\Program Files\\Acme Tools\\plugins')).toEqual([
      ['file', 'C:\\Program Files\\Acme Tools\\plugins'],
    ]);
    expect(readLiteralValues('launched from E:\\Tools\\run.exe').map((hit) => hit.hint)).toEqual(['folder']);
    expect(values('disk C: is full')).toEqual([]);
  });

  it('reads a drive said as where something was done as the folders under its root', () => {
    expect(readLiteralValues('which pcs ran anything off the E: drive since friday')).toMatchObject([
      { kind: 'process', value: 'E:\\', hint: 'folder' },
    ]);
    expect(values('executables launched from drive D: this week')).toEqual([['process', 'D:\\']]);
    expect(values('the F: drive is nearly full')).toEqual([]);
  });

  it('reads a domain said as where accounts live as the accounts whose names end in it, and a looked-up one as a domain', () => {
    expect(values('which bluefen.org accounts logged on twice')).toEqual([['user', '@bluefen.org']]);
    expect(values('token grants for quarry-lane.co.nz users')).toEqual([['user', '@quarry-lane.co.nz']]);
    expect(values('mfa prompts for hollow.io staff mailboxes')).toEqual([['user', '@hollow.io']]);
    expect(values('lockouts of users in the marsh-end.net domain')).toEqual([['user', '@marsh-end.net']]);
    expect(values('visits to bluefen.org by users this week')).toEqual([['domain', 'bluefen.org']]);
  });

  it('reads subdomains of a domain, and a wildcard domain anywhere, as the names ending in it', () => {
    expect(values('lookups of contoso-cdn.net subdomains today')).toEqual([['domain', '.contoso-cdn.net']]);
    expect(values('traffic to any subdomain of example.io')).toEqual([['domain', '.example.io']]);
    expect(values('resolutions of anything under no-ip.biz this morning')).toEqual([['domain', '.no-ip.biz']]);
    expect(values('dns names ending in example.io')).toEqual([['domain', '.example.io']]);
    expect(values('connections to *.badsite.com from finance')).toEqual([['domain', '.badsite.com']]);
    expect(values('connections to example.io')).toEqual([['domain', 'example.io']]);
  });

  it('reads a key named under Image File Execution Options as a registry key, the words naming the registry', () => {
    expect(values('debugger entries written beneath Image File Execution Options lately')).toEqual([
      ['registry', 'Image File Execution Options'],
    ]);
  });

  it('reads a key named by one capitalised word before the noun of a key, or before the values it holds', () => {
    expect(values('any changes to the Winlogon key in defender over the last week?')).toEqual([
      ['registry', 'Winlogon'],
    ]);
    expect(values('which devices changed the SilentProcessExit registry key yesterday?')).toEqual([
      ['registry', 'SilentProcessExit'],
    ]);
    expect(values('modifications to the Winlogon Shell or Userinit registry values')).toContainEqual([
      'registry',
      'Winlogon',
    ]);
    // A word opening the sentence is no key: "Any Debugger values" names the value only.
    expect(values('Any Debugger values set under Image File Execution Options?')).not.toContainEqual([
      'registry',
      'Any',
    ]);
  });

  it('reads a domain under a country ending often used by tunnels and throwaway sites', () => {
    expect(values('which laptops resolved anything under tunnelbox.ee today')).toEqual([['domain', '.tunnelbox.ee']]);
    expect(values('dns queries for subdomains of drop-zone.su this week')).toEqual([['domain', '.drop-zone.su']]);
  });

  it('reads programs that also name a product as processes only when the question speaks of them running', () => {
    expect(values('excel spawning cmd on finance laptops')).toEqual([
      ['process', 'excel'],
      ['process', 'cmd'],
    ]);
    expect(readLiteralValues('whoami executed by w3wp').map((hit) => [hit.value, hit.hint])).toEqual([
      ['whoami', undefined],
      ['w3wp', 'parent'],
    ]);
    expect(values('outlook rules created this week')).toEqual([]);
    expect(values('powershell script block logging with 4104')).toEqual([['event_id', '4104']]);
  });

  it("reads encoded commands as PowerShell's encoded switch, and cmdlets run in any case as command lines", () => {
    expect(values('base64 encoded commands run on servers')).toEqual([['command_line', '-enc']]);
    expect(values('pwsh running start-bitstransfer')).toEqual([
      ['process', 'pwsh'],
      ['command_line', 'start-bitstransfer'],
    ]);
  });

  it('reads a shell written with its encoded switch as that shell run with -enc, whatever the other words', () => {
    expect(values('pwsh w/ -EncodedCommand across the fleet since tuesday')).toEqual([
      ['command_line', '-enc'],
      ['process', 'pwsh'],
    ]);
    expect(values('any powershell -encoded on the kiosks')).toEqual([
      ['command_line', '-enc'],
      ['process', 'powershell'],
    ]);
  });

  it('reads one word after "w/" said to be in the command line as a part of it', () => {
    expect(values('regsvr32 w/ scrobj in the args on kiosks')).toContainEqual(['command_line', 'scrobj']);
  });

  it('reads a switch after "w/" or "using" as a command-line part', () => {
    expect(values('setup.exe using -quietmode on laptops')).toEqual([
      ['process', 'setup.exe'],
      ['command_line', '-quietmode'],
    ]);
    expect(values('agent.exe w/ --noprompt overnight')).toEqual([
      ['process', 'agent.exe'],
      ['command_line', '--noprompt'],
    ]);
  });

  it('reads a CamelCase code named by its error ending anywhere as a status the record keeps', () => {
    expect(values('principals hitting QuotaExceededError in the storage api')).toEqual([
      ['status', 'QuotaExceededError'],
    ]);
  });

  it('reads each operation of a list named before "calls" or "events"', () => {
    expect(values('PutBucketPolicy, DeleteBucketPolicy or PutBucketAcl calls today')).toEqual([
      ['action', 'PutBucketPolicy'],
      ['action', 'DeleteBucketPolicy'],
      ['action', 'PutBucketAcl'],
    ]);
  });

  it('reads a folder under a well-known root, and as the image path when the question launches from it', () => {
    expect(
      readLiteralValues('binaries executed from ProgramData\\Vendor\\cache').map((h) => [h.kind, h.value, h.hint]),
    ).toEqual([['process', 'ProgramData\\Vendor\\cache', 'folder']]);
    expect(values('documents saved under Users\\Shared\\Scans')).toEqual([['file', 'Users\\Shared\\Scans']]);
  });

  it('reads quoted strings, classifying what they hold', () => {
    expect(values('operation "Add member to role" by \'svc-backup\' from "10.1.1.1"; the admin\'s account')).toEqual([
      ['text', 'Add member to role'],
      ['text', 'svc-backup'],
      ['ip', '10.1.1.1'],
    ]);
  });

  it('reads hosts only when they look like host names', () => {
    expect(values('logons on host DC01, on server web-01.contoso.local, on the machine itself')).toEqual([
      ['host', 'DC01'],
      ['host', 'web-01.contoso.local'],
    ]);
  });

  it('reads domains with a known top-level domain, not table names', () => {
    expect(values('DNS lookups of evil-domain.xyz and login.microsoftonline.com in Endpoint.Processes')).toEqual([
      ['domain', 'evil-domain.xyz'],
      ['domain', 'login.microsoftonline.com'],
    ]);
  });

  it('reads URLs whole, without trailing punctuation', () => {
    expect(values('requests to https://evil.example.com/a?b=1.')).toEqual([['url', 'https://evil.example.com/a?b=1']]);
  });

  it('reads DOMAIN\\user accounts, registry keys, GUIDs and entity ids', () => {
    expect(
      values(
        'CONTOSO\\jdoe changed HKLM\\Software\\Microsoft\\Run for order #12345 in tenant 72f988bf-86f1-41af-91ab-2d7cd011db47',
      ),
    ).toEqual([
      ['user', 'CONTOSO\\jdoe'],
      ['registry', 'HKLM\\Software\\Microsoft\\Run'],
      ['id', '12345'],
      ['id', '72f988bf-86f1-41af-91ab-2d7cd011db47'],
    ]);
  });

  it('finds nothing in a plain question', () => {
    expect(values('Which customers placed the most orders last month?')).toEqual([]);
  });

  it('stays linear on a long hostile question', () => {
    const text = `${'a.'.repeat(1000)}${'1.'.repeat(500)}${'\\'.repeat(500)}`;
    const started = performance.now();

    readLiteralValues(text.slice(0, 4000));

    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('readLiteralValues (a logon type before the logons, a status in brackets, ports joined by a slash)', () => {
  it('reads "type 10 logons" as the logon type', () => {
    expect(readLiteralValues('type 10 logons (4624) on DC1 since monday')).toContainEqual(
      expect.objectContaining({ kind: 'text', value: '10', hint: 'logon type' }),
    );
    expect(values('type 3 or 10 logins today').filter(([kind]) => kind === 'text')).toEqual([
      ['text', '3'],
      ['text', '10'],
    ]);
  });

  it('reads a dotted handle before "pw" or "password" as the account ("reset j.ferreira pw")', () => {
    expect(values('did an admin reset j.ferreira pw today (4724)?')).toContainEqual(['user', 'j.ferreira']);
    expect(values('hits on reset.php password page today')).not.toContainEqual(['user', 'reset.php']);
  });

  it('reads "a non-zero error code" as every code but 0', () => {
    expect(readLiteralValues('sign-ins that returned a non-zero error code today')).toContainEqual(
      expect.objectContaining({ kind: 'text', value: '0', operator: 'neq', hint: 'error code' }),
    );
    expect(readLiteralValues('jobs with nonzero exit codes')).toContainEqual(
      expect.objectContaining({ value: '0', operator: 'neq', hint: 'exit code' }),
    );
  });

  it('reads an HTTP status written in brackets before "errors"', () => {
    expect(values('shop.example.co.uk kept showing "page not found" (404) errors: how many per URL')).toContainEqual([
      'text',
      '404',
    ]);
  });

  it('reads ports joined by a slash after a direction of traffic ("inbound 3389/22")', () => {
    const ports = values('fw data - blocked inbound 3389/22 this wk, top 10 src ips').filter(
      ([kind]) => kind === 'port',
    );
    expect(ports).toEqual([
      ['port', '3389'],
      ['port', '22'],
    ]);
  });
});

describe('readLiteralValues (time words after "user", programs listed before the verb they launch with)', () => {
  it('reads no user from a time word after "per user" or "user" ("per user yday")', () => {
    expect(values('how many signins to Amadeus Selling Platform per user yday? sentinel pls')).toEqual([]);
    expect(values('failed logons for user tdy')).toEqual([]);
    expect(values('failed logons for user jsmith today')).toEqual([['user', 'jsmith']]);
  });

  it('reads every program of a list before "launch" as a parent ("Word or Excel launch python.exe")', () => {
    const parents = (text: string) =>
      readLiteralValues(text)
        .filter((hit) => hit.hint === 'parent')
        .map((hit) => hit.value);
    expect(parents('Did Word or Excel launch python.exe on any machine in the last 7 days?')).toEqual([
      'winword',
      'excel',
    ]);
    expect(parents('did winword.exe or excel.exe spawn cmd.exe')).toEqual(['winword.exe', 'excel.exe']);
    expect(parents('cmd.exe and powershell.exe launched by excel')).toEqual(['excel']);
  });
});

describe('readLiteralValues (a phrasal verb after "user")', () => {
  it('reads no name from "user log in", "account signed out"', () => {
    expect(values('when did that user log in from home')).toEqual([]);
    expect(values('has the account signed out since noon')).toEqual([]);
  });

  it('still reads a name after "user" followed by such a verb', () => {
    expect(values('did user pkumar log in today')).toEqual([['user', 'pkumar']]);
  });
});

describe('readLiteralValues (codes, switches, machine names)', () => {
  const read = (text: string) => readLiteralValues(text).map((h) => [h.kind, h.value, h.hint]);

  it('reads a code said with its name, keeping the name as the hint, and a bare hex code', () => {
    expect(read('tickets with encryption type 0x17')).toEqual([['text', '0x17', 'encryption type']]);
    expect(read('RDP logons (logon type 10)')).toEqual([['text', '10', 'logon type']]);
    expect(read('unlock logons type 7 on kiosks')).toEqual([['text', '7', 'logon type']]);
    expect(read('logins of type 11 since noon')).toEqual([['text', '11', 'logon type']]);
    expect(read('failures with 0xC000006A')).toEqual([['text', '0xC000006A', undefined]]);
  });

  it('reads no name from the verb that says how a name is matched ("UPN ends with …")', () => {
    expect(read('users whose UPN ends with @partner.com').map((h) => h[1])).not.toContain('ends');
    expect(read('sign-ins where the user starts with adm_').map((h) => h[1])).not.toContain('starts');
  });

  it('reads every code listed after a named one, not a count said after it', () => {
    expect(read('logons with logon type 3 or 10 today')).toEqual([
      ['text', '3', 'logon type'],
      ['text', '10', 'logon type'],
    ]);
    expect(read('logon type 2, 10 or 11 in the last day').map((h) => h[1])).toEqual(['2', '10', '11']);
    expect(read('sub status 0xC000006A or 0xC0000234 on DCs').map((h) => h[1])).toEqual(['0xC000006A', '0xC0000234']);
    expect(read('logon type 3 and 10 users')).toEqual([['text', '3', 'logon type']]);
  });

  it('reads a code whose name is said shortened ("enc type", "logon typ")', () => {
    expect(read('service tickets w/ enc type 0x11')).toEqual([['text', '0x11', 'enc type']]);
    expect(read('tgs asks, encr type 0x3, since noon')).toEqual([['text', '0x3', 'encr type']]);
    expect(read('logons typ 2 on the till')).toEqual([['text', '2', 'logon type']]);
    expect(read('a typo in the job name 42')).toEqual([]);
  });

  it('reads a command-line switch only when the question speaks of command lines', () => {
    expect(read('powershell.exe with -EncodedCommand in the command line')).toContainEqual([
      'command_line',
      '-EncodedCommand',
      undefined,
    ]);
    expect(read('sign-ins from e-mail -- check the x-large set')).toEqual([]);
  });

  it('reads AWS and Azure region codes as values of the region column', () => {
    expect(read('S3 calls from eu-west-3 and ap-southeast-2')).toEqual([
      ['text', 'eu-west-3', 'region'],
      ['text', 'ap-southeast-2', 'region'],
    ]);
    expect(read('vms created in westeurope or uksouth')).toEqual([
      ['text', 'westeurope', 'region'],
      ['text', 'uksouth', 'region'],
    ]);
    expect(read('users in the east or west us team')).toEqual([]);
  });

  it('reads a switch written right after a program file name as a command-line value', () => {
    expect(read('runs of bitsadmin.exe -transfer on servers')).toContainEqual(['command_line', '-transfer', undefined]);
    expect(read('setup.sh --quiet installs')).toContainEqual(['command_line', '--quiet', undefined]);
    expect(read('wmic -node calls on servers')).toContainEqual(['command_line', '-node', undefined]);
  });

  it('reads a module::command token as a command-line value wherever it stands', () => {
    expect(read('hosts where lsadump::dcsync showed up')).toEqual([['command_line', 'lsadump::dcsync', undefined]]);
    expect(read('scripts calling [IO.File]::WriteAllBytes.')).toEqual([
      ['command_line', '[IO.File]::WriteAllBytes', undefined],
    ]);
    expect(read('any hits for fe80::1 on the lan')).not.toContainEqual(expect.arrayContaining(['command_line']));
  });

  it('reads a script said to be run as a command-line value, and a script that is only a file as a file', () => {
    expect(read('which hosts executed backup_db.ps1')).toEqual([['command_line', 'backup_db.ps1', undefined]]);
    expect(read('cleanup.bat was run by whom')).toEqual([['command_line', 'cleanup.bat', undefined]]);
    // (The folder named after it is read as well, since folders are read by their names alone.)
    expect(read('login.vbs written to the startup folder')).toEqual([
      ['file', 'login.vbs', undefined],
      ['file', 'startup', 'folder'],
    ]);
  });

  it('reads a folder named by its name alone as paths holding the name, the image path when run from it', () => {
    expect(read('macros saved into the Templates folder last week')).toEqual([['file', 'Templates', 'folder']]);
    expect(read("programs launched out of a user's Downloads directory")).toEqual([['process', 'Downloads', 'folder']]);
    expect(read('files in shared folders today')).toEqual([]);
    expect(read('password resets recorded in the Sentinel directory audit log')).toEqual([]);
    expect(read('changes in the Contoso directory roles this week')).toEqual([]);
  });

  it('reads a folder from a drive or an environment variable, expanded as logs record it', () => {
    expect(read('binaries dropped under D:\\Shares\\Finance lately')).toEqual([
      ['file', 'D:\\Shares\\Finance', 'folder'],
    ]);
    expect(read('anything executed out of %LOCALAPPDATA%\\Microsoft')).toEqual([
      ['process', '\\AppData\\Local\\Microsoft', 'folder'],
    ]);
    expect(read('A: none, B: some')).toEqual([]);
  });

  it('reads a slash switch near a system tool or in command-line words, not a word pair or a path', () => {
    expect(read('who ran schtasks /create on servers')).toContainEqual(['command_line', '/create', undefined]);
    expect(read('bcdedit set recoveryenabled /set no')).toContainEqual(['command_line', '/set', undefined]);
    expect(read('command lines holding /transfer')).toEqual([['command_line', '/transfer', undefined]]);
    expect(read('logons and/or logoffs per day')).toEqual([]);
    expect(read('net reads of /etc/shadow')).toEqual([]);
  });

  it('reads a machine-style name after on/from/at/to, not a CVE or a short word', () => {
    expect(read('lockouts on DC01 and logons to SRV-APP-02')).toEqual([
      ['host', 'DC01', undefined],
      ['host', 'SRV-APP-02', undefined],
    ]);
    expect(read('patched on CVE-2024-1234 at EC2')).toEqual([]);
  });

  it('reads a lower-case machine name as typed ("on ws-88", "to kiosk4"), not a version, protocol, region or account', () => {
    expect(read('reboots on ws-88 and logons to kiosk4 from lab-mac-3')).toEqual([
      ['host', 'ws-88', undefined],
      ['host', 'kiosk4', undefined],
      ['host', 'lab-mac-3', undefined],
    ]);
    expect(read('moved from ipv4 to ipv6 on smb1, files to s3 from eu-north-1')).toEqual([
      ['text', 'eu-north-1', 'region'],
    ]);
    expect(read('bucket reads in sa-east-1 by sa-backup')).toEqual([
      ['text', 'sa-east-1', 'region'],
      ['user', 'sa-backup', undefined],
    ]);
    expect(read('a spike on monday2 and logins from svc-deploy7').filter(([kind]) => kind === 'host')).toEqual([]);
  });

  it('reads a machine name typed in lower case after on/from/into, not a version or a kind of device', () => {
    expect(read('kerberos errors on kiosk07 and logons into lab-pc-12')).toEqual([
      ['host', 'kiosk07', undefined],
      ['host', 'lab-pc-12', undefined],
    ]);
    expect(read('crashes on win11 since the patch, from sha256 lookups, from pixel8 phones')).toEqual([]);
  });

  it('reads a handle asked about with "last" or "first" before the verb as the account', () => {
    expect(values('when did p.okafor last log on')).toEqual([['user', 'p.okafor']]);
    expect(values('when was dwong first locked out')).toEqual([['user', 'dwong']]);
  });

  it('reads numeric codes named as errors or results, one or a list, not a count of errors', () => {
    expect(values('sign-in failures with errors 50126, 50053 and 50057 by user')).toEqual([
      ['text', '50126'],
      ['text', '50053'],
      ['text', '50057'],
    ]);
    expect(readLiteralValues('logins that hit error 530032')[0]).toMatchObject({ hint: 'error code', value: '530032' });
    expect(values('apps with over 1000 errors')).toEqual([]);
  });

  it('reads an audit event named as its object and a past participle as the operation, wherever it stands', () => {
    expect(values('m365: FolderBindAccessed by the intern since monday')).toEqual([['action', 'FolderBindAccessed']]);
    expect(values('MemberAdded or GroupRemoved in the audit trail')).toEqual([
      ['action', 'MemberAdded'],
      ['action', 'GroupRemoved'],
    ]);
    expect(values('DeviceFileEvents on the laptop')).not.toContainEqual(['action', 'DeviceFileEvents']);
  });

  it('reads a Windows built-in account written in capitals as a user, not the word "system"', () => {
    expect(values('scheduled tasks created by anyone but SYSTEM')).toContainEqual(['user', 'SYSTEM']);
    expect(values('services running as NETWORK SERVICE')).toContainEqual(['user', 'NETWORK SERVICE']);
    expect(values('which system raised the alert')).toEqual([]);
  });

  it('reads a code of five or six digits something failed with as an error code, not a count', () => {
    expect(readLiteralValues('vpn logins failing w/ 70011 since noon')[0]).toMatchObject({
      kind: 'text',
      value: '70011',
      hint: 'error code',
    });
    expect(values('token requests that failed with 500011 or 700016')).toEqual([
      ['text', '500011'],
      ['text', '700016'],
    ]);
    expect(values('jobs that failed with 3 retries')).toEqual([]);
  });

  it('reads a code of seven digits something failed with, or a list of them, whole', () => {
    expect(values('app registrations failing with 7000112 since noon')).toEqual([['text', '7000112']]);
    expect(values('errors 7000218 or 90094 on the tenant')).toEqual([
      ['text', '7000218'],
      ['text', '90094'],
    ]);
  });

  it('reads a code of five to seven digits called a code as an error code, not a postal or a product code', () => {
    expect(readLiteralValues('tenant token grants w/ code 65004 this week')[0]).toMatchObject({
      kind: 'text',
      value: '65004',
      hint: 'error code',
    });
    expect(values('shoppers in zip code 30301')).toEqual([]);
    expect(values('returns of product code 4410920')).toEqual([]);
    expect(values('code 42 in the build log')).toEqual([]);
  });

  it('reads a cmdlet wherever it stands, without "operations" after it', () => {
    expect(values('who ran Add-MailboxPermission on shared inboxes')).toEqual([['action', 'Add-MailboxPermission']]);
    expect(values('the set-up of new mailboxes')).toEqual([]);
  });

  it('reads a service account by its naming convention without the word "user"', () => {
    expect(values('lockouts of sa-sqlprod and reports_svc this week')).toEqual([
      ['user', 'sa-sqlprod'],
      ['user', 'reports_svc'],
    ]);
    expect(values('group by last_login_at')).toEqual([]);
  });

  it('reads a domain suffix written with a dot or wildcard when the question speaks of domains or lookups', () => {
    expect(readLiteralValues('dns lookups of *.top or .club names').map((h) => [h.value, h.operator])).toEqual([
      ['.top', 'contains'],
      ['.club', 'contains'],
    ]);
    expect(values('which .NET apps crashed')).toEqual([]);
  });

  it('reads a file extension in a question about domain names and no files as a top-level domain', () => {
    expect(values('dns queries for domains ending in .zip or .top')).toEqual([
      ['domain', '.zip'],
      ['domain', '.top'],
    ]);
    expect(values('files downloaded from those domains ending in .zip')).toEqual([['file', '.zip']]);
  });

  it('reads no adverb after "account" or "user" as a logon name', () => {
    expect(values('is the contractor account still enabled in the portal')).toEqual([]);
    expect(values('which user never completed mfa since june')).toEqual([]);
  });

  it('reads a remote-access program said bare as a process', () => {
    expect(values('splashtop or rustdesk started on kiosks since tuesday')).toEqual([
      ['process', 'splashtop'],
      ['process', 'rustdesk'],
    ]);
    expect(values('inbound flows to port 8041 (rustdesk) since noon')).not.toContainEqual(['process', 'rustdesk']);
  });

  it('reads a name ending like a file in a question about lookups and no files as a domain', () => {
    expect(values('hosts with dns lookups of quickdrop.sh since friday')).toEqual([['domain', 'quickdrop.sh']]);
    expect(values('any queries to Fast-Notes.one today')).toEqual([['domain', 'fast-notes.one']]);
    expect(values('hosts that wrote quickdrop.sh to disk')).toEqual([['file', 'quickdrop.sh']]);
  });
});

describe('readLiteralValues (a server named like an account)', () => {
  it('reads a machine-style name after "against" as a host', () => {
    expect(values('brute force against MAIL-GW-07 overnight')).toContainEqual(['host', 'MAIL-GW-07']);
  });

  it('reads a capitalised service-style name ending in digits as a host, unless called an account', () => {
    expect(values('logons to SRV-HR-12 this morning')).toContainEqual(['host', 'SRV-HR-12']);
    expect(values('lockouts of user SVC-PAY-03 today')).toContainEqual(['user', 'SVC-PAY-03']);
    expect(values('what did svc_reports do')).toContainEqual(['user', 'svc_reports']);
  });

  it('reads no verb after "user" as a name ("how many has each user got")', () => {
    expect(values('how many uploads has each user got')).toEqual([]);
    expect(values('reports each user saw today')).toEqual([]);
  });
});

describe('readLiteralValues (a program named as the one that acted)', () => {
  it('reads a program after a verb of acting and "by" as the process, with no word of running', () => {
    expect(values('domains resolved by curl over the weekend')).toEqual([['process', 'curl']]);
    expect(values('which documents were written by winword on finance laptops')).toEqual([['process', 'winword']]);
  });

  it('reads a program that network activity came from as the process', () => {
    expect(values('outbound sessions from java on the build agents')).toEqual([['process', 'java']]);
    expect(values('dns lookups from the node runtime since lunch')).toEqual([['process', 'node']]);
    expect(values('invoices from excel exports')).toEqual([]);
  });

  it('reads a program said before the traffic it made as the process, but not the mail client', () => {
    expect(values('wget outbound requests on the kiosks this morning')).toEqual([['process', 'wget']]);
    expect(values('python tcp connections from the lab')).toEqual([['process', 'python']]);
    expect(values('outlook connections over the weekend')).toEqual([]);
  });

  it('should read no process from a product named without a verb of acting', () => {
    expect(values('outlook rules created this week')).toEqual([]);
    expect(values('excel files modified by bob')).toEqual([]);
  });
});

describe('readLiteralValues (a system tool and its subcommand before a switch)', () => {
  it('reads the tool as the process and its subcommand as part of the command line', () => {
    expect(values('local admins added via net localgroup administrators /add')).toEqual([
      ['process', 'net'],
      ['command_line', 'localgroup'],
      ['command_line', '/add'],
    ]);
    expect(values('schtasks create /sc minute jobs on the file servers')).toEqual([
      ['process', 'schtasks'],
      ['command_line', 'create'],
      ['command_line', '/sc'],
    ]);
  });

  it('should read no subcommand from a tool named without a switch', () => {
    expect(values('net user logons today')).toEqual([]);
  });
});

describe('readLiteralValues (a quoted command said to be run)', () => {
  it('should read quoted words with arguments after a verb of running as a command line', () => {
    expect(values('did any host execute "wevtutil cl security" today')).toEqual([
      ['command_line', 'wevtutil cl security'],
    ]);
    expect(values("who typed 'net group domain admins' this week")).toEqual([
      ['command_line', 'net group domain admins'],
    ]);
  });

  it('should keep quoted text said without a verb of running, or a single quoted word, as text', () => {
    expect(values("alerts titled 'Suspicious inbox rule' today")).toEqual([['text', 'Suspicious inbox rule']]);
    expect(values("who ran 'backupjob' last night")[0]?.[0]).not.toBe('command_line');
  });
});

describe('readLiteralValues (a quoted app a sign-in went to)', () => {
  it('should read a quoted name after sign-in words and "to"/"into" as the app', () => {
    expect(values('logons into "Orchid Rota Planner" by city this month')).toEqual([['app', 'Orchid Rota Planner']]);
    expect(values("who signed in to the 'vendor-desk' yesterday")).toEqual([['app', 'vendor-desk']]);
  });

  it('should keep a quoted name not said to be signed into as text', () => {
    expect(values('sign-ins with "legacy client" in the user agent')[0]?.[0]).not.toBe('app');
    expect(values('logons to the "svc-backup" account from 4 hosts')[0]?.[0]).not.toBe('app');
  });
});

describe('readLiteralValues (HTTP status codes listed together)', () => {
  it('should read every status code of a list joined by "or", "and", commas or slashes', () => {
    expect(values('web requests to /cart answered with status 502 or 504 this hour')).toEqual([
      ['text', '502'],
      ['text', '504'],
    ]);
    expect(values('proxy responses giving 401, 407 and 5xx today').filter(([kind]) => kind === 'text')).toEqual([
      ['text', '401'],
      ['text', '407'],
      ['text', '5xx'],
    ]);
  });
});

describe('readLiteralValues (a cloud API action of any verb)', () => {
  it('should read an action opened by a read-only API verb in a question about a cloud trail', () => {
    expect(values('cloudtrail: ThrottlingException on DescribeVolumes since monday')).toContainEqual([
      'action',
      'DescribeVolumes',
    ]);
    expect(values('aws calls of ListRoles by the audit key today')).toContainEqual(['action', 'ListRoles']);
  });

  it('should read no action from such a word where no cloud trail is spoken of', () => {
    expect(values('GetHelp tickets opened today')).not.toContainEqual(['action', 'GetHelp']);
  });
});

describe('readLiteralValues (a transport protocol before a port)', () => {
  it('should read the protocol written before a port as a value of the protocol column', () => {
    const read = readLiteralValues('flows to tcp/5601 and udp 123 since noon');
    expect(read.filter((hit) => hit.hint === 'protocol').map((hit) => hit.value)).toEqual(['tcp', 'udp']);
  });

  it('should read no protocol without a port after it', () => {
    const read = readLiteralValues('udp floods from 3 hosts this week');
    expect(read.some((hit) => hit.hint === 'protocol')).toBe(false);
  });
});

describe('readLiteralValues (a CamelCase name counted)', () => {
  it('should read a CamelCase name right after a count as the event counted', () => {
    expect(values('mailboxes with over 40 MailItemsAccessed in an hour')).toEqual([['action', 'MailItemsAccessed']]);
    expect(values('who had a PortalLogon yesterday (VaultLogin)')).toEqual([
      ['action', 'PortalLogon'],
      ['action', 'VaultLogin'],
    ]);
    expect(values('roles with 3 AssumeRoleWithWebIdentity today')).toEqual([['action', 'AssumeRoleWithWebIdentity']]);
  });
});

describe('readLiteralValues (words said to be in a command line)', () => {
  it('should read each of two or three words said to be in the command line, a DLL among them', () => {
    expect(values('regsvr32 w/ scrobj.dll /i:http in the cmdline')).toEqual([
      ['process', 'regsvr32'],
      ['command_line', 'scrobj.dll'],
      ['command_line', '/i:http'],
    ]);
    expect(values('processes with ntds dit copy in the command line')).toEqual([
      ['command_line', 'ntds'],
      ['command_line', 'dit'],
      ['command_line', 'copy'],
    ]);
  });
});

describe('readLiteralValues (a service and its ports in brackets)', () => {
  it('should read the ports in brackets after a network service', () => {
    expect(values('rdp (3389) sessions from the vpn range')).toEqual([['port', '3389']]);
    expect(values('ldap (389, 636) binds today')).toEqual([
      ['port', '389'],
      ['port', '636'],
    ]);
    expect(values('failed logins (50) today')).toEqual([]);
  });

  it('reads the ports in brackets after the flow a service names', () => {
    expect(values('vnc sessions (5900) seen this morning')).toEqual([['port', '5900']]);
    expect(values('winrm connection attempts (5985/5986) per box')).toEqual([
      ['port', '5985'],
      ['port', '5986'],
    ]);
    expect(values('smb share listings (7) since monday')).toEqual([]);
  });

  it('reads a machine-style name doing network activity as a host, with no "host" or "on" before it', () => {
    expect(values('has KIOSK-12 ever connected to 198.51.100.4?')).toContainEqual(['host', 'KIOSK-12']);
    expect(values('did PC-7 reach evil.example.org')).toContainEqual(['host', 'PC-7']);
    expect(values('CVE-2024 talked about a lot')).not.toContainEqual(['host', 'CVE-2024']);
    expect(values('the names LAB-PC-31 looked up since noon')).toContainEqual(['host', 'LAB-PC-31']);
    expect(values('pages that OPS-LT-4 visited on friday')).toContainEqual(['host', 'OPS-LT-4']);
    expect(values('did OPS-LT-4 run mshta.exe this week')).toContainEqual(['host', 'OPS-LT-4']);
  });

  it('reads a machine name typed in lower case doing network activity as a host, not a version', () => {
    expect(values('which sites did kiosk-lt-12 reach on monday')).toContainEqual(['host', 'kiosk-lt-12']);
    expect(values('did win-10 connect anywhere')).not.toContainEqual(['host', 'win-10']);
  });

  it('reads an API action written out bare as the action ("TerminateInstances on the prod account")', () => {
    expect(values('anyone run TerminateInstances on the prod account yesterday')).toContainEqual([
      'action',
      'TerminateInstances',
    ]);
    expect(values('PutBucketAcl across the org')).toContainEqual(['action', 'PutBucketAcl']);
  });

  it('reads an API action with an acronym in its name ("DeleteDBCluster", "EnableMFADevice", "CreateVPC")', () => {
    expect(values('who called DeleteDBCluster last night')).toContainEqual(['action', 'DeleteDBCluster']);
    expect(values('EnableMFADevice in the trail')).toContainEqual(['action', 'EnableMFADevice']);
    expect(values('any CreateVPC this week')).toContainEqual(['action', 'CreateVPC']);
  });

  it('reads an operation in lower camel case after a verb of calling ("invoked purgeDeleted")', () => {
    expect(values('which callers invoked purgeDeleted on the vaults')).toContainEqual(['action', 'purgeDeleted']);
    expect(values('anyone ran restartHost last week')).toContainEqual(['action', 'restartHost']);
    expect(values('purgeDeleted or restartHost operations today')).toEqual([
      ['action', 'purgeDeleted'],
      ['action', 'restartHost'],
    ]);
  });

  it('reads no plural noun after "user" or "account" as a name ("account assignments")', () => {
    expect(values('vault account assignments in the audit log').filter(([kind]) => kind === 'user')).toEqual([]);
  });

  it('reads a short switch with its argument in a run of switches as one command-line part', () => {
    expect(values('wscript.exe launched with -nologo -m quiet today')).toContainEqual(['command_line', '-m quiet']);
    expect(values('ran cmd.exe -q -s in the morning')).not.toContainEqual(['command_line', '-s in']);
  });
});

describe('readLiteralValues (a quoted URI scheme)', () => {
  it('should keep the colon of a quoted URI scheme, and drop one that closes quoted words', () => {
    expect(values('mshta with "vbscript:" in its arguments')).toEqual([
      ['process', 'mshta'],
      ['command_line', 'vbscript:'],
    ]);
    expect(values('the rule named "Block all:" and its hits')).toEqual([['text', 'Block all']]);
  });
});

describe('readLiteralValues (ports after a range)', () => {
  it('should read the ports traffic to a range was on, three words after the verb', () => {
    expect(values('hosts connecting out to 198.51.100.0/24 on 8443 or 8444')).toEqual([
      ['cidr', '198.51.100.0/24'],
      ['port', '8443'],
      ['port', '8444'],
    ]);
  });
});

describe('readLiteralValues (a quoted name after an app noun)', () => {
  it("reads a quoted value right after the word app or application as the app's name", () => {
    expect(values('denied logins to the application called "Time Sheets" this week')).toEqual([['app', 'Time Sheets']]);
    expect(values("how often was app 'Fleet Tracker' opened")).toEqual([['app', 'Fleet Tracker']]);
    expect(values('the app crashed with "out of memory"')).toEqual([['text', 'out of memory']]);
  });
});

describe('readLiteralValues (a switch alone in brackets)', () => {
  it('reads a switch written alone in brackets as a part of the command line', () => {
    expect(values('is msbuild compiling inline tasks (-noautoresponse) on the build boxes')).toContainEqual([
      'command_line',
      '-noautoresponse',
    ]);
    expect(values('wget pulling archives ( --no-check-certificate ) overnight')).toContainEqual([
      'command_line',
      '--no-check-certificate',
    ]);
    expect(values('a rate (-5) below the floor').filter(([kind]) => kind === 'command_line')).toEqual([]);
  });
});

describe('readLiteralValues (a PowerShell switch with its argument)', () => {
  it("should read the argument of PowerShell's policy or window switch, whatever the switch's spelling", () => {
    expect(values('pwsh launched with -ep bypass on the jump hosts')).toEqual([
      ['process', 'pwsh'],
      ['command_line', 'bypass'],
    ]);
    expect(values('powershell.exe -WindowStyle Hidden in the command line')).toContainEqual(['command_line', 'Hidden']);
  });
});

describe('readLiteralValues (a program said as the tool something was done with)', () => {
  it('should read the program and the bare subcommand that ends the phrase as the command line', () => {
    expect(values('was the firewall opened with netsh advfirewall?')).toEqual([['command_line', 'netsh advfirewall']]);
  });

  it('should read the program alone when a function word follows it, or nothing follows', () => {
    expect(values('someone tampering with bcdedit on the servers')).toEqual([['process', 'bcdedit']]);
    expect(values('recon using whoami')).toEqual([['process', 'whoami']]);
  });

  it('should read no program from an ordinary phrase with "with"', () => {
    expect(values('problems with outlook rules this week')).toEqual([]);
  });
});

describe('readLiteralValues: parents, targets and hosts', () => {
  it('reads the program a question asks what it brought up about as the parent', () => {
    const hints = (text: string) => readLiteralValues(text).map((h) => [h.value, h.hint]);
    expect(hints('what did onenote.exe kick off on tuesday')).toEqual([['onenote.exe', 'parent']]);
    expect(hints('which programs have wscript.exe launched lately')).toEqual([['wscript.exe', 'parent']]);
    expect(hints('what did msiexec.exe download overnight')).toEqual([['msiexec.exe', undefined]]);
  });

  it('reads a program that spawns or launches another as the parent, and "the parent of X" as naming the child', () => {
    expect(readLiteralValues('mshta.exe spawning regsvr32.exe last week').map((h) => [h.value, h.hint])).toEqual([
      ['mshta.exe', 'parent'],
      ['regsvr32.exe', undefined],
    ]);
    expect(readLiteralValues('find outlook.exe as the parent of powershell.exe').map((h) => [h.value, h.hint])).toEqual(
      [
        ['outlook.exe', 'parent'],
        ['powershell.exe', undefined],
      ],
    );
    expect(readLiteralValues('mspaint.exe spawned on any server').map((h) => h.hint)).toEqual([undefined]);
    expect(readLiteralValues('calc.exe started yesterday').map((h) => h.hint)).toEqual([undefined]);
    expect(readLiteralValues('onenote.exe -> cscript.exe chains').map((h) => [h.value, h.hint])).toEqual([
      ['onenote.exe', 'parent'],
      ['cscript.exe', undefined],
    ]);
  });

  it('reads no running program in a process a technique acts on ("a memory dump of it")', () => {
    expect(values('procdump.exe runs (the usual lsass dump) on servers')).toEqual([['process', 'procdump.exe']]);
  });

  it('reads a machine-style name after "into" or "other than" as a host', () => {
    expect(values('who logged into APP-DB-07 yesterday')).toEqual([['host', 'APP-DB-07']]);
    expect(values('runs on machines other than BLD-AGENT-4')).toEqual([['host', 'BLD-AGENT-4']]);
  });

  it('reads a machine-style name that ran something, or that opens the question before a colon, as a host', () => {
    expect(values('what did LAB-PC-9 execute this morning')).toEqual([['host', 'LAB-PC-9']]);
    expect(values('KIOSK-44: any logons overnight?')).toEqual([['host', 'KIOSK-44']]);
    expect(values('CHG-4411: logons overnight?')).toEqual([]);
  });

  it('reads a lower-case numbered machine name that opens the question before a colon as a host', () => {
    expect(values('lab-rig-31: programs launched by notepad.exe this morning')).toContainEqual(['host', 'lab-rig-31']);
    expect(values('kiosk-208: any logons overnight?')).toEqual([['host', 'kiosk-208']]);
    expect(values('srv-till-44 - any logons overnight?')).toEqual([['host', 'srv-till-44']]);
    expect(values('sprint-14: logons overnight?')).toEqual([]);
    expect(values('chg-5120: logons overnight?')).toEqual([]);
    expect(values('step-2: logons overnight?')).toEqual([]);
  });
});

describe('readLiteralValues: a verb after "account" is no name', () => {
  it('reads no account named by a verb that another -ing verb follows', () => {
    expect(values('the kiosk account continues failing on DC03')).toEqual([['host', 'DC03']]);
    expect(values('account tmorris keeps getting locked')).toContainEqual(['user', 'tmorris']);
  });
});

describe('readLiteralValues: bare logon names in account questions', () => {
  const users = (text: string) => values(text).filter(([kind]) => kind === 'user');

  it('reads a logon name after "for" or "by" that ends its phrase', () => {
    expect(users('lockout events for hnakamura over the weekend')).toEqual([['user', 'hnakamura']]);
    expect(users('mfa denials by rwalsh7, last 3 days')).toEqual([['user', 'rwalsh7']]);
  });

  it('reads a logon name as the subject of a question or as an owner', () => {
    expect(users('did pjames manage to reset his password on friday?')).toEqual([['user', 'pjames']]);
    expect(users("vdoyle12's sign-ins from abroad")).toEqual([['user', 'vdoyle12']]);
    expect(users('sentinel: hnakamura failed two logins after lunch')).toEqual([['user', 'hnakamura']]);
  });

  it('reads no ordinary word, product, machine or grouping field as a logon name', () => {
    expect(users('failed logins for contractors this week')).toEqual([]);
    expect(users('password sprays against vcenter today')).toEqual([]);
    expect(users('lockouts for dc01 yesterday')).toEqual([]);
    expect(users('failed logons counted by srcaddr today')).toEqual([]);
    expect(users('sign-ins for mysql admins')).toEqual([]);
    expect(users('did anyone reset their password')).toEqual([]);
  });
});

describe('readLiteralValues (names under the reserved test and documentation domains)', () => {
  const domains = (text: string) =>
    readLiteralValues(text)
      .filter((hit) => hit.kind === 'domain')
      .map((hit) => hit.value);

  it.each([
    ['which laptops resolved relay7.example yesterday', 'relay7.example'],
    ['dns queries for cdn-mirror.test from the lab', 'cdn-mirror.test'],
    ['lookups of wiki.branch.corp by kiosks', 'wiki.branch.corp'],
    ['dns traffic to vault.internal', 'vault.internal'],
  ])('reads the domain in "%s"', (text, value) => {
    expect(domains(text)).toEqual([value]);
  });

  it('reads no domain from a dotted file name where nothing is looked up', () => {
    expect(domains('who ran the seed.test script on the build box')).toEqual([]);
  });
});

describe('readLiteralValues (a bare port a connection goes to)', () => {
  it('reads the number after "connecting to", "talks to", "reached out to" as the destination port', () => {
    expect(values('ruby.exe connecting to 11211 since noon')).toContainEqual(['port', '11211']);
    expect(values('which boxes talk to tcp 2049 at night')).toContainEqual(['port', '2049']);
    expect(values('anything that reached out to 7000 or 7001 this morning')).toEqual(
      expect.arrayContaining([
        ['port', '7000'],
        ['port', '7001'],
      ]),
    );
  });

  it('reads no port from an address or a count of things after "to"', () => {
    expect(values('connecting to 192.0.2.9 twice')).not.toContainEqual(expect.arrayContaining(['port']));
    expect(values('hosts connecting to 12 hosts or more')).not.toContainEqual(['port', '12']);
    expect(values('a box connecting to 30 or more peers')).not.toContainEqual(['port', '30']);
  });
});

describe('readLiteralValues: autostart keys, ports with their protocol, machines by their full name', () => {
  it('reads autostart keys named by their names as their path under CurrentVersion', () => {
    expect(values('run keys touched on the kiosks since tuesday')).toEqual([['registry', 'CurrentVersion\\Run']]);
    expect(values('the RunOnce registry key on LAB-PC4').filter(([kind]) => kind === 'registry')).toEqual([
      ['registry', 'CurrentVersion\\RunOnce'],
    ]);
    expect(values('Run/RunOnce entries in the registry, per device')).toEqual([['registry', 'CurrentVersion\\Run']]);
    expect(values('registry persistence (Run/RunServices) on any server')).toEqual([
      ['registry', 'CurrentVersion\\Run'],
    ]);
    expect(values('a fresh RunOnceEx entry in the registry')).toEqual([['registry', 'CurrentVersion\\RunOnceEx']]);
    expect(values('RunServices and RunOnce keys written this week')).toEqual([
      ['registry', 'CurrentVersion\\RunServices'],
      ['registry', 'CurrentVersion\\RunOnce'],
    ]);
  });

  it('reads no autostart key from "run" said of something else', () => {
    expect(values('jobs that run key rotation nightly').filter(([kind]) => kind === 'registry')).toEqual([]);
  });

  it('reads a port written with its protocol after it as the port and the protocol', () => {
    expect(values('denied flows on 5900/tcp this week')).toEqual([
      ['port', '5900'],
      ['text', 'tcp'],
    ]);
    expect(values('who answered 69 / udp yesterday')).toEqual([
      ['port', '69'],
      ['text', 'udp'],
    ]);
  });

  it("reads a dotted name logged on to as a machine's full name, a site's name as a domain", () => {
    expect(values('interactive logons on kiosk12.branch.example.com today')).toContainEqual([
      'host',
      'kiosk12.branch.example.com',
    ]);
    expect(values('who logged on to printsrv.hq.lan last week')).toEqual([['host', 'printsrv.hq.lan']]);
    expect(values('logins to shop.example.net this week')).toEqual([['domain', 'shop.example.net']]);
    expect(values('logins to crm2.example.net this week')).toEqual([['domain', 'crm2.example.net']]);
    expect(values('logins to crm2.branch.lan this week')).toEqual([['host', 'crm2.branch.lan']]);
    expect(values('dns lookups of node7.hq.lan today')).toEqual([['domain', 'node7.hq.lan']]);
    expect(values('rdp connections to gw3.hq.lan today')).toEqual([
      ['port', '3389'],
      ['domain', 'gw3.hq.lan'],
    ]);
  });
});

describe('readLiteralValues (a service named in traffic)', () => {
  const ports = (text: string) =>
    readLiteralValues(text)
      .filter((hit) => hit.kind === 'port')
      .map((hit) => hit.value);

  it("gives a service's default port only when the question gives none", () => {
    expect(ports('dropped imap packets from 192.0.2.14')).toEqual(['143']);
    expect(ports('dropped imap packets from 192.0.2.14 on port 1143')).toEqual(['1143']);
  });
});

describe('namesKnownTool', () => {
  it('reads an admin or remote-access tool named bare or by its program file, and no other name with it', () => {
    expect(namesKnownTool('any Rclone.exe on the nas boxes')).toBe(true);
    expect(namesKnownTool('was psexec64 used on the hr pcs')).toBe(true);
    expect(namesKnownTool('rclone.conf edits this week')).toBe(false);
    expect(namesKnownTool('anydeskish.exe starts')).toBe(false);
  });
});

describe('readLiteralValues (short address ranges and bare service ports in traffic questions)', () => {
  it('reads a range written short as addresses when a noun of addresses follows it', () => {
    expect(values('3389 from non-10.x srcs')).toContainEqual(['cidr', '10.0.0.0/8']);
    expect(values('ssh from 192.168.x hosts')).toContainEqual(['cidr', '192.168.0.0/16']);
  });

  it('keeps a short range with no noun of addresses after it a version, not a range', () => {
    expect(values('hosts still running python 3.x today')).not.toContainEqual(['cidr', '3.0.0.0/8']);
  });

  it("reads a service's well-known port said bare before where the traffic came from", () => {
    expect(values('net traffic dm: 3389 from non-10.x srcs, last 1h')).toContainEqual(['port', '3389']);
    expect(values('firewall: 445 inbound from the internet')).toContainEqual(['port', '445']);
  });

  it('reads no port from a count or a rank, nor from a number that is no service port', () => {
    expect(values('top 25 from the firewall data by src_ip')).not.toContainEqual(['port', '25']);
    expect(values('network traffic: 1234 from 10.0.0.5')).not.toContainEqual(['port', '1234']);
  });
});

describe('readLiteralValues (event ids joined by a plus)', () => {
  it('reads both ids of "4720 + 4732"', () => {
    expect(values('wineventlog 4720 + 4732 last 10h')).toEqual(
      expect.arrayContaining([
        ['event_id', '4720'],
        ['event_id', '4732'],
      ]),
    );
  });

  it('still reads "4625+" as no id (a count of at least)', () => {
    expect(values('hosts with 4625+ failures')).not.toContainEqual(['event_id', '4625']);
  });
});

describe('readLiteralValues (site names under newer generic endings)', () => {
  it('reads a host name ending in .games or .shop as a domain', () => {
    expect(values('5xx on api.ashfall.games last 6h')).toContainEqual(['domain', 'api.ashfall.games']);
    expect(values('404s on checkout.bramble.shop today')).toContainEqual(['domain', 'checkout.bramble.shop']);
  });
});

describe('readLiteralValues: machines listed with a slash', () => {
  it('reads each machine of a list joined by slashes', () => {
    expect(values('not counting the historians PLT-HIST01/PLT-HIST02?')).toEqual([
      ['host', 'PLT-HIST01'],
      ['host', 'PLT-HIST02'],
    ]);
    expect(values('the boxes AB-1/CD-2/EF-3.')).toEqual([
      ['host', 'AB-1'],
      ['host', 'CD-2'],
      ['host', 'EF-3'],
    ]);
  });

  it('reads no machine from the parts of a path', () => {
    expect(values('files under /opt/APP-01/LOG-02 today').filter(([kind]) => kind === 'host')).toEqual([]);
    expect(values('files under C:/TVP-A1/TVP-B2 today').filter(([kind]) => kind === 'host')).toEqual([]);
  });
});

describe('readLiteralValues: the participle that says which account is meant', () => {
  it('reads no name from "the account acted on" or "the user affected"', () => {
    expect(values('with the host, the account acted on and who did it')).toEqual([]);
    expect(values('with the user affected.')).toEqual([]);
    expect(values('logons of user kmarsh on it')).toEqual([['user', 'kmarsh']]);
  });

  it('reads a lower-case name whose last part runs a role into its number as a machine wherever it stands', () => {
    expect(values('how many ssh connections did wu-login01 make yesterday')).toContainEqual(['host', 'wu-login01']);
    expect(values('dns lookups lab-ws12 made today')).toContainEqual(['host', 'lab-ws12']);
    expect(values('hq-fs01 and hq-fs02 were patched')).toEqual([
      ['host', 'hq-fs01'],
      ['host', 'hq-fs02'],
    ]);
  });

  it('reads no machine in a name whose number stands after its own hyphen, nor in an account or an address', () => {
    expect(values('covid-19 themed phishing this week')).toEqual([]);
    expect(values('the top-10 talkers')).toEqual([]);
    expect(values('sign-ins of svc-backup01 today')).not.toContainEqual(['host', 'svc-backup01']);
    expect(values('mail to ops-team01@corp.io')).not.toContainEqual(['host', 'ops-team01']);
  });

  it('reads a program said by name as a process among words of machines, not a kind of process', () => {
    expect(values('any xmrig process on the hpc nodes this week')).toContainEqual(['process', 'xmrig']);
    expect(values('was there a zorblax process on any host')).toContainEqual(['process', 'zorblax']);
    expect(values('any new process on the build servers')).not.toContainEqual(['process', 'new']);
    expect(values('the child processes of that host')).not.toContainEqual(['process', 'child']);
    expect(values('how long the refund process takes')).toEqual([]);
  });

  it('reads each drive letter listed after the word drive as a folder processes ran from', () => {
    expect(values('who ran a program from a USB stick (those show up as drive E: or F:) today')).toEqual([
      ['process', 'E:\\'],
      ['process', 'F:\\'],
    ]);
    expect(values('programs launched from drives D:, E: or F:')).toEqual([
      ['process', 'D:\\'],
      ['process', 'E:\\'],
      ['process', 'F:\\'],
    ]);
    expect(values('disk C: is full')).toEqual([]);
  });

  it('reads no value from the quoted title of an alert said to have fired, and still reads what follows it', () => {
    expect(values("alert fired: 'Suspicious PowerShell download cradle' on BWL-DISP-07. pull the cmdlines")).toEqual([
      ['host', 'BWL-DISP-07'],
    ]);
    expect(values('an incident was raised - "Mass download by a single user" for kim@corp.io')).not.toContainEqual([
      'text',
      'Mass download by a single user',
    ]);
    expect(values("how many alerts named 'Impossible travel' this week")).toContainEqual(['text', 'Impossible travel']);
  });
});

import { readNameAffixes, withNamePlaceholders } from './name-affixes';
import { SpanSet } from './value-hit';

const read = (text: string) =>
  readNameAffixes(text, new SpanSet()).map((h) => [h.kind, h.value, h.operator, text.slice(h.start, h.end)]);

describe('readNameAffixes', () => {
  it('reads a machine-style name start after a bare "from" or "to", no noun said, as a part of a host name', () => {
    expect(read('inbound on port 7777 from RL-GS-* last 24h')).toEqual([['host', 'RL-GS-', 'contains', 'RL-GS-*']]);
    expect(read('smb traffic to the FS-EU2-* boxes? no, just to FS-EU2-*')).toContainEqual([
      'host',
      'FS-EU2-',
      'contains',
      'FS-EU2-*',
    ]);
    // Lower case, or no hyphen: not said the way machines are named, so no kind is guessed.
    expect(read('mail from svc_* today')).toEqual([]);
    expect(read('calls from ADMIN* this week')).toEqual([]);
  });

  it('reads a wildcard name whose noun comes after it, or that names kiosks and terminals, as a part of a host name', () => {
    expect(read('new services on any ORD-DB-* server since monday')).toEqual([
      ['host', 'ORD-DB-', 'contains', 'ORD-DB-*'],
    ]);
    expect(read('logons at the lobby kiosks LOBBY-K* today')).toEqual([['host', 'LOBBY-K', 'contains', 'LOBBY-K*']]);
    expect(read('the PAY-T-* terminals rebooted')).toEqual([['host', 'PAY-T-', 'contains', 'PAY-T-*']]);
    expect(read('a 20%* discount code')).toEqual([]);
  });

  it('reads a wildcard name said where events happened, with no noun of its own, as a part of a host name', () => {
    expect(read('4688 on LAB-PC-* since friday')).toEqual([['host', 'LAB-PC-', 'contains', 'LAB-PC-*']]);
    expect(read('new processes against any ord-db* yesterday')).toEqual([['host', 'ord-db', 'contains', 'ord-db*']]);
    expect(read('accounts like svc_* on the file servers')).toEqual([['user', 'svc_', 'contains', 'svc_*']]);
  });

  it('reads a wildcard name whose noun comes a word or two after it ("the QA-* test rig servers")', () => {
    expect(read('schtasks run on the QA-* test rig servers this month')).toEqual([['host', 'QA-', 'contains', 'QA-*']]);
    expect(read('any MKT-* marketing laptops with curl')).toEqual([['host', 'MKT-', 'contains', 'MKT-*']]);
    expect(read('the string ZZ-* in the hosts table')).toEqual([]);
  });

  it("reads an organisation's domain said of its people as the end of their addresses", () => {
    expect(read('lockouts for staff at hollin-grange.org.uk.')).toEqual([
      ['user', '@hollin-grange.org.uk', 'contains', 'staff at hollin-grange.org.uk'],
    ]);
    expect(read('mfa prompts for accounts in brookvale.net')).toEqual([
      ['user', '@brookvale.net', 'contains', 'accounts in brookvale.net'],
    ]);
    expect(read('which apps do ostmark.de employees use')).toEqual([
      ['user', '@ostmark.de', 'contains', 'ostmark.de employees'],
    ]);
    expect(read('users who visited pastebin.com')).toEqual([]);
  });

  it('reads a wildcard name in brackets after a plural noun of any fleet as a part of a host name', () => {
    expect(read('which boiler controllers (BLR-*) reached the internet today')).toEqual([
      ['host', 'BLR-', 'contains', 'BLR-*'],
    ]);
    expect(read('did the weighbridge sensors (WB*) run cmd.exe')).toEqual([['host', 'WB', 'contains', 'WB*']]);
    expect(read('the service accounts (sa_*) that logged on')).toEqual([['user', 'sa_', 'contains', 'sa_*']]);
    expect(read('the security groups (SG-*) changed this week')).toEqual([]);
  });

  it('reads a wildcard name in brackets after machines called by their role as a part of a host name', () => {
    expect(read('git.exe on the release runners (REL-RN-*) since monday')).toEqual([
      ['host', 'REL-RN-', 'contains', 'REL-RN-*'],
    ]);
    expect(read('logons on our dcs (HQDC*) overnight')).toEqual([['host', 'HQDC', 'contains', 'HQDC*']]);
  });

  it('reads a fixed start with a placeholder for the rest as a part, of the kind its noun names or a host', () => {
    expect(read('reboots of the till PCs today - every one is called TILL-nn')).toEqual([
      ['host', 'TILL-', 'contains', 'TILL-'],
    ]);
    expect(read('lockouts for the contractor accounts, named ext_something')).toEqual([
      ['user', 'ext_', 'contains', 'ext_'],
    ]);
    expect(read('crashes on the scanners (labelled SCN-xxx) this week')).toEqual([
      ['host', 'SCN-', 'contains', 'SCN-'],
    ]);
    expect(read('a file named report-final.docx')).toEqual([]);
  });

  it('reads a name part after "any", "every" or "all" before a machine noun as a part of a host name, no compound adjective', () => {
    expect(read('any build-agent box that ran curl')).toEqual([['host', 'build-agent', 'contains', 'build-agent']]);
    expect(read('patches on all the db_replica servers')).toEqual([['host', 'db_replica', 'contains', 'db_replica']]);
    expect(read('any internet-facing server with port 22 open')).toEqual([]);
    expect(read('every domain-joined laptop')).toEqual([]);
  });

  it('reads addresses said by their mail provider or domain as a part "@domain" of a user value', () => {
    expect(read('partners who signed up with a yahoo address')).toEqual([
      ['user', '@yahoo.com', 'contains', 'yahoo address'],
    ]);
    expect(read('count the icloud users per plan')).toEqual([['user', '@icloud.com', 'contains', 'icloud users']]);
    expect(read('vendors with emails at Widgets.co.uk')).toEqual([
      ['user', '@widgets.co.uk', 'contains', 'emails at Widgets.co.uk'],
    ]);
    expect(read('members whose mail domain is zeta.dev')).toEqual([
      ['user', '@zeta.dev', 'contains', 'mail domain is zeta.dev'],
    ]);
    expect(read('@lumen.io accounts created last week')).toEqual([['user', '@lumen.io', 'contains', '@lumen.io']]);
    expect(read('intern accts (@interns.orbit.dev) logging in from abroad')).toEqual([
      ['user', '@interns.orbit.dev', 'contains', '@interns.orbit.dev'],
    ]);
    expect(read('sign-ins by people in the @partners.kelp.io domain')).toEqual([
      ['user', '@partners.kelp.io', 'contains', '@partners.kelp.io'],
    ]);
    expect(read('what did mo@kelp.io do')).toEqual([]);
    expect(read('messages from outlook to the finance team')).toEqual([]);
    expect(read('ip addresses in 10.0.0.0/8')).toEqual([]);
  });

  it("reads no name from a drive's letter after a noun of starting ('process starts in E:\\Stage')", () => {
    expect(read('process starts in E:\\Stage\\Bin this week')).toEqual([]);
  });

  it('reads a name said by how it begins, of the kind its noun names', () => {
    expect(read('logons by accounts that start with svc- this week')).toEqual([
      ['user', 'svc-', 'contains', 'start with svc-'],
    ]);
    expect(read('servers whose name begins with "DC" and their reboots')).toEqual([
      ['host', 'DC', 'contains', 'begins with "DC'],
    ]);
  });

  it('reads a name written with a wildcard as a part of the kind the noun before it names', () => {
    expect(read('lockouts of the robot accounts (bot_*) since 9am')).toEqual([['user', 'bot_', 'contains', 'bot_*']]);
    expect(read('reboots of servers *-SQL this month')).toEqual([['host', '-SQL', 'contains', '*-SQL']]);
    expect(read('fields Endpoint.* and names like *.contoso.net for users')).toEqual([]);
    expect(read('a count of tmp_* per day')).toEqual([]);
  });

  it('reads the start of an operation name with a wildcard before the noun of calls as an action it begins', () => {
    expect(read('audit: Revoke* calls by the deploy role')).toEqual([['action', 'Revoke', 'contains', 'Revoke*']]);
    expect(read('any AttachRole* api calls since noon')).toEqual([['action', 'AttachRole', 'contains', 'AttachRole*']]);
    expect(read('Modify* operations per region')).toEqual([['action', 'Modify', 'contains', 'Modify*']]);
    expect(read('the LAB-* events overnight')).toEqual([]);
  });

  it('reads a wildcard name said as where things happened as a host name, whatever happened before it', () => {
    expect(read('image loads on QA-LT-* overnight')).toEqual([['host', 'QA-LT-', 'contains', 'QA-LT-*']]);
    expect(read('bad passwords against ora-node* since noon')).toEqual([['host', 'ora-node', 'contains', 'ora-node*']]);
    expect(read('process starts across the KBX* fleet')).toEqual([['host', 'KBX', 'contains', 'KBX*']]);
    expect(read('lockouts on the svc_* accounts')).toEqual([['user', 'svc_', 'contains', 'svc_*']]);
    expect(read('rejected sign-ins to app-node* since noon')).toEqual([['host', 'app-node', 'contains', 'app-node*']]);
    expect(read('beaconing from QA-LT* overnight')).toEqual([['host', 'QA-LT', 'contains', 'QA-LT*']]);
  });

  it('reads a part shaped as a name after the words of its place without "with", and no ordinary word', () => {
    expect(read('reboots of servers beginning ORB- this week')).toEqual([
      ['host', 'ORB-', 'contains', 'beginning ORB-'],
    ]);
    expect(read('accounts prefixed adm_ created today')).toEqual([['user', 'adm_', 'contains', 'prefixed adm_']]);
    expect(read('users starting Monday')).toEqual([]);
    expect(read('hosts ending today')).toEqual([]);
  });

  it('reads a name said by how it ends, without the full stop after it', () => {
    expect(read('show me the files ending with _old.')).toEqual([['file', '_old', 'contains', 'ending with _old']]);
    expect(read('accounts whose UPN ends with @partner.example')).toEqual([
      ['user', '@partner.example', 'contains', '@partner.example'],
    ]);
    expect(read('processes suffixed by 64 on the jump box')).toEqual([['process', '64', 'contains', 'suffixed by 64']]);
  });

  it('should take the words a bracket describes, so they are read as no second value', () => {
    const taken = new SpanSet();
    const text = 'logins of the breakglass identities (upn beginning with bg_) yesterday';
    expect(readNameAffixes(text, taken).map((h) => h.value)).toEqual(['bg_']);
    expect(taken.overlaps(text.indexOf('breakglass'), text.indexOf('breakglass') + 10)).toBe(true);
  });

  it('reads a name said by how it begins in words after the noun of its kind ("the kiosks (names begin with …)")', () => {
    expect(read('printer errors on the lobby desktops (names begin with LOB-DT-) today')).toEqual([
      ['host', 'LOB-DT-', 'contains', 'begin with LOB-DT-'],
    ]);
    expect(read('the contractors accounts, name starting with ext_, per day')).toEqual([
      ['user', 'ext_', 'contains', 'starting with ext_'],
    ]);
    expect(read('the first names starting with Jo')).toEqual([]);
  });

  it('reads the names of a fleet said by a plural noun before the bracket the names are in as machines', () => {
    expect(read('which of our kitchen tablets (names starting KIT-) connected to anything')).toEqual([
      ['host', 'KIT-', 'contains', 'starting KIT-'],
    ]);
    expect(read('did any of the warehouse scanners (names beginning WH-SCN) run powershell')).toEqual([
      ['host', 'WH-SCN', 'contains', 'beginning WH-SCN'],
    ]);
    expect(read('sign-ins to the app roles (names starting with Ops) this week')).toEqual([]);
  });

  it('reads a first part left hanging on its joiner before the noun of its kind ("any ops- server")', () => {
    expect(read('reboots of any ORB- machine this week')).toEqual([['host', 'ORB-', 'contains', 'ORB-']]);
    expect(read('which adm_ users reset a password')).toEqual([['user', 'adm_', 'contains', 'adm_']]);
    expect(read('a pre- or post- login check')).toEqual([]);
    expect(read('e- mail')).toEqual([]);
    expect(read('the non- admin accounts')).toEqual([]);
    expect(read('logons to the ops- servers')).toEqual([['host', 'ops-', 'contains', 'ops-']]);
  });

  it('should read nothing where no noun of a name comes before the words', () => {
    expect(read('the jobs that started with errors')).toEqual([]);
    expect(read('a week starting with Monday')).toEqual([]);
    expect(read('users starting with a digit')).toEqual([]);
  });
});

describe('withNamePlaceholders', () => {
  it('writes the start a fleet of machines shares, said before their plural, with a wildcard', () => {
    expect(withNamePlaceholders('which KAC-MX laptops made ftp conns')).toBe('which KAC-MX* laptops made ftp conns');
    expect(withNamePlaceholders('logons on the FIN-WS workstations')).toBe('logons on the FIN-WS* workstations');
    // A whole machine's name (a digit at its end), a standard's name, or no machines after: as written.
    expect(withNamePlaceholders('logons on WEB-01 servers')).toBe('logons on WEB-01 servers');
    expect(withNamePlaceholders('CVE-XSS servers')).toBe('CVE-XSS servers');
    expect(withNamePlaceholders('the KAC-MX fleet')).toBe('the KAC-MX fleet');
  });

  it('reads a short code in capitals said before a fleet of machines as the start their names share', () => {
    expect(withNamePlaceholders('parent procs launching powershell.exe on NJC hosts, past 24h')).toBe(
      'parent procs launching powershell.exe on NJC* hosts, past 24h',
    );
    expect(withNamePlaceholders('rdp logons to the FIN servers last week')).toBe(
      'rdp logons to the FIN* servers last week',
    );
    expect(withNamePlaceholders('logons across all LDN2 workstations')).toBe('logons across all LDN2* workstations');
    // A technology's, a role's or an environment's initials say what the machines do, not how they are named.
    expect(withNamePlaceholders('failed logons on the SQL servers')).toBe('failed logons on the SQL servers');
    expect(withNamePlaceholders('new services on DC hosts')).toBe('new services on DC hosts');
    expect(withNamePlaceholders('reboots of PROD boxes')).toBe('reboots of PROD boxes');
    // Not said as where things happen, or a whole question in capitals: no code.
    expect(withNamePlaceholders('which NJC hosts rebooted')).toBe('which NJC hosts rebooted');
    expect(withNamePlaceholders('LOGONS ON NJC HOSTS')).toBe('LOGONS ON NJC HOSTS');
  });
});

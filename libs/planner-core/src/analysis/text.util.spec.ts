import {
  splitWords,
  stemWord,
  withoutClientQualifiers,
  withoutHostNames,
  withoutLogNounIn,
  withoutWorkplaces,
} from './text.util';

describe('splitWords', () => {
  it('reads a lone s after a run of capitals as its plural mark, not a word: the run stands alone', () => {
    const words = ['DLLs', 'URLs loaded', 'BlockedIPsToday'].map(splitWords);

    expect(words).toEqual([['dll'], ['url', 'loaded'], ['blocked', 'ip', 'today']]);
  });

  it('still starts a word at the last capital of a run before a longer small-letter word', () => {
    const words = ['AADSignIn', 'SSLStrip', 'HTTPServer'].map(splitWords);

    expect(words).toEqual([
      ['aad', 'sign', 'in'],
      ['ssl', 'strip'],
      ['http', 'server'],
    ]);
  });
});

describe('stemWord', () => {
  it('keeps the name of the Windows operating system apart from the ordinary word "window"', () => {
    expect(stemWord('windows')).not.toBe(stemWord('window'));
    expect(stemWord('windows')).toBe(stemWord('Windows'.toLowerCase()));
  });
});

describe('withoutLogNounIn', () => {
  it('blanks the "in" after a log said as a noun and before where it is kept', () => {
    expect(splitWords(withoutLogNounIn('grants in the Entra ID audit log in Sentinel'))).toEqual([
      'grants',
      'in',
      'the',
      'entra',
      'id',
      'audit',
      'log',
      'sentinel',
    ]);
    // Signing in stays: "did she log in", "users who log in the morning".
    expect(withoutLogNounIn('when did she last log in?')).toBe('when did she last log in?');
    expect(withoutLogNounIn('users who log in the morning')).toBe('users who log in the morning');
  });
});

describe('withoutHostNames', () => {
  it("blanks a machine's name written in capitals and digits joined by hyphens", () => {
    expect(splitWords(withoutHostNames('logons on SQL-REPORT-02 and WEB-DMZ-3 last night'))).toEqual([
      'logons',
      'on',
      'and',
      'last',
      'night',
    ]);
  });

  it('blanks a name in lower case said right after a word for a machine', () => {
    expect(splitWords(withoutHostNames('patch status of server app-node-4 and mail box relay-9'))).toEqual([
      'patch',
      'status',
      'of',
      'server',
      'and',
      'mail',
      'box',
    ]);
  });

  it("blanks the start of machines' names written with a wildcard, with or without a digit", () => {
    expect(splitWords(withoutHostNames('connections from SRV-DB* and RL-GS-* on port 1433'))).toEqual([
      'connections',
      'from',
      'and',
      'on',
      'port',
      '1433',
    ]);
    expect(splitWords(withoutHostNames('patch status of the SQL-PROD servers'))).toEqual([
      'patch',
      'status',
      'of',
      'the',
      'servers',
    ]);
    // Without a hyphen, or a standard's name: left as written.
    expect(withoutHostNames('WEB* pages and CVE-2024-* fixes')).toBe('WEB* pages and CVE-2024-* fixes');
  });

  it('blanks a resource group named by its usual prefix or suffix', () => {
    expect(splitWords(withoutHostNames('who stopped vms in rg-web-test and payroll-sql-rg'))).toEqual([
      'who',
      'stopped',
      'vms',
      'in',
      'and',
    ]);
  });

  it('keeps standards and words without a digit', () => {
    const text = 'CVE-2023-4966 and SHA-256 on the AD-FS farm, utf-8 and sha-1 too';
    expect(withoutHostNames(text)).toBe(text);
  });

  it("blanks a machine's name written in lower case, hyphenated parts ending in a number", () => {
    expect(splitWords(withoutHostNames('sessions from mail-gw-2 to web-07 overnight'))).toEqual([
      'sessions',
      'from',
      'to',
      'overnight',
    ]);
  });
});

describe('withoutClientQualifiers', () => {
  it('blanks "authenticated" as the first word of a mail client, and keeps it elsewhere', () => {
    expect(splitWords(withoutClientQualifiers('kiosks on Authenticated SMTP, authenticated users'))).toEqual([
      'kiosks',
      'on',
      'smtp',
      'authenticated',
      'users',
    ]);
  });
});

describe('withoutWorkplaces', () => {
  const words = (text: string) => splitWords(withoutWorkplaces(text));

  it('blanks "office" said as a place people work in', () => {
    expect(words('portal logons at my office')).toEqual(['portal', 'logons', 'at', 'my']);
    expect(words('Branch office subnet 192.0.2.0/24')).toEqual(['branch', 'subnet', '192', '0', '2', '0', '24']);
    expect(words('tenant logins over the office wi-fi')).toEqual(['tenant', 'logins', 'over', 'the']);
  });

  it('keeps "office" said as the suite', () => {
    expect(words('downloads in the office apps')).toContain('office');
    expect(words('their Office 365 mailboxes')).toContain('office');
    expect(words('changes seen by the Office today')).toContain('office');
    expect(words('office suite audit for mallory')).toContain('office');
  });

  it('blanks "office" said as a kind of office or as a unit of the business, whatever its case', () => {
    expect(words('Ticket Office dept: idle kiosk users')).toEqual(['ticket', 'dept', 'idle', 'kiosk', 'users']);
    expect(words('front-office clerks and the office staff')).toEqual(['front', 'clerks', 'and', 'the', 'staff']);
  });
});

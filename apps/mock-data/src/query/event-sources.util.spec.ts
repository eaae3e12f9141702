import type { ConstraintFilter } from './constraints';
import {
  accountEventUser,
  namesItsColumn,
  retargetSources,
  scopedToSource,
  sysmonEventsFor,
  windowsLogOfEvents,
  windowsLogOfSource,
} from './event-sources.util';

describe('sysmonEventsFor', () => {
  it('names the Sysmon event of the activity, most specific first', () => {
    expect(sysmonEventsFor('hosts that resolved evil.com via DNS')).toEqual(['22']);
    expect(sysmonEventsFor('file creations under the temp folder')).toEqual(['11']);
    expect(sysmonEventsFor('file writes by rundll32')).toEqual(['11']);
    expect(sysmonEventsFor('network connections to port 3389')).toEqual(['3']);
    expect(sysmonEventsFor('process creation with winword.exe as parent')).toEqual(['1']);
    expect(sysmonEventsFor('registry run keys changed')).toEqual(['12', '13', '14']);
    expect(sysmonEventsFor('which sites did the kiosk query since noon')).toEqual(['22']);
    expect(sysmonEventsFor('top hostnames LAB-9 looked up')).toEqual(['22']);
    expect(sysmonEventsFor('which kiosks looked up promo-gift.example')).toEqual(['22']);
    expect(sysmonEventsFor('lookups of promo-gift.example since noon')).toEqual(['22']);
    expect(sysmonEventsFor('lsass.exe was accessed by an unsigned tool')).toEqual(['10']);
    expect(sysmonEventsFor('documents removed under E:\\Payroll overnight')).toEqual(['23', '26']);
    expect(sysmonEventsFor('who deleted over 90 of the files on BLD-4')).toEqual(['23', '26']);
  });

  it('should name nothing for a question without a known activity', () => {
    expect(sysmonEventsFor('everything on WS-042')).toEqual([]);
  });
});

describe('namesItsColumn', () => {
  const text = (expression: string, value: string) => ({
    kind: 'text' as const,
    operator: 'eq' as const,
    values: [value],
    field: null,
    currency: null,
    expression,
  });

  it('should be true for a value said with a name and false for a bare value or another kind', () => {
    expect(namesItsColumn(text('logon type 10', '10'))).toBe(true);
    expect(namesItsColumn(text('0x17', '0x17'))).toBe(false);
    expect(namesItsColumn({ ...text('port 22', '22'), kind: 'port' })).toBe(false);
    expect(namesItsColumn(text('backup  operators', 'Backup Operators'))).toBe(false);
  });

  it('should read a value said in another case than it is written as the value alone', () => {
    expect(namesItsColumn(text('print operators', 'Print Operators'))).toBe(false);
  });

  it('should read a value whose words are the words said written out in full as the value alone', () => {
    expect(namesItsColumn(text('global admins', 'Global Administrator'))).toBe(false);
    expect(namesItsColumn(text('Security Readers', 'Security Reader'))).toBe(false);
    expect(namesItsColumn(text('event type 10', 'event 10'))).toBe(true);
  });
});

describe('scopedToSource', () => {
  const events = (values: string[]) => ({ kind: 'event_id', values });

  it('applies an event id of the other family as the same activity in this one, with a note', () => {
    const notes: string[] = [];

    expect(scopedToSource('sysmon', events(['4688']), notes)).toEqual(events(['1']));
    expect(notes).toEqual(['event id 4688 is recorded as event 1 in sysmon; applied as 1']);
  });

  it('should drop an id with no equivalent, and keep the ids of its own family', () => {
    const notes: string[] = [];

    expect(scopedToSource('sysmon', events(['4625']), notes)).toBeNull();
    expect(scopedToSource('wineventlog', events(['4624', '22']), notes)).toEqual(events(['4624']));
  });
});

describe('accountEventUser', () => {
  const filter = (kind: string, values: string[], operator = 'eq'): ConstraintFilter =>
    ({ kind, operator, values, field: null, currency: null, expression: values.join(' ') }) as ConstraintFilter;

  it("matches an account named by its email by its logon name too, in a domain's account events", () => {
    const user = filter('user', ['r.patel@example.net']);
    expect(accountEventUser(user, [user, filter('event_id', ['4767'])], 'wineventlog', ['user'])).toMatchObject({
      operator: 'in',
      values: ['r.patel@example.net', 'r.patel'],
    });
  });

  it('should leave an excluded account, a logon name said already and other events as they are', () => {
    const unlock = filter('event_id', ['4767']);
    const excluded = filter('user', ['r.patel@example.net'], 'neq');
    expect(accountEventUser(excluded, [excluded, unlock], 'wineventlog', ['user'])).toBe(excluded);
    const both = filter('user', ['rpatel', 'r.patel@example.net', 'R.Patel'], 'in');
    expect(accountEventUser(both, [both, unlock], 'wineventlog', ['user'])).toBe(both);
    const user = filter('user', ['r.patel@example.net']);
    expect(accountEventUser(user, [user, filter('event_id', ['1'])], 'sysmon', ['User'])).toBe(user);
  });
});

describe('retargetSources', () => {
  const ipFilter: ConstraintFilter = {
    kind: 'ip',
    operator: 'eq',
    values: ['192.0.2.61'],
    field: null,
    currency: null,
    expression: '192.0.2.61',
  };
  const catalog = { Processes: ['Image', 'CommandLine'], Logins: ['UserName', 'ClientIp'] };

  it('reads a source that holds the address when the chosen one has no address column, and says so', () => {
    const notes: string[] = [];
    expect(retargetSources(['Processes'], catalog, [ipFilter], notes)).toEqual(['Logins']);
    expect(notes.join(' ')).toContain('cannot hold the ip');
  });

  it('keeps the chosen source when it holds the address', () => {
    expect(retargetSources(['Logins'], catalog, [ipFilter], [])).toEqual(['Logins']);
  });

  it('reads a source of web requests for a web path asked for', () => {
    const pathFilter: ConstraintFilter = { ...ipFilter, kind: 'url', operator: 'contains', values: ['/api/cart'] };
    const web = { ...catalog, Proxy: ['url', 'src', 'http_method'] };
    expect(retargetSources(['Logins'], web, [pathFilter], [])).toEqual(['Proxy']);
  });
});

describe('retargetSources by the column the planner mapped a value to', () => {
  it('reads the source that has the mapped column when two hold the filters alike', () => {
    const child: ConstraintFilter = {
      kind: 'process',
      operator: 'contains',
      values: ['wscript'],
      field: 'ImageName',
      currency: null,
      expression: 'wscript',
    };
    const parent: ConstraintFilter = { ...child, values: ['excel'], field: 'ParentImageName', expression: 'excel' };
    const catalog = {
      Mail: ['Subject', 'Sender'],
      WinAudit: ['Process', 'Account'],
      EdrProcesses: ['ImageName', 'ParentImageName', 'Account'],
    };
    expect(retargetSources(['Mail'], catalog, [child, parent], [])).toEqual(['EdrProcesses']);
  });
});

describe('retargetSources between equally fitting sources', () => {
  const portFilter: ConstraintFilter = {
    kind: 'port',
    operator: 'eq',
    values: ['8443'],
    field: null,
    currency: null,
    expression: '8443',
  };
  const catalog = {
    AuditTrail: ['Actor', 'LocalPort'],
    HostFileEvents: ['FileName', 'FolderPath'],
    HostSocketEvents: ['RemoteIP', 'LocalPort'],
    HostLogonEvents: ['AccountName', 'LogonType'],
  };

  it('prefers the one of the same name family as the chosen source', () => {
    expect(retargetSources(['HostLogonEvents'], catalog, [portFilter], [])).toEqual(['HostSocketEvents']);
  });

  it('keeps the catalog order when no fitting source shares the family', () => {
    expect(retargetSources(['Logons'], catalog, [portFilter], [])).toEqual(['AuditTrail']);
  });
});

describe('windowsLogOfEvents / windowsLogOfSource', () => {
  it('names the one log that records every id, and none for ids of several logs or unknown ids', () => {
    expect(windowsLogOfEvents(['7040', '6013'])).toBe('System');
    expect(windowsLogOfEvents(['4771', '1102'])).toBe('Security');
    expect(windowsLogOfEvents(['4105'])).toBe('Microsoft-Windows-PowerShell/Operational');
    expect(windowsLogOfEvents(['4771', '7040'])).toBeNull();
    expect(windowsLogOfEvents(['9999'])).toBeNull();
  });

  it('reads the log a sourcetype names, and none for a sourcetype of every log or a non-Windows one', () => {
    expect(windowsLogOfSource('WinEventLog:System')).toBe('System');
    expect(windowsLogOfSource('XmlWinEventLog')).toBeNull();
    expect(windowsLogOfSource('XmlWinEventLog:Microsoft-Windows-Sysmon/Operational')).toBeNull();
    expect(windowsLogOfSource('aws:cloudtrail')).toBeNull();
  });
});

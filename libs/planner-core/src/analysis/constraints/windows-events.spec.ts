import type { TableColumns } from './column-mapper';
import { SpanSet } from './value-hit';
import { readWindowsEvents, saysWindowsActivity } from './windows-events';

const security: TableColumns = { table: 'SecurityEvent', columns: ['EventID', 'Computer', 'Account'] };
const users: TableColumns = { table: 'users', columns: ['user_id', 'email', 'created_at'] };

function ids(text: string, tables: readonly TableColumns[] = [security]): string[] {
  return readWindowsEvents(text, tables, new SpanSet()).map((hit) => hit.value);
}

describe('readWindowsEvents', () => {
  it('reads Windows-only activities said in words as their event ids, over the words that name them', () => {
    expect(readWindowsEvents('how many lock-outs on the file server', [security], new SpanSet())).toEqual([
      { kind: 'event_id', value: '4740', start: 9, end: 18 },
    ]);
    expect(ids('TGS requests for svc_sql since noon')).toEqual(['4769']);
    expect(ids('hosts where the audit log was wiped')).toEqual(['1102']);
    expect(ids('a new service on the jump box')).toEqual(['4697', '7045']);
    expect(ids('new service principals registered since june')).toEqual([]);
  });

  it("reads a machine turned off or round as the Security log's start-up and shut-down events", () => {
    expect(ids('reboot history of the badge printer pc')).toEqual(['4608', '4609', '1100']);
    expect(ids('did kiosk-9 power off overnight')).toEqual(['4609', '1100']);
    expect(ids('when the lab box booted up')).toEqual(['4608']);
  });

  it('reads machine events over a source named as the Windows event log, or any log of machines', () => {
    const sourcetype: TableColumns = { table: 'XmlWinEventLog:Security', columns: [] };
    expect(ids('which kiosks rebooted overnight', [sourcetype])).toEqual(['4608', '4609', '1100']);
    const processes: TableColumns = {
      table: 'Endpoint.Processes',
      columns: ['Processes.process_name', 'Processes.dest'],
    };
    expect(ids('which kiosks rebooted overnight', [processes])).toEqual(['4608', '4609', '1100']);
    expect(ids('lockouts on the kiosks', [processes])).toEqual([]);
  });

  it('reads no machine events for a service, a container or a cloud machine restarted', () => {
    expect(ids('the print spooler service restarted twice')).toEqual([]);
    expect(ids('restart of the backup agent on the file server')).toEqual([]);
    expect(ids('who restarted the build vms on tuesday')).toEqual([]);
  });

  it("reads a member added to the domain's built-in admin groups as a group member added, leaving the group's name", () => {
    expect(ids('did the intern put herself into enterprise admins on friday')).toEqual(['4728', '4732', '4756']);
    const [hit] = readWindowsEvents('new members of Schema Admins', [security], new SpanSet());
    expect(hit).toMatchObject({ start: 0, end: 'new members of'.length });
    expect(ids('members of the sales team added to a channel')).toEqual([]);
  });

  it('reads activities a cloud directory has too only when the question speaks of Windows or the domain', () => {
    expect(ids('accounts created in Active Directory overnight', [])).toEqual(['4720']);
    expect(ids('accounts created overnight')).toEqual([]);
  });

  it('should read nothing about a cloud directory or service, or over tables without event ids', () => {
    expect(ids('Entra sign-ins that ended in a lockout')).toEqual([]);
    expect(ids('lockouts per department', [users])).toEqual([]);
  });

  it('reads them with no table chosen, and leaves spans another reader took', () => {
    expect(ids('explicit credentials used by admins', [])).toEqual(['4648']);
    const taken = new SpanSet();
    taken.add(0, 8);
    expect(readWindowsEvents('lockouts today', [security], taken)).toEqual([]);
  });
});

describe('readWindowsEvents for the built-in admin groups', () => {
  it('reads members added to the local Administrators group as 4732, with no other Windows word said', () => {
    expect(ids('any new local administrators since friday', [])).toEqual(['4732']);
    expect(ids('was anyone added as a local admin on the kiosks')).toEqual(['4732']);
  });

  it('reads members added to a domain-wide admin group as the group-membership events', () => {
    expect(ids('people added to enterprise admins in the domain')).toEqual(['4728', '4732', '4756']);
  });
});

describe('readWindowsEvents when the question writes its event ids out', () => {
  it('adds no ids for the activity words: the ids written are the ones meant', () => {
    const tables: TableColumns[] = [{ table: 'SecurityEvent', columns: ['TimeGenerated', 'EventID', 'Computer'] }];
    expect(readWindowsEvents('services installed on the kiosks, event 4697 only', tables, new SpanSet(), true)).toEqual(
      [],
    );
    expect(
      readWindowsEvents('services installed on the kiosks', tables, new SpanSet(), false).map((hit) => hit.value),
    ).toEqual(['4697', '7045']);
  });
});

describe('readWindowsEvents: logons said by their type', () => {
  it('reads a logon of a type as the successful logon event, unless failures are asked for', () => {
    expect(ids('interactive logons on the kiosk PCs this week')).toEqual(['4624']);
    expect(ids('logons of type 9 by the print service')).toEqual(['4624']);
    expect(ids('failed network logons from the scanner subnet')).toEqual([]);
  });
});

describe('saysWindowsActivity', () => {
  it('reads an activity only Windows logs, said in words, as Windows telemetry', () => {
    expect(saysWindowsActivity('any kerberoasting against the backup accounts?')).toBe(true);
    expect(saysWindowsActivity('unexpected shutdowns of the lobby kiosk')).toBe(true);
    expect(saysWindowsActivity('how often did the payroll box restart')).toBe(true);
  });

  it('reads none in a cloud, for a cloud machine, a service or an app', () => {
    expect(saysWindowsActivity('okta lockouts this week')).toBe(false);
    expect(saysWindowsActivity('who rebooted the build vms')).toBe(false);
    expect(saysWindowsActivity('the dhcp service restarted')).toBe(false);
    expect(saysWindowsActivity('app restarts per release')).toBe(false);
  });
});

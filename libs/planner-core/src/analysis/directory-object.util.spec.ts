import { fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import {
  directoryNamedEntry,
  namesDirectoryByFormerName,
  saysAccountLifecycle,
  saysDirectoryObjectChange,
  saysMembershipChange,
  directoryRoleName,
} from './directory-object.util';
import { analyzeHeuristically } from './heuristic-analyzer';

describe('saysMembershipChange', () => {
  it('reads someone put in or taken out of a role or group, said as an event', () => {
    expect(saysMembershipChange('who was added to the payroll approvers group on Friday')).toBe(true);
    expect(saysMembershipChange('operators that got assigned the Teams Service Administrator role')).toBe(true);
    expect(saysMembershipChange('accounts removed from a highly privileged role overnight')).toBe(true);
  });

  it('reads a directory role named by its title, with no "role" after it, as what a change gave or took', () => {
    expect(saysMembershipChange('who added ppl to Global Administrator in entra today')).toBe(true);
    expect(saysMembershipChange('who was made global admin this week')).toBe(true);
    expect(saysMembershipChange('someone assigned Privileged Role Administrator to a guest')).toBe(true);
  });

  it('reads administrator rights given to someone as a role they were put in', () => {
    expect(saysMembershipChange('which accounts were given administrator rights last fortnight')).toBe(true);
    expect(saysMembershipChange('who granted the new contractor admin privileges')).toBe(true);
    expect(saysMembershipChange('users who lost admin rights')).toBe(false);
  });

  it('does not read a directory role named beside no change', () => {
    expect(saysMembershipChange('sign-ins by global admins from new countries')).toBe(false);
    expect(saysMembershipChange('added a note for the security administrator of the branch')).toBe(false);
  });

  it('does not read the role someone holds now, or a group changed in other ways', () => {
    expect(saysMembershipChange('users whose role is reviewer in the Legal department')).toBe(false);
    expect(saysMembershipChange('staff assigned role viewer')).toBe(false);
    expect(saysMembershipChange('product groups added this year by revenue')).toBe(false);
  });
});

describe('saysDirectoryObjectChange', () => {
  it('reads a change to an object of the on-premises directory, however it is named', () => {
    expect(saysDirectoryObjectChange('someone granted new rights on the payroll OU in active directory')).toBe(true);
    expect(saysDirectoryObjectChange('an ACE was removed from the kiosk computers group in AD')).toBe(true);
    expect(saysDirectoryObjectChange('Active Directory group policies that got altered overnight')).toBe(true);
  });

  it('does not read the cloud directory, a lookup against the directory, or "ad" as an ordinary word', () => {
    expect(saysDirectoryObjectChange('permissions added to a group in Azure AD')).toBe(false);
    expect(saysDirectoryObjectChange('LDAP searches for stale computer objects in Active Directory')).toBe(false);
    expect(saysDirectoryObjectChange('ad groups changed their spend this quarter')).toBe(false);
  });
});

describe('namesDirectoryByFormerName', () => {
  it('reads the cloud directory named by its former name only', () => {
    expect(namesDirectoryByFormerName('guest invites in the Azure-AD tenant of the lab')).toBe(true);
    expect(namesDirectoryByFormerName('Azure Active Directory (now Entra ID) guest invites')).toBe(false);
    expect(namesDirectoryByFormerName('azure vm restarts in the lab')).toBe(false);
  });
});

describe('directoryNamedEntry', () => {
  it('finds the entry named for the on-premises directory, not one of the cloud directory', () => {
    const entries = [{ name: 'azure:activedirectory:audit' }, { name: 'vendor:active_directory:changes' }];

    expect(directoryNamedEntry(entries)?.name).toBe('vendor:active_directory:changes');
    expect(directoryNamedEntry([{ name: 'DirectoryAudits' }])).toBeUndefined();
  });
});

describe('routing a change to a directory object', () => {
  /** An invented catalog: only the Splunk side keeps a source named for the directory. */
  const hints = {
    kql: {
      description: 'Log Analytics workspace',
      tables: {
        KioskProcessEvents: ['TimeGenerated', 'KioskName', 'FileName', 'ProcessCommandLine'],
        DeskLogons: ['TimeGenerated', 'DeskName', 'AccountName'],
      },
    },
    spl: {
      description: 'Splunk',
      sourcetypes: ['ActiveDirectory', 'kettle:telemetry'],
    },
    sql: { description: 'Relational database of a bakery chain', tables: { loaves: ['loaf_id', 'flour_kind'] } },
  };

  function route(question: string, catalog: typeof hints = hints) {
    const agents = buildAgentDirectory(fullMeshAgents());
    return analyzeHeuristically({
      naturalLanguage: question,
      catalog: readSchemaCatalog(catalog, agents.data),
      agents,
      now: new Date('2025-03-10T12:00:00Z'),
    }).analysis;
  }

  it('goes to the one store that keeps an entry named for the directory, and reads that entry first', () => {
    const analysis = route('flag a DACL modified on the bakery admins group object in AD');

    expect(analysis.required_platforms).toEqual(['spl']);
    expect(analysis.entities.tables[0]).toBe('ActiveDirectory');
  });

  it("reads the servers' security log beside the directory's own record, when the store keeps one", () => {
    const audited = {
      ...hints,
      spl: { ...hints.spl, sourcetypes: [...hints.spl.sourcetypes, 'vendor:winlog:security'] },
    };
    const analysis = route('who removed an ACE from the ovens OU in Active Directory last night?', audited);

    expect(analysis.required_platforms).toEqual(['spl']);
    expect(analysis.entities.tables.slice(0, 2)).toEqual(['ActiveDirectory', 'vendor:winlog:security']);
    expect(route('flag a DACL modified on the bakery admins group object in AD').entities.tables).toEqual([
      'ActiveDirectory',
    ]);
  });
});

describe('routing a detection rule on the cloud directory', () => {
  /** An invented catalog: both stores keep the directory's sign-ins, under names of their own. */
  const hints = {
    kql: {
      description: 'Log Analytics workspace holding the directory sign-in logs',
      tables: { AADSignInLogs: ['TimeGenerated', 'UserPrincipalName', 'ResultType', 'IPAddress', 'Location'] },
    },
    spl: { description: 'Splunk', sourcetypes: ['vendor:aad:signins'] },
    sql: { description: 'Relational database of a bakery chain', tables: { loaves: ['loaf_id', 'flour_kind'] } },
  };

  function route(question: string) {
    const agents = buildAgentDirectory(fullMeshAgents());
    return analyzeHeuristically({
      naturalLanguage: question,
      catalog: readSchemaCatalog(hints, agents.data),
      agents,
      now: new Date('2025-03-10T12:00:00Z'),
    }).analysis.required_platforms;
  }

  it("leans to the rule's store when a rule's summary names the directory by its former name", () => {
    expect(
      route(
        'Flag guest accounts signing in to Azure AD from five locations in an hour, leveraging sign-in logs and their result types',
      ),
    ).toEqual(['spl']);
  });

  it('keeps the plain lean when the directory is named by its current name', () => {
    expect(
      route(
        'Flag guest accounts signing in to Entra ID from five locations in an hour, leveraging sign-in logs and their result types',
      ),
    ).toEqual(['kql']);
  });
});

describe('saysAccountLifecycle', () => {
  it("reads an account's lifecycle event said of the account, in the passive or as a short life", () => {
    expect(saysAccountLifecycle('which guest accounts got removed over the weekend')).toBe(true);
    expect(saysAccountLifecycle('users who were unlocked by the service desk on friday')).toBe(true);
    expect(saysAccountLifecycle('service accounts made and then deleted within ten minutes')).toBe(true);
    expect(saysAccountLifecycle('accounts renamed since the merger')).toBe(true);
    expect(saysAccountLifecycle('removals of user accounts per operator this month')).toBe(true);
  });

  it('does not read what an account did, a state it is in, or an account merely created', () => {
    expect(saysAccountLifecycle('which users removed the most basket items')).toBe(false);
    expect(saysAccountLifecycle('users that are disabled in the Legal team')).toBe(false);
    expect(saysAccountLifecycle('new accounts created in May with the editor role')).toBe(false);
  });

  it("leaves the lifecycle of the cloud directory's accounts to its name", () => {
    expect(saysAccountLifecycle('guest accounts removed from the Entra tenant on friday')).toBe(false);
    expect(saysAccountLifecycle('AAD users that were disabled this week')).toBe(false);
  });
});

describe('directoryRoleName', () => {
  it('spells a role title as the directory does: capitalised, in full, singular', () => {
    expect(directoryRoleName('global admins')).toBe('Global Administrator');
    expect(directoryRoleName('Global Administrator')).toBe('Global Administrator');
    expect(directoryRoleName('Security Readers')).toBe('Security Reader');
  });

  it('keeps the plural of a role the directory names in the plural', () => {
    expect(directoryRoleName('Directory Readers')).toBe('Directory Readers');
  });
});

import { fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import { resourceOperationEntry, saysCloudResourceOperation, withoutCloudDatabases } from './cloud-resource.util';
import { analyzeHeuristically } from './heuristic-analyzer';

describe('saysCloudResourceOperation', () => {
  it('reads resources only Azure names so, and machines managed, with no cloud named', () => {
    expect(saysCloudResourceOperation('who removed the nsg on the dmz subnet')).toBe(true);
    expect(saysCloudResourceOperation('build VMs restarted since lunch, and by whom')).toBe(true);
    expect(saysCloudResourceOperation('esxi vms restarted since lunch')).toBe(false);
    expect(saysCloudResourceOperation('restart counts of the print spooler')).toBe(false);
  });

  it('reads operations on Azure resources, named by their kind or by the management plane', () => {
    expect(saysCloudResourceOperation('which storage accounts were removed from azure on Friday')).toBe(true);
    expect(saysCloudResourceOperation('azure control-plane changes by the intern')).toBe(true);
  });

  it('reads a resource provider operation written out, without the word azure', () => {
    expect(saysCloudResourceOperation('callers of Microsoft.Network/networkSecurityGroups/write')).toBe(true);
  });

  it('reads Azure operations said outright, or a resource group named as one usually is', () => {
    expect(saysCloudResourceOperation('denied azure ops for the billing team last night')).toBe(true);
    expect(saysCloudResourceOperation('anything odd in azure under rg-kiosk-fleet since monday')).toBe(true);
    expect(saysCloudResourceOperation('azure changes to ledger_rg this morning')).toBe(true);
  });

  it('reads Azure operations with their outcome or kind between, or the cloud named after them', () => {
    expect(saysCloudResourceOperation('azure denied operations by day for the data team')).toBe(true);
    expect(saysCloudResourceOperation('azure admin failed ops since the freeze')).toBe(true);
    expect(saysCloudResourceOperation('ops which errored in our azure tenant overnight')).toBe(true);
    expect(saysCloudResourceOperation('rejected operations on azure ad for the intern')).toBe(false);
    expect(saysCloudResourceOperation('azure sign-ins and failed operations of the vpn')).toBe(false);
  });

  it('reads a resource group, said or named as one, without the word azure', () => {
    expect(saysCloudResourceOperation('denied writes inside the kiosk-fleet resource group')).toBe(true);
    expect(saysCloudResourceOperation('who touched ledger_rg on tuesday')).toBe(true);
    expect(saysCloudResourceOperation('group changes for the rgb-lab team')).toBe(false);
  });

  it('reads a change someone made in Azure, said with a change verb and the cloud', () => {
    expect(saysCloudResourceOperation('anything k.lund@contoso.test altered on azure this morning')).toBe(true);
    expect(saysCloudResourceOperation('updates made by the build account in our azure since friday')).toBe(true);
  });

  it('does not read a change of a directory object or of Azure AD as a resource operation', () => {
    expect(saysCloudResourceOperation('who updated their mfa settings in azure')).toBe(false);
    expect(saysCloudResourceOperation('changes to app registrations in azure ad')).toBe(false);
  });

  it("reads role assignments made in Azure's subscriptions (RBAC), not a directory role or Azure AD's", () => {
    expect(saysCloudResourceOperation('RBAC role assignments granted in azure over the weekend')).toBe(true);
    expect(saysCloudResourceOperation('who removed a role assignment on the azure payroll subscription')).toBe(true);
    expect(saysCloudResourceOperation('directory role assignments made in azure this week')).toBe(false);
    expect(saysCloudResourceOperation('role assignments in Azure AD since monday')).toBe(false);
  });

  it('does not read Azure AD, or resources of no cloud', () => {
    expect(saysCloudResourceOperation('azure ad sign-ins from new devices')).toBe(false);
    expect(saysCloudResourceOperation('vms that rebooted in the server room')).toBe(false);
  });
});

describe('withoutCloudDatabases', () => {
  it('blanks a database acted on in a cloud, either way round', () => {
    expect(withoutCloudDatabases('which sql databases were dropped in azure')).toMatch(/^which\s+in azure$/);
    expect(withoutCloudDatabases('db instance creations in aws last week')?.includes('db')).toBe(false);
  });

  it('leaves a database that is a store, its rows, or a question that names no cloud', () => {
    expect(withoutCloudDatabases('aws logins of users whose db records were deleted')).toBeNull();
    expect(withoutCloudDatabases('orders deleted from the database yesterday')).toBeNull();
    expect(withoutCloudDatabases('who deleted the database backup job')).toBeNull();
  });
});

describe('resourceOperationEntry', () => {
  it('finds the entry that keeps resources beside their callers', () => {
    const entries = [
      { name: 'DirectorySignins', columns: ['UserPrincipalName', 'IPAddress'] },
      { name: 'CloudOps', columns: ['Caller', 'ResourceGroup', 'OperationNameValue'] },
    ];

    expect(resourceOperationEntry(entries)?.name).toBe('CloudOps');
  });

  it('finds none where resources have no caller', () => {
    expect(resourceOperationEntry([{ name: 'Inventory', columns: ['ResourceId', 'Owner'] }])).toBeUndefined();
  });
});

describe('routing operations on cloud resources', () => {
  /** An invented catalog: Splunk keeps the directory's sign-ins under an "azure" name; the workspace keeps resource operations. */
  const hints = {
    kql: {
      description: 'Log Analytics workspace',
      tables: {
        SubscriptionOps: ['TimeGenerated', 'Caller', 'CallerIpAddress', 'ResourceGroup', 'SubscriptionId'],
        KioskProcessEvents: ['TimeGenerated', 'KioskName', 'FileName'],
      },
    },
    spl: {
      description: 'Splunk with the Azure add-on',
      indexes: { azure_directory: ['properties.userPrincipalName', 'properties.ipAddress'] },
      sourcetypes: ['azure:directory:signins'],
    },
    sql: { description: 'Relational database of a bakery chain', tables: { loaves: ['loaf_id', 'flour_kind'] } },
  };

  it('goes to the store that keeps resource operations with their callers, and reads that table first', () => {
    const agents = buildAgentDirectory(fullMeshAgents());
    const { analysis } = analyzeHeuristically({
      naturalLanguage: 'who removed resource groups in azure since Monday',
      catalog: readSchemaCatalog(hints, agents.data),
      agents,
      now: new Date('2025-03-10T12:00:00Z'),
    });

    expect(analysis.required_platforms).toEqual(['kql']);
    expect(analysis.entities.tables[0]).toBe('SubscriptionOps');
  });

  it('reads a database acted on in the cloud as a resource, not as the database store named', () => {
    const agents = buildAgentDirectory(fullMeshAgents());
    const { analysis } = analyzeHeuristically({
      naturalLanguage: 'the sql database delete in azure, who and when',
      catalog: readSchemaCatalog(hints, agents.data),
      agents,
      now: new Date('2025-03-10T12:00:00Z'),
    });

    expect(analysis.required_platforms).not.toContain('sql');
  });
});

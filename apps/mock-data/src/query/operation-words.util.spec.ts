import { operationFilter } from './operation-words.util';

describe('operationFilter', () => {
  it("reads a sign-in to Microsoft 365 itself as the audit log's login operations", () => {
    const office = (q: string) => operationFilter('o365', ['Operation'], q)?.values;
    expect(office('which users logged in from 91.203.14.77 in the last twelve hrs')).toEqual(['UserLoggedIn']);
    expect(office('failed o365 logins for bob today')).toEqual(['UserLoginFailed']);
    // A sign-in to a mailbox is still the mailbox's.
    expect(office('who logged into the shared mailbox this week')).toEqual(['MailboxLogin']);
  });

  it('names the operations of two words joined in any form ("write and delete operations", "creates/deletes")', () => {
    const azure = (q: string) => operationFilter('AzureActivity', ['OperationNameValue'], q)?.values;
    expect(azure('the number of write and delete operations in the resource group rg-x, per caller')).toEqual([
      '/delete',
      '/write',
    ]);
    expect(azure('count creates/deletes in rg-y this week')).toEqual(['/delete', '/write']);
    expect(azure('role assignment writes and deletes in rg-z')).toEqual(['roleassignments']);
    expect(azure('deletes and callers in rg-z')).toEqual(['/delete']);
  });

  it('names every operation two verbs joined by "or" / "and" say', () => {
    const azure = (q: string) => operationFilter('AzureActivity', ['OperationNameValue'], q)?.values;
    expect(azure('which resources in rg-a were deleted or changed yesterday')).toEqual(['/delete', '/write']);
    expect(azure('who deleted or stopped VMs in rg-b')).toEqual([
      'Microsoft.Compute/virtualMachines/delete',
      'Microsoft.Compute/virtualMachines/powerOff',
      'Microsoft.Compute/virtualMachines/deallocate',
    ]);
    expect(azure('who switched off or deleted VMs in rg-c')).toEqual([
      'Microsoft.Compute/virtualMachines/delete',
      'Microsoft.Compute/virtualMachines/powerOff',
      'Microsoft.Compute/virtualMachines/deallocate',
    ]);
    expect(azure('which VMs were turned on in rg-d')).toEqual(['Microsoft.Compute/virtualMachines/start']);
    const office = (q: string) => operationFilter('o365', ['Operation'], q)?.values;
    expect(office('files r.okafor downloaded or synced in the last 14 days')).toEqual([
      'FileDownloaded',
      'FileSyncDownloadedFull',
      'FileSyncUploadedFull',
    ]);
    // The catch-all "accessed" adds nothing beside an operation another verb named.
    expect(office('who accessed the shared mailbox this week')).toEqual(['MailboxLogin', 'MailItemsAccessed']);
  });

  it('maps a Microsoft 365 verb to its operations on a source with an Operation column', () => {
    expect(operationFilter('OfficeActivity', ['Operation'], 'files downloaded yesterday')).toEqual({
      column: 'Operation',
      operator: 'eq',
      values: ['FileDownloaded'],
    });
    expect(operationFilter('o365', ['Operation'], 'who created inbox rules')?.values).toContain('New-InboxRule');
    expect(operationFilter('o365', ['Operation'], 'odd mail rules on the ceo box')?.values).toContain('Set-InboxRule');
  });

  it('reads a sign-in to a mailbox as a mailbox login, and a shared mailbox as no sharing', () => {
    const values = (q: string) => operationFilter('OfficeActivity', ['Operation'], q)?.values;

    expect(values('who signed into the payroll shared mailbox overnight')).toEqual(['MailboxLogin']);
    expect(values('logins to team@shop.example shared mailbox this week')).toEqual(['MailboxLogin']);
    expect(values('documents shared with guests')).toContain('SharingSet');
    expect(values('who created anonymous links this week')).toContain('AnonymousLinkCreated');
  });

  it('reads a mailbox opened or read as its sign-ins and the mail read in it, and a file opened as a file', () => {
    const values = (q: string) => operationFilter('o365', ['Operation'], q)?.values;

    expect(values('who opened the legal team mailbox on friday')).toEqual(['MailboxLogin', 'MailItemsAccessed']);
    expect(values('who opened budget.docx on friday')).toEqual(['FileAccessed']);
  });

  it("reads mail deleted from a mailbox as the mailbox audit's deletes, files deleted as file deletes", () => {
    const values = (q: string) => operationFilter('OfficeActivity', ['Operation'], q)?.values;
    const mailDeletes = ['SoftDelete', 'HardDelete', 'MoveToDeletedItems'];
    expect(values('who deleted emails from the shared mailbox this week')).toEqual(mailDeletes);
    expect(values('messages were purged from her inbox yesterday')).toEqual(mailDeletes);
    expect(values('who deleted files from the HR site')).toEqual(['FileDeleted']);
  });

  it('should return null for other sources, a source without the column, or no known verb', () => {
    expect(operationFilter('SigninLogs', ['Operation'], 'downloaded')).toBeNull();
    expect(operationFilter('OfficeActivity', [], 'downloaded')).toBeNull();
    expect(operationFilter('OfficeActivity', ['Operation'], 'activity by alice')).toBeNull();
  });

  it('matches Azure and directory operations as a part of the operation name', () => {
    expect(operationFilter('AzureActivity', ['OperationNameValue'], 'resource deletions by caller')).toEqual({
      column: 'OperationNameValue',
      operator: 'contains',
      values: ['/delete'],
    });
    expect(operationFilter('AuditLogs', ['OperationName'], 'password resets yesterday')?.values).toEqual([
      'reset password',
      'password reset',
      'reset user password',
    ]);
    expect(operationFilter('AuditLogs', ['OperationName'], 'who changed their password')?.values).toEqual(['password']);
    for (const q of ['pwd resets last 8h + who did them', 'who reset pwds in entra', 'passwd reset for bob'])
      expect(operationFilter('AuditLogs', ['OperationName'], q)?.values).toEqual([
        'reset password',
        'password reset',
        'reset user password',
      ]);
    expect(operationFilter('AuditLogs', ['OperationName'], 'pwd changed by helpdesk')?.values).toEqual(['password']);
  });

  it("reads changes to a group's membership as the directory's member operations", () => {
    const directory = (q: string) => operationFilter('AuditLogs', ['OperationName'], q)?.values;
    expect(directory("changes to the membership of the 'Ops-Oncall' group since Monday")).toEqual(['member']);
    expect(directory('group membership changes this week')).toEqual(['member']);
    expect(directory("membership changes to the 'Finance-Approvers' group")).toEqual(['member']);
    expect(directory('who changed the membership policy')).toBeUndefined();
  });

  it('reads the object before the verb: role writes, role additions and policy changes', () => {
    expect(
      operationFilter('AzureActivity', ['OperationNameValue'], 'RBAC changes on the prod subscription')?.values,
    ).toEqual(['roleassignments']);
    expect(
      operationFilter('AuditLogs', ['OperationName'], 'who was added as a member to the Helpdesk Admin role')?.values,
    ).toEqual(['Add member to role']);
    expect(
      operationFilter('AuditLogs', ['OperationName'], 'anyone adding users to the Billing Reader role?')?.values,
    ).toEqual(['Add member to role']);
    expect(
      operationFilter('AuditLogs', ['OperationName'], 'did someone add an account to the Helpdesk Admin role')?.values,
    ).toEqual(['Add member to role']);
    expect(operationFilter('AuditLogs', ['OperationName'], 'edits of CA policies last week')?.values).toEqual([
      'conditional access policy',
    ]);
  });

  it('narrows an Azure verb to the resource type the question names', () => {
    expect(
      operationFilter('AzureActivity', ['OperationNameValue'], 'who created storage accounts this week')?.values,
    ).toEqual(['Microsoft.Storage/storageAccounts/write']);
    expect(
      operationFilter('AzureActivity', ['OperationNameValue'], 'who deleted storage accts in rg-x this month')?.values,
    ).toEqual(['Microsoft.Storage/storageAccounts/delete']);
    expect(operationFilter('AzureActivity', ['OperationNameValue'], 'key vault removals')?.values).toEqual([
      'Microsoft.KeyVault/vaults/delete',
    ]);
  });

  it('reads a change of no one kind to a resource type ("tampered with") as every operation on that type', () => {
    const cols = ['OperationNameValue'];
    expect(operationFilter('AzureActivity', cols, 'who tampered with the public IPs in rg-edge')?.values).toEqual([
      'Microsoft.Network/publicIPAddresses',
    ]);
    expect(operationFilter('AzureActivity', cols, 'anyone touching load balancers lately?')?.values).toEqual([
      'Microsoft.Network/loadBalancers',
    ]);
  });

  it('reads a machine turned off, on or round as its power actions, not a write', () => {
    const ops = (q: string) => operationFilter('AzureActivity', ['OperationNameValue'], q)?.values;
    expect(ops('vm scale sets shut down over the weekend')).toEqual([
      'Microsoft.Compute/virtualMachineScaleSets/powerOff',
      'Microsoft.Compute/virtualMachineScaleSets/deallocate',
    ]);
    expect(ops('virtual machines rebooted since the start of the month')).toEqual([
      'Microsoft.Compute/virtualMachines/restart',
    ]);
  });

  it('keeps each Azure resource type a question lists, in its order', () => {
    expect(
      operationFilter('AzureActivity', ['OperationNameValue'], 'who removed NSGs and virtual machines yesterday')
        ?.values,
    ).toEqual(['Microsoft.Network/networkSecurityGroups/delete', 'Microsoft.Compute/virtualMachines/delete']);
  });

  it('joins an AWS verb to each object listed after it, as CloudTrail names the call', () => {
    expect(operationFilter('aws', ['eventName'], 'deleted trails, snapshots and roles today')?.values).toEqual([
      'DeleteTrail',
      'DeleteSnapshot',
      'DeleteRole',
    ]);
    expect(operationFilter('aws', ['eventName'], 'anything created by bob')?.values).toEqual(['Create']);
    // A call named whole is matched exactly (DeleteSecret is not DeleteSecretPolicy); a bare verb is a prefix.
    expect(operationFilter('aws', ['eventName'], 'who deleted secrets last night')).toEqual({
      column: 'eventName',
      operator: 'eq',
      values: ['DeleteSecret'],
    });
    expect(operationFilter('aws', ['eventName'], 'anything created by bob')?.operator).toBe('contains');
    expect(operationFilter('o365', ['Operation'], 'which files did carol@x.io delete last week')?.values).toEqual([
      'FileDeleted',
    ]);
    expect(operationFilter('o365', ['Operation'], 'file removals per library since Friday')?.values).toEqual([
      'FileDeleted',
    ]);
    expect(operationFilter('auditlogs', ['OperationName'], 'who added users to the vpn groups')?.values).toEqual([
      'Add member to group',
    ]);
  });

  it.each([
    'accounts that removed over 300 documents from the legal library',
    'who deleted at least 12 of the files in the project site today',
    'anyone deleting 40+ files this week',
    'a deletion of many documents since Tuesday',
  ])('should read files deleted with how many said between the verb and the files: %s', (question) => {
    expect(operationFilter('OfficeActivity', ['Operation'], question)?.values).toEqual(['FileDeleted']);
  });

  it.each([
    ['who renamed dozens of files in the audit library', 'FileRenamed'],
    ['documents were moved off the tenders site', 'FileMoved'],
    ['accounts that copied more than 75 docs last night', 'FileCopied'],
    ['files got restored from the recycle bin', 'FileRestored'],
    ['who edited the quarterly files on Friday', 'FileModified'],
  ])('should read another verb done to files as its operation: %s', (question, operation) => {
    expect(operationFilter('OfficeActivity', ['Operation'], question)?.values).toEqual([operation]);
  });

  it('should not join a delete verb to files said in another phrase', () => {
    expect(operationFilter('o365', ['Operation'], 'who deleted users and then uploaded files')?.values).toEqual([
      'FileUploaded',
    ]);
  });
});

describe('operationFilter (Azure resource types and directory objects)', () => {
  it('should narrow a change said with -ing or as writes to the Kubernetes or registry resource named', () => {
    expect(
      operationFilter('AzureActivity', ['OperationNameValue'], 'who is modifying the kubernetes clusters'),
    ).toEqual({
      column: 'OperationNameValue',
      operator: 'contains',
      values: ['Microsoft.ContainerService/managedClusters/write'],
    });
    expect(
      operationFilter('AzureActivity', ['OperationNameValue'], 'container registry writes per caller')?.values,
    ).toEqual(['Microsoft.ContainerRegistry/registries/write']);
    expect(operationFilter('AzureActivity', ['OperationNameValue'], 'updating things in prod')?.values).toEqual([
      '/write',
    ]);
  });

  it('should tell SQL databases from SQL servers', () => {
    expect(operationFilter('AzureActivity', ['OperationNameValue'], 'removed sql dbs last week')?.values).toEqual([
      'Microsoft.Sql/servers/databases/delete',
    ]);
    expect(operationFilter('AzureActivity', ['OperationNameValue'], 'who created azure sql servers')?.values).toEqual([
      'Microsoft.Sql/servers/write',
    ]);
  });

  it('should read secrets or certificates of apps as credential operations of the directory', () => {
    expect(operationFilter('AuditLogs', ['OperationName'], 'new client secrets on app registrations')?.values).toEqual([
      'credentials',
      'Certificates and secrets',
    ]);
  });

  it('should read accounts deleted or disabled, and members taken out of a group, as those operations', () => {
    expect(operationFilter('AuditLogs', ['OperationName'], 'guest accounts that were deleted')?.values).toEqual([
      'Delete user',
    ]);
    expect(operationFilter('AuditLogs', ['OperationName'], 'who disabled user accounts')?.values).toEqual([
      'Disable account',
    ]);
    expect(operationFilter('AuditLogs', ['OperationName'], 'people removed from the VPN group')?.values).toEqual([
      'Remove member from group',
    ]);
    expect(operationFilter('AuditLogs', ['OperationName'], 'users who deleted mail')?.values).not.toEqual([
      'Delete user',
    ]);
  });
});

describe('operationFilter (mailbox rights, MFA turned off, guests invited)', () => {
  it("should read rights granted on another's mailbox as Exchange's permission operations", () => {
    expect(
      operationFilter('OfficeActivity', ['Operation'], "who got full access to the CEO's mailbox")?.values,
    ).toEqual(['Add-MailboxPermission', 'Add-RecipientPermission']);
  });

  it('should read MFA turned off and guests invited as those directory operations', () => {
    expect(operationFilter('AuditLogs', ['OperationName'], 'which admins turned off MFA for users')?.values).toEqual([
      'Disable Strong Authentication',
      'deleted security info',
    ]);
    expect(operationFilter('AuditLogs', ['OperationName'], 'guests invited by the sales team')?.values).toEqual([
      'Invite external user',
    ]);
    expect(
      operationFilter('AuditLogs', ['OperationName'], 'vendor guest accounts that have been invited since june')
        ?.values,
    ).toEqual(['Invite external user']);
  });
});

describe('operationFilter (several Azure resource types)', () => {
  it('should narrow the verb to each resource type listed, and read no VMs in "VM scale sets"', () => {
    expect(
      operationFilter('AzureActivity', ['OperationNameValue'], 'NSGs and public IPs removed this week')?.values,
    ).toEqual(['Microsoft.Network/networkSecurityGroups/delete', 'Microsoft.Network/publicIPAddresses/delete']);
    expect(operationFilter('AzureActivity', ['OperationNameValue'], 'who deleted VM scale sets')?.values).toEqual([
      'Microsoft.Compute/virtualMachineScaleSets/delete',
    ]);
  });
});

describe('operationFilter (operations written out, vault policies, role definitions, additions)', () => {
  it('matches an Azure operation written out as it stands', () => {
    expect(
      operationFilter(
        'AzureActivity',
        ['OperationNameValue'],
        'changes (Microsoft.Network/networkSecurityGroups/securityRules/write) last week',
      )?.values,
    ).toEqual(['Microsoft.Network/networkSecurityGroups/securityRules/write']);
  });

  it("narrows a verb to a vault's access policies or to custom role definitions", () => {
    expect(
      operationFilter('AzureActivity', ['OperationNameValue'], 'who updated vault access policies')?.values,
    ).toEqual(['Microsoft.KeyVault/vaults/accessPolicies/write']);
    expect(operationFilter('AzureActivity', ['OperationNameValue'], 'deleted custom roles')?.values).toEqual([
      'Microsoft.Authorization/roleDefinitions/delete',
    ]);
  });

  it('reads a role named by its title alone, after the change that gave it, as a member added to a role', () => {
    const op = (question: string) => operationFilter('AuditLogs', ['OperationName'], question)?.values;
    expect(op('who added ppl to Global Administrator in entra today')).toEqual(['Add member to role']);
    expect(op('who was made global admin this week')).toEqual(['Add member to role']);
    expect(op('anyone assigned Security Reader since Monday')).toEqual(['Add member to role']);
    expect(op('who added users to the Domain Admins group')).toEqual(['Add member to group']);
    expect(op('sign-ins by Global Administrators')).toBeUndefined();
  });

  it('reads administrator rights given to someone as a member added to a role', () => {
    const op = (question: string) => operationFilter('AuditLogs', ['OperationName'], question)?.values;
    expect(op('which accounts were given administrator rights last week')).toEqual(['Add member to role']);
    expect(op('who granted the contractor admin privileges')).toEqual(['Add member to role']);
    expect(op('who gave Sam elevated permissions in entra')).toEqual(['Add member to role']);
    expect(op('which admins changed rights on the tenant')).toBeUndefined();
  });

  it('reads "additions of members to a role or a group" as the directory operation', () => {
    expect(
      operationFilter('AuditLogs', ['OperationName'], 'all additions of users to the privileged role admin role')
        ?.values,
    ).toEqual(['Add member to role']);
    expect(operationFilter('AuditLogs', ['OperationName'], 'additions to the finance groups')?.values).toEqual([
      'Add member to group',
    ]);
    expect(operationFilter('AuditLogs', ['OperationName'], 'who was given the billing admin role')?.values).toEqual([
      'Add member to role',
    ]);
  });
});

describe('operationFilter (a directory activity written out)', () => {
  it('reads an activity in brackets or quotes as the directory operation, before the verb around it', () => {
    expect(
      operationFilter(
        'AuditLogs',
        ['OperationName'],
        'who removed app owners (Remove owner from service principal) lately',
      )?.values,
    ).toEqual(['Remove owner from service principal']);
    expect(
      operationFilter('AuditLogs', ['OperationName'], 'any "Update policy" or "Delete policy" entries since june')
        ?.values,
    ).toEqual(['Update policy', 'Delete policy']);
  });

  it('reads no activity from a bracketed name or a lower-case aside', () => {
    expect(operationFilter('AuditLogs', ['OperationName'], 'changes by admins (Tenant Owner) (past week)')).toBeNull();
  });
});

describe('operationFilter (parts of a resource)', () => {
  it('narrows a verb to the part of a resource named before the resource itself', () => {
    const azure = (question: string) => operationFilter('AzureActivity', ['OperationNameValue'], question)?.values;
    expect(azure('edited NSG rules last week')).toEqual([
      'Microsoft.Network/networkSecurityGroups/securityRules/write',
    ]);
    expect(azure('vault secrets removed today')).toEqual(['Microsoft.KeyVault/vaults/secrets/delete']);
    expect(azure('VM extensions deployed since monday')).toEqual([
      'Microsoft.Compute/virtualMachines/extensions/write',
    ]);
  });
});

describe('operationFilter (CloudTrail calls named by what they do)', () => {
  const trail = (question: string) => operationFilter('aws:cloudtrail', ['eventName'], question)?.values;

  it('reads instances turned off, on or round as the instance call of each verb', () => {
    expect(trail('instances that were shut down or terminated overnight')).toEqual([
      'StopInstances',
      'TerminateInstances',
    ]);
    expect(trail('rebooted ec2 boxes in eu-west-2')).toEqual(['RebootInstances']);
    expect(trail('who switched off ec2 instances last night')).toEqual(['StopInstances']);
    expect(trail('instances spun up overnight in the sandbox account')).toEqual(['RunInstances']);
  });

  it('reads a bucket opened to anyone as the calls that can open it', () => {
    expect(trail('which buckets became world-readable since friday')).toContain('PutBucketAcl');
    expect(trail('publicly accessible s3 buckets created today')).toContain('DeleteBucketPublicAccessBlock');
  });

  it('reads IAM policies changed as every call that changes one, and leaves a verb joined to its object', () => {
    expect(trail('who modified the finance role policies')).toContain('AttachRolePolicy');
    expect(trail('deleted access keys last week')).toEqual(['DeleteAccessKey']);
  });

  it("reads a security group's rules opened or closed as the call of the rule's direction", () => {
    expect(trail('security groups that had ingress rules opened this week')).toEqual(['AuthorizeSecurityGroupIngress']);
    expect(trail('who added new inbound rules yesterday')).toEqual(['AuthorizeSecurityGroupIngress']);
    expect(trail('egress rules revoked in prod since monday')).toEqual(['RevokeSecurityGroupEgress']);
  });

  it('reads flow logs deleted and logging stopped as their calls, every one said', () => {
    expect(trail('has anyone deleted VPC flow logs or stopped CloudTrail logging this month')).toEqual([
      'DeleteFlowLogs',
      'StopLogging',
    ]);
    expect(trail('who turned off the trail overnight')).toEqual(['StopLogging']);
  });

  it('reads no logging call where the trail is only where events are looked for', () => {
    expect(trail('stop and list the trail events of bob')).toBeUndefined();
  });
});

describe('operationFilter (apps and service principals registered)', () => {
  const audit = (question: string) => operationFilter('AuditLogs', ['OperationName'], question)?.values;

  it('reads a service principal or an app registration created as its Entra activities', () => {
    expect(audit('who registered new service principals since june')).toEqual([
      'Add service principal',
      'Add application',
    ]);
    expect(audit('app registrations added by contractors')).toEqual(['Add service principal', 'Add application']);
  });

  it('keeps a credential added to an app as a credential change', () => {
    expect(audit('client secrets added to an app registration')).toEqual(['credentials', 'Certificates and secrets']);
  });
});

describe('operationFilter: words in brackets that say where to look', () => {
  it.each([
    'which admins reset passwords in Entra ID last week, count per admin (Sentinel audit log)',
    'password resets yesterday (Entra audit logs)',
    'who reset passwords this week (use the directory audit table)',
  ])('reads "%s" by its verbs, not the bracket as an activity name', (question) => {
    expect(operationFilter('AuditLogs', ['OperationName'], question)?.values).toEqual([
      'reset password',
      'password reset',
      'reset user password',
    ]);
  });

  it('still reads an activity written out in brackets', () => {
    expect(
      operationFilter('AuditLogs', ['OperationName'], 'changes (Update conditional access policy) this week')?.values,
    ).toEqual(['Update conditional access policy']);
  });
});

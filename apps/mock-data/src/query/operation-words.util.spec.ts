import { operationFilter } from './operation-words.util';

describe('operationFilter', () => {
  it('maps a Microsoft 365 verb to its operations on a source with an Operation column', () => {
    expect(operationFilter('OfficeActivity', ['Operation'], 'files downloaded yesterday')).toEqual({
      column: 'Operation',
      operator: 'eq',
      values: ['FileDownloaded'],
    });
    expect(operationFilter('o365', ['Operation'], 'who created inbox rules')?.values).toContain('New-InboxRule');
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
    expect(operationFilter('AuditLogs', ['OperationName'], 'edits of CA policies last week')?.values).toEqual([
      'conditional access policy',
    ]);
  });

  it('narrows an Azure verb to the resource type the question names', () => {
    expect(
      operationFilter('AzureActivity', ['OperationNameValue'], 'who created storage accounts this week')?.values,
    ).toEqual(['Microsoft.Storage/storageAccounts/write']);
    expect(operationFilter('AzureActivity', ['OperationNameValue'], 'key vault removals')?.values).toEqual([
      'Microsoft.KeyVault/vaults/delete',
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
    expect(operationFilter('auditlogs', ['OperationName'], 'who added users to the vpn groups')?.values).toEqual([
      'Add member to group',
    ]);
  });
});

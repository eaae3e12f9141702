import { actionAsPathSegment, foreignAction } from './kql-foreign-actions.util';

const action = (values: string[]) => ({
  kind: 'action' as const,
  operator: 'eq' as const,
  values,
  field: null,
  currency: null,
  expression: values.join(' '),
});

describe('foreignAction', () => {
  it("should find another cloud's CamelCase API call on Azure's activity log or Entra's audit log", () => {
    expect(foreignAction('AzureActivity', action(['StopInstances']))).toBe(true);
    expect(foreignAction('AuditLogs', action(['CreateAccessKey', 'AttachUserPolicy']))).toBe(true);
  });

  it('should keep operations spelled as the source spells them, and any action on other sources', () => {
    expect(foreignAction('AzureActivity', action(['Microsoft.Compute/virtualMachines/write']))).toBe(false);
    expect(foreignAction('AuditLogs', action(['Add member to role']))).toBe(false);
    expect(foreignAction('OfficeActivity', action(['MailItemsAccessed']))).toBe(false);
  });
});

describe('actionAsPathSegment', () => {
  it('should look for a lower camel case action anywhere in a provider path', () => {
    expect(actionAsPathSegment(action(['rotateSecret']), 'OperationNameValue').operator).toBe('contains');
  });

  it('should keep a whole operation name, and any action on other columns', () => {
    expect(actionAsPathSegment(action(['SnapshotTaken']), 'OperationNameValue').operator).toBe('eq');
    expect(actionAsPathSegment(action(['rotateSecret']), 'Operation').operator).toBe('eq');
  });
});

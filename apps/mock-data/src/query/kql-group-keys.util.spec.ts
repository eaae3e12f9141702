import { kqlBagPartKey, kqlGroupKey } from './kql-group-keys.util';

const table = (types: Record<string, string>) => ({
  name: 'T',
  columns: Object.keys(types),
  type: (column: string) => types[column],
});

describe('kqlGroupKey', () => {
  it('should group by a plain column as it is', () => {
    expect(kqlGroupKey(table({ Caller: 'string' }), 'Caller')).toBe('Caller');
  });

  it("should group by the text a bag names: Entra's initiator by its UPN or app, any other bag whole", () => {
    expect(kqlGroupKey(table({ InitiatedBy: 'dynamic' }), 'InitiatedBy')).toBe(
      'Actor=coalesce(tostring(InitiatedBy.user.userPrincipalName), tostring(InitiatedBy.app.displayName))',
    );
    expect(kqlGroupKey(table({ DeviceDetail: 'dynamic' }), 'DeviceDetail')).toBe(
      'DeviceDetail_text=tostring(DeviceDetail)',
    );
  });

  it('should group an audit bag of targets by the name of its first target', () => {
    expect(kqlGroupKey(table({ TargetResources: 'dynamic' }), 'TargetResources')).toBe(
      'Target=tostring(TargetResources[0].displayName)',
    );
  });
});

describe('kqlBagPartKey', () => {
  it('should group "per application" or "by resource" by the target bag a table keeps them in', () => {
    const audit = table({ OperationName: 'string', TargetResources: 'dynamic' });
    expect(kqlBagPartKey(audit, 'application')).toBe('Target=tostring(TargetResources[0].displayName)');
    expect(kqlBagPartKey(audit, 'resource')).toBe('Target=tostring(TargetResources[0].displayName)');
  });

  it('should find no key where the table keeps no such bag or the word names no part of one', () => {
    expect(kqlBagPartKey(table({ Caller: 'string' }), 'app')).toBeNull();
    expect(kqlBagPartKey(table({ TargetResources: 'dynamic' }), 'country')).toBeNull();
  });
});

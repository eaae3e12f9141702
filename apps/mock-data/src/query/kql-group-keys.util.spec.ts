import { kqlGroupKey } from './kql-group-keys.util';

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
});

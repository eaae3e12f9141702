import { readAppRegistrations } from './app-registrations';
import { SpanSet } from './value-hit';

const audit = { table: 'DirAudit', columns: ['TimeGenerated', 'OperationName', 'InitiatedBy', 'TargetResources'] };
const read = (text: string, tables = [audit]) =>
  readAppRegistrations(text, tables, new SpanSet()).map((h) => [h.value, h.operator, h.hint]);

describe('readAppRegistrations', () => {
  it('reads a name before "app registration" as a part of the objects acted on', () => {
    expect(read('owners added to the rota-sync.v2 app registration since monday')).toEqual([
      ['rota-sync.v2', 'contains', 'DirAudit.TargetResources'],
    ]);
    expect(read('new secrets on the Harbour Ledger app registration')).toEqual([
      ['Harbour Ledger', 'contains', 'DirAudit.TargetResources'],
    ]);
  });

  it('reads a name after "app registration called"', () => {
    expect(read('who edited the app registration called fleetgate today').map(([value]) => value)).toEqual([
      'fleetgate',
    ]);
  });

  it('reads nothing for words that only say which registration, or where no table keeps the objects', () => {
    expect(read('changes to any app registration this week')).toEqual([]);
    expect(read('secrets on the Entra app registration')).toEqual([]);
    expect(read('owners of the rota-sync app registration', [{ table: 'Other', columns: ['x'] }])).toEqual([]);
  });
});

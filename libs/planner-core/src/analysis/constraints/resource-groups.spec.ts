import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';
import { readNamedResources, readResourceGroups } from './resource-groups';
import { SpanSet } from './value-hit';

const activity = { table: 'CloudOps', columns: ['TimeGenerated', 'Caller', 'CallerIpAddress', 'ResourceGroup'] };

describe('readResourceGroups', () => {
  it('reads a name shaped like a resource group as a value of the resource-group column', () => {
    const hits = readResourceGroups(
      'writes to rg-ledger-dev and to ledger-dev_rg since noon',
      [activity],
      new SpanSet(),
    );
    expect(hits.map((h) => [h.value, h.hint])).toEqual([
      ['rg-ledger-dev', 'CloudOps.ResourceGroup'],
      ['ledger-dev_rg', 'CloudOps.ResourceGroup'],
    ]);
  });

  it('reads the start of names said with a wildcard as a contains value that keeps the wildcard', () => {
    const hits = readResourceGroups('role changes under rg-ledger-* today', [activity], new SpanSet());
    expect(hits).toMatchObject([{ value: 'rg-ledger-', operator: 'contains', hint: 'CloudOps.ResourceGroup' }]);
    expect('role changes under rg-ledger-* today'.slice(hits[0]!.start, hits[0]!.end)).toBe('rg-ledger-*');
  });

  it('reads the name a later "that resource group" points back to', () => {
    const hits = readResourceGroups(
      'a disk went missing from kiosk-west-2. show what changed in that resource group',
      [activity],
      new SpanSet(),
    );
    expect(hits.map((h) => h.value)).toEqual(['kiosk-west-2']);
  });

  it('reads nothing where no chosen table keeps a resource group, or when no name is shaped like one', () => {
    const noGroup = { table: 'Procs', columns: ['TimeGenerated', 'FileName'] };
    expect(readResourceGroups('writes to rg-ledger-dev today', [noGroup], new SpanSet())).toEqual([]);
    expect(readResourceGroups('writes by the org-admin account today', [activity], new SpanSet())).toEqual([]);
    expect(readResourceGroups('was anything moved from rg-x.example.org', [activity], new SpanSet())).toEqual([]);
  });
});

describe('extractConstraints with a resource group and a list of columns to see', () => {
  it('filters the resource group and takes no word of "with the caller and the caller IP" for a value', () => {
    const c = extractConstraints({
      text: 'A queue vanished from rg-ledger-dev. Every delete there in the last day with the caller, the status and the caller IP.',
      tables: [activity],
    });
    expect(c.filters).toEqual([
      expect.objectContaining({ kind: 'text', operator: 'eq', values: ['rg-ledger-dev'], field: 'ResourceGroup' }),
    ]);
  });
});

describe('readNamedResources', () => {
  const ops: TableColumns = { table: 'CloudOps', columns: ['TimeGenerated', 'Caller', '_ResourceId'] };
  const named = (text: string, tables: TableColumns[] = [ops]) =>
    readNamedResources(text, tables, new SpanSet()).map((h) => [h.value, h.hint, h.operator]);

  it("reads a resource named after its kind's noun as a part of the resource id", () => {
    expect(named('who purged key vault kvhr02 overnight')).toEqual([['kvhr02', 'CloudOps._ResourceId', 'contains']]);
    expect(named('edits to the network security group "edge_in" this week')).toEqual([
      ['edge_in', 'CloudOps._ResourceId', 'contains'],
    ]);
  });

  it('reads a DNS zone named after its noun, a domain name, as a part of the resource id', () => {
    expect(named('changes to our Azure DNS zone contoso-mail.net since May')).toEqual([
      ['contoso-mail.net', 'CloudOps._ResourceId', 'contains'],
    ]);
    expect(named("who edited the private DNS zone 'corp.internal'?")).toEqual([
      ['corp.internal', 'CloudOps._ResourceId', 'contains'],
    ]);
    expect(named('dns zone changes since june')).toEqual([]);
  });

  it('reads no ordinary word after the noun, and nothing without a resource id column', () => {
    expect(named('storage account deletions since june')).toEqual([]);
    expect(named('who purged key vault kvhr02 overnight', [{ table: 'Other', columns: ['Caller'] }])).toEqual([]);
  });
});

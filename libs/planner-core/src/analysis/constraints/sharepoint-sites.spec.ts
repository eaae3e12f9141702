import { extractConstraints } from './extract-constraints';
import { readSharePointSites } from './sharepoint-sites';
import { SpanSet } from './value-hit';

const files = { table: 'M365Files', columns: ['TimeGenerated', 'UserId', 'Operation', 'Site_Url'] };

describe('readSharePointSites', () => {
  it('reads a site named before or after the word "site" as a part of the site column', () => {
    const hits = readSharePointSites(
      'edits on the Ledger-Q3 sharepoint site and on sharepoint site OpsWiki2 this week',
      [files],
      new SpanSet(),
    );
    expect(hits.map((h) => [h.value, h.operator, h.hint])).toEqual([
      ['OpsWiki2', 'contains', 'M365Files.Site_Url'],
      ['Ledger-Q3', 'contains', 'M365Files.Site_Url'],
    ]);
  });

  it('reads a lower-case name said with "called", or before "team site"', () => {
    const hits = readSharePointSites(
      'onedrive: the site called harbourdocs, and the tidewater team site',
      [files],
      new SpanSet(),
    );
    expect(hits.map((h) => h.value)).toEqual(['harbourdocs', 'tidewater']);
  });

  it("reads a site written as its path whole, the path's words never split", () => {
    const before = readSharePointSites('renames on the /sites/tide-tables SharePoint site', [files], new SpanSet());
    expect(before.map((h) => [h.value, h.operator])).toEqual([['/sites/tide-tables', 'contains']]);
    const after = readSharePointSites('onedrive or sharepoint site /teams/dock7 today', [files], new SpanSet());
    expect(after.map((h) => h.value)).toEqual(['/teams/dock7']);
  });

  it('reads a name of capitalised words by its first and last words, and a site address by its path', () => {
    const values = (text: string) => readSharePointSites(text, [files], new SpanSet()).map((h) => h.value);
    expect(values('who deleted files from our Showroom Designs SharePoint site yesterday')).toEqual([
      'Showroom',
      'Designs',
    ]);
    expect(values('links created on the SharePoint site at contoso.sharepoint.com/sites/Finance today')).toContain(
      '/sites/Finance',
    );
  });

  it('reads a quoted name of several words without its quotes', () => {
    const hits = readSharePointSites(`moves on the "Night Shift" sharepoint site`, [files], new SpanSet());
    expect(hits.map((h) => h.value)).toEqual(['Night Shift']);
  });

  it('reads no word that only says which site, and nothing where SharePoint and OneDrive go unnamed', () => {
    expect(readSharePointSites('uploads to our main sharepoint site yesterday', [files], new SpanSet())).toEqual([]);
    expect(readSharePointSites('visits to the Ledger-Q3 site from the proxy', [files], new SpanSet())).toEqual([]);
  });

  it('keeps the site without a hint where no chosen table holds a site column', () => {
    const hits = readSharePointSites(
      'the Ledger-Q3 sharepoint site',
      [{ table: 'T', columns: ['UserId'] }],
      new SpanSet(),
    );
    expect(hits.map((h) => [h.value, h.hint])).toEqual([['Ledger-Q3', undefined]]);
  });
});

describe('extractConstraints with a SharePoint site', () => {
  it('filters the site column on the name', () => {
    const c = extractConstraints({ text: 'who removed documents from the Ledger-Q3 sharepoint site', tables: [files] });
    expect(c.filters.map((f) => [f.kind, f.operator, f.values, f.field])).toContainEqual([
      'text',
      'contains',
      ['Ledger-Q3'],
      'Site_Url',
    ]);
  });
});

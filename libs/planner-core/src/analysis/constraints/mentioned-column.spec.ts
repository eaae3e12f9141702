import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';
import { readMentionedValues, saysMention } from './mentioned-column';
import { SpanSet } from './value-hit';

const services: TableColumns = {
  table: 'service_installs',
  columns: ['ts', 'host', 'service_name', 'image_path', 'service_description'],
};

describe('mentioned column', () => {
  it('reads a verb that says a name is mentioned somewhere in a text', () => {
    expect(saysMention('process', 'where the description mentions ')).toBe(true);
    expect(saysMention('file', 'the notes referencing "')).toBe(true);
    expect(saysMention('process', 'launched by ')).toBe(false);
    expect(saysMention('ip', 'the notes mention ')).toBe(false);
  });

  it('should look for a program mentioned in a column in that column, not in its own', () => {
    const [filter] = extractConstraints({
      text: 'services installed this week whose service description mentions mshta',
      tables: [services],
    }).filters;
    expect(filter).toMatchObject({
      kind: 'text',
      operator: 'contains',
      values: ['mshta'],
      field: 'service_description',
    });
  });

  it('reads a word said to be in "anything" or in a noun of names as a part of the kind the noun or topic says', () => {
    const read = (text: string) =>
      readMentionedValues(text, [services], new SpanSet()).map((h) => [h.kind, h.value, h.operator]);
    expect(read('name lookups for anything containing coinhive since friday')).toEqual([
      ['domain', 'coinhive', 'contains'],
    ]);
    expect(read('dns: hosts resolving something that includes xmrig')).toEqual([['domain', 'xmrig', 'contains']]);
    expect(read('proxy hits on links containing /cgi-bin today')).toEqual([['url', '/cgi-bin', 'contains']]);
    expect(read('installs of anything containing bitsadmin')).toEqual([['text', 'bitsadmin', 'contains']]);
    expect(read('installs of the kind containing 4 parts')).toEqual([]);
    expect(read('dns: names that include coinhive since monday')).toEqual([['domain', 'coinhive', 'contains']]);
    expect(read('installs whose names contain updater')).toEqual([]);
  });

  it('reads any word said to be contained in a column the words before the verb name', () => {
    const hits = readMentionedValues(
      'installs where the service description contains updater',
      [services],
      new SpanSet(),
    );
    expect(hits.map((h) => [h.value, h.hint, h.operator])).toEqual([['updater', 'service description', 'contains']]);
  });

  it('should read no value when the words before the verb name no column, or only a generic word', () => {
    const none = (text: string) => readMentionedValues(text, [services], new SpanSet());
    expect(none('the bundle contains updater')).toEqual([]);
    expect(none('where the name contains updater')).toEqual([]);
    expect(none('where the service description contains the')).toEqual([]);
  });
});

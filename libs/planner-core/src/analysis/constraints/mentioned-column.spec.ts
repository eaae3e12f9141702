import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';
import { saysMention } from './mentioned-column';

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
});
